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

// Runs a domain action once per client mutation id, in one transaction. A retry with the same
// id gets the outcome of the first run (`load`), never a second change.
export async function runMutation<T extends { id: string }>(
  em: EntityManager,
  input: MutationInput,
  operation: string,
  action: (tx: EntityManager) => Promise<T>,
  load: (tx: EntityManager, id: string) => Promise<T>,
): Promise<T> {
  const key = input.clientMutationId ?? undefined;
  const replay = async (): Promise<T | undefined> => {
    if (!key) return undefined;
    const earlier = await em.fork().findOne(AppliedMutation, { clientMutationId: key });
    if (!earlier) return undefined;
    if (earlier.operation !== operation) {
      throw new DomainError(ErrorCode.CONFLICT, 'This client mutation id was already used for another action.', {
        clientMutationId: key,
      });
    }
    return load(em, earlier.resultId);
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await em.transactional(async (tx) => {
      const result = await action(tx);
      if (key) tx.create(AppliedMutation, { clientMutationId: key, operation, resultId: result.id });
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

// Creates a record under the client's id, or returns the one a retry already created.
export async function createOnce<T extends { id: string }>(
  tx: EntityManager,
  entity: EntityClass<T>,
  id: string | null | undefined,
  make: (id: string) => T | Promise<T>,
): Promise<T> {
  if (id) {
    const existing = await tx.findOne(entity, { id } as FilterQuery<T>);
    if (existing) return existing;
  }
  return make(id ?? newId());
}
