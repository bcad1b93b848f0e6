import { useCallback } from 'react';
import type { ApolloCache } from '@apollo/client';
import type { TypedDocumentNode, VariablesOf } from '@graphql-typed-document-node/core';
import { placeChallenge } from '../../../app/live/boardCache';
import { newClientId } from '../../../app/offline/clientId';
import type { QueuedMutation } from '../../../app/offline/queue';
import { registerOperations, useMutationQueue } from '../../../app/offline/useMutationQueue';
import { operations, type OperationName } from './operations';

// Generated inputs type an ID as `string | number`; this app makes and reads them as strings.
type FixId<V> = [string | number] extends [NonNullable<V>] ? FixList<Exclude<V, number>> : FixList<V>;
type FixList<V> = V extends readonly (infer E)[] ? FixId<E>[] : V extends object ? IdsAsStrings<V> : V;
type IdsAsStrings<T> = { [P in keyof T]: FixId<T[P]> };

export type InputOf<K extends OperationName> =
  VariablesOf<(typeof operations)[K]> extends { input: infer I } ? IdsAsStrings<I> : never;

// The client fills in clientMutationId; everything else is the operation's input.
export type QueuedInput<K extends OperationName> = Omit<InputOf<K>, 'clientMutationId'>;

// A random UUID made on this device, also over plain http (app/offline/clientId.ts).
export const newId = newClientId;

// The facilitator's changes go through the device's one queue (app/offline) under these names.
const PREFIX = 'workshop.';
registerOperations(PREFIX, operations as Record<OperationName, TypedDocumentNode<unknown, Record<string, unknown>>>, {
  // A new note joins the board's lists as the live event would put it there.
  createChallenge: (cache, data) => {
    const challenge = (
      data as { createChallenge?: { challenge?: { id: string; status: string; session: { id: string } } } }
    ).createChallenge?.challenge;
    if (challenge?.session) placeChallenge(cache, challenge.session.id, challenge.id, challenge.status);
  },
  // Someone new put on a session's list, or a walk-in (whom checking in puts on it): the session's list is read again.
  registerParticipant: (cache, _data, variables) => forgetRegistrations(cache, variables),
  checkInParticipant: (cache, _data, variables) => forgetRegistrations(cache, variables),
});

function forgetRegistrations(cache: ApolloCache, variables: Record<string, unknown>): void {
  const sessionId = (variables['input'] as { sessionId?: string } | undefined)?.sessionId;
  const id = sessionId && cache.identify({ __typename: 'Session', id: sessionId });
  if (!id) return;
  cache.evict({ id, fieldName: 'registrations' });
  cache.evict({ id, fieldName: 'registrationCount' });
}

const workshop = (entry: QueuedMutation) => entry.operation.startsWith(PREFIX);

// The workshop's changes: enqueue one, and read what waits, what was refused and how the sending goes.
export function useWorkshopQueue() {
  const queue = useMutationQueue();
  const { enqueue: enqueueAny } = queue;
  const enqueue = useCallback(
    <K extends OperationName>(operation: K, input: QueuedInput<K>): string =>
      enqueueAny(PREFIX + operation, { input: input as Record<string, unknown> }),
    [enqueueAny],
  );
  return {
    // The changes still on their way, in order.
    entries: queue.waiting.filter(workshop),
    refused: queue.refused.filter(workshop),
    status: queue.status,
    lastSavedAt: queue.lastSavedAt,
    enqueue,
    retryNow: queue.retryNow,
    dismissRefused: queue.remove,
  };
}

// The input of a waiting change when it is of the given kind.
export function inputIf<K extends OperationName>(entry: QueuedMutation, operation: K): InputOf<K> | null {
  return entry.operation === PREFIX + operation ? (entry.variables.input as InputOf<K>) : null;
}

// The inputs of the waiting changes of one kind, to show them before the server has them.
export function pendingInputs<K extends OperationName>(
  entries: readonly QueuedMutation[],
  operation: K,
): (InputOf<K> & { clientMutationId: string })[] {
  return entries
    .filter((entry) => entry.operation === PREFIX + operation)
    .map((entry) => entry.variables.input as InputOf<K> & { clientMutationId: string });
}
