import { msg } from '../../core/i18n/messages.js';
import { DomainError, ErrorCode, badInput, notFound, type Thing } from '../../core/errors.js';
import { runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { isUuid } from '../../core/uuid.js';
import { Challenge, ContributionStatus } from '../challenge/challenge.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { SessionEventType } from '../live/live.entity.js';
import { publishSessionEvent } from '../live/live.service.js';
import { Session, SessionStatus } from '../session/session.entity.js';
import { getSession, lockSession, statusPhrase } from '../session/session.service.js';
import { StrategyStatus } from '../strategy/strategy.entity.js';
import { Theme } from '../theme/theme.entity.js';
import { CarriedItem, CarriedKind } from './carried-item.entity.js';
import type {
  CarryIntoSessionInput,
  ProjectTrajectory,
  RemoveCarriedItemInput,
  SessionOutput,
  TrajectoryStep,
} from './trajectory.input.js';

export function getCarriedItem(em: EntityManager, id: string): Promise<CarriedItem> {
  return getById(em, CarriedItem, id, 'carriedItem');
}

// Items are carried while a session is being planned or runs; a closed session's board is a record.
const OPEN_FOR_CARRYING = new Set([SessionStatus.DRAFT, SessionStatus.SCHEDULED, SessionStatus.LIVE]);

function assertOpenForCarrying(session: Session, what: 'carryIn' | 'carryRemove'): void {
  if (!OPEN_FOR_CARRYING.has(session.status)) {
    throw new DomainError(
      ErrorCode.SESSION_NOT_OPEN,
      msg(`errors:trajectory.${what}`, { status: statusPhrase(session.status) }),
      { status: session.status },
    );
  }
}

const excerpt = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

async function findAll<T extends { id: string }>(
  tx: EntityManager,
  entity: typeof Theme | typeof Challenge | typeof Idea,
  ids: readonly string[],
  what: Thing,
): Promise<T[]> {
  const valid = ids.filter(isUuid);
  const rows = valid.length ? ((await tx.find(entity as typeof Theme, { id: { $in: valid } })) as unknown as T[]) : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => {
    const row = byId.get(id);
    if (!row) throw notFound(what, id);
    return row;
  });
}

// The rules every carried item meets: of the same project, made before the session it goes to (in an earlier
// session, or between sessions and approved), and not made in that session itself.
async function assertCarriable(
  tx: EntityManager,
  target: Session,
  item: { project: string; session: { id: string } | null; name: string; field: string },
): Promise<void> {
  if (item.project !== target.project.id) {
    throw badInput(
      `${item.name} belongs to another project; only a project's own work can be carried forward.`,
      item.field,
    );
  }
  if (item.session?.id === target.id) {
    throw badInput(`${item.name} was made in this session; it is on its board already.`, item.field);
  }
  if (item.session) {
    const origin = await getSession(tx, item.session.id);
    if (origin.startsAt.getTime() >= target.startsAt.getTime()) {
      throw badInput(
        `${item.name} was made in "${origin.title}", which does not come before this session; only earlier work can be carried forward.`,
        item.field,
      );
    }
  }
}

function assertOnTheBoard(status: ContributionStatus, name: string, field: string): void {
  if (status === ContributionStatus.PENDING) {
    throw badInput(`${name} waits for moderation; approve it before carrying it forward.`, field);
  }
  if (status !== ContributionStatus.VISIBLE) {
    throw badInput(`${name} is hidden or merged, so it cannot be carried forward.`, field);
  }
}

