import { DomainError, ErrorCode } from '../../core/errors.js';
import type { EntityManager } from '../../core/orm.js';
import { placeholders } from '../../core/sql.js';
import { translationList, type Translations } from '../../core/translation.js';
import { isUuid } from '../../core/uuid.js';
import { Challenge, ContributionStatus } from '../challenge/challenge.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Attendance } from '../participant/participant.entity.js';
import { getParticipant } from '../participant/participant.service.js';
import { Project } from '../project/project.entity.js';
import { MunicipalityResponse } from '../review/municipality-response.entity.js';
import { listUpdatesOfStrategies, progressOfActions } from '../review/review.query.js';
import { Session, SessionStatus } from '../session/session.entity.js';
import { Strategy, StrategyAction, StrategyStatus } from '../strategy/strategy.entity.js';
import { listIdeasOfStrategies } from '../strategy/strategy.service.js';
import { Theme } from '../theme/theme.entity.js';
import { TranslatableField } from '../translation/translatable.js';
import { translationsFor } from '../translation/translation.service.js';
import type {
  MyOutcomes,
  OwnContribution,
  PublicChallenge,
  PublicIdea,
  PublicProject,
  PublicProjectView,
  PublicSession,
  PublicStrategy,
} from './outcome.types.js';

// What a session produced shows once it is over: a live board changes by the minute and a draft is nobody's yet.
const FINISHED: ReadonlySet<SessionStatus> = new Set([SessionStatus.CLOSED, SessionStatus.REVIEWED]);

// Which projects have made their outcomes public, of the given ones.
export async function publicProjectIds(em: EntityManager, projectIds: readonly string[]): Promise<Set<string>> {
  const valid = projectIds.filter(isUuid);
  if (!valid.length) return new Set();
  const rows = await em.execute<{ id: string }[]>(
    `select id from project where outcomes_public and id in (${placeholders(valid)})`,
    valid,
  );
  return new Set(rows.map((row) => row.id));
}

// The public projects, the most recent first.
export async function listPublicProjects(em: EntityManager): Promise<PublicProject[]> {
  const projects = await em.find(Project, { outcomesPublic: true }, { orderBy: { startsOn: 'desc', id: 'asc' } });
  return toPublicProjects(em, projects);
}

async function toPublicProjects(em: EntityManager, projects: readonly Project[]): Promise<PublicProject[]> {
  const promoters = projects.length
    ? await em.find(Organisation, { id: { $in: [...new Set(projects.map((p) => p.promoter.id))] } })
    : [];
  const nameOf = new Map(promoters.map((o) => [o.id, o.name]));
  return projects.map((project) => ({
    id: project.id,
    title: project.title,
    description: project.description,
    goals: project.goals,
    promoter: nameOf.get(project.promoter.id) ?? '',
    startsOn: project.startsOn,
    endsOn: project.endsOn,
  }));
}

export async function getPublicProject(em: EntityManager, id: string): Promise<PublicProject> {
  const project = isUuid(id) ? await em.findOne(Project, { id }) : null;
  if (!project) throw new DomainError(ErrorCode.NOT_FOUND, `No project was found with id ${id}.`, { id });
  const [found] = await toPublicProjects(em, [project]);
  return found!;
}

// Participants who took back their consent to take part (and gave none since): nothing they wrote is shown.
async function withdrawnAuthors(em: EntityManager, projectIds: readonly string[]): Promise<Set<string>> {
  if (!projectIds.length) return new Set();
  const rows = await em.execute<{ id: string }[]>(
    `select p.id from participant p
      where p.project_id in (${placeholders(projectIds)})
        and exists (select 1 from consent c where c.participant_id = p.id and c.purpose = 'PARTICIPATION'
                     and c.withdrawn_at is not null)
        and not exists (select 1 from consent c where c.participant_id = p.id and c.purpose = 'PARTICIPATION'
                         and c.withdrawn_at is null)`,
    [...projectIds],
  );
  return new Set(rows.map((row) => row.id));
}

