import { msg } from './i18n/messages.js';
import { UniqueConstraintViolationException, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import { IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DomainError, ErrorCode } from './errors.js';
import { AppliedMutation } from './idempotency.entity.js';
import type { EntityManager } from './orm.js';
import { newId } from './uuid.js';

@InputType()
export abstract class MutationInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'A client-generated id for this request: sending it again returns the first outcome and changes nothing.',
  })
  @IsOptional()
  @MaxLength(100)
  clientMutationId?: string | null;
}

@InputType()
export abstract class CreateInput extends MutationInput {
  @Field(() => ID, {
    nullable: true,
    description: 'A client-generated UUID for the new record, so that work recorded offline can refer to it.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a UUID' })
  id?: string | null;
}

// Who acts through a request's entity manager: set when the request's context is made.
const actors = new WeakMap<object, string>();

export function actAs(em: EntityManager, actor: string): void {
  actors.set(em, actor);
}

const actorOf = (em: EntityManager): string => actors.get(em) ?? 'system';

// The client mutation id a transaction records when it commits (`runMutation`), and its row once `createOnce` made it
// beside the claim on the new record's id: both rows then go to PostgreSQL in one insert.
const keys = new WeakMap<object, { key: string; operation: string; row?: AppliedMutation }>();

const reused = (key: string) =>
  new DomainError(ErrorCode.CONFLICT, msg('common:clientMutationIdUsed'), {
    clientMutationId: key,
  });

// Runs a domain action once per client mutation id, in one transaction. A retry with the same
// id by the same actor gets the outcome of the first run (`load`), never a second change.
export async function runMutation<T extends { id: string }>(
  em: EntityManager,
  input: MutationInput,
  operation: string,
  action: (tx: EntityManager) => Promise<T>,
  load: (tx: EntityManager, id: string) => Promise<T>,
): Promise<T> {
  const key = input.clientMutationId ?? undefined;
  const actor = actorOf(em);
  const replay = async (): Promise<T | undefined> => {
    if (!key) return undefined;
    const earlier = await em.fork().findOne(AppliedMutation, { clientMutationId: key });
    if (!earlier) return undefined;
    if (earlier.operation !== operation || earlier.actor !== actor) throw reused(key);
    return load(em, earlier.resultId);
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await em.transactional(async (tx) => {
      actAs(tx, actor);
      if (key) keys.set(tx, { key, operation });
      const result = await action(tx);
      const made = keys.get(tx)?.row;
      if (made) made.resultId = result.id;
      else if (key) tx.create(AppliedMutation, { clientMutationId: key, operation, resultId: result.id, actor });
      await tx.flush();
      return result;
    });
  } catch (error) {
    // Two copies of one request raced: the first one won, so answer as the first did.
    if (key && error instanceof UniqueConstraintViolationException) {
      const raced = await replay();
      if (raced) return raced;
    }
    throw error;
  }
}

// Creates a record under the client's id, or returns the one a retry by the same actor already created.
// Call it inside `runMutation`. An id taken by anyone else is refused, so an id never reveals another's record.
export async function createOnce<T extends { id: string }>(
  tx: EntityManager,
  entity: EntityClass<T>,
  id: string | null | undefined,
  make: (id: string) => T | Promise<T>,
): Promise<T> {
  if (!id) return make(newId());
  const actor = actorOf(tx);
  // In one statement (a phone sends an id with every idea and dot): the claim on the id, if any, and whether a record
  // has it. `id` is a UUID (CreateInput checks it).
  const table = tx.getMetadata().get(entity).tableName;
  const [found] = await tx.execute<{ actor: string | null; operation: string | null; taken: boolean }[]>(
    `select a.actor, a.operation, exists(select 1 from "${table}" t where t.id = ?) as taken
       from (select 1) one left join applied_mutation a on a.client_mutation_id = ?`,
    [id, `create:${id}`],
  );
  if (found?.actor != null) {
    const existing =
      found.actor === actor && found.operation === entity.name
        ? await tx.findOne(entity, { id } as FilterQuery<T>)
        : null;
    if (existing) return existing;
    throw new DomainError(ErrorCode.CONFLICT, msg('common:idTaken'), { id });
  }
  if (found?.taken) {
    throw new DomainError(ErrorCode.CONFLICT, msg('common:idTaken'), { id });
  }
  tx.create(AppliedMutation, { clientMutationId: `create:${id}`, operation: entity.name, resultId: id, actor });
  // The mutation's own key with it, for the record it makes (`runMutation` corrects it if the result is another).
  const pending = keys.get(tx);
  if (pending && !pending.row) {
    pending.row = tx.create(AppliedMutation, {
      clientMutationId: pending.key,
      operation: pending.operation,
      resultId: id,
      actor,
    });
  }
  return make(id);
}
