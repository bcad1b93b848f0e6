import { useCallback, useSyncExternalStore } from 'react';
import type { ApolloCache, ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { newClientId } from './clientId';
import { refusalOf } from './refusal';
import {
  QUEUE_STORAGE_KEY,
  createMutationQueue,
  type MutationQueue,
  type QueueSnapshot,
  type QueuedMutation,
  type Refusal,
  type SendOutcome,
} from './queue';

// The mutations the queue may send, by name. Each feature registers the documents its screens queue (participants'
// contributions and votes, the facilitator's recording); a page sends only what it knows, the rest waits for a page
// that does, in order.
// oxlint-disable-next-line typescript/no-explicit-any -- documents of any shape are stored side by side
type AnyDocument = TypedDocumentNode<any, any>;
const documents = new Map<string, AnyDocument>();
// Changes to the cache that the answer alone cannot make (a new record joining a list), as a live event makes them.
type Update = (cache: ApolloCache, data: unknown, variables: QueuedMutation['variables']) => void;
const updates = new Map<string, Update>();
const queues = new Map<ApolloClient, MutationQueue>();
const sentListeners = new Set<(entry: QueuedMutation) => void>();

export function registerOperations<T extends Record<string, AnyDocument>>(
  prefix: string,
  operations: T,
  after: Partial<Record<keyof T, Update>> = {},
): T {
  for (const [name, document] of Object.entries(operations)) documents.set(prefix + name, document);
  for (const [name, update] of Object.entries(after) as [string, Update | undefined][]) {
    if (update) updates.set(prefix + name, update);
  }
  // Something held for want of a document may go now.
  for (const queue of queues.values()) queue.retryNow();
  return operations;
}

async function send(client: ApolloClient, entry: QueuedMutation): Promise<SendOutcome> {
  const document = documents.get(entry.operation);
  if (!document) return { kind: 'hold' };
  try {
    const update = updates.get(entry.operation);
    await client.mutate({
      mutation: document,
      variables: entry.variables,
      ...(update
        ? { update: (cache: ApolloCache, { data }: { data?: unknown }) => update(cache, data, entry.variables) }
        : {}),
    });
    return { kind: 'ok' };
  } catch (error) {
    const refusal = refusalOf(error);
    if (!refusal) return { kind: 'retry' };
    if (refusal.code === 'UNAUTHENTICATED') return { kind: 'unauthenticated' };
    if (refusal.code === 'RATE_LIMITED') return { kind: 'slowDown', afterMs: (refusal.retryAfterSeconds ?? 1) * 1000 };
    return { kind: 'refused', refusal };
  }
}

// What earlier versions of the app kept under their own keys (the facilitator's queue, each session's outbox on a
// participant's phone), taken over once so that nothing typed before an update is lost.
const LEGACY_WORKSHOP_KEY = 'samenspraak.workshop.queue.v1';
const LEGACY_OUTBOX_PREFIX = 'samenspraak.outbox.';
const LEGACY_OUTBOX_KINDS: Record<string, string> = {
  challenge: 'participant.createChallenge',
  idea: 'participant.createIdea',
  vote: 'participant.castVote',
};

interface LegacyOutboxItem {
  kind: string;
  input: Record<string, unknown>;
  clientMutationId: string;
  refusal?: Refusal;
}

export function adoptLegacyEntries(storage: Storage): QueuedMutation[] {
  const adopted: QueuedMutation[] = [];
  const take = (key: string): unknown => {
    const raw = storage.getItem(key);
    storage.removeItem(key);
    return raw === null ? [] : (JSON.parse(raw) as unknown);
  };
  try {
    // The facilitator's entries had the shape they have now, under the bare operation name.
    const workshop = take(LEGACY_WORKSHOP_KEY);
    if (Array.isArray(workshop)) {
      for (const entry of workshop as QueuedMutation[])
        adopted.push({ ...entry, operation: `workshop.${entry.operation}` });
    }
    const outboxKeys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
      (key): key is string => !!key?.startsWith(LEGACY_OUTBOX_PREFIX),
    );
    for (const key of outboxKeys) {
      const items = take(key);
      if (!Array.isArray(items)) continue;
      for (const item of items as LegacyOutboxItem[]) {
        const operation = LEGACY_OUTBOX_KINDS[item.kind];
        if (!operation || typeof item.clientMutationId !== 'string') continue;
        const input = { ...item.input, clientMutationId: item.clientMutationId };
        adopted.push({
          id: item.clientMutationId,
          operation,
          scope: key.slice(LEGACY_OUTBOX_PREFIX.length),
          variables: item.kind === 'vote' ? { input, participantId: item.input['participantId'] } : { input },
          queuedAt: 0,
          ...(item.refusal ? { refusal: item.refusal } : {}),
        });
      }
    }
  } catch {
    // Unreadable leftovers are left behind rather than stopping the app.
  }
  return adopted;
}

