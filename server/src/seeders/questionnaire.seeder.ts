import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { QuestionnaireAnswer } from '../modules/questionnaire/questionnaire.entity.js';
import { COMPETENCE_ITEMS, EVALUATION_ITEMS } from '../modules/questionnaire/questionnaire.instrument.js';
import { AnswerSource, QuestionnaireWave } from '../modules/questionnaire/questionnaire.types.js';
import { demoCalendar, minutesAfter, type DemoContext } from './demo-calendar.js';
import { DEMO_ACCOUNTS, DEMO_IDS, demoUuid } from './demo-ids.js';
import { demoParticipants } from './participant.seeder.js';
import { demoSessionStart, type DemoSessionKey } from './session.seeder.js';
import { createMissing, seededRandom, type SeedRow } from './seed-support.js';

// Two who attended only the first session handed in the questionnaire after the workshops on paper.
export const DEMO_POST_ON_PAPER = ['Senait', 'Mariam'] as const;

const facilitator = DEMO_ACCOUNTS.find((account) => account.role === 'FACILITATOR');

// Who answered what in the demo: only participants who agreed to research. The competence questionnaire was
// taken before the first session (PRE, at the past session) and after the workshops (POST, entered at the live
// one, for the demo); the session evaluation at the end of the past session. Paired, that makes 13 third-country
// nationals and 5 host-community residents (figures an evaluator sees) and 2 EU citizens (a group too small to
// show, so the suppression is visible). Values are drawn from a seeded generator, with POST on average about half
// a point higher than PRE, and about one answer in twenty "don't know".
export function demoAnswerRows(calendar = demoCalendar()): SeedRow<QuestionnaireAnswer>[] {
  const random = seededRandom(20260905);
  const rows: SeedRow<QuestionnaireAnswer>[] = [];
  let n = 0;
  const add = (
    participantN: number,
    session: DemoSessionKey,
    wave: QuestionnaireWave,
    itemCode: string,
    value: number | null,
    paper: boolean,
  ) => {
    n += 1;
    const at = minutesAfter(demoSessionStart(calendar, session), wave === QuestionnaireWave.POST ? 10 : 5);
    rows.push({
      id: demoUuid('questionnaireAnswer', n),
      project: DEMO_IDS.project,
      participant: demoUuid('participant', participantN),
      session: DEMO_IDS.sessions[session],
      wave,
      itemCode,
      value,
      source: paper ? AnswerSource.PAPER : AnswerSource.PHONE,
      recordedBy: paper ? (facilitator?.id ?? null) : null,
      createdAt: at,
      updatedAt: at,
    });
  };
  const point = (centre: number): number | null =>
    random() < 0.05 ? null : Math.min(5, Math.max(1, Math.round(centre + (random() - 0.5) * 2)));

  for (const p of demoParticipants) {
    if (!p.research) continue;
    const paper = p.consentMethod === 'PAPER';
    const pre = p.attended.includes('past');
    const post = p.attended.includes('live') || (DEMO_POST_ON_PAPER as readonly string[]).includes(p.pseudonym);
    const base = 2.4 + random() * 1.2;
    for (const item of COMPETENCE_ITEMS) {
      if (pre) add(p.n, 'past', QuestionnaireWave.PRE, item.code, point(base), paper);
      if (post)
        add(p.n, 'live', QuestionnaireWave.POST, item.code, point(base + 0.5), paper || !p.attended.includes('live'));
    }
    if (pre)
      for (const item of EVALUATION_ITEMS) add(p.n, 'past', QuestionnaireWave.SESSION_END, item.code, point(4), paper);
  }
  return rows;
}

export class QuestionnaireSeeder extends Seeder<DemoContext> {
  async run(em: EntityManager, context: DemoContext = { calendar: demoCalendar() }): Promise<void> {
    await createMissing(em, QuestionnaireAnswer, demoAnswerRows(context.calendar));
  }
}
