import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { AgendaPhase, PhaseKind, Session, SessionStatus } from '../modules/session/session.entity.js';
import { daysAfter, demoCalendar, type DemoCalendar, type DemoContext } from './demo-calendar.js';
import { DEMO_IDS, DEMO_JOIN_CODE, demoUuid } from './demo-ids.js';
import { createMissing } from './seed-support.js';

// The seven standard phases of a workshop, with their time boxes (two hours in all).
export const demoAgenda = [
  { kind: PhaseKind.WELCOME, title: 'Welkom en kennismaking', durationMinutes: 10 },
  { kind: PhaseKind.CHALLENGES, title: 'Wat loopt er mis? Uitdagingen verzamelen', durationMinutes: 25 },
  { kind: PhaseKind.CLUSTERING, title: "Uitdagingen groeperen in thema's", durationMinutes: 10 },
  { kind: PhaseKind.IDEAS, title: 'Ideeën bedenken', durationMinutes: 25 },
  { kind: PhaseKind.VOTING, title: 'Stemmen met stippen', durationMinutes: 10 },
  { kind: PhaseKind.STRATEGIES, title: 'Van idee naar plan', durationMinutes: 30 },
  { kind: PhaseKind.EVALUATION, title: 'Hoe was het? Evaluatie en afspraken', durationMinutes: 10 },
] as const;

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
    await createMissing(
      em,
      AgendaPhase,
      demoSessions.flatMap((s, index) =>
        demoAgenda.map((phase, position) => ({
          id: demoPhaseId(index, position),
          session: DEMO_IDS.sessions[s.key],
          position,
          ...phase,
          createdAt: planned,
          updatedAt: planned,
        })),
      ),
    );
  }
}
