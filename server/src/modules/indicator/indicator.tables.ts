// Who is behind each figure of the evaluator's indicators and the funder's report, as tables of people for the
// disclosure module (modules/disclosure): one row per person and group, with their part of the figure. Nothing here
// is ever shown as it is; it is what a release is made of. A fixed number of statements per call, whatever the
// number of sessions, people or contributions.
import type { EntityManager } from '../../core/orm.js';
import { ContributionStatus } from '../challenge/challenge.entity.js';
import type { PeopleStatistic, PeopleTable } from '../disclosure/disclosure.service.js';
import { BACKGROUND_GROUPS } from '../report/report.figures.js';
import { competenceRows, evaluationRows, HELPED_ITEMS } from './indicator.answers.js';

type Row = Record<string, unknown>;

// How many minutes a session counts for in participation hours: its planned duration. Phase times (when each phase
// of the agenda really started and ended) are being added to the agenda; until then this is the planned length.
export const SESSION_MINUTES_SQL = 's.duration_minutes';

// The most-voted items of a project step that the priorities compare, by their total of dots.
export const PRIORITY_ITEMS = 10;

export const RETURNING = 'RETURNING';
export const AGREE = 'AGREE';
export const NOT_AGREE = 'NOT_AGREE';
export const AGREEMENT_GROUPS = [AGREE, NOT_AGREE] as const;

export const itemTable = (itemId: string): string => `item:${itemId}`;
export const pairedTable = (dimension: string): string => `paired:${dimension}`;
export const changeStatistic = (dimension: string): string => `change:${dimension}`;
export const evaluationTable = (itemCode: string): string => `evaluation:${itemCode}`;

const person = (row: Row, weight: number) => ({
  personId: String(row.participant_id),
  group: String(row.background),
  weight,
});

// People, hours and contributions of a set of sessions, by background: the tables of a project step (and, without
// priorities and competences, of a funder's year).
async function participationTables(em: EntityManager, sessionIds: readonly string[]): Promise<PeopleTable[]> {
  const ids = sessionIds.length ? [...sessionIds] : ['00000000-0000-0000-0000-000000000000'];
  const [people, contributions] = await Promise.all([
    em.execute<Row[]>(
      `select a.participant_id, p.background, count(*)::int as sessions, sum(${SESSION_MINUTES_SQL})::int as minutes
         from attendance a join participant p on p.id = a.participant_id join session s on s.id = a.session_id
        where a.session_id in (?)
        group by a.participant_id, p.background`,
      [ids],
    ),
    em.execute<Row[]>(
      `select 'challenges' as kind, c.author_id as participant_id, p.background, count(*)::int as n
         from challenge c left join participant p on p.id = c.author_id
        where c.session_id in (?) and c.status <> '${ContributionStatus.HIDDEN}'
        group by c.author_id, p.background
       union all
       select 'ideas', i.author_id, p.background, count(*)::int
         from idea i join challenge c on c.id = i.challenge_id left join participant p on p.id = i.author_id
        where c.session_id in (?) and c.status <> '${ContributionStatus.HIDDEN}' and i.status = '${ContributionStatus.VISIBLE}'
        group by i.author_id, p.background
       union all
       select 'dots', v.participant_id, p.background, sum(v.dots)::int
         from vote v join voting_round r on r.id = v.round_id left join participant p on p.id = v.participant_id
        where r.session_id in (?)
        group by v.participant_id, p.background`,
      [ids, ids, ids],
    ),
  ]);
  const contributed = (kind: string): PeopleTable => {
    const rows = contributions.filter((row) => row.kind === kind);
    return {
      name: kind,
      groups: BACKGROUND_GROUPS,
      people: rows.filter((row) => row.participant_id !== null).map((row) => person(row, Number(row.n))),
      unattributed: rows.filter((row) => row.participant_id === null).reduce((sum, row) => sum + Number(row.n), 0),
      follows: 'people',
    };
  };
  return [
    { name: 'people', groups: BACKGROUND_GROUPS, people: people.map((row) => person(row, 1)) },
    {
      // Of each group, those who came to more than one session.
      name: 'returning',
      groups: BACKGROUND_GROUPS,
      people: people.filter((row) => Number(row.sessions) > 1).map((row) => person(row, 1)),
      follows: 'people',
    },
    {
      name: 'minutes',
      groups: BACKGROUND_GROUPS,
      people: people.map((row) => person(row, Number(row.minutes))),
      follows: 'people',
    },
    contributed('challenges'),
    contributed('ideas'),
    contributed('dots'),
  ];
}

