import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { CombinedGraphQLErrors, ServerError, type ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { createMutationQueue, type MutationQueue, type QueuedMutation, type SendOutcome } from './mutationQueue';
import { operations, type OperationName } from './operations';

// Generated inputs type an ID as `string | number`; this app makes and reads them as strings.
type FixId<V> = [string | number] extends [NonNullable<V>] ? FixList<Exclude<V, number>> : FixList<V>;
type FixList<V> = V extends readonly (infer E)[] ? FixId<E>[] : V extends object ? IdsAsStrings<V> : V;
type IdsAsStrings<T> = { [P in keyof T]: FixId<T[P]> };

export type InputOf<K extends OperationName> =
  VariablesOf<(typeof operations)[K]> extends { input: infer I } ? IdsAsStrings<I> : never;

// The client fills in clientMutationId; everything else is the operation's input.
export type QueuedInput<K extends OperationName> = Omit<InputOf<K>, 'clientMutationId'>;

export const newId = (): string => crypto.randomUUID();

async function send(client: ApolloClient, entry: QueuedMutation): Promise<SendOutcome> {
  const document = operations[entry.operation as OperationName] as
    TypedDocumentNode<unknown, { input: Record<string, unknown> }> | undefined;
  if (!document) return { kind: 'refused', message: `Unknown change "${entry.operation}".`, code: undefined };
  try {
    await client.mutate({ mutation: document, variables: entry.variables });
    return { kind: 'ok' };
  } catch (error) {
    if (CombinedGraphQLErrors.is(error)) {
      const code = error.errors.map((e) => e.extensions?.['code']).find((c) => typeof c === 'string');
      if (code === 'UNAUTHENTICATED') return { kind: 'unauthenticated' };
      return { kind: 'refused', message: error.errors.map((e) => e.message).join(' '), code };
    }
    // A 4xx other than "too many" or "timeout" is an answer; anything else is no answer yet.
    if (ServerError.is(error) && error.statusCode >= 400 && error.statusCode < 500) {
      if (error.statusCode !== 408 && error.statusCode !== 429) {
        return { kind: 'refused', message: error.message, code: undefined };
      }
    }
    return { kind: 'retry' };
  }
}

const WORKSHOP_QUERIES = new Set([
  'WorkshopRun',
  'WorkshopPlan',
  'WorkshopReport',
  'WorkshopSignInSheet',
  'WorkshopProjector',
]);

// One queue per Apollo client (one in the app, a fresh one in each test).
const queues = new WeakMap<ApolloClient, MutationQueue>();

export function queueFor(client: ApolloClient): MutationQueue {
  let queue = queues.get(client);
  if (!queue) {
    queue = createMutationQueue({
      storage: localStorage,
      send: (entry) => send(client, entry),
      // Lists (the board, the attendance) are not in the payloads: the workshop screens that are open
      // read them again once all is in.
      onDrained: () =>
        void client.refetchQueries({
          include: 'active',
          onQueryUpdated: (query) =>
            query.queryName && WORKSHOP_QUERIES.has(query.queryName) ? query.refetch() : false,
        }),
    });
    queues.set(client, queue);
  }
  return queue;
}

// The workshop's changes: enqueue one, and read what waits, what was refused and how the sending goes.
export function useWorkshopQueue() {
  const client = useApolloClient();
  const queue = queueFor(client);
  const snapshot = useSyncExternalStore(queue.subscribe, queue.snapshot, queue.snapshot);

  useEffect(() => {
    const online = () => queue.retryNow();
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [queue]);

  const enqueue = useCallback(
    <K extends OperationName>(operation: K, input: QueuedInput<K>): string => {
      const id = newId();
      queue.enqueue({
        id,
        operation,
        variables: { input: { ...(input as Record<string, unknown>), clientMutationId: id } },
        queuedAt: Date.now(),
      });
      return id;
    },
    [queue],
  );

  return { ...snapshot, enqueue, retryNow: queue.retryNow, dismissRefused: queue.dismissRefused };
}

// The inputs of the waiting changes of one kind, to show them before the server has them.
export function pendingInputs<K extends OperationName>(
  entries: readonly QueuedMutation[],
  operation: K,
): (InputOf<K> & { clientMutationId: string })[] {
  return entries
    .filter((entry) => entry.operation === operation)
    .map((entry) => entry.variables.input as InputOf<K> & { clientMutationId: string });
}