// Puts items of earlier sessions on a later session's board. Nothing is copied: each item keeps its session, author
// and history. Carrying what is already there changes nothing; another project's items are refused.
export function carryIntoSession(
  em: EntityManager,
  input: CarryIntoSessionInput,
): Promise<{ session: Session; added: number }> {
  let added = 0;
  return runMutation(
    em,
    input,
    'carryIntoSession',
    async (tx) => {
      const session = await lockSession(tx, input.sessionId);
      assertOpenForCarrying(session, 'carryIn');
      const themes = await findAll<Theme>(tx, Theme, input.themeIds ?? [], 'theme');
      const challenges = await findAll<Challenge>(tx, Challenge, input.challengeIds ?? [], 'challenge');
      const ideas = await findAll<Idea>(tx, Idea, input.ideaIds ?? [], 'idea');
      if (!themes.length && !challenges.length && !ideas.length) {
        throw badInput('Name at least one theme, challenge or idea to carry forward.', 'themeIds');
      }

      const wanted = { themes: new Map<string, Theme>(), challenges: new Map<string, [Challenge, boolean]>() };
      const wantedIdeas = new Map<string, Idea>();
      for (const theme of themes) {
        const origin = await getSession(tx, theme.session.id);
        await assertCarriable(tx, session, {
          project: origin.project.id,
          session: theme.session,
          name: `The theme "${excerpt(theme.title)}"`,
          field: 'themeIds',
        });
        wanted.themes.set(theme.id, theme);
        // A theme brings the challenges shown in it.
        for (const challenge of await tx.find(Challenge, { theme, status: ContributionStatus.VISIBLE })) {
          if (!wanted.challenges.has(challenge.id)) wanted.challenges.set(challenge.id, [challenge, true]);
        }
      }
      for (const challenge of challenges) {
        const name = `The challenge "${excerpt(challenge.text)}"`;
        await assertCarriable(tx, session, {
          project: challenge.project.id,
          session: challenge.session,
          name,
          field: 'challengeIds',
        });
        assertOnTheBoard(challenge.status, name, 'challengeIds');
        wanted.challenges.set(challenge.id, [challenge, false]);
      }
      for (const idea of ideas) {
        const name = `The idea "${excerpt(idea.text)}"`;
        await assertCarriable(tx, session, { project: idea.project.id, session: idea.session, name, field: 'ideaIds' });
        assertOnTheBoard(idea.status, name, 'ideaIds');
        const challenge = await tx.findOneOrFail(Challenge, { id: idea.challenge.id });
        assertOnTheBoard(challenge.status, `The challenge of the idea "${excerpt(idea.text)}"`, 'ideaIds');
        wantedIdeas.set(idea.id, idea);
        // An idea comes with the challenge it answers, unless that challenge is this session's own.
        if (challenge.session?.id !== session.id && !wanted.challenges.has(challenge.id)) {
          wanted.challenges.set(challenge.id, [challenge, false]);
        }
      }

      const existing = await tx.find(CarriedItem, { session });
      const has = new Set(existing.flatMap((row) => [row.theme?.id, row.challenge?.id, row.idea?.id]));
      const carried: CarriedItem[] = [];
      for (const theme of wanted.themes.values()) {
        if (!has.has(theme.id)) carried.push(tx.create(CarriedItem, { session, kind: CarriedKind.THEME, theme }));
      }
      for (const [challenge, withTheme] of wanted.challenges.values()) {
        // A challenge of this session reached through a theme is on the board anyway.
        if (has.has(challenge.id) || challenge.session?.id === session.id) continue;
        carried.push(tx.create(CarriedItem, { session, kind: CarriedKind.CHALLENGE, challenge, withTheme }));
      }
      for (const idea of wantedIdeas.values()) {
        if (!has.has(idea.id)) carried.push(tx.create(CarriedItem, { session, kind: CarriedKind.IDEA, idea }));
      }
      added = carried.length;
      if (carried.length) {
        await publishSessionEvent(tx, session.id, SessionEventType.ITEMS_CARRIED, {
          themeIds: carried.flatMap((row) => (row.theme ? [row.theme.id] : [])),
          challengeIds: carried.flatMap((row) => (row.challenge ? [row.challenge.id] : [])),
        });
      }
      return session;
    },
    getSession,
  ).then((session) => ({ session, added }));
}

// Takes a carried item off a board again, before the session closes. A theme takes the challenges that came with it.
export function removeCarriedItem(
  em: EntityManager,
  input: RemoveCarriedItemInput,
): Promise<{ session: Session; removed: string[] }> {
  const removed: string[] = [];
  return runMutation(
    em,
    input,
    'removeCarriedItem',
    async (tx) => {
      const item = await getCarriedItem(tx, input.carriedItemId);
      const session = await lockSession(tx, item.session.id);
      assertOpenForCarrying(session, 'carryRemove');
      const gone = [item];
      if (item.theme) {
        const withTheme = await tx.find(CarriedItem, { session, withTheme: true, challenge: { theme: item.theme.id } });
        gone.push(...withTheme);
      }
      for (const row of gone) {
        removed.push(row.id);
        tx.remove(row);
      }
      await publishSessionEvent(tx, session.id, SessionEventType.CARRIED_ITEMS_REMOVED, {
        themeIds: gone.flatMap((row) => (row.theme ? [row.theme.id] : [])),
        challengeIds: gone.flatMap((row) => (row.challenge ? [row.challenge.id] : [])),
      });
      return session;
    },
    getSession,
  ).then((session) => ({ session, removed }));
}

