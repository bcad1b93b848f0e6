import { useCallback, useSyncExternalStore } from 'react';

// What the phone keeps between page loads: drafts, unsent contributions, what this person added.
// Storage can be full or switched off (private browsing); the app then works on from memory.
const PREFIX = 'samenspraak.';
const listeners = new Set<() => void>();
const memory = new Map<string, string | null>();

function getRaw(key: string): string | null {
  try {
    return localStorage.getItem(PREFIX + key);
  } catch {
    return memory.get(key) ?? null;
  }
}

export function readStored<T>(key: string, fallback: T): T {
  const raw = getRaw(key);
  if (raw === null) return fallback;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return fallback;
  }
}

export function writeStored(key: string, value: unknown): void {
  const empty = value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
  const raw = empty ? null : JSON.stringify(value);
  memory.set(key, raw);
  try {
    if (raw === null) localStorage.removeItem(PREFIX + key);
    else localStorage.setItem(PREFIX + key, raw);
  } catch {
    // Kept in memory until the page closes.
  }
  for (const listener of listeners) listener();
}

// Snapshots must stay the same object while the stored text does: parse again only when it changed.
const parsed = new Map<string, { raw: string | null; value: unknown }>();

function snapshot<T>(key: string, fallback: T): T {
  const raw = getRaw(key);
  const entry = parsed.get(key);
  if (entry && entry.raw === raw) return entry.value as T;
  const value = raw === null ? fallback : readStored(key, fallback);
  parsed.set(key, { raw, value });
  return value;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab of the same phone changed it.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(PREFIX)) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

// A stored value as React state, shared by every component that reads the same key.
export function useStored<T>(key: string, fallback: T): [T, (value: T) => void] {
  const value = useSyncExternalStore(
    subscribe,
    () => snapshot(key, fallback),
    () => fallback,
  );
  const set = useCallback((next: T) => writeStored(key, next), [key]);
  return [value, set];
}
