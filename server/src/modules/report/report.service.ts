import { msg } from '../../core/i18n/messages.js';
import { DomainError, ErrorCode } from '../../core/errors.js';
import { runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { isUuid } from '../../core/uuid.js';
import { Challenge, ContributionStatus } from '../challenge/challenge.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { MunicipalityResponse } from '../review/municipality-response.entity.js';
import { latestUpdatesOfStrategies } from '../review/review.query.js';
import { Session, SessionStatus } from '../session/session.entity.js';
import { lockSession, statusPhrase } from '../session/session.service.js';
import { Strategy, StrategyAction, StrategyStatus } from '../strategy/strategy.entity.js';
import { listIdeasOfStrategies, submitStrategy } from '../strategy/strategy.service.js';
import { Theme } from '../theme/theme.entity.js';
import { VoteSource, VotingRound } from '../vote/vote.entity.js';
import { figuresOfRounds } from '../vote/vote.figures.js';
import { challengeDotCounts, ideaDotCounts } from '../vote/vote.service.js';
import { sessionFigures, type SessionFigures } from './report.figures.js';
import type { SubmitSessionStrategiesInput } from './report.input.js';
import type {
  ReportChallenge,
  ReportIdea,
  ReportStrategy,
  ReportTheme,
  ReportVotingRound,
  SessionReport,
} from './report.types.js';

type Row = Record<string, unknown>;

// Groups rows by a key, keeping their order.
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}

const byDotsThenAge = <T extends { dotCount: number; createdAt: Date; id: string }>(a: T, b: T): number =>
  b.dotCount - a.dotCount || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);

const strip = <T extends { createdAt: Date }>({ createdAt: _createdAt, ...rest }: T): Omit<T, 'createdAt'> => rest;

