import { useCallback, useRef, useState } from 'react';

const PREFIX = 'samenspraak.workshop.draft.';

function read<T>(key: string, initial: T): T {
  try {
    const stored = localStorage.getItem(PREFIX + key);
    return stored === null ? initial : (JSON.parse(stored) as T);
  } catch {
    return initial;
  }
}

// State that outlives a reload or a crash: what a facilitator has typed but not yet added stays on the
// device until it is added or cleared.
export function useDraft<T>(key: string, initial: T): [T, (value: T) => void, () => void] {
  const [value, setValue] = useState<T>(() => read(key, initial));
  const first = useRef(initial);
  const set = useCallback(
    (next: T) => {
      setValue(next);
      try {
        localStorage.setItem(PREFIX + key, JSON.stringify(next));
      } catch {
        // Storage full or blocked: the draft still lives in memory.
      }
    },
    [key],
  );
  const clear = useCallback(() => {
    setValue(first.current);
    localStorage.removeItem(PREFIX + key);
  }, [key]);
  return [value, set, clear];
}
