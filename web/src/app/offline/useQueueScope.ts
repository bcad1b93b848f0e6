import { useCallback, useEffect, useRef } from 'react';
import type { QueuedMutation } from './queue';
import { onSent, useMutationQueue } from './useMutationQueue';

// What a screen needs to show how its own waiting changes go: whether the last try found no network, whether the
// server asked to slow down, and the person's two ways out (try now; forget a refused one).
export interface QueueControls {
  // True while the last try failed for want of a connection; it is tried again by itself.
  waiting: boolean;
  // True while the server asked to slow down (RATE_LIMITED); it is sent again by itself when it may.
  slowedDown: boolean;
  remove: (clientMutationId: string) => void;
  retryNow: () => void;
}

export interface QueueScope extends QueueControls {
  // This screen's entries (its operations, its scope), in order: what waits and what was refused.
  entries: QueuedMutation[];
  // Queue one of this screen's operations (by its name without the prefix); returns its clientMutationId.
  enqueue: (operation: string, variables: QueuedMutation['variables']) => string;
}

// The device's one queue seen from one screen: the operations registered under `prefix` (registerOperations) for
// one `scope` (a session, a call). `onDone` hears of each of them the server took.
export function useQueueScope(prefix: string, scope: string, onDone?: (entry: QueuedMutation) => void): QueueScope {
  const queue = useMutationQueue();
  const done = useRef(onDone);
  useEffect(() => {
    done.current = onDone;
  });
  useEffect(
    () =>
      onSent((entry) => {
        if (entry.scope === scope && entry.operation.startsWith(prefix)) done.current?.(entry);
      }),
    [prefix, scope],
  );
  const entries = queue.entries.filter((entry) => entry.scope === scope && entry.operation.startsWith(prefix));
  const { enqueue: enqueueAny } = queue;
  const enqueue = useCallback(
    (operation: string, variables: QueuedMutation['variables']) => enqueueAny(prefix + operation, variables, scope),
    [enqueueAny, prefix, scope],
  );
  const stillGoing = entries.some((entry) => !entry.refusal);
  return {
    entries,
    waiting: queue.status === 'waiting' && stillGoing,
    slowedDown: queue.status === 'slowedDown' && stillGoing,
    enqueue,
    remove: queue.remove,
    retryNow: queue.retryNow,
  };
}
