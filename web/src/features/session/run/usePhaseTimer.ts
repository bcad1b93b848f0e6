import { useEffect, useState, useSyncExternalStore } from 'react';

// The countdown of the running phase. The API knows which phase runs, not since when, so the timer
// lives on the facilitator's device: in localStorage, so that it survives a reload and so that the
// projector window of the same browser shows the same time.

export interface TimerState {
  phaseId: string | null;
  running: boolean;
  // When the timer last started running (epoch ms), while running.
  startedAt: number | null;
  // Time that ran before the last start.
  elapsedMs: number;
}

const EVENT = 'samenspraak-timer';
const keyOf = (sessionId: string) => `samenspraak.workshop.timer.${sessionId}`;
const stopped: TimerState = { phaseId: null, running: false, startedAt: null, elapsedMs: 0 };

function readTimer(sessionId: string): string {
  return localStorage.getItem(keyOf(sessionId)) ?? '';
}

function parse(raw: string): TimerState {
  try {
    const value = JSON.parse(raw) as Partial<TimerState>;
    return {
      phaseId: typeof value.phaseId === 'string' ? value.phaseId : null,
      running: value.running === true,
      startedAt: typeof value.startedAt === 'number' ? value.startedAt : null,
      elapsedMs: typeof value.elapsedMs === 'number' ? value.elapsedMs : 0,
    };
  } catch {
    return stopped;
  }
}

function writeTimer(sessionId: string, state: TimerState): void {
  localStorage.setItem(keyOf(sessionId), JSON.stringify(state));
  window.dispatchEvent(new Event(EVENT));
}

const subscribe = (onChange: () => void) => {
  window.addEventListener('storage', onChange);
  window.addEventListener(EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(EVENT, onChange);
  };
};

export function elapsedOf(state: TimerState, now: number): number {
  return state.elapsedMs + (state.running && state.startedAt !== null ? Math.max(0, now - state.startedAt) : 0);
}

export function usePhaseTimer(sessionId: string, phaseId: string | null, durationMinutes: number) {
  const raw = useSyncExternalStore(
    subscribe,
    () => readTimer(sessionId),
    () => '',
  );
  const stored = parse(raw);
  // A timer of another phase does not count for this one: it starts again, paused.
  const state: TimerState = stored.phaseId === phaseId ? stored : { ...stopped, phaseId };
  // The clock that drives the countdown: set when the timer changes, and every second while it runs.
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (!state.running) return undefined;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [state.running]);

  const remainingMs = durationMinutes * 60_000 - elapsedOf(state, Math.max(now, state.startedAt ?? 0));

  const write = (next: TimerState) => {
    setNow(Date.now());
    writeTimer(sessionId, next);
  };

  return {
    running: state.running,
    remainingMs,
    start: () => write({ ...state, phaseId, running: true, startedAt: Date.now() }),
    pause: () => write({ phaseId, running: false, startedAt: null, elapsedMs: elapsedOf(state, Date.now()) }),
    restart: () => write({ ...stopped, phaseId }),
    // Moving to another phase starts its countdown at once.
    startPhase: (nextPhaseId: string) =>
      write({ phaseId: nextPhaseId, running: true, startedAt: Date.now(), elapsedMs: 0 }),
  };
}

// 12:05, or −01:30 once the time box is over.
export function formatClock(ms: number, formatNumber: (n: number) => string = String): string {
  const over = ms < 0;
  const seconds = Math.ceil(Math.abs(ms) / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const two = (n: number) => formatNumber(n).padStart(2, formatNumber(0));
  return `${over ? '−' : ''}${two(minutes)}:${two(rest)}`;
}
