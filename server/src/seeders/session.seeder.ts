import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { AgendaPhase, PhaseKind, Session, SessionStatus } from '../modules/session/session.entity.js';
import { Method } from '../modules/method/method.entity.js';
import { daysAfter, demoCalendar, minutesAfter, type DemoCalendar, type DemoContext } from './demo-calendar.js';
import { DEMO_IDS, DEMO_JOIN_CODE, demoUuid } from './demo-ids.js';
import { createMissing } from './seed-support.js';

// The seven standard phases of a workshop, with their time boxes (two hours in all), each following a method of the
// starter library.
export const demoAgenda = [
  { kind: PhaseKind.WELCOME, title: 'Welkom en kennismaking', durationMinutes: 10, method: 'welcome-circle' },
  {
    kind: PhaseKind.CHALLENGES,
    title: 'Wat loopt er mis? Uitdagingen verzamelen',
    durationMinutes: 25,
    method: 'one-two-four-all',
  },
  {
    kind: PhaseKind.CLUSTERING,
    title: "Uitdagingen groeperen in thema's",
    durationMinutes: 10,
    method: 'affinity-clustering',
  },
  { kind: PhaseKind.IDEAS, title: 'Ideeën bedenken', durationMinutes: 25, method: 'how-might-we' },
  { kind: PhaseKind.VOTING, title: 'Stemmen met stippen', durationMinutes: 10, method: 'dot-voting' },
  { kind: PhaseKind.STRATEGIES, title: 'Van idee naar plan', durationMinutes: 30, method: 'action-planning' },
  {
    kind: PhaseKind.EVALUATION,
    title: 'Hoe was het? Evaluatie en afspraken',
    durationMinutes: 10,
    method: 'evaluation-faces',
  },
] as const;

// How long each phase of the first session really took, in minutes (the room as it happened): the challenges ran
// over, the strategies were done sooner.
const pastActualMinutes = [12, 29, 9, 27, 11, 24, 13];
// The live session so far: three phases done, the fourth (ideas) running for nine minutes now.
const liveActualMinutes = [11, 27, 12];
const LIVE_RUNNING_MINUTES = 9;

// The phase of a session that was running `minute` minutes after its start, as the agenda planned it.
export function demoPhaseAt(session: DemoSessionKey, minute: number): string {
  const index = demoSessions.findIndex((s) => s.key === session);
  let end = 0;
  for (const [position, phase] of demoAgenda.entries()) {
    end += phase.durationMinutes;
    if (minute < end) return demoPhaseId(index, position);
  }
  return demoPhaseId(index, demoAgenda.length - 1);
}

export const demoPhaseOfKind = (session: DemoSessionKey, kind: PhaseKind): string =>
  demoPhaseId(
    demoSessions.findIndex((s) => s.key === session),
    demoAgenda.findIndex((p) => p.kind === kind),
  );

// Phases that ran for the minutes given, one after the other from `from`.
function ran(actual: readonly number[], from: Date) {
  let at = from;
  return actual.map((minutes) => {
    const startedAt = at;
    at = minutesAfter(at, minutes);
    return { startedAt, endedAt: at, runningSince: null, spentSeconds: minutes * 60 };
  });
}

// When each phase ran: the first session from its start; the live one counted back from now, so that its running
// phase shows a countdown however late in the day the demo is loaded.
function phaseTimes(session: DemoSessionKey, start: Date, now: Date) {
  if (session === 'past') return ran(pastActualMinutes, start);
  if (session === 'live') {
    const running = minutesAfter(now, -LIVE_RUNNING_MINUTES);
    const done = liveActualMinutes.reduce((sum, m) => sum + m, 0);
    return [
      ...ran(liveActualMinutes, minutesAfter(running, -done)),
      { startedAt: running, endedAt: null, runningSince: running, spentSeconds: 0 },
    ];
  }
  return [];
}

export type DemoSessionKey = keyof typeof DEMO_IDS.sessions;

interface DemoSession {
  key: DemoSessionKey;
  title: string;
  location: string;
  languages: readonly string[];
  capacity: number;
  status: SessionStatus;
  joinCode: string | null;
  // The phase a live session is in now.
  currentPhase: PhaseKind | null;
}

export const demoSessions: readonly DemoSession[] = [
  {
    key: 'past',
    title: 'Werksessie 1: wat loopt er mis in onze buurt?',
    location: 'Ontmoetingscentrum De Schakel, Mechelen',
    languages: ['nl', 'en', 'fr', 'ar', 'ti', 'uk', 'tr', 'so', 'prs'],
    capacity: 35,
    status: SessionStatus.CLOSED,
    joinCode: null,
    currentPhase: null,
  },
  {
    key: 'live',
    title: 'Werksessie 2: van ideeën naar plannen',
    location: 'Buurthuis Den Hof, Mechelen',
    languages: ['nl', 'en', 'fr', 'ar', 'tr', 'so', 'prs'],
    capacity: 30,
    status: SessionStatus.LIVE,
    joinCode: DEMO_JOIN_CODE,
    currentPhase: PhaseKind.IDEAS,
  },
  {
    key: 'future',
    title: 'Werksessie 3: wat doet de stad met onze plannen?',
    location: 'Stadhuis Mechelen, trouwzaal',
    languages: ['nl', 'en', 'fr', 'ar', 'uk'],
    capacity: 40,
    status: SessionStatus.SCHEDULED,
    joinCode: null,
    currentPhase: null,
  },
];

export const demoSessionStart = (calendar: DemoCalendar, key: DemoSessionKey): Date =>
  ({ past: calendar.pastSession, live: calendar.liveSession, future: calendar.futureSession })[key];

// Phase n (0..6) of the session at index s (0..2).
export const demoPhaseId = (sessionIndex: number, position: number): string =>
  demoUuid('agendaPhase', sessionIndex * 10 + position + 1);

export class SessionSeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    const { calendar } = context;
    // Planned a month before the first session.
    const planned = daysAfter(calendar.pastSession, -30);
    await createMissing(
      em,
      Session,
      demoSessions.map((s, index) => ({
        id: DEMO_IDS.sessions[s.key],
        project: DEMO_IDS.project,
        title: s.title,
        startsAt: demoSessionStart(calendar, s.key),
        durationMinutes: demoAgenda.reduce((sum, phase) => sum + phase.durationMinutes, 0),
        location: s.location,
        languages: [...s.languages],
        capacity: s.capacity,
        status: s.status,
        joinCode: s.joinCode,
        currentPhaseId: s.currentPhase
          ? demoPhaseId(
              index,
              demoAgenda.findIndex((p) => p.kind === s.currentPhase),
            )
          : null,
        createdAt: planned,
        updatedAt: planned,
      })),
    );
    // The starter library is loaded at every start, before the demo (method/method.library.ts).
    const methods = new Map((await em.find(Method, { key: { $ne: null } })).map((m) => [m.key, m.id]));
    const now = new Date();
    await createMissing(
      em,
      AgendaPhase,
      demoSessions.flatMap((s, index) => {
        const times = phaseTimes(s.key, demoSessionStart(calendar, s.key), now);
        return demoAgenda.map(({ method, ...phase }, position) => ({
          id: demoPhaseId(index, position),
          session: DEMO_IDS.sessions[s.key],
          position,
          ...phase,
          methodId: methods.get(method) ?? null,
          startedAt: null,
          endedAt: null,
          runningSince: null,
          spentSeconds: 0,
          ...times[position],
          createdAt: planned,
          updatedAt: planned,
        }));
      }),
    );
  }
}