// What people wrote (or approved) of the translations of the texts the pages show, from the one store of
// translations (modules/translation): a machine draft nobody approved is not shown to the public.
async function publishedTranslations(
  em: EntityManager,
  texts: {
    challenges?: readonly string[];
    ideas?: readonly string[];
    reasons?: readonly string[];
    updates?: readonly string[];
  },
): Promise<Map<string, Translations>> {
  const read = (field: TranslatableField, ids: readonly string[] = []) =>
    translationsFor(em, field, ids, { published: true });
  // Record ids are UUIDs, unique across kinds: one map holds all four.
  const maps = await Promise.all([
    read(TranslatableField.CHALLENGE_TEXT, texts.challenges),
    read(TranslatableField.IDEA_TEXT, texts.ideas),
    read(TranslatableField.RESPONSE_REASON, texts.reasons),
    read(TranslatableField.STRATEGY_UPDATE_TEXT, texts.updates),
  ]);
  return new Map(maps.flatMap((map) => [...map]));
}

const toIdea =
  (translations: Map<string, Translations>) =>
  (idea: Idea): PublicIdea => ({
    id: idea.id,
    text: idea.text,
    language: idea.language,
    translations: translationList(translations.get(idea.id) ?? {}),
  });

const group = <T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> => {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
};

// Everything the outcome pages show of some projects, and what a participant's view needs besides: which ideas each
// strategy builds on (all of them, also those not shown) and when each strategy's answer or timeline last changed.
export interface OutcomeViews {
  views: Map<string, PublicProjectView>;
  strategyIdeaIds: Map<string, string[]>;
  changedAt: Map<string, Date>;
}

