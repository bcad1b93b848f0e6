import { badInput } from '../../core/errors.js';
import type { EntityManager } from '../../core/orm.js';
import { DEFAULT_PAGE_SIZE, type Connection } from '../../core/pagination.js';
import { placeholders } from '../../core/sql.js';
import { isUuid } from '../../core/uuid.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { ResponseDecision } from './municipality-response.entity.js';
import { InboxOrder, InboxState, type StrategyInboxArgs } from './review.input.js';
import { ProgressStatus, StrategyUpdate } from './strategy-update.entity.js';
import type { OutcomeFigures, WaitingAge } from './review.types.js';

// --- The inbox: submitted strategies a page at a time, in SQL, by (submitted_at, id) -----------------------------

interface Position {
  at: Date;
  id: string;
}

const encodeCursor = (at: Date, id: string): string => Buffer.from(`i:${at.toISOString()}|${id}`).toString('base64url');

function decodeCursor(cursor: string): Position {
  const match = /^i:(.+)\|([0-9a-f-]{36})$/.exec(Buffer.from(cursor, 'base64url').toString());
  const at = match?.[1] ? new Date(match[1]) : undefined;
  if (!match?.[2] || !at || Number.isNaN(at.getTime())) throw badInput('That page cursor is not valid.', 'after');
  return { at, id: match[2] };
}

