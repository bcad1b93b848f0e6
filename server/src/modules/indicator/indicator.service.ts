// Reading the indicators: released figures only (modules/disclosure), and counts of strategies, which are about plans
// rather than people. Nothing here releases or audits anything (indicator.release.ts does, in the background), so
// that an evaluator waits only for reading stored rows: a fixed, small number of statements per request level.
import type { EntityManager } from '../../core/orm.js';
import { isUuid } from '../../core/uuid.js';
import { findReleases, ALL, type Release, type ReleasedTable } from '../disclosure/disclosure.service.js';
import { SuppressionReason } from '../disclosure/disclosure.types.js';
import { Background } from '../participant/participant.entity.js';
import { CompetenceDimension } from '../questionnaire/questionnaire.types.js';
import { BACKGROUND_GROUPS, sessionScope } from '../report/report.figures.js';
import { ResponseDecision } from '../review/municipality-response.entity.js';
import { SessionStatus } from '../session/session.entity.js';
import { StrategyStatus } from '../strategy/strategy.entity.js';
import { evaluationScope, stepScope } from './indicator.release.js';
import { kendallTauB, pairedChange, pool, ranks, type Summary } from './indicator.statistics.js';
import { AGREE, changeStatistic, itemTable, NOT_AGREE, STEP_PARTS, type StepPart } from './indicator.tables.js';
import {
  PriorityKind,
  type CompetenceChangeFigure,
  type CompetenceIndicator,
  type ContributionIndicators,
  type EvaluationItemFigure,
  type IndicatorGroupedFigure,
  type ParticipationIndicators,
  type PriorityIndicators,
  type PriorityItem,
  type ProjectIndicators,
  type SessionIndicators,
  type StrategyIndicators,
} from './indicator.types.js';

const CLOSED = [SessionStatus.CLOSED, SessionStatus.REVIEWED];

// What one project's indicators are read from: its latest step and that step's releases, one per part.
export interface ProjectState extends ProjectIndicators {
  releases: Partial<Record<StepPart, Release>>;
}

// The states of these projects (those that exist), by title: two statements however many projects. The first reads
// each project with its latest step and the closed sessions since; the second that step's releases. Both read rows,
// not entities: across 100 projects that is 100 steps and 400 releases, read and thrown away per request.
// `parts` narrows the releases read to those a request asks for (the overview's list of projects needs none).
export async function loadProjectStates(
  em: EntityManager,
  projectIds: readonly string[],
  parts: readonly StepPart[] = STEP_PARTS,
): Promise<ProjectState[]> {
  const ids = [...new Set(projectIds.filter(isUuid))];
  if (!ids.length) return [];
  const rows = await em.execute<
    {
      id: string;
      title: string;
      small_group_threshold: number;
      number: number | null;
      taken_at: Date | string | null;
      session_ids: string[] | null;
      final: boolean | null;
      sessions_since: number;
    }[]
  >(
    `select p.id, p.title, p.small_group_threshold, st.number, st.taken_at, st.session_ids, st.final,
            (select count(*)::int from session s
              where s.project_id = p.id and s.status in (?)
                and not (s.id::text = any(coalesce(st.session_ids, '{}')))) as sessions_since
       from project p
       left join lateral (select number, taken_at, session_ids, final from indicator_step i
                           where i.project_id = p.id order by number desc limit 1) st on true
      where p.id in (?)
      order by p.title asc, p.id asc`,
    [CLOSED, ids],
  );
  const released = await findReleases(
    em,
    rows.flatMap((row) => (row.number === null ? [] : parts.map((part) => stepScope(row.id, row.number ?? 0, part)))),
  );
  return rows.map((row): ProjectState => {
    const number = row.number;
    return {
      projectId: row.id,
      title: row.title,
      smallGroupThreshold: row.small_group_threshold,
      step:
        number === null
          ? null
          : {
              number,
              takenAt: new Date(row.taken_at ?? 0),
              sessionCount: row.session_ids?.length ?? 0,
              final: row.final ?? false,
              sessionsSince: row.sessions_since,
            },
      releases: Object.fromEntries(
        number === null
          ? []
          : parts.flatMap((part) => {
              const release = released.get(stepScope(row.id, number, part));
              return release ? [[part, release]] : [];
            }),
      ),
    };
  });
}

