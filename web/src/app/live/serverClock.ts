import { useEffect, useState, useSyncExternalStore } from 'react';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../gql';

// The room's one clock. The server says when the running phase's time box is used up (AgendaPhase.endsAt, by its
// clock); every screen (the cockpit, the projector, each phone) counts down to that moment. Device clocks are
// minutes apart, so each screen first learns how far its clock is from the server's: it asks for `serverTime` and
// takes the answer as the server's time halfway between sending and receiving. Of several such samples the one with
// the shortest round trip is the most exact.

export const serverTimeQuery = graphql(`
  query ServerTime {
    serverTime
  }
`);

export interface ClockSample {
  // The server's clock minus this device's, in ms.
  offsetMs: number;
  // How long the question took there and back, in ms: the sample is exact to half of it.
  roundTripMs: number;
}

// One sample from a question sent at `sentAt` and answered at `receivedAt` (device clock, ms) with the server's time.
export function clockSample(sentAt: number, receivedAt: number, serverTime: string): ClockSample | null {
  const server = Date.parse(serverTime);
  if (!Number.isFinite(server) || receivedAt < sentAt) return null;
  return { offsetMs: Math.round(server - (sentAt + receivedAt) / 2), roundTripMs: receivedAt - sentAt };
}

// The sample to go by: the one with the shortest round trip (the later one of two equal ones).
export function bestSample(samples: readonly ClockSample[]): ClockSample | null {
  let best: ClockSample | null = null;
  for (const sample of samples) if (!best || sample.roundTripMs <= best.roundTripMs) best = sample;
  return best;
}

// The time left until `endsAt` (server clock) at the device's `now`, in ms; negative once the time box is over.
export function remainingMs(endsAt: string, now: number, offsetMs: number): number {
  return Date.parse(endsAt) - (now + offsetMs);
}

// How long until a countdown shown in whole seconds (rounded up) shows the next value: so that every screen turns
// to the next second at the same moment, not each on its own tick.
export function msToNextSecond(remaining: number): number {
  const rest = ((remaining % 1000) + 1000) % 1000;
  return rest === 0 ? 1000 : rest;
}

// 12:05, or −01:30 once the time box is over.
export function formatClock(ms: number, formatNumber: (n: number) => string = String): string {
  const over = ms < 0;
  const seconds = Math.ceil(Math.abs(ms) / 1000);
  const two = (n: number) => formatNumber(n).padStart(2, formatNumber(0));
  return `${over ? '−' : ''}${two(Math.floor(seconds / 60))}:${two(seconds % 60)}`;
}

// The samples are kept per Apollo client (one per page), shared by every countdown on it.
const SAMPLES_KEPT = 5;
const FIRST_SAMPLES = 3;
const RESAMPLE_MS = 5 * 60_000;

interface ClockStore {
  samples: ClockSample[];
  best: ClockSample | null;
  listeners: Set<() => void>;
  users: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

const stores = new WeakMap<ApolloClient, ClockStore>();

function storeOf(client: ApolloClient): ClockStore {
  let store = stores.get(client);
  if (!store) {
    store = { samples: [], best: null, listeners: new Set(), users: 0, timer: undefined };
    stores.set(client, store);
  }
  return store;
}

async function measure(client: ApolloClient, store: ClockStore): Promise<void> {
  const sentAt = Date.now();
  try {
    const { data } = await client.query({ query: serverTimeQuery, fetchPolicy: 'no-cache' });
    const sample = data ? clockSample(sentAt, Date.now(), data.serverTime) : null;
    if (!sample) return;
    store.samples = [...store.samples, sample].slice(-SAMPLES_KEPT);
    store.best = bestSample(store.samples);
    for (const listener of store.listeners) listener();
  } catch {
    // Offline: the last samples (or the device's own clock) stand until the next try.
  }
}

function schedule(client: ApolloClient, store: ClockStore): void {
  const wait = store.samples.length < FIRST_SAMPLES ? (store.samples.length ? 1_500 : 0) : RESAMPLE_MS;
  store.timer = setTimeout(() => {
    void measure(client, store).finally(() => {
      if (store.users > 0) schedule(client, store);
    });
  }, wait);
}

// A countdown on the page starts the sampling; the last one to go stops it.
function retain(client: ApolloClient): () => void {
  const store = storeOf(client);
  store.users += 1;
  if (store.users === 1) schedule(client, store);
  return () => {
    store.users -= 1;
    if (store.users === 0) clearTimeout(store.timer);
  };
}

function subscribeTo(client: ApolloClient, listener: () => void): () => void {
  const { listeners } = storeOf(client);
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// The server clock minus this device's, in ms (0 until it is known).
export function useServerClockOffset(): number {
  const client = useApolloClient();
  useEffect(() => retain(client), [client]);
  return useSyncExternalStore(
    (listener) => subscribeTo(client, listener),
    () => storeOf(client).best?.offsetMs ?? 0,
    () => 0,
  );
}

// The time left of a time box that ends at `endsAt` (server clock), in ms, updated as the shown second changes;
// null when nothing is counting down.
export function useCountdown(endsAt: string | null | undefined): number | null {
  const offset = useServerClockOffset();
  const [now, setNow] = useState(() => Date.now());
  const remaining = endsAt ? remainingMs(endsAt, now, offset) : null;

  useEffect(() => {
    if (!endsAt) return undefined;
    const fresh = remainingMs(endsAt, Date.now(), offset);
    // A new end (another phase) or a better clock shows at once; otherwise the next second, when it comes.
    const shown = Math.ceil(remainingMs(endsAt, now, offset) / 1000);
    const wait = shown === Math.ceil(fresh / 1000) ? msToNextSecond(fresh) + 5 : 0;
    const tick = setTimeout(() => setNow(Date.now()), wait);
    return () => clearTimeout(tick);
  }, [endsAt, offset, now]);

  return remaining;
}