// A fixed number of statements, however big the projects: each kind of record is read once for all of them.
// A hidden or merged-away challenge, a hidden idea, and whatever a participant who withdrew consent wrote never show;
// drafts, and what a session produced before it closed, neither.
export async function loadOutcomeViews(em: EntityManager, projectIds: readonly string[]): Promise<OutcomeViews> {
  const ids = [...new Set(projectIds.filter(isUuid))];
  const projects = ids.length ? await em.find(Project, { id: { $in: ids } }) : [];
  const publicProjects = await toPublicProjects(em, projects);
  const sessions = ids.length
    ? await em.find(
        Session,
        { project: { $in: ids }, status: { $ne: SessionStatus.DRAFT } },
        { orderBy: { startsAt: 'asc', id: 'asc' } },
      )
    : [];
  const finished = sessions.filter((s) => FINISHED.has(s.status)).map((s) => s.id);
  const hiddenAuthors = await withdrawnAuthors(em, ids);
  const shownAuthor = (row: { author: { id: string } | null }) => !row.author || !hiddenAuthors.has(row.author.id);

  const [themes, challenges, strategies] = finished.length
    ? await Promise.all([
        em.find(Theme, { session: { $in: finished } }, { orderBy: { position: 'asc', id: 'asc' } }),
        em.find(
          Challenge,
          { session: { $in: finished }, status: ContributionStatus.VISIBLE },
          { orderBy: { createdAt: 'asc', id: 'asc' } },
        ),
        em.find(
          Strategy,
          { session: { $in: finished }, status: { $ne: StrategyStatus.DRAFT } },
          { orderBy: { submittedAt: 'asc', createdAt: 'asc', id: 'asc' } },
        ),
      ])
    : [[], [], []];
  const shownChallenges = challenges.filter(shownAuthor);
  const strategyIds = strategies.map((s) => s.id);
  const [ideas, strategyIdeas, actions, responses, updates] = await Promise.all([
    shownChallenges.length
      ? em.find(
          Idea,
          { challenge: { $in: shownChallenges.map((c) => c.id) }, status: ContributionStatus.VISIBLE },
          { orderBy: { createdAt: 'asc', id: 'asc' } },
        )
      : Promise.resolve([]),
    strategyIds.length ? listIdeasOfStrategies(em, strategyIds) : Promise.resolve(new Map<string, Idea[]>()),
    strategyIds.length
      ? em.find(StrategyAction, { strategy: { $in: strategyIds } }, { orderBy: { position: 'asc', id: 'asc' } })
      : Promise.resolve([]),
    strategyIds.length ? em.find(MunicipalityResponse, { strategy: { $in: strategyIds } }) : Promise.resolve([]),
    strategyIds.length ? listUpdatesOfStrategies(em, strategyIds) : Promise.resolve([]),
  ]);
  const progress = await progressOfActions(
    em,
    actions.map((a) => a.id),
  );
  const progressOf = new Map(actions.map((a, i) => [a.id, progress[i] ?? null]));

  const shownIdeas = ideas.filter(shownAuthor);
  const translations = await publishedTranslations(em, {
    challenges: shownChallenges.map((c) => c.id),
    ideas: [...shownIdeas, ...[...strategyIdeas.values()].flat()].map((i) => i.id),
    reasons: responses.map((r) => r.id),
    updates: updates.flat().map((u) => u.id),
  });
  const publicIdea = toIdea(translations);
  const publicIdeas = new Map(shownIdeas.map((idea) => [idea.id, publicIdea(idea)]));
  const ideasOf = group(shownIdeas, (idea) => idea.challenge.id);
  const toChallenge = (challenge: Challenge): PublicChallenge => ({
    id: challenge.id,
    text: challenge.text,
    language: challenge.language,
    translations: translationList(translations.get(challenge.id) ?? {}),
    ideas: (ideasOf.get(challenge.id) ?? []).map(publicIdea),
  });
  // Contributions from between sessions (no session) belong to no session's page.
  const challengesOf = group(shownChallenges, (c) => c.session?.id ?? '');
  const themesOf = group(themes, (t) => t.session.id);
  const actionsOf = group(actions, (a) => a.strategy.id);
  const responseOf = new Map(responses.map((r) => [r.strategy.id, r]));
  const updatesOf = new Map(strategyIds.map((id, i) => [id, updates[i] ?? []]));
  const changedAt = new Map<string, Date>();

  const toStrategy = (strategy: Strategy): PublicStrategy => {
    const response = responseOf.get(strategy.id);
    const timeline = updatesOf.get(strategy.id) ?? [];
    const moments = [response?.updatedAt, ...timeline.map((u) => u.updatedAt)].filter((d): d is Date => !!d);
    if (moments.length) changedAt.set(strategy.id, new Date(Math.max(...moments.map((d) => d.getTime()))));
    return {
      id: strategy.id,
      sessionId: strategy.session.id,
      title: strategy.title,
      description: strategy.description,
      submittedAt: strategy.submittedAt ?? strategy.createdAt,
      ideas: (strategyIdeas.get(strategy.id) ?? []).flatMap((idea) => publicIdeas.get(idea.id) ?? []),
      actions: (actionsOf.get(strategy.id) ?? []).map((action) => ({
        id: action.id,
        what: action.what,
        who: action.who,
        due: action.due,
        progress: progressOf.get(action.id) ?? null,
      })),
      answer: response
        ? {
            decision: response.decision,
            reason: response.reason,
            language: response.language,
            translations: translationList(translations.get(response.id) ?? {}),
            responsible: response.responsible,
            plannedFor: response.plannedFor,
            answeredAt: response.respondedAt,
            decidedAt: response.decidedAt,
          }
        : null,
      updates: timeline.map((update) => ({
        id: update.id,
        status: update.status,
        text: update.text,
        language: update.language,
        translations: translationList(translations.get(update.id) ?? {}),
        link: update.link,
        at: update.at,
        actionId: update.action?.id ?? null,
      })),
    };
  };
  const strategiesOf = group(strategies.map(toStrategy), (s) => s.sessionId);

  const toSession = (session: Session): PublicSession => {
    const own = challengesOf.get(session.id) ?? [];
    const themed = new Set(own.flatMap((c) => (c.theme ? [c.id] : [])));
    return {
      id: session.id,
      title: session.title,
      startsAt: session.startsAt,
      location: session.location,
      languages: session.languages,
      status: session.status,
      themes: (themesOf.get(session.id) ?? []).map((theme) => ({
        id: theme.id,
        title: theme.title,
        challenges: own.filter((c) => c.theme?.id === theme.id).map(toChallenge),
      })),
      unthemedChallenges: own.filter((c) => !themed.has(c.id)).map(toChallenge),
      strategies: strategiesOf.get(session.id) ?? [],
    };
  };
  const sessionsOf = group(sessions, (s) => s.project.id);
  const views = new Map(
    publicProjects.map((project) => [
      project.id,
      { project, sessions: (sessionsOf.get(project.id) ?? []).map(toSession) },
    ]),
  );
  return {
    views,
    strategyIdeaIds: new Map([...strategyIdeas].map(([id, list]) => [id, list.map((idea) => idea.id)])),
    changedAt,
  };
}

