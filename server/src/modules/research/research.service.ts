// The research export: one row per participant and wave (and per session for the end-of-session evaluation), of the
// participants whose consent to research stands, under random research ids, with a codebook and a README.
//
// Which row-level variables are in it, and why (with the disclosure module's reasoning: nobody may be singled out by
// what the server publishes, and a person in the room knows who was there):
// - research_id: random, kept per participant, unrelated to any other id; unlinkable across projects.
// - wave, session_number (the session's place in the project, 1, 2, …, for evaluations): when, not who.
// - background and age_band: what the evaluation is about. Both can be known to others (from the room), so together
//   they are quasi-identifiers: every combination in the file is shared by at least k participants of the file, or
//   the age band, then the background, of those who would stand out is left blank (disclosure.rule.ts,
//   generaliseRecords). How many values were blanked is in the README.
// - mode: phone or paper, for mode effects.
// - one column per item, 1–5, 8 for "don't know", empty when not answered.
// Left out on purpose: pseudonyms, personal codes, database ids, languages (a rare language points at a person),
// dates and times of answers, attendance (who came when is known in the room), contributions and votes (their texts
// and authorship would link a row to a person), and anyone without a standing consent to research, or erased.
import { newCode } from '../../core/auth/tokens.js';
import type { EntityManager } from '../../core/orm.js';
import { findById } from '../../core/repository.js';
import { generaliseRecords } from '../disclosure/disclosure.rule.js';
import { ConsentPurpose } from '../participant/participant.entity.js';
import { Project } from '../project/project.entity.js';
import { listItems } from '../questionnaire/questionnaire.service.js';
import { QuestionnaireKind, QuestionnaireWave } from '../questionnaire/questionnaire.types.js';
import type { QuestionnaireItem } from '../questionnaire/questionnaire.input.js';

export const DONT_KNOW_CODE = 8;
// Participants read per statement while the rows stream out.
const PAGE = 200;

// Random, from a cryptographic source; 27^10 possible ids.
const researchCode = (): string => newCode(10);

export interface ExportPerson {
  code: string;
  background: string | null;
  ageBand: string | null;
}

export interface ExportPlan {
  projectId: string;
  title: string;
  threshold: number;
  items: QuestionnaireItem[];
  // By participant id.
  people: Map<string, ExportPerson>;
  sessionNumbers: Map<string, number>;
  rowCount: number;
  blanked: { ageBand: number; background: number };
}

export type ExportRow = Record<string, string | number>;

const CONSENTED = `exists (select 1 from consent c where c.participant_id = p.id and c.purpose = '${ConsentPurpose.RESEARCH}'
                             and c.withdrawn_at is null)
                   and p.erased_at is null`;

// Gives every participant of the project who may be exported a research id, once.
async function ensureResearchIds(em: EntityManager, projectId: string): Promise<void> {
  const missing = await em.execute<{ id: string }[]>(
    `select p.id from participant p
      where p.project_id = ? and ${CONSENTED}
        and not exists (select 1 from research_id r where r.participant_id = p.id)
        and exists (select 1 from questionnaire_answer a where a.participant_id = p.id)`,
    [projectId],
  );
  for (let i = 0; i < missing.length; i += 500) {
    const chunk = missing.slice(i, i + 500);
    await em.execute(
      `insert into research_id (id, participant_id, project_id, code, created_at)
       select gen_random_uuid(), v.participant_id::uuid, ?, v.code, now()
         from unnest(?::text[], ?::text[]) as v(participant_id, code)
       on conflict do nothing`,
      [projectId, `{${chunk.map((r) => r.id).join(',')}}`, `{${chunk.map(() => researchCode()).join(',')}}`],
    );
  }
}