// A released table as a figure of one project; an empty one (no step yet) as nothing shown.
export function groupedFigure(table: ReleasedTable | undefined): IndicatorGroupedFigure {
  return {
    total: table?.total ?? 0,
    projects: table ? 1 : 0,
    byBackground: BACKGROUND_GROUPS.map((background) => {
      const cell = table?.cells.find((c) => c.group === background);
      return {
        background,
        value: cell?.value ?? null,
        hiddenBecause: cell ? cell.hiddenBecause : SuppressionReason.NOT_FINAL,
      };
    }),
  };
}

// The same figure across projects, from their released figures alone: totals add up; a group adds up the projects
// that show it, and says how many those are. No new release is needed: nothing is computed from anything unshown.
export function addFigures(figures: readonly IndicatorGroupedFigure[]): IndicatorGroupedFigure {
  const counted = figures.filter((f) => f.projects > 0);
  return {
    total: counted.reduce((sum, f) => sum + f.total, 0),
    projects: counted.length,
    byBackground: BACKGROUND_GROUPS.map((background) => {
      const shown = counted.flatMap((f) =>
        f.byBackground.filter((c) => c.background === background && c.value !== null),
      );
      return shown.length
        ? { background, value: shown.reduce((sum, c) => sum + (c.value ?? 0), 0), hiddenBecause: null }
        : {
            background,
            value: null,
            hiddenBecause: counted.length ? SuppressionReason.SMALL_GROUP : SuppressionReason.NOT_FINAL,
          };
    }),
  };
}

export const participationOf = ({ releases: { participation } }: ProjectState): ParticipationIndicators => ({
  people: groupedFigure(participation?.tables.people),
  returning: groupedFigure(participation?.tables.returning),
  minutes: groupedFigure(participation?.tables.minutes),
});

export const contributionsOf = ({ releases: { contributions } }: ProjectState): ContributionIndicators => ({
  challenges: groupedFigure(contributions?.tables.challenges),
  ideas: groupedFigure(contributions?.tables.ideas),
  dots: groupedFigure(contributions?.tables.dots),
});

export function addParticipation(parts: readonly ParticipationIndicators[]): ParticipationIndicators {
  return {
    people: addFigures(parts.map((p) => p.people)),
    returning: addFigures(parts.map((p) => p.returning)),
    minutes: addFigures(parts.map((p) => p.minutes)),
  };
}

export function addContributions(parts: readonly ContributionIndicators[]): ContributionIndicators {
  return {
    challenges: addFigures(parts.map((p) => p.challenges)),
    ideas: addFigures(parts.map((p) => p.ideas)),
    dots: addFigures(parts.map((p) => p.dots)),
  };
}

// The priorities of one project: its most-voted items with the dots of each group as released, ranked within each
// group among the items where that group's dots are shown, and Kendall's tau-b over the items where both are.
export async function prioritiesOf(em: EntityManager, state: ProjectState): Promise<PriorityIndicators> {
  const tables = Object.entries(state.releases.priorities?.tables ?? {}).filter(([name]) => name.startsWith('item:'));
  const ids = tables.map(([name]) => name.slice('item:'.length));
  const texts = ids.length
    ? await em.execute<{ id: string; kind: PriorityKind; text: string; language: string }[]>(
        `select id, '${PriorityKind.CHALLENGE}' as kind, text, language from challenge where id in (?)
         union all select id, '${PriorityKind.IDEA}', text, language from idea where id in (?)`,
        [ids, ids],
      )
    : [];
  const items = tables
    .map(([name, table]) => {
      const found = texts.find((t) => itemTable(t.id) === name);
      return found ? { ...found, dots: groupedFigure(table) } : undefined;
    })
    .filter((item) => item !== undefined)
    .toSorted((a, b) => b.dots.total - a.dots.total || a.id.localeCompare(b.id));
  return rankPriorities(items);
}

type RankedItem = Omit<PriorityItem, 'rankThirdCountryNationals' | 'rankHostCommunity'>;

