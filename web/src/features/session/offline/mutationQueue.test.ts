import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMutationQueue, type QueuedMutation, type SendOutcome } from './mutationQueue';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    data,
  };
}

const entry = (id: string, text = id): QueuedMutation => ({
  id,
  operation: 'createChallenge',
  variables: { input: { clientMutationId: id, text } },
  queuedAt: 0,
});

const flush = () => vi.advanceTimersByTimeAsync(0);

describe('mutationQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('should keep a change on the device and send it again when the first try finds no network', async () => {
    const storage = memoryStorage();
    const outcomes: SendOutcome[] = [{ kind: 'retry' }, { kind: 'ok' }];
    const send = vi.fn(async (_entry: QueuedMutation) => outcomes.shift() ?? { kind: 'ok' as const });
    const onDrained = vi.fn();
    const queue = createMutationQueue({ storage, send, onDrained, retryDelaysMs: [1_000] });

    queue.enqueue(entry('a'));
    await flush();
    expect(queue.snapshot().status).toBe('waiting');
    expect(JSON.parse(storage.data.get('samenspraak.workshop.queue.v1') ?? '[]')).toHaveLength(1);

    await vi.advanceTimersByTimeAsync(1_000);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]?.[0]).toMatchObject({ id: 'a', variables: { input: { clientMutationId: 'a' } } });
    expect(queue.snapshot()).toMatchObject({ status: 'idle', entries: [] });
    expect(onDrained).toHaveBeenCalledOnce();
    expect(JSON.parse(storage.data.get('samenspraak.workshop.queue.v1') ?? '')).toEqual([]);
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

  it('should drop a change the server refuses and keep its reason when the server says no', async () => {
    const send = vi.fn(async (e: QueuedMutation): Promise<SendOutcome> =>
      e.id === 'bad' ? { kind: 'refused', message: 'That pseudonym is taken.', code: 'CONFLICT' } : { kind: 'ok' },
    );
    const queue = createMutationQueue({ storage: memoryStorage(), send });

    queue.enqueue(entry('bad'));
    queue.enqueue(entry('good'));
    await flush();
    await flush();

    expect(queue.snapshot().entries).toEqual([]);
    expect(queue.snapshot().refused).toEqual([
      { entry: expect.objectContaining({ id: 'bad' }), message: 'That pseudonym is taken.', code: 'CONFLICT' },
    ]);
    queue.dismissRefused('bad');
    expect(queue.snapshot().refused).toEqual([]);
  });

  it('should send what an earlier visit left behind when it starts', async () => {
    const storage = memoryStorage({ 'samenspraak.workshop.queue.v1': JSON.stringify([entry('left')]) });
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
});
