import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import {
  AgeBand,
  Attendance,
  Background,
  Consent,
  ConsentMethod,
  ConsentPurpose,
  Participant,
  Registration,
} from '../modules/participant/participant.entity.js';
import { daysAfter, demoCalendar, minutesAfter, type DemoCalendar, type DemoContext } from './demo-calendar.js';
import { DEMO_IDS, DEMO_PERSONAL_CODE, DEMO_PERSONAL_CODE_PARTICIPANT, demoUuid } from './demo-ids.js';
import type { DemoSessionKey } from './session.seeder.js';
import { demoSessionStart } from './session.seeder.js';
import { createMissing } from './seed-support.js';

export const DEMO_CONSENT_TEXT_VERSION = '2026-01';

const { THIRD_COUNTRY_NATIONAL: TCN, HOST_COMMUNITY: HOST, EU_CITIZEN: EU, PREFERS_NOT_TO_SAY: UNSAID } = Background;
const { FROM_18_TO_29: A18, FROM_30_TO_44: A30, FROM_45_TO_64: A45, FROM_65: A65 } = AgeBand;
const { ON_SCREEN: SCREEN, PAPER } = ConsentMethod;

interface DemoParticipant {
  // 1..n; the participant's id is demoUuid('participant', n).
  n: number;
  pseudonym: string;
  background: Background;
  languages: string[];
  ageBand: AgeBand | null;
  consentMethod: ConsentMethod;
  // Agreed to anonymous use for monitoring and evaluation as well as to taking part.
  research: boolean;
  // The sessions attended; people who attended both are the returning participants.
  attended: DemoSessionKey[];
}

type Row = [string, Background, string[], AgeBand | null, ConsentMethod, boolean, DemoSessionKey[]];

const both: DemoSessionKey[] = ['past', 'live'];
const past: DemoSessionKey[] = ['past'];
const live: DemoSessionKey[] = ['live'];
const none: DemoSessionKey[] = [];

// Pseudonyms chosen by the participants themselves; about half are third-country nationals.
const rows: Row[] = [
  ['Amina', TCN, ['ar', 'nl'], A30, SCREEN, true, both],
  ['Yonas', TCN, ['ti', 'en'], A18, SCREEN, true, both],
  ['Senait', TCN, ['ti', 'nl'], A30, PAPER, true, past],
  ['Olena', TCN, ['uk', 'en'], A30, SCREEN, true, both],
  ['Dmytro', TCN, ['uk'], A45, PAPER, false, past],
  ['Hamza', TCN, ['ar', 'fr'], A18, SCREEN, true, both],
  ['Fatima', TCN, ['ar', 'nl'], A45, PAPER, true, both],
  ['Mehmet', TCN, ['tr', 'nl'], A45, SCREEN, true, both],
  ['Ayşe', TCN, ['tr', 'nl', 'en'], A18, SCREEN, true, live],
  ['Hodan', TCN, ['so', 'en'], A30, PAPER, true, both],
  ['Abdi', TCN, ['so', 'nl'], A18, SCREEN, false, past],
  ['Farid', TCN, ['prs', 'en'], A30, SCREEN, true, both],
  ['Zahra', TCN, ['prs', 'nl'], A18, SCREEN, true, both],
  ['Mariam', TCN, ['ar', 'en'], A30, SCREEN, true, past],
  ['Kwame', TCN, ['en', 'fr'], A30, SCREEN, true, both],
  ['Grace', TCN, ['en'], A45, PAPER, true, live],
  ['Rahel', TCN, ['ti', 'ar'], A18, PAPER, false, past],
  ['Nadia', TCN, ['fr', 'ar'], A45, SCREEN, true, both],
  ['Oksana', TCN, ['uk', 'nl'], A65, PAPER, true, past],
  ['Samir', TCN, ['ar', 'nl'], A45, SCREEN, true, none],
  ['Marleen', HOST, ['nl'], A65, PAPER, true, both],
  ['Koen', HOST, ['nl', 'en'], A45, SCREEN, true, both],
  ['Els', HOST, ['nl', 'fr'], A45, SCREEN, true, past],
  ['Jan', HOST, ['nl'], A65, PAPER, true, both],
  ['Lotte', HOST, ['nl', 'en'], A18, SCREEN, true, both],
  ['Wout', HOST, ['nl', 'en'], A30, SCREEN, false, past],
  ['Fien', HOST, ['nl'], A18, SCREEN, true, live],
  ['Staf', HOST, ['nl'], A65, PAPER, true, past],
  ['Griet', HOST, ['nl', 'en'], A30, SCREEN, true, both],
  ['Bram', HOST, ['nl', 'fr'], A30, SCREEN, true, live],
  ['Nele', HOST, ['nl'], A45, SCREEN, true, none],
  ['Jef', HOST, ['nl'], A65, PAPER, false, past],
  ['Agnieszka', EU, ['pl', 'nl'], A30, SCREEN, true, both],
  ['Ioana', EU, ['ro', 'en'], A18, SCREEN, true, past],
  ['Luca', EU, ['it', 'fr', 'en'], A30, SCREEN, true, live],
  ['Carmen', EU, ['es', 'nl'], A45, SCREEN, true, both],
  ['Zsófia', EU, ['hu', 'en'], A18, SCREEN, false, none],
  ['Sterretje', UNSAID, ['nl', 'ar'], null, PAPER, false, both],
  ['Mo', UNSAID, ['nl', 'en'], null, SCREEN, true, past],
  ['Kiki', UNSAID, ['fr', 'nl'], A18, SCREEN, true, live],
];