// Ranks each group's dots among the items where they are shown, and correlates the items where both are. Pure: it
// sees released figures only.
export function rankPriorities(items: readonly RankedItem[]): PriorityIndicators {
  const dotsOf = (item: RankedItem, background: Background) =>
    item.dots.byBackground.find((c) => c.background === background)?.value ?? null;
  const rankAmong = (background: Background) => {
    const shown = items.filter((item) => dotsOf(item, background) !== null);
    const places = ranks(shown.map((item) => dotsOf(item, background) ?? 0));
    return new Map(shown.map((item, i) => [item.id, places[i] ?? null]));
  };
  const third = rankAmong(Background.THIRD_COUNTRY_NATIONAL);
  const host = rankAmong(Background.HOST_COMMUNITY);
  const both = items.filter((item) => third.has(item.id) && host.has(item.id));
  return {
    items: items.map((item): PriorityItem => ({
      ...item,
      rankThirdCountryNationals: third.get(item.id) ?? null,
      rankHostCommunity: host.get(item.id) ?? null,
    })),
    kendallTau: kendallTauB(
      both.map((item) => dotsOf(item, Background.THIRD_COUNTRY_NATIONAL) ?? 0),
      both.map((item) => dotsOf(item, Background.HOST_COMMUNITY) ?? 0),
    ),
    comparedItems: both.length,
  };
}

const DIMENSIONS = Object.values(CompetenceDimension);

interface CompetenceCell {
  background: Background | null;
  summary: Summary | null;
  n: number | null;
  hiddenBecause: SuppressionReason | null;
}

function changeFigure({ background, summary, n, hiddenBecause }: CompetenceCell): CompetenceChangeFigure {
  if (!summary || summary.n === 0) return { background, n, meanChange: null, ciLow: null, ciHigh: null, hiddenBecause };
  const change = pairedChange(summary);
  return {
    background,
    n: change.n,
    meanChange: change.mean,
    ciLow: change.ciLow,
    ciHigh: change.ciHigh,
    hiddenBecause: null,
  };
}

// One project's competence cells per dimension, as released.
function competenceCells(state: ProjectState): Map<CompetenceDimension, CompetenceCell[]> {
  return new Map(
    DIMENSIONS.map((dimension) => {
      const released = state.releases.competence;
      const cells = released?.statistics[changeStatistic(dimension)];
      const cellOf = (group: string, background: Background | null): CompetenceCell => {
        const cell = cells?.find((c) => c.group === group);
        if (!cell)
          return released
            ? { background, summary: null, n: 0, hiddenBecause: SuppressionReason.SMALL_GROUP }
            : { background, summary: null, n: null, hiddenBecause: SuppressionReason.NOT_FINAL };
        return {
          background,
          n: cell.n,
          summary: cell.mean !== null && cell.n !== null ? { n: cell.n, mean: cell.mean, sd: cell.sd ?? NaN } : null,
          hiddenBecause: cell.hiddenBecause,
        };
      };
      return [dimension, [cellOf(ALL, null), ...BACKGROUND_GROUPS.map((g) => cellOf(g, g))]];
    }),
  );
}

export function competenceOf(state: ProjectState): CompetenceIndicator[] {
  return [...competenceCells(state)].map(([dimension, [all, ...byBackground]]) => ({
    dimension,
    all: changeFigure(all as CompetenceCell),
    byBackground: byBackground.map(changeFigure),
  }));
}

// Across projects: each cell pools the projects that show it (exactly, from their released n, mean and sd).
export function pooledCompetence(states: readonly ProjectState[]): CompetenceIndicator[] {
  const perProject = states.map(competenceCells);
  return DIMENSIONS.map((dimension) => {
    const pooled = (index: number, background: Background | null): CompetenceChangeFigure => {
      const shown = perProject.flatMap((cells) => {
        const summary = cells.get(dimension)?.[index]?.summary;
        return summary ? [summary] : [];
      });
      if (!shown.length) {
        const released = states.some((s) => s.releases.competence);
        return changeFigure({
          background,
          n: null,
          summary: null,
          hiddenBecause: released ? SuppressionReason.SMALL_GROUP : SuppressionReason.NOT_FINAL,
        });
      }
      const summary = pool(shown);
      return changeFigure({ background, n: summary.n, summary, hiddenBecause: null });
    };
    return {
      dimension,
      all: pooled(0, null),
      byBackground: BACKGROUND_GROUPS.map((g, i) => pooled(i + 1, g)),
    };
  });
}