// The reports of many sessions at once: a fixed number of statements however many sessions, challenges,
// ideas, votes or strategies there are. Undefined for a session that does not exist.
export async function buildSessionReports(
  em: EntityManager,
  sessionIds: readonly string[],
): Promise<(SessionReport | undefined)[]> {
  const ids = [...new Set(sessionIds.filter(isUuid))];
  if (!ids.length) return sessionIds.map(() => undefined);
  const sessions = await em.find(Session, { id: { $in: ids } }, { populate: ['project'] });
  const found = sessions.map((s) => s.id);
  if (!found.length) return sessionIds.map(() => undefined);

  const [figures, themes, challenges, rounds, roundRows, strategies] = await Promise.all([
    sessionFigures(em, sessions),
    em.find(Theme, { session: { $in: found } }, { orderBy: { position: 'asc', createdAt: 'asc', id: 'asc' } }),
    em.find(
      Challenge,
      { session: { $in: found }, status: { $ne: ContributionStatus.HIDDEN } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    ),
    em.find(VotingRound, { session: { $in: found } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
    em.execute<Row[]>(
      `select v.round_id, v.source, sum(v.dots)::int as dots
           from vote v join voting_round r on r.id = v.round_id
          where r.session_id in (?)
          group by v.round_id, v.source`,
      [found],
    ),
    em.find(Strategy, { session: { $in: found } }, { orderBy: { createdAt: 'asc', id: 'asc' } }),
  ]);

  // The board: challenges still shown, and those merged into them.
  const challengeById = new Map(challenges.map((c) => [c.id, c]));
  const visibleChallenges = challenges.filter((c) => c.status === ContributionStatus.VISIBLE);
  const strategyIds = strategies.map((s) => s.id);
  const [ideas, actions, responses, strategyIdeas] = await Promise.all([
    challenges.length
      ? em.find(
          Idea,
          // The ideas made in these sessions: a challenge carried into a later session gets more there, which are
          // that session's.
          {
            challenge: { $in: challenges.map((c) => c.id) },
            session: { $in: found },
            status: ContributionStatus.VISIBLE,
          },
          { orderBy: { createdAt: 'asc', id: 'asc' } },
        )
      : Promise.resolve([]),
    strategyIds.length
      ? em.find(StrategyAction, { strategy: { $in: strategyIds } }, { orderBy: { position: 'asc', id: 'asc' } })
      : Promise.resolve([]),
    strategyIds.length ? em.find(MunicipalityResponse, { strategy: { $in: strategyIds } }) : Promise.resolve([]),
    strategyIds.length ? listIdeasOfStrategies(em, strategyIds) : Promise.resolve(new Map<string, Idea[]>()),
  ]);
  const latestUpdates = await latestUpdatesOfStrategies(em, strategyIds);
  const [challengeDots, ideaDots] = await Promise.all([
    challengeDotCounts(
      em,
      visibleChallenges.map((c) => c.id),
    ),
    ideaDotCounts(
      em,
      ideas.map((i) => i.id),
    ),
  ]);
  const challengeDotsById = new Map(visibleChallenges.map((c, i) => [c.id, challengeDots[i] ?? 0]));
  const ideaDotsById = new Map(ideas.map((idea, i) => [idea.id, ideaDots[i] ?? 0]));

  // Where a challenge shows on the board: itself, or the challenge it was merged into.
  const shownAs = (challenge: Challenge): Challenge | undefined => {
    if (challenge.status === ContributionStatus.VISIBLE) return challenge;
    const target = challenge.mergedInto ? challengeById.get(challenge.mergedInto.id) : undefined;
    return target?.status === ContributionStatus.VISIBLE ? target : undefined;
  };
  const ideasByChallenge = groupBy(
    ideas.filter((idea) => challengeById.has(idea.challenge.id)),
    (idea) => shownAs(challengeById.get(idea.challenge.id) as Challenge)?.id ?? '',
  );
  const mergedByTarget = groupBy(
    challenges.filter((c) => c.status === ContributionStatus.MERGED),
    (c) => shownAs(c)?.id ?? '',
  );

  const reportChallenge = (challenge: Challenge): ReportChallenge & { createdAt: Date } => ({
    id: challenge.id,
    text: challenge.text,
    language: challenge.language,
    createdAt: challenge.createdAt,
    dotCount: challengeDotsById.get(challenge.id) ?? 0,
    merged: (mergedByTarget.get(challenge.id) ?? []).map((m) => ({ id: m.id, text: m.text, language: m.language })),
    ideas: (ideasByChallenge.get(challenge.id) ?? [])
      .map((idea) => ({
        id: idea.id,
        text: idea.text,
        language: idea.language,
        createdAt: idea.createdAt,
        dotCount: ideaDotsById.get(idea.id) ?? 0,
      }))
      .toSorted(byDotsThenAge)
      .map((idea): ReportIdea => strip(idea)),
  });

  const themesBySession = groupBy(themes, (t) => t.session.id);
  const challengesBySession = groupBy(visibleChallenges, (c) => c.session?.id ?? '');
  const roundsBySession = groupBy(rounds, (r) => r.session.id);
  const strategiesBySession = groupBy(strategies, (s) => s.session.id);
  const actionsByStrategy = groupBy(actions, (a) => a.strategy.id);
  const responseByStrategy = new Map(responses.map((r) => [r.strategy.id, r]));
  const roundDots = new Map(
    roundRows.map((row) => [`${String(row.round_id)}:${String(row.source)}`, Number(row.dots)]),
  );
  const sessionById = new Map(sessions.map((s) => [s.id, s]));
  const byGroup = await figuresOfRounds(
    em,
    rounds.map((round) => {
      const project = sessionById.get(round.session.id)!.project.getEntity();
      return { id: round.id, status: round.status, projectId: project.id, threshold: project.smallGroupThreshold };
    }),
  );

  const reportOf = (session: Session): SessionReport => {
    const boardChallenges = (challengesBySession.get(session.id) ?? []).map(reportChallenge);
    const byTheme = groupBy(boardChallenges, (c) => challengeById.get(c.id)?.theme?.id ?? '');
    const themeOf = (id: string | null, title: string | null): ReportTheme => {
      const list = (byTheme.get(id ?? '') ?? []).toSorted(byDotsThenAge).map((c): ReportChallenge => strip(c));
      return { id, title, dotCount: list.reduce((sum, c) => sum + c.dotCount, 0), challenges: list };
    };
    const unthemed = themeOf(null, null);

    const votingRounds = (roundsBySession.get(session.id) ?? []).map((round): ReportVotingRound => {
      const digitalDots = roundDots.get(`${round.id}:${VoteSource.DIGITAL}`) ?? 0;
      const paperDots = roundDots.get(`${round.id}:${VoteSource.PAPER}`) ?? 0;
      return {
        id: round.id,
        title: round.title,
        target: round.target,
        status: round.status,
        dotsPerParticipant: round.dotsPerParticipant,
        digitalDots,
        paperDots,
        totalDots: digitalDots + paperDots,
        dotsByBackground: byGroup.get(round.id)?.byBackground ?? [],
      };
    });

    const counts = figures.get(session.id) as SessionFigures;

    return {
      session: {
        id: session.id,
        title: session.title,
        projectTitle: session.project.getEntity().title,
        startsAt: session.startsAt,
        durationMinutes: session.durationMinutes,
        location: session.location,
        languages: session.languages,
        status: session.status,
      },
      ...counts,
      themes: [
        ...(themesBySession.get(session.id) ?? []).map((theme) => themeOf(theme.id, theme.title)),
        ...(unthemed.challenges.length ? [unthemed] : []),
      ],
      votingRounds,
      strategies: (strategiesBySession.get(session.id) ?? []).map((strategy): ReportStrategy => {
        const response = responseByStrategy.get(strategy.id);
        const latest = latestUpdates.get(strategy.id);
        return {
          id: strategy.id,
          title: strategy.title,
          description: strategy.description,
          status: strategy.status,
          submittedAt: strategy.submittedAt,
          ideas: (strategyIdeas.get(strategy.id) ?? []).map((idea) => ({ id: idea.id, text: idea.text })),
          actions: (actionsByStrategy.get(strategy.id) ?? []).map(({ what, who, due, resources }) => ({
            what,
            who,
            due,
            resources,
          })),
          response: response
            ? {
                decision: response.decision,
                reason: response.reason,
                responsible: response.responsible,
                plannedFor: response.plannedFor,
                respondedAt: response.respondedAt,
                decidedAt: response.decidedAt,
              }
            : null,
          latestUpdate: latest ? { status: latest.status, text: latest.text, link: latest.link, at: latest.at } : null,
        };
      }),
    };
  };

  const reports = new Map(sessions.map((session) => [session.id, reportOf(session)]));
  return sessionIds.map((id) => reports.get(id));
}

export interface SubmittedStrategies {
  // The session's id, so that a retry with the same client mutation id finds the outcome again.
  id: string;
  strategies: Strategy[];
}

// The strategies of a session that have gone to the municipality, oldest first.
async function strategiesWithMunicipality(em: EntityManager, sessionId: string): Promise<SubmittedStrategies> {
  const strategies = await em.find(
    Strategy,
    { session: sessionId, status: { $ne: StrategyStatus.DRAFT } },
    { orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  return { id: sessionId, strategies };
}

// Closing a session: every draft strategy goes to the municipality at once, or none does.
export function submitSessionStrategies(
  em: EntityManager,
  input: SubmitSessionStrategiesInput,
): Promise<SubmittedStrategies> {
  return runMutation(
    em,
    input,
    'submitSessionStrategies',
    async (tx) => {
      // Held until the end, so that nobody adds a strategy to the session halfway through.
      const session = await lockSession(tx, input.sessionId);
      if (session.status !== SessionStatus.CLOSED) {
        const key = session.status === SessionStatus.LIVE ? 'errors:report.notClosedLive' : 'errors:report.notClosed';
        throw new DomainError(ErrorCode.SESSION_NOT_OPEN, msg(key, { status: statusPhrase(session.status) }), {
          status: session.status,
        });
      }
      const all = await tx.find(Strategy, { session }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      const drafts = all.filter((s) => s.status === StrategyStatus.DRAFT);
      const withActions = new Set(
        drafts.length
          ? (await tx.find(StrategyAction, { strategy: { $in: drafts.map((d) => d.id) } })).map((a) => a.strategy.id)
          : [],
      );
      const empty = drafts.filter((d) => !withActions.has(d.id));
      if (empty.length) {
        const names = empty.map((d) => `"${d.title}"`).join(', ');
        throw new DomainError(
          ErrorCode.BAD_USER_INPUT,
          msg('errors:report.noActions', { count: empty.length, names }),
          { field: 'sessionId', strategyIds: empty.map((d) => d.id) },
        );
      }
      const submitted = new Map<string, Strategy>();
      for (const draft of drafts) submitted.set(draft.id, await submitStrategy(tx, { strategyId: draft.id }));
      return {
        id: session.id,
        strategies: all.map((s) => submitted.get(s.id) ?? s).filter((s) => s.status !== StrategyStatus.DRAFT),
      };
    },
    strategiesWithMunicipality,
  );
}