export const demoParticipants: readonly DemoParticipant[] = rows.map(
  ([pseudonym, background, languages, ageBand, consentMethod, research, attended], index) => ({
    n: index + 1,
    pseudonym,
    background,
    languages,
    ageBand,
    consentMethod,
    research,
    attended,
  }),
);

export const demoParticipantId = (pseudonym: string): string => {
  const found = demoParticipants.find((p) => p.pseudonym === pseudonym);
  if (!found) throw new Error(`No demo participant is called ${pseudonym}.`);
  return demoUuid('participant', found.n);
};

// Checked in during the quarter of an hour before the start; consent is given at the first check-in,
// or, for those who registered for the next session only, a few days ago.
function checkIn(calendar: DemoCalendar, p: DemoParticipant, session: DemoSessionKey): Date {
  return minutesAfter(demoSessionStart(calendar, session), -((p.n * 7) % 15) - 1);
}

function registeredAt(calendar: DemoCalendar, p: DemoParticipant): Date {
  const [first] = p.attended;
  return first ? checkIn(calendar, p, first) : minutesAfter(daysAfter(calendar.today, -3), 9 * 60 + p.n * 11);
}

export function demoConsentRows(calendar: DemoCalendar) {
  return demoParticipants.flatMap((p) => {
    const givenAt = registeredAt(calendar, p);
    const purposes = p.research
      ? [ConsentPurpose.PARTICIPATION, ConsentPurpose.RESEARCH]
      : [ConsentPurpose.PARTICIPATION];
    return purposes.map((purpose, i) => ({
      id: demoUuid('consent', p.n * 2 - 1 + i),
      participant: demoUuid('participant', p.n),
      purpose,
      textVersion: DEMO_CONSENT_TEXT_VERSION,
      method: p.consentMethod,
      givenAt,
      createdAt: givenAt,
      updatedAt: givenAt,
    }));
  });
}

export function demoAttendanceRows(calendar: DemoCalendar) {
  return demoParticipants.flatMap((p) =>
    p.attended.map((session) => {
      const at = checkIn(calendar, p, session);
      return {
        id: demoUuid('attendance', p.n * 10 + (session === 'past' ? 1 : 2)),
        session: DEMO_IDS.sessions[session],
        participant: demoUuid('participant', p.n),
        checkedInAt: at,
        createdAt: at,
        updatedAt: at,
      };
    }),
  );
}

// The lists of the sessions: everyone who came to the first two was on their list (registered at check-in), and the
// third's list holds those who signed up for it: the newcomers who have not been yet, and most returning people.
export function demoRegistrationRows(calendar: DemoCalendar) {
  const attended = demoParticipants.flatMap((p) =>
    p.attended.map((session) => ({ p, session, at: checkIn(calendar, p, session) })),
  );
  const future = demoParticipants
    .filter((p) => !p.attended.length || (p.attended.length === 2 && p.n % 3 !== 0))
    .map((p) => ({
      p,
      session: 'future' as const,
      at: minutesAfter(daysAfter(calendar.today, -2), 10 * 60 + p.n * 7),
    }));
  return [...attended, ...future].map(({ p, session, at }) => ({
    id: demoUuid('registration', p.n * 10 + ['past', 'live', 'future'].indexOf(session) + 1),
    session: DEMO_IDS.sessions[session],
    participant: demoUuid('participant', p.n),
    createdAt: at,
    updatedAt: at,
  }));
}

export class ParticipantSeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    const { calendar } = context;
    await createMissing(
      em,
      Participant,
      demoParticipants.map((p) => {
        const at = registeredAt(calendar, p);
        return {
          id: demoUuid('participant', p.n),
          project: DEMO_IDS.project,
          pseudonym: p.pseudonym,
          background: p.background,
          languages: p.languages,
          ageBand: p.ageBand,
          ...(p.pseudonym === DEMO_PERSONAL_CODE_PARTICIPANT ? { personalCode: DEMO_PERSONAL_CODE } : {}),
          createdAt: at,
          updatedAt: at,
        };
      }),
    );
    await createMissing(em, Consent, demoConsentRows(calendar));
    await createMissing(em, Attendance, demoAttendanceRows(calendar));
    await createMissing(em, Registration, demoRegistrationRows(calendar));
  }
}
