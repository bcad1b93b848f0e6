// The facilitator's changes wait here until the server has them: kept in localStorage so that a
// dropped network, a closed lid or a reload loses nothing, and sent one at a time, in order, so that a
// record created offline exists before a change that refers to it. Every entry carries its
// clientMutationId from the moment it is typed: sending it again is safe, the server answers with the
// first outcome.

export interface QueuedMutation {
  // The clientMutationId of the request, also the entry's key.
  id: string;
  // The name of a document in operations.ts.
  operation: string;
  variables: { input: Record<string, unknown> };
  queuedAt: number;
}

export interface RefusedMutation {
  entry: QueuedMutation;
  message: string;
  code: string | undefined;
}

// idle: nothing waits; sending: on its way; waiting: no network, tries again; signedOut: the server wants a sign-in.
export type QueueStatus = 'idle' | 'sending' | 'waiting' | 'signedOut';

export interface QueueSnapshot {
  entries: readonly QueuedMutation[];
  status: QueueStatus;
  refused: readonly RefusedMutation[];
  lastSavedAt: number | null;
}

export type SendOutcome =
  | { kind: 'ok' }
  // The server read it and said no (bad input, a conflict): trying again would not help.
  | { kind: 'refused'; message: string; code: string | undefined }
  | { kind: 'unauthenticated' }
  // No answer (network down, server restarting): try again later.
  | { kind: 'retry' };

export interface MutationQueueOptions {
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  send(entry: QueuedMutation): Promise<SendOutcome>;
  // Called when the last waiting entry reached the server.
  onDrained?(): void;
  retryDelaysMs?: readonly number[];
  storageKey?: string;
}

export interface MutationQueue {
  snapshot: () => QueueSnapshot;
  subscribe: (listener: () => void) => () => void;
  enqueue: (entry: QueuedMutation) => void;
  // Try now rather than at the next scheduled attempt (the network is back, or the person asked).
  retryNow: () => void;
  dismissRefused: (id: string) => void;
  dispose: () => void;
}

export const QUEUE_STORAGE_KEY = 'samenspraak.workshop.queue.v1';
const DEFAULT_DELAYS = [1_000, 2_000, 5_000, 10_000, 20_000, 30_000];

function isQueuedMutation(value: unknown): value is QueuedMutation {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Partial<QueuedMutation>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.operation === 'string' &&
    typeof entry.queuedAt === 'number' &&
    !!entry.variables &&
    typeof entry.variables.input === 'object'
  );
}

function load(storage: MutationQueueOptions['storage'], key: string): QueuedMutation[] {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isQueuedMutation) : [];
  } catch {
    return [];
  }
}

export function createMutationQueue(options: MutationQueueOptions): MutationQueue {
  const key = options.storageKey ?? QUEUE_STORAGE_KEY;
  const delays = options.retryDelaysMs ?? DEFAULT_DELAYS;
  const listeners = new Set<() => void>();
  let state: QueueSnapshot = {
    entries: load(options.storage, key),
    status: 'idle',
    refused: [],
    lastSavedAt: null,
  };
  let running = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const update = (next: Partial<QueueSnapshot>) => {
    state = { ...state, ...next };
    if (next.entries) {
      try {
        options.storage.setItem(key, JSON.stringify(state.entries));
      } catch {
        // A full storage must not stop the sending; the entries are still in memory.
      }
    }
    for (const listener of listeners) listener();
  };

  const schedule = () => {
    clearTimeout(timer);
    const delay = delays[Math.min(failures - 1, delays.length - 1)] ?? 30_000;
    timer = setTimeout(() => void run(), delay);
  };

  async function run(): Promise<void> {
    if (running || disposed) return;
    running = true;
    clearTimeout(timer);
    try {
      for (;;) {
        if (disposed) break;
        const entry = state.entries[0];
        if (!entry) {
          update({ status: 'idle' });
          break;
        }
        update({ status: 'sending' });
        let outcome: SendOutcome;
        try {
          outcome = await options.send(entry);
        } catch {
          outcome = { kind: 'retry' };
        }
        if (outcome.kind === 'retry' || outcome.kind === 'unauthenticated') {
          failures += 1;
          update({ status: outcome.kind === 'retry' ? 'waiting' : 'signedOut' });
          schedule();
          return;
        }
        failures = 0;
        const rest = state.entries.filter((e) => e.id !== entry.id);
        if (outcome.kind === 'refused') {
          update({
            entries: rest,
            refused: [...state.refused, { entry, message: outcome.message, code: outcome.code }],
          });
        } else {
          update({ entries: rest, lastSavedAt: Date.now() });
        }
        if (rest.length === 0) options.onDrained?.();
      }
    } finally {
      running = false;
    }
  }

  if (state.entries.length > 0) queueMicrotask(() => void run());

  return {
    snapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    enqueue(entry) {
      update({ entries: [...state.entries, entry] });
      // While waiting for the network, a new entry waits its turn rather than hammering the server.
      if (state.status !== 'waiting' && state.status !== 'signedOut') void run();
    },
    retryNow() {
      failures = 0;
      void run();
    },
    dismissRefused(id) {
      update({ refused: state.refused.filter((r) => r.entry.id !== id) });
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
      listeners.clear();
    },
  };
}