// Dots given to each of the most-voted items (challenges and ideas) of the sessions, by the voter's background. Which
// items these are follows from their totals of dots, which every session report already shows.
async function priorityTables(em: EntityManager, sessionIds: readonly string[]): Promise<PeopleTable[]> {
  if (!sessionIds.length) return [];
  const rows = await em.execute<Row[]>(
    `with given as (
       select coalesce(v.challenge_id, v.idea_id) as item, v.participant_id, p.background, sum(v.dots)::int as n
         from vote v join voting_round r on r.id = v.round_id left join participant p on p.id = v.participant_id
        where r.session_id in (?)
        group by 1, 2, 3),
     top as (select item from given group by item order by sum(n) desc, item limit ${PRIORITY_ITEMS})
     select g.* from given g join top using (item)`,
    [[...sessionIds]],
  );
  const items = [...new Set(rows.map((row) => String(row.item)))];
  return items.map((item) => {
    const given = rows.filter((row) => String(row.item) === item);
    return {
      name: itemTable(item),
      groups: BACKGROUND_GROUPS,
      people: given.filter((row) => row.participant_id !== null).map((row) => person(row, Number(row.n))),
      unattributed: given.filter((row) => row.participant_id === null).reduce((sum, row) => sum + Number(row.n), 0),
      follows: 'dots',
    };
  });
}

// Competence change: for each dimension, who has a score before and after (a head count by background) and the
// change of each (a statistic, shown only where that head count is). People outside the step's sessions are left out.
async function competenceTables(
  em: EntityManager,
  projectId: string,
  people: ReadonlySet<string>,
): Promise<{ tables: PeopleTable[]; statistics: PeopleStatistic[] }> {
  const rows = (await competenceRows(em, projectId)).filter((row) => people.has(row.participantId));
  const dimensions = [...new Set(rows.map((row) => row.dimension))];
  return {
    tables: dimensions.map((dimension) => ({
      name: pairedTable(dimension),
      groups: BACKGROUND_GROUPS,
      people: rows
        .filter((row) => row.dimension === dimension)
        .map((row) => ({ personId: row.participantId, group: row.background, weight: 1 })),
    })),
    statistics: dimensions.map((dimension) => ({
      name: changeStatistic(dimension),
      counts: pairedTable(dimension),
      people: rows
        .filter((row) => row.dimension === dimension)
        .map((row) => ({ personId: row.participantId, group: row.background, value: row.change })),
    })),
  };
}

// The parts of a project step, released one after the other (each audited against everything released before it):
// when the audit must hide something, it hides it in the part that gives it away, never in an earlier one. Who
// took part comes first, then the competences, the contributions and last the priorities, the most detailed.
export const STEP_PARTS = ['participation', 'competence', 'contributions', 'priorities'] as const;
export type StepPart = (typeof STEP_PARTS)[number];

export async function stepContent(
  em: EntityManager,
  projectId: string,
  sessionIds: readonly string[],
  part: StepPart,
): Promise<{ tables: PeopleTable[]; statistics: PeopleStatistic[] }> {
  const participation = await participationTables(em, sessionIds);
  // `people` (and for priorities `dots`) come again, so that figures of a hidden group stay hidden; each part's
  // reader takes each figure from the part it belongs to.
  if (part === 'priorities')
    return {
      tables: [
        ...participation.filter((t) => ['people', 'dots'].includes(t.name)),
        ...(await priorityTables(em, sessionIds)),
      ],
      statistics: [],
    };
  if (part === 'participation')
    return { tables: participation.filter((t) => ['people', 'returning', 'minutes'].includes(t.name)), statistics: [] };
  if (part === 'contributions')
    return {
      tables: participation.filter((t) => ['people', 'challenges', 'ideas', 'dots'].includes(t.name)),
      statistics: [],
    };
  const people = new Set(participation.find((t) => t.name === 'people')?.people.map((p) => p.personId));
  return competenceTables(em, projectId, people);
}

// The end-of-session evaluation of one session: for each item, how many agreed (4 or 5 on the scale) and how many
// did not (1 to 3). "Don't know" counts in neither.
export async function evaluationContent(em: EntityManager, sessionId: string): Promise<PeopleTable[]> {
  const rows = await evaluationRows(em, [sessionId]);
  const codes = [...new Set(rows.map((row) => row.itemCode))].toSorted();
  return codes.map((code) => ({
    name: evaluationTable(code),
    groups: AGREEMENT_GROUPS,
    people: rows
      .filter((row) => row.itemCode === code)
      .map((row) => ({ personId: row.participantId, group: row.value >= 4 ? AGREE : NOT_AGREE, weight: 1 })),
  }));
}

// A funder's year, in two releases (one grouping of people each: the audit compares tables about the same groups):
// people and hours of the sessions held in it, by background; and whether those who evaluated a session said it
// helped them (they agreed with one of the items about belonging and taking part at least once).
export async function yearContent(em: EntityManager, sessionIds: readonly string[]): Promise<PeopleTable[]> {
  const participation = await participationTables(em, sessionIds);
  return participation.filter((t) => ['people', 'minutes'].includes(t.name));
}

export async function helpedContent(em: EntityManager, sessionIds: readonly string[]): Promise<PeopleTable[]> {
  const evaluations = await evaluationRows(em, sessionIds);
  const helped = new Map<string, boolean>();
  for (const row of evaluations.filter((r) => HELPED_ITEMS.includes(r.itemCode))) {
    helped.set(row.participantId, (helped.get(row.participantId) ?? false) || row.value >= 4);
  }
  return [
    {
      name: 'helped',
      groups: AGREEMENT_GROUPS,
      people: [...helped].map(([personId, yes]) => ({ personId, group: yes ? AGREE : NOT_AGREE, weight: 1 })),
    },
  ];
}
