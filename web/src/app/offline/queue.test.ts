import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { newClientId } from './clientId';
import { QUEUE_STORAGE_KEY, createMutationQueue, type QueuedMutation, type SendOutcome } from './queue';
import { adoptLegacyEntries } from './useMutationQueue';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
    data,
  };
}

const entry = (id: string, text = id, operation = 'workshop.createChallenge'): QueuedMutation => ({
  id,
  operation,
  variables: { input: { clientMutationId: id, text } },
  queuedAt: 0,
});

const stored = (storage: ReturnType<typeof memoryStorage>): QueuedMutation[] =>
  JSON.parse(storage.data.get(QUEUE_STORAGE_KEY) ?? '[]') as QueuedMutation[];

const flush = () => vi.advanceTimersByTimeAsync(0);

// A server that never answers: the entries stay where they are.
const never = () => new Promise<SendOutcome>(() => undefined);

describe('the offline mutation queue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('should keep a change on the device and send it again, with the same id, when the first try finds no network', async () => {
    const storage = memoryStorage();
    const outcomes: SendOutcome[] = [{ kind: 'retry' }, { kind: 'ok' }];
    const send = vi.fn(async (_entry: QueuedMutation) => outcomes.shift() ?? { kind: 'ok' as const });
    const onSent = vi.fn();
    const queue = createMutationQueue({ storage, send, onSent, retryDelaysMs: [1_000] });

    queue.enqueue(entry('a'));
    await flush();
    expect(queue.snapshot().status).toBe('waiting');
    expect(stored(storage).map((e) => e.id)).toEqual(['a']);

    await vi.advanceTimersByTimeAsync(999);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]?.[0]).toMatchObject({ id: 'a', variables: { input: { clientMutationId: 'a' } } });
    expect(queue.snapshot()).toMatchObject({ status: 'idle', entries: [] });
    expect(onSent).toHaveBeenCalledWith(expect.objectContaining({ id: 'a' }));
    expect(storage.data.has(QUEUE_STORAGE_KEY)).toBe(false);
  });

  it('should wait 1, 2, 5, 10, 20 and then 30 seconds between tries when the network stays away', async () => {
    const send = vi.fn(async (): Promise<SendOutcome> => ({ kind: 'retry' }));
    const queue = createMutationQueue({ storage: memoryStorage(), send });
    queue.enqueue(entry('a'));
    await flush();
    const gaps = [1_000, 2_000, 5_000, 10_000, 20_000, 30_000, 30_000];
    for (const [i, gap] of gaps.entries()) {
      await vi.advanceTimersByTimeAsync(gap - 1);
      expect(send).toHaveBeenCalledTimes(i + 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(send).toHaveBeenCalledTimes(i + 2);
    }
  });

  it('should wait as long as the server says and send the same change again when it was sent too fast', async () => {
    const storage = memoryStorage();
    const outcomes: SendOutcome[] = [{ kind: 'slowDown', afterMs: 3_000 }, { kind: 'ok' }];
    const send = vi.fn(async (_entry: QueuedMutation) => outcomes.shift() ?? { kind: 'ok' as const });
    const queue = createMutationQueue({ storage, send, retryDelaysMs: [1_000] });

    queue.enqueue(entry('a'));
    await flush();
    expect(queue.snapshot().status).toBe('slowedDown');
    expect(stored(storage)).toEqual([expect.objectContaining({ id: 'a' })]);
    expect(stored(storage)[0]?.refusal).toBeUndefined();

    // Not after the network rule's first second: after the three the server asked for.
    await vi.advanceTimersByTimeAsync(2_999);
    expect(send).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]?.[0]).toMatchObject({ id: 'a' });
    expect(queue.snapshot()).toMatchObject({ status: 'idle', entries: [] });
  });

  it('should try at once when something new is queued while it waits for the network', async () => {
    const outcomes: SendOutcome[] = [{ kind: 'retry' }];
    const send = vi.fn(async (_entry: QueuedMutation): Promise<SendOutcome> => outcomes.shift() ?? { kind: 'ok' });
    const queue = createMutationQueue({ storage: memoryStorage(), send, retryDelaysMs: [60_000] });
    queue.enqueue(entry('first'));
    await flush();
    expect(queue.snapshot().status).toBe('waiting');

    queue.enqueue(entry('second'));
    await flush();
    // Still in order: the first goes before the second.
    expect(send.mock.calls.map(([e]) => e.id)).toEqual(['first', 'first', 'second']);
    expect(queue.snapshot()).toMatchObject({ status: 'idle', entries: [] });
  });

  it('should send changes one at a time in the order they were made when several wait', async () => {
    const sent: string[] = [];
    let release: (() => void) | undefined;
    const send = vi.fn(
      (e: QueuedMutation) =>
        new Promise<SendOutcome>((resolve) => {
          sent.push(e.id);
          release = () => resolve({ kind: 'ok' });
        }),
    );
    const queue = createMutationQueue({ storage: memoryStorage(), send });

    queue.enqueue(entry('theme'));
    queue.enqueue(entry('challenge'));
    queue.enqueue(entry('assign'));
    await flush();
    expect(sent).toEqual(['theme']);
    for (let i = 0; i < 3; i++) {
      release?.();
      await flush();
    }
    expect(sent).toEqual(['theme', 'challenge', 'assign']);
    expect(queue.snapshot().entries).toEqual([]);
  });

  it('should keep a refused change with its reason, send the rest, and forget it once dismissed', async () => {
    const storage = memoryStorage();
    const send = vi.fn(async (e: QueuedMutation): Promise<SendOutcome> =>
      e.id === 'bad'
        ? { kind: 'refused', refusal: { code: 'CONFLICT', message: 'That pseudonym is taken.' } }
        : { kind: 'ok' },
    );
    const queue = createMutationQueue({ storage, send });

    queue.enqueue(entry('bad'));
    queue.enqueue(entry('good'));
    await flush();
    await flush();

    expect(send.mock.calls.map(([e]) => e.id)).toEqual(['bad', 'good']);
    expect(queue.snapshot().entries).toEqual([
      expect.objectContaining({ id: 'bad', refusal: { code: 'CONFLICT', message: 'That pseudonym is taken.' } }),
    ]);
    // A reload still shows it: the refusal is kept on the device until the person has read it.
    expect(stored(storage)).toEqual([expect.objectContaining({ id: 'bad', refusal: expect.anything() })]);
    queue.retryNow();
    await flush();
    expect(send).toHaveBeenCalledTimes(2);

    queue.remove('bad');
    expect(queue.snapshot().entries).toEqual([]);
  });

  it('should send what an earlier visit left behind when it starts', async () => {
    const storage = memoryStorage({ [QUEUE_STORAGE_KEY]: JSON.stringify([entry('left')]) });
    const send = vi.fn(async (): Promise<SendOutcome> => ({ kind: 'ok' }));
    const queue = createMutationQueue({ storage, send });
    expect(queue.snapshot().entries).toHaveLength(1);

    await flush();

    expect(send).toHaveBeenCalledWith(expect.objectContaining({ id: 'left' }));
    expect(queue.snapshot().entries).toEqual([]);
  });

  it('should wait for a new sign-in and keep the changes when the server says the browser is signed out', async () => {
    const send = vi.fn(async (): Promise<SendOutcome> => ({ kind: 'unauthenticated' }));
    const queue = createMutationQueue({ storage: memoryStorage(), send, retryDelaysMs: [60_000] });

    queue.enqueue(entry('a'));
    await flush();

    expect(queue.snapshot()).toMatchObject({ status: 'signedOut', entries: [expect.objectContaining({ id: 'a' })] });
  });

  it('should leave a change untouched, in its place, when this page cannot send its kind', async () => {
    let known = false;
    const send = vi.fn(async (): Promise<SendOutcome> => (known ? { kind: 'ok' } : { kind: 'hold' }));
    const queue = createMutationQueue({ storage: memoryStorage(), send, retryDelaysMs: [1_000] });

    queue.enqueue(entry('vote', 'a dot', 'participant.castVote'));
    await flush();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(queue.snapshot()).toMatchObject({ status: 'held', entries: [expect.objectContaining({ id: 'vote' })] });

    // The page that knows it registers its operations, which tries again.
    known = true;
    queue.retryNow();
    await flush();
    expect(queue.snapshot()).toMatchObject({ status: 'idle', entries: [] });
  });

  it("should send another scope's changes, and keep a held scope's in order, when this page cannot send one kind", async () => {
    const sent: string[] = [];
    const send = vi.fn(async (e: QueuedMutation): Promise<SendOutcome> => {
      if (e.operation.startsWith('call.')) return { kind: 'hold' };
      sent.push(e.id);
      return { kind: 'ok' };
    });
    const queue = createMutationQueue({ storage: memoryStorage(), send, retryDelaysMs: [1_000] });

    // A call's idea and challenge, written between sessions, wait for the call page; the session's dot goes.
    queue.enqueue({ ...entry('call idea', 'an idea', 'call.contributeIdea'), scope: 'call-1' });
    queue.enqueue({ ...entry('call challenge', 'a challenge', 'participant.createChallenge'), scope: 'call-1' });
    queue.enqueue({ ...entry('dot', 'a dot', 'participant.castVote'), scope: 'session-1' });
    await flush();

    expect(sent).toEqual(['dot']);
    expect(queue.snapshot()).toMatchObject({
      status: 'held',
      entries: [expect.objectContaining({ id: 'call idea' }), expect.objectContaining({ id: 'call challenge' })],
    });
  });

  it('should not lose what another tab queued when both change the stored entries', async () => {
    const storage = memoryStorage();
    const here = createMutationQueue({ storage, send: never });
    const there = createMutationQueue({ storage, send: never });

    here.enqueue(entry('from here'));
    there.enqueue(entry('from there'));
    expect(stored(storage).map((e) => e.id)).toEqual(['from here', 'from there']);
    here.reload();
    expect(here.snapshot().entries.map((e) => e.id)).toEqual(['from here', 'from there']);
  });

  it("should take over what an earlier version kept in the facilitator's queue and in each session's outbox", () => {
    localStorage.setItem(
      'samenspraak.workshop.queue.v1',
      JSON.stringify([
        {
          id: 'w1',
          operation: 'createTheme',
          variables: { input: { clientMutationId: 'w1', title: 'Park' } },
          queuedAt: 5,
        },
      ]),
    );
    localStorage.setItem(
      'samenspraak.outbox.s-1',
      JSON.stringify([
        { kind: 'challenge', clientMutationId: 'p1', input: { id: 'c1', sessionId: 's-1', text: 'Geen licht' } },
        {
          kind: 'vote',
          clientMutationId: 'p2',
          input: { id: 'v1', roundId: 'r1', participantId: 'me', dots: 1 },
          refusal: { code: 'DOT_BUDGET_EXCEEDED', message: 'No dots left.' },
        },
      ]),
    );

    expect(adoptLegacyEntries(localStorage)).toEqual([
      {
        id: 'w1',
        operation: 'workshop.createTheme',
        variables: { input: { clientMutationId: 'w1', title: 'Park' } },
        queuedAt: 5,
      },
      {
        id: 'p1',
        operation: 'participant.createChallenge',
        scope: 's-1',
        variables: { input: { id: 'c1', sessionId: 's-1', text: 'Geen licht', clientMutationId: 'p1' } },
        queuedAt: 0,
      },
      {
        id: 'p2',
        operation: 'participant.castVote',
        scope: 's-1',
        variables: {
          input: { id: 'v1', roundId: 'r1', participantId: 'me', dots: 1, clientMutationId: 'p2' },
          participantId: 'me',
        },
        queuedAt: 0,
        refusal: { code: 'DOT_BUDGET_EXCEEDED', message: 'No dots left.' },
      },
    ]);
    expect(localStorage.getItem('samenspraak.workshop.queue.v1')).toBeNull();
    expect(localStorage.getItem('samenspraak.outbox.s-1')).toBeNull();
  });
});

describe('client ids', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('should make a random version 4 UUID when the page is served over plain http, where randomUUID is missing', () => {
    vi.stubGlobal('isSecureContext', false);
    const randomUUID = vi.spyOn(crypto, 'randomUUID');
    const ids = new Set(Array.from({ length: 50 }, () => newClientId()));

    expect(randomUUID).not.toHaveBeenCalled();
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