// Everything the export needs before its rows: who is in it (their research id and generalised variables), the items
// and how many rows there will be. A fixed number of statements.
export async function planExport(em: EntityManager, projectId: string): Promise<ExportPlan | undefined> {
  const project = await findById(em, Project, projectId);
  if (!project) return undefined;
  await ensureResearchIds(em, projectId);
  const [people, sessions, counted, competence, evaluation] = await Promise.all([
    em.execute<{ id: string; code: string; background: string; age_band: string | null }[]>(
      `select p.id, r.code, p.background, p.age_band from participant p join research_id r on r.participant_id = p.id
        where p.project_id = ? and ${CONSENTED} order by r.code`,
      [projectId],
    ),
    em.execute<{ id: string }[]>(`select id from session where project_id = ? order by starts_at, id`, [projectId]),
    em.execute<{ n: number }[]>(
      `select count(distinct (a.participant_id, a.wave, case when a.wave = '${QuestionnaireWave.SESSION_END}' then a.session_id end))::int as n
         from questionnaire_answer a join participant p on p.id = a.participant_id
        where a.project_id = ? and ${CONSENTED}`,
      [projectId],
    ),
    listItems(em, projectId, QuestionnaireKind.COMPETENCE, { retired: true }),
    listItems(em, projectId, QuestionnaireKind.SESSION_EVALUATION, { retired: true }),
  ]);
  const generalised = generaliseRecords(
    people.map((p) => ({ background: p.background, ageBand: p.age_band })),
    ['ageBand', 'background'],
    project.smallGroupThreshold,
  );
  return {
    projectId,
    title: project.title,
    threshold: project.smallGroupThreshold,
    items: [...competence, ...evaluation],
    people: new Map(
      people.map((p, i) => [
        p.id,
        { code: p.code, background: generalised[i]?.background ?? null, ageBand: generalised[i]?.ageBand ?? null },
      ]),
    ),
    sessionNumbers: new Map(sessions.map((s, i) => [s.id, i + 1])),
    rowCount: counted[0]?.n ?? 0,
    blanked: {
      ageBand: people.filter((p, i) => p.age_band !== null && generalised[i]?.ageBand === null).length,
      background: people.filter((p, i) => generalised[i]?.background === null).length,
    },
  };
}

export const FIXED_VARIABLES = ['research_id', 'wave', 'session_number', 'background', 'age_band', 'mode'] as const;

export const variablesOf = (plan: ExportPlan): string[] => [...FIXED_VARIABLES, ...plan.items.map((i) => i.code)];

const WAVE_ORDER: Record<string, number> = { PRE: 0, POST: 1, SESSION_END: 2 };

// The rows, a page of participants at a time (keyset over the research id, in SQL), in research id order.
export async function* exportRows(em: EntityManager, plan: ExportPlan): AsyncGenerator<ExportRow[]> {
  let after = '';
  for (;;) {
    const page = await em.execute<{ participant_id: string; code: string }[]>(
      `select r.participant_id, r.code from research_id r join participant p on p.id = r.participant_id
        where r.project_id = ? and r.code > ? and ${CONSENTED}
        order by r.code limit ${PAGE}`,
      [plan.projectId, after],
    );
    if (!page.length) return;
    after = page.at(-1)?.code ?? after;
    const answers = await em.execute<
      {
        participant_id: string;
        wave: string;
        session_id: string;
        item_code: string;
        value: number | null;
        source: string;
      }[]
    >(
      `select participant_id, wave, session_id, item_code, value, source from questionnaire_answer
        where participant_id in (?) order by participant_id, wave, session_id, item_code`,
      [page.map((p) => p.participant_id)],
    );
    const rows = new Map<string, { row: ExportRow; modes: Set<string> }>();
    for (const a of answers) {
      const person = plan.people.get(a.participant_id);
      if (!person) continue;
      const session = a.wave === QuestionnaireWave.SESSION_END ? a.session_id : '';
      const key = `${person.code}/${a.wave}/${session}`;
      let entry = rows.get(key);
      if (!entry) {
        entry = {
          row: {
            research_id: person.code,
            wave: a.wave,
            session_number: session ? (plan.sessionNumbers.get(session) ?? '') : '',
            background: person.background ?? '',
            age_band: person.ageBand ?? '',
            mode: '',
            ...Object.fromEntries(plan.items.map((i) => [i.code, ''])),
          },
          modes: new Set(),
        };
        rows.set(key, entry);
      }
      entry.row[a.item_code] = a.value ?? DONT_KNOW_CODE;
      entry.modes.add(a.source);
    }
    yield [...rows.values()]
      .map(({ row, modes }): ExportRow => ({ ...row, mode: modes.size > 1 ? 'MIXED' : ([...modes][0] ?? '') }))
      .toSorted(
        (a, b) =>
          String(a.research_id).localeCompare(String(b.research_id)) ||
          (WAVE_ORDER[String(a.wave)] ?? 9) - (WAVE_ORDER[String(b.wave)] ?? 9) ||
          Number(a.session_number || 0) - Number(b.session_number || 0),
      );
    if (page.length < PAGE) return;
  }
}