// A project without strategies.
const noStrategies = (): StrategyIndicators => ({
  submitted: 0,
  answered: 0,
  adopted: 0,
  partlyAdopted: 0,
  underStudy: 0,
  declined: 0,
  done: null,
});

// Strategies of these projects (or of these sessions only) and their answers, counted in one statement.
export async function strategiesOf(
  em: EntityManager,
  projectIds: readonly string[],
  sessionIds?: readonly string[],
): Promise<Map<string, StrategyIndicators>> {
  if (!projectIds.length) return new Map();
  const inSessions = sessionIds ? 'and s.id in (?)' : '';
  const rows = await em.execute<Record<string, number | string>[]>(
    `select s.project_id,
            count(*)::int as submitted,
            count(r.id)::int as answered,
            count(*) filter (where r.decision = '${ResponseDecision.ADOPTED}')::int as adopted,
            count(*) filter (where r.decision = '${ResponseDecision.PARTLY_ADOPTED}')::int as partly,
            count(*) filter (where r.decision = '${ResponseDecision.UNDER_STUDY}')::int as under_study,
            count(*) filter (where r.decision = '${ResponseDecision.DECLINED}')::int as declined
       from strategy st join session s on s.id = st.session_id
       left join municipality_response r on r.strategy_id = st.id
      where s.project_id in (?) and st.status <> '${StrategyStatus.DRAFT}' ${inSessions}
      group by s.project_id`,
    [
      [...projectIds],
      ...(sessionIds ? [sessionIds.length ? [...sessionIds] : ['00000000-0000-0000-0000-000000000000']] : []),
    ],
  );
  return new Map(
    projectIds.map((id) => {
      const row = rows.find((r) => r.project_id === id);
      if (!row) return [id, noStrategies()];
      return [
        id,
        {
          submitted: Number(row.submitted),
          answered: Number(row.answered),
          adopted: Number(row.adopted),
          partlyAdopted: Number(row.partly),
          underStudy: Number(row.under_study),
          declined: Number(row.declined),
          done: null,
        },
      ];
    }),
  );
}

export function addStrategies(parts: readonly StrategyIndicators[]): StrategyIndicators {
  const sum = (key: keyof StrategyIndicators) => parts.reduce((total, p) => total + (p[key] ?? 0), 0);
  return {
    submitted: sum('submitted'),
    answered: sum('answered'),
    adopted: sum('adopted'),
    partlyAdopted: sum('partlyAdopted'),
    underStudy: sum('underStudy'),
    declined: sum('declined'),
    done: parts.some((p) => p.done !== null) ? sum('done') : null,
  };
}

// The sessions of a project, newest first, with their attendance and evaluation as released when they closed.
export async function sessionsOf(em: EntityManager, projectId: string): Promise<SessionIndicators[]> {
  const sessions = await em.execute<{ id: string; title: string; starts_at: Date; status: SessionStatus }[]>(
    `select id, title, starts_at, status from session where project_id = ? and status <> '${SessionStatus.DRAFT}'
      order by starts_at desc, id`,
    [projectId],
  );
  const closed = sessions.filter((s) => CLOSED.includes(s.status));
  const released = await findReleases(em, [
    ...closed.map((s) => sessionScope(s.id)),
    ...closed.map((s) => evaluationScope(s.id)),
  ]);
  return sessions.map((session) => {
    const report = released.get(sessionScope(session.id));
    const evaluation = released.get(evaluationScope(session.id));
    return {
      sessionId: session.id,
      title: session.title,
      startsAt: new Date(session.starts_at),
      status: session.status,
      attendance: report ? groupedFigure(report.tables.attendance) : null,
      evaluation: Object.entries(evaluation?.tables ?? {})
        .map(([name, table]): EvaluationItemFigure => {
          const agreed = table.cells.find((c) => c.group === AGREE);
          const notAgreed = table.cells.find((c) => c.group === NOT_AGREE);
          return {
            itemCode: name.slice('evaluation:'.length),
            respondents: table.total,
            agreed: agreed?.value ?? null,
            notAgreed: notAgreed?.value ?? null,
            hiddenBecause: agreed?.value == null ? (agreed?.hiddenBecause ?? SuppressionReason.SMALL_GROUP) : null,
          };
        })
        .toSorted((a, b) => a.itemCode.localeCompare(b.itemCode)),
    };
  });
}