const own =
  (translations: Map<string, Translations>) =>
  (row: Challenge | Idea): OwnContribution => ({
    id: row.id,
    text: row.text,
    language: row.language,
    translations: translationList(translations.get(row.id) ?? {}),
  });

// What came of every session a participant took part in: what they wrote there, the strategies built on it, the
// answers and their timelines. A strategy counts as changed when its answer or timeline changed after the
// participant last looked.
export async function loadMyOutcomes(em: EntityManager, participantId: string): Promise<MyOutcomes> {
  const participant = await getParticipant(em, participantId);
  const projectId = participant.project.id;
  const attended = await em.find(Attendance, { participant: participantId });
  const sessionIds = new Set(attended.map((a) => a.session.id));
  const { views, strategyIdeaIds, changedAt } = await loadOutcomeViews(em, [projectId]);
  const view = views.get(projectId);
  const [challenges, ideas] = await Promise.all([
    em.find(
      Challenge,
      { author: participantId, status: { $in: [ContributionStatus.VISIBLE, ContributionStatus.MERGED] } },
      { orderBy: { createdAt: 'asc', id: 'asc' } },
    ),
    em.find(
      Idea,
      { author: participantId, status: ContributionStatus.VISIBLE },
      { orderBy: { createdAt: 'asc', id: 'asc' }, populate: ['challenge'] },
    ),
  ]);
  // The ideas that answer the participant's challenges, also where a challenge was merged into another.
  const challengeIds = challenges.flatMap((c) => [c.id, ...(c.mergedInto ? [c.mergedInto.id] : [])]);
  const answering = challengeIds.length
    ? await em.find(Idea, { challenge: { $in: challengeIds } }, { fields: ['id'] })
    : [];
  const theirs = new Set([...ideas.map((i) => i.id), ...answering.map((i) => i.id)]);
  const ownContribution = own(
    await publishedTranslations(em, { challenges: challenges.map((c) => c.id), ideas: ideas.map((i) => i.id) }),
  );
  const lastSeenAt = participant.outcomesSeenAt;
  const changed = (id: string) => {
    const at = changedAt.get(id);
    return !!at && (!lastSeenAt || at > lastSeenAt);
  };
  const sessions = (view?.sessions ?? [])
    .filter((session) => sessionIds.has(session.id))
    .toReversed()
    .map((session) => {
      const strategies = session.strategies.filter((s) =>
        (strategyIdeaIds.get(s.id) ?? []).some((id) => theirs.has(id)),
      );
      return {
        session,
        challenges: challenges.filter((c) => c.session?.id === session.id).map(ownContribution),
        ideas: ideas.filter((i) => i.session?.id === session.id).map(ownContribution),
        strategies,
        changedStrategyIds: strategies.filter((s) => changed(s.id)).map((s) => s.id),
      };
    });
  return {
    projectId,
    projectTitle: view?.project.title ?? '',
    lastSeenAt,
    changedCount: new Set(sessions.flatMap((s) => s.changedStrategyIds)).size,
    sessions,
  };
}