function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

// One queue per Apollo client (one in the app, a fresh one in each test).
export function queueFor(client: ApolloClient): MutationQueue {
  let queue = queues.get(client);
  if (!queue) {
    const storage = browserStorage();
    const created = createMutationQueue({
      storage: storage ?? memoryStorage(),
      send: (entry) => send(client, entry),
      onSent: (entry) => sentListeners.forEach((listener) => listener(entry)),
      adopt: () => (storage ? adoptLegacyEntries(storage) : []),
    });
    // A server's rendering of a page (src/ssr/entry.tsx) has no window: its queue stays empty and sends nothing.
    if (typeof window !== 'undefined') {
      window.addEventListener('online', () => created.retryNow());
      window.addEventListener('storage', (event) => {
        if (event.key === null || event.key === QUEUE_STORAGE_KEY) created.reload();
      });
    }
    queues.set(client, created);
    queue = created;
  }
  return queue;
}

// Told of each entry once the server has it (a participant's phone remembers the dots it gave).
export function onSent(listener: (entry: QueuedMutation) => void): () => void {
  sentListeners.add(listener);
  return () => sentListeners.delete(listener);
}

export interface QueueView {
  // Everything kept, in order.
  entries: readonly QueuedMutation[];
  // What still goes out, and what the server refused (shown until dismissed).
  waiting: readonly QueuedMutation[];
  refused: readonly QueuedMutation[];
  status: ReturnType<MutationQueue['snapshot']>['status'];
  lastSavedAt: number | null;
  // Queue a mutation by its registered name; returns the entry's id (its clientMutationId).
  enqueue: (
    operation: string,
    variables: { input: Record<string, unknown> } & Record<string, unknown>,
    scope?: string,
  ) => string;
  retryNow: () => void;
  remove: (id: string) => void;
}

const SERVER_SNAPSHOT: QueueSnapshot = { entries: [], status: 'idle', lastSavedAt: null };
const serverSnapshot = (mine: QueueSnapshot): QueueSnapshot => (mine.entries.length === 0 ? mine : SERVER_SNAPSHOT);

export function useMutationQueue(): QueueView {
  const client = useApolloClient();
  const queue = queueFor(client);
  // What this phone kept is not in the HTML the server rendered, nor in the render that takes that HTML over: it shows
  // right after. An empty queue is the same as the server's, so that taking the HTML over renders nothing twice.
  const snapshot = useSyncExternalStore(queue.subscribe, queue.snapshot, () => serverSnapshot(queue.snapshot()));
  const enqueue = useCallback<QueueView['enqueue']>(
    (operation, variables, scope) => {
      const id = newClientId();
      queue.enqueue({
        id,
        operation,
        variables: { ...variables, input: { ...variables.input, clientMutationId: id } },
        queuedAt: Date.now(),
        ...(scope ? { scope } : {}),
      });
      return id;
    },
    [queue],
  );
  return {
    entries: snapshot.entries,
    waiting: snapshot.entries.filter((entry) => !entry.refusal),
    refused: snapshot.entries.filter((entry) => entry.refusal),
    status: snapshot.status,
    lastSavedAt: snapshot.lastSavedAt,
    enqueue,
    retryNow: queue.retryNow,
    remove: queue.remove,
  };
}
