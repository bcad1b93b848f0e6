import { readStored, useStored, writeStored } from './storage';

const NONE: string[] = [];
const NO_DOTS: Record<string, number> = {};

const mineKey = (sessionId: string) => `mine.${sessionId}`;
const dotsKey = (roundId: string) => `dots.${roundId}`;

// What this phone added in the session. The ids are made on the phone, so they are known before the
// server confirms; the server does not tell a participant who wrote what, so the phone remembers.
export function useMine(sessionId: string): (id: string) => boolean {
  const [ids] = useStored<string[]>(mineKey(sessionId), NONE);
  return (id) => ids.includes(id);
}

export function rememberMine(sessionId: string, id: string): void {
  const ids = readStored<string[]>(mineKey(sessionId), NONE);
  if (!ids.includes(id)) writeStored(mineKey(sessionId), [...ids, id]);
}

// The dots this phone gave per challenge or idea in one round, once the server counted them.
export function useMyDots(roundId: string | undefined): (targetId: string) => number {
  const [dots] = useStored<Record<string, number>>(dotsKey(roundId ?? 'none'), NO_DOTS);
  return (targetId) => dots[targetId] ?? 0;
}

export function rememberDots(roundId: string, targetId: string, count: number): void {
  const dots = readStored<Record<string, number>>(dotsKey(roundId), NO_DOTS);
  writeStored(dotsKey(roundId), { ...dots, [targetId]: (dots[targetId] ?? 0) + count });
}