// The strategies submitted to the municipality in the given projects, filtered and ordered as asked.
export async function pageInbox(
  em: EntityManager,
  projectIds: readonly string[],
  args: StrategyInboxArgs,
): Promise<Connection<Strategy>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const filter = args.filter ?? {};
  const where = [`g.status <> 'DRAFT'`, `s.project_id in (${placeholders(projectIds)})`];
  const params: unknown[] = [...projectIds];
  const only = (clause: string, ...values: unknown[]) => {
    where.push(clause);
    params.push(...values);
  };
  if (filter.projectId) only('s.project_id = ?', isUuid(filter.projectId) ? filter.projectId : null);
  if (filter.sessionId) only('g.session_id = ?', isUuid(filter.sessionId) ? filter.sessionId : null);
  if (filter.state === InboxState.WAITING) only(`(r.id is null or r.decision = 'UNDER_STUDY')`);
  if (filter.state === InboxState.DECIDED) only(`r.decision in ('ADOPTED', 'PARTLY_ADOPTED', 'DECLINED')`);
  if (filter.decisions?.length) only(`r.decision in (${placeholders(filter.decisions)})`, ...filter.decisions);
  if (filter.minDaysOld != null) only(`g.submitted_at <= now() - make_interval(days => ?)`, filter.minDaysOld);
  if (filter.maxDaysOld != null) only(`g.submitted_at >= now() - make_interval(days => ?)`, filter.maxDaysOld);
  if (filter.minDaysOld != null && filter.maxDaysOld != null && filter.minDaysOld > filter.maxDaysOld) {
    throw badInput('minDaysOld cannot be more than maxDaysOld.', 'filter.minDaysOld');
  }
  const from = `from strategy g join session s on s.id = g.session_id
                left join municipality_response r on r.strategy_id = g.id
               where ${where.join(' and ')}`;
  const newest = args.order === InboxOrder.NEWEST_FIRST;
  const direction = newest ? 'desc' : 'asc';
  const page: string[] = [];
  const pageParams = [...params];
  if (args.after) {
    const after = decodeCursor(args.after);
    page.push(`and (g.submitted_at, g.id) ${newest ? '<' : '>'} (?, ?)`);
    pageParams.push(after.at, after.id);
  }
  const rows = await em.execute<{ id: string; submitted_at: Date | string }[]>(
    `select g.id, g.submitted_at ${from} ${page.join(' ')}
      order by g.submitted_at ${direction}, g.id ${direction} limit ?`,
    [...pageParams, first + 1],
  );
  const [count] = await em.execute<{ n: number }[]>(`select count(*)::int as n ${from}`, params);
  const ids = rows.slice(0, first).map((row) => row.id);
  const strategies = ids.length ? await em.find(Strategy, { id: { $in: ids } }) : [];
  const byId = new Map(strategies.map((strategy) => [strategy.id, strategy]));
  const edges = rows.slice(0, first).flatMap((row) => {
    const node = byId.get(row.id);
    return node ? [{ cursor: encodeCursor(new Date(row.submitted_at), row.id), node }] : [];
  });
  return {
    edges,
    totalCount: count?.n ?? 0,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: !!args.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

// --- The timeline and the status of actions -------------------------------------------------------------------

// The updates of each strategy, newest first.
export async function listUpdatesOfStrategies(
  em: EntityManager,
  strategyIds: readonly string[],
): Promise<StrategyUpdate[][]> {
  const updates = await em.find(
    StrategyUpdate,
    { strategy: { $in: [...strategyIds] } },
    { orderBy: { at: 'desc', createdAt: 'desc', id: 'desc' } },
  );
  return strategyIds.map((id) => updates.filter((update) => update.strategy.id === id));
}

// Each action's status: its newest update's, PLANNED for an action of an adopted strategy that has none yet, and
// null for an action of a strategy that was not (or not yet) adopted.
export async function progressOfActions(
  em: EntityManager,
  actionIds: readonly string[],
): Promise<(ProgressStatus | null)[]> {
  const valid = actionIds.filter(isUuid);
  const rows = valid.length
    ? await em.execute<{ id: string; status: ProgressStatus | null; decision: ResponseDecision | null }[]>(
        `select a.id, r.decision,
                (select u.status from strategy_update u where u.action_id = a.id
                  order by u.at desc, u.created_at desc, u.id desc limit 1) as status
           from strategy_action a left join municipality_response r on r.strategy_id = a.strategy_id
          where a.id in (${placeholders(valid)})`,
        valid,
      )
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return actionIds.map((id) => {
    const row = byId.get(id);
    if (!row) return null;
    if (row.status) return row.status;
    return row.decision === ResponseDecision.ADOPTED || row.decision === ResponseDecision.PARTLY_ADOPTED
      ? ProgressStatus.PLANNED
      : null;
  });
}

// --- The municipality's overview ------------------------------------------------------------------------------

// How long strategies have waited, in the steps a municipality plans by.
export const WAITING_STEPS: readonly { minDays: number; maxDays: number | null }[] = [
  { minDays: 0, maxDays: 13 },
  { minDays: 14, maxDays: 29 },
  { minDays: 30, maxDays: 89 },
  { minDays: 90, maxDays: null },
];

interface FigureRow {
  project_id: string | null;
  submitted: number;
  unanswered: number;
  under_study: number;
  decided: number;
  adopted: number;
  declined: number;
  oldest_waiting_days: number | null;
  median_days: number | null;
  waiting_ages: number[] | null;
}

interface ActionRow {
  project_id: string | null;
  planned: number;
  in_progress: number;
  done: number;
  dropped: number;
}

const oneDecimal = (value: number | null): number | null => (value == null ? null : Math.round(value * 10) / 10);

// The figures of each given project and of all of them together (the municipality), keyed by project id and by
// null for the total.
export async function outcomeFigures(
  em: EntityManager,
  projectIds: readonly string[],
): Promise<Map<string | null, OutcomeFigures>> {
  const ids = projectIds.filter(isUuid);
  const age = `floor(extract(epoch from now() - g.submitted_at) / 86400)::int`;
  const steps = WAITING_STEPS.map(
    ({ minDays, maxDays }) =>
      `count(*) filter (where waiting and age >= ${minDays}${maxDays == null ? '' : ` and age <= ${maxDays}`})::int`,
  ).join(', ');
  const strategies = ids.length
    ? await em.execute<FigureRow[]>(
        `with submitted as (
           select s.project_id, g.submitted_at, r.decision, r.decided_at, ${age} as age,
                  (r.id is null or r.decision = 'UNDER_STUDY') as waiting
             from strategy g join session s on s.id = g.session_id
             left join municipality_response r on r.strategy_id = g.id
            where g.status <> 'DRAFT' and s.project_id in (${placeholders(ids)}))
         select project_id,
                count(*)::int as submitted,
                count(*) filter (where decision is null)::int as unanswered,
                count(*) filter (where decision = 'UNDER_STUDY')::int as under_study,
                count(*) filter (where decision in ('ADOPTED', 'PARTLY_ADOPTED', 'DECLINED'))::int as decided,
                count(*) filter (where decision in ('ADOPTED', 'PARTLY_ADOPTED'))::int as adopted,
                count(*) filter (where decision = 'DECLINED')::int as declined,
                max(age) filter (where waiting) as oldest_waiting_days,
                percentile_cont(0.5) within group (order by extract(epoch from decided_at - submitted_at) / 86400)
                  filter (where decided_at is not null) as median_days,
                array[${steps}] as waiting_ages
           from submitted group by grouping sets ((project_id), ())`,
        ids,
      )
    : [];
  const actions = ids.length
    ? await em.execute<ActionRow[]>(
        `with planned as (
           select s.project_id,
                  coalesce((select u.status from strategy_update u where u.action_id = a.id
                             order by u.at desc, u.created_at desc, u.id desc limit 1), 'PLANNED') as status
             from strategy_action a join strategy g on g.id = a.strategy_id join session s on s.id = g.session_id
             join municipality_response r on r.strategy_id = g.id
            where r.decision in ('ADOPTED', 'PARTLY_ADOPTED') and s.project_id in (${placeholders(ids)}))
         select project_id, count(*)::int as planned,
                count(*) filter (where status = 'IN_PROGRESS')::int as in_progress,
                count(*) filter (where status = 'DONE')::int as done,
                count(*) filter (where status = 'DROPPED')::int as dropped
           from planned group by grouping sets ((project_id), ())`,
        ids,
      )
    : [];
  const actionsOf = new Map(actions.map((row) => [row.project_id, row]));
  const figures = new Map<string | null, OutcomeFigures>();
  for (const key of [...ids, null]) {
    const row = strategies.find((r) => r.project_id === key);
    const done = actionsOf.get(key);
    const waitingByAge: WaitingAge[] = WAITING_STEPS.map((step, i) => ({
      ...step,
      count: row?.waiting_ages?.[i] ?? 0,
    }));
    figures.set(key, {
      submitted: row?.submitted ?? 0,
      waiting: (row?.unanswered ?? 0) + (row?.under_study ?? 0),
      unanswered: row?.unanswered ?? 0,
      underStudy: row?.under_study ?? 0,
      decided: row?.decided ?? 0,
      adopted: row?.adopted ?? 0,
      declined: row?.declined ?? 0,
      adoptedShare: row?.decided ? Math.round((row.adopted / row.decided) * 1000) / 1000 : null,
      medianDaysToDecision: oneDecimal(row?.median_days ?? null),
      oldestWaitingDays: row?.oldest_waiting_days ?? null,
      waitingByAge,
      actionsPlanned: done?.planned ?? 0,
      actionsInProgress: done?.in_progress ?? 0,
      actionsDone: done?.done ?? 0,
      actionsDropped: done?.dropped ?? 0,
    });
  }
  return figures;
}

// The newest update of each strategy that has one.
export async function latestUpdatesOfStrategies(
  em: EntityManager,
  strategyIds: readonly string[],
): Promise<Map<string, StrategyUpdate>> {
  const latest = new Map<string, StrategyUpdate>();
  const lists = strategyIds.length ? await listUpdatesOfStrategies(em, strategyIds) : [];
  strategyIds.forEach((id, i) => {
    const newest = lists[i]?.[0];
    if (newest) latest.set(id, newest);
  });
  return latest;
}
