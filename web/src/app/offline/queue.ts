// Changes made on this device wait here until the server has them, for participants and facilitators alike: kept in
// localStorage so that a dropped network, a closed lid or a reload loses nothing, and sent one at a time, in the
// order they were made, so that a record created offline exists before a change that refers to it. Every entry
// carries its clientMutationId from the moment it is made: sending it again is safe, the server answers with the
// first outcome. Screens show what waits at once, from these entries (see useMutationQueue.ts).

export interface Refusal {
  code: string;
  // For RATE_LIMITED: how long to wait before sending again.
  retryAfterSeconds?: number;
  // For RATE_LIMITED: which limit, such as CONTRIBUTIONS.
  limit?: string;
  // The server's own words, for codes a screen has no sentence of its own for.
  message: string;
}

export interface QueuedMutation {
  // The clientMutationId of the request, also the entry's key.
  id: string;
  // The name the operation was registered under (useMutationQueue.ts).
  operation: string;
  // The mutation's variables: `input` (with the clientMutationId) and any others its document takes.
  variables: { input: Record<string, unknown> } & Record<string, unknown>;
  queuedAt: number;
  // What it belongs to, for screens that show only their own (a participant's phone: the session).
  scope?: string;
  // The server read it and said no: kept (and shown) until the person dismisses it, never sent again.
  refusal?: Refusal;
}

// idle: nothing waits; sending: on its way; waiting: no answer (network down), tries again; slowedDown: the server
// asked to wait a moment (sent too fast) and it goes out again by itself; signedOut: the server wants a sign-in
// first; held: the first entry's operation is not known on this page yet (it waits, untouched).
export type QueueStatus = 'idle' | 'sending' | 'waiting' | 'slowedDown' | 'signedOut' | 'held';

export interface QueueSnapshot {
  // Everything kept, in order: what waits and what was refused.
  entries: readonly QueuedMutation[];
  status: QueueStatus;
  lastSavedAt: number | null;
}

export type SendOutcome =
  | { kind: 'ok' }
  // The server read it and said no (bad input, a closed round): trying again would not help.
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'unauthenticated' }
  // Sent too fast (RATE_LIMITED) is no refusal: wait as long as the server says, then send it again.
  | { kind: 'slowDown'; afterMs: number }
  // No answer (network down, server restarting): try again later.
  | { kind: 'retry' }
  // This page cannot send it (its operation is registered by another page): leave it for that page.
  | { kind: 'hold' };

export interface MutationQueueOptions {
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  send(entry: QueuedMutation): Promise<SendOutcome>;
  // Called for each entry the server has taken.
  onSent?(entry: QueuedMutation): void;
  retryDelaysMs?: readonly number[];
  storageKey?: string;
  // Entries kept by an older version of the app under other keys, taken over once.
  adopt?: () => QueuedMutation[];
}

export interface MutationQueue {
  snapshot: () => QueueSnapshot;
  subscribe: (listener: () => void) => () => void;
  enqueue: (entry: QueuedMutation) => void;
  // Try now rather than at the next scheduled attempt (the network is back, the person asked, a page that knows
  // the waiting operation opened).
  retryNow: () => void;
  // Forget an entry: a refusal the person has read, or a text they took back to change it.
  remove: (id: string) => void;
  // Read the entries again after another tab of this browser changed them.
  reload: () => void;
  dispose: () => void;
}

export const QUEUE_STORAGE_KEY = 'samenspraak.offline.queue.v1';

// The one retry rule: a new entry, the network coming back or the person's "try again" send at once; after a try
// that got no answer, wait 1, 2, 5, 10 and 20 seconds, then every 30 seconds.
export const RETRY_DELAYS_MS: readonly number[] = [1_000, 2_000, 5_000, 10_000, 20_000, 30_000];

function isQueuedMutation(value: unknown): value is QueuedMutation {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Partial<QueuedMutation>;
  return (
    typeof entry.id === 'string' &&
    typeof entry.operation === 'string' &&
    typeof entry.queuedAt === 'number' &&
    !!entry.variables &&
    typeof entry.variables.input === 'object' &&
    entry.variables.input !== null
  );
}