// Where each item of a list of carried items was made: the session id of its theme, challenge or idea.
async function originSessionIds(em: EntityManager, items: readonly CarriedItem[]): Promise<Map<string, string | null>> {
  const ids = (kind: 'theme' | 'challenge' | 'idea') => items.flatMap((row) => (row[kind] ? [row[kind].id] : []));
  const [themes, challenges, ideas] = await Promise.all([
    ids('theme').length ? em.find(Theme, { id: { $in: ids('theme') } }) : [],
    ids('challenge').length ? em.find(Challenge, { id: { $in: ids('challenge') } }) : [],
    ids('idea').length ? em.find(Idea, { id: { $in: ids('idea') } }) : [],
  ]);
  const origin = new Map<string, string | null>();
  for (const theme of themes) origin.set(theme.id, theme.session.id);
  for (const challenge of challenges) origin.set(challenge.id, challenge.session?.id ?? null);
  for (const idea of ideas) origin.set(idea.id, idea.session?.id ?? null);
  return new Map(
    items.map((row) => [row.id, origin.get(row.theme?.id ?? row.challenge?.id ?? row.idea?.id ?? '') ?? null]),
  );
}

// The trajectory of a project: its sessions in order, each with what was carried into it, what it made, and what of
// it went on into later sessions. A fixed number of statements however many sessions there are.
export async function projectTrajectory(em: EntityManager, projectId: string): Promise<ProjectTrajectory> {
  const sessions = await em.find(Session, { project: projectId }, { orderBy: { startsAt: 'asc', id: 'asc' } });
  const sessionIds = sessions.map((s) => s.id);
  const [items, counts, between] = await Promise.all([
    sessionIds.length
      ? em.find(CarriedItem, { session: { $in: sessionIds } }, { orderBy: { createdAt: 'asc', id: 'asc' } })
      : Promise.resolve([]),
    sessionIds.length
      ? em.getConnection().execute<{ session_id: string; kind: string; n: number }[]>(
          `select session_id, 'themes' as kind, count(*)::int as n from theme where session_id in (?) group by session_id
           union all
           select session_id, 'challenges', count(*)::int from challenge
            where session_id in (?) and status in ('${ContributionStatus.VISIBLE}', '${ContributionStatus.MERGED}') group by session_id
           union all
           select session_id, 'ideas', count(*)::int from idea
            where session_id in (?) and status = '${ContributionStatus.VISIBLE}' group by session_id
           union all
           select session_id, 'strategies', count(*)::int from strategy where session_id in (?) group by session_id
           union all
           select session_id, 'submitted', count(*)::int from strategy
            where session_id in (?) and status <> '${StrategyStatus.DRAFT}' group by session_id`,
          [sessionIds, sessionIds, sessionIds, sessionIds, sessionIds],
        )
      : Promise.resolve([]),
    em.getConnection().execute<{ status: string; n: number }[]>(
      `select status, count(*)::int as n from (
         select status from challenge where project_id = ? and call_id is not null
         union all select status from idea where project_id = ? and call_id is not null) c group by status`,
      [projectId, projectId],
    ),
  ]);
  const origins = await originSessionIds(em, items);
  const count = (sessionId: string, kind: string) =>
    counts.find((row) => row.session_id === sessionId && row.kind === kind)?.n ?? 0;
  const steps = sessions.map((session): TrajectoryStep => ({
    session,
    carriedIn: items.filter((row) => row.session.id === session.id),
    carriedOut: items.filter((row) => origins.get(row.id) === session.id),
    made: {
      themes: count(session.id, 'themes'),
      challenges: count(session.id, 'challenges'),
      ideas: count(session.id, 'ideas'),
      strategies: count(session.id, 'strategies'),
      strategiesSubmitted: count(session.id, 'submitted'),
    } satisfies SessionOutput,
  }));
  const byStatus = (status: ContributionStatus) => between.find((row) => row.status === status)?.n ?? 0;
  return {
    projectId,
    steps,
    contributedBetweenSessions: byStatus(ContributionStatus.VISIBLE),
    waitingForModeration: byStatus(ContributionStatus.PENDING),
  };
}

// The strategies' sessions: for each strategy, the sessions whose ideas it draws on, by start time; one statement.
export async function sessionsOfStrategies(em: EntityManager, strategyIds: readonly string[]): Promise<Session[][]> {
  const valid = strategyIds.filter(isUuid);
  if (!valid.length) return strategyIds.map(() => []);
  const rows = await em.getConnection().execute<{ strategy_id: string; session_id: string }[]>(
    `select distinct si.strategy_id, i.session_id
       from strategy_ideas si join idea i on i.id = si.idea_id
      where si.strategy_id in (?) and i.session_id is not null`,
    [valid],
  );
  const sessions = rows.length
    ? await em.find(Session, { id: { $in: [...new Set(rows.map((row) => row.session_id))] } })
    : [];
  const byId = new Map(sessions.map((s) => [s.id, s]));
  return strategyIds.map((id) =>
    rows
      .filter((row) => row.strategy_id === id)
      .flatMap((row) => (byId.has(row.session_id) ? [byId.get(row.session_id)!] : []))
      .toSorted((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id.localeCompare(b.id)),
  );
}