export function createMutationQueue(options: MutationQueueOptions): MutationQueue {
  const key = options.storageKey ?? QUEUE_STORAGE_KEY;
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const listeners = new Set<() => void>();
  // What this tab last read or wrote; used when storage is full or switched off (private browsing).
  let kept: QueuedMutation[] = [];

  const read = (): QueuedMutation[] => {
    try {
      const raw = options.storage.getItem(key);
      if (raw === null) return kept;
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? parsed.filter(isQueuedMutation) : kept;
    } catch {
      return kept;
    }
  };
  const write = (entries: QueuedMutation[]) => {
    kept = entries;
    try {
      if (entries.length) options.storage.setItem(key, JSON.stringify(entries));
      else options.storage.removeItem(key);
    } catch {
      // A full storage must not stop the sending: the entries live on in memory.
    }
  };

  const adopted = options.adopt?.() ?? [];
  kept = read();
  if (adopted.length) {
    const known = new Set(kept.map((entry) => entry.id));
    write([...kept, ...adopted.filter((entry) => !known.has(entry.id))]);
  }

  let state: QueueSnapshot = { entries: kept, status: 'idle', lastSavedAt: null };
  let running = false;
  let failures = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const publish = (next: Partial<QueueSnapshot>) => {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  };
  // Every change starts from what is stored: another tab may have added or sent something meanwhile.
  const change = (edit: (entries: QueuedMutation[]) => QueuedMutation[], next: Partial<QueueSnapshot> = {}) => {
    const entries = edit(read());
    write(entries);
    publish({ ...next, entries });
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
    // The scopes whose first entry this page cannot send: their entries wait behind it, in order, for a page that can,
    // while other scopes' go on (a call's idea held on a session's page must not stop that session's dots).
    const held = new Set<string>();
    try {
      for (;;) {
        if (disposed) break;
        const entry = read().find((e) => !e.refusal && !held.has(e.scope ?? ''));
        if (!entry) {
          publish({ status: held.size ? 'held' : 'idle', entries: read() });
          break;
        }
        publish({ status: 'sending' });
        let outcome: SendOutcome;
        try {
          outcome = await options.send(entry);
        } catch {
          outcome = { kind: 'retry' };
        }
        if (outcome.kind === 'hold') {
          held.add(entry.scope ?? '');
          continue;
        }
        if (outcome.kind === 'slowDown') {
          publish({ status: 'slowedDown' });
          clearTimeout(timer);
          timer = setTimeout(() => void run(), outcome.afterMs);
          return;
        }
        if (outcome.kind === 'retry' || outcome.kind === 'unauthenticated') {
          failures += 1;
          publish({ status: outcome.kind === 'retry' ? 'waiting' : 'signedOut' });
          schedule();
          return;
        }
        failures = 0;
        if (outcome.kind === 'refused') {
          const { refusal } = outcome;
          change((entries) => entries.map((e) => (e.id === entry.id ? { ...e, refusal } : e)));
        } else {
          change((entries) => entries.filter((e) => e.id !== entry.id), { lastSavedAt: Date.now() });
          options.onSent?.(entry);
        }
      }
    } finally {
      running = false;
    }
  }

  if (kept.some((entry) => !entry.refusal)) queueMicrotask(() => void run());

  return {
    snapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    enqueue(entry) {
      change((entries) => [...entries.filter((e) => e.id !== entry.id), entry]);
      failures = 0;
      void run();
    },
    retryNow() {
      failures = 0;
      void run();
    },
    remove(id) {
      change((entries) => entries.filter((e) => e.id !== id));
    },
    reload() {
      publish({ entries: read() });
      if (state.status === 'idle' && state.entries.some((entry) => !entry.refusal)) void run();
    },
    dispose() {
      disposed = true;
      clearTimeout(timer);
      listeners.clear();
    },
  };
}
