import { Kind, type GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { staffViewer } from '../../core/auth/viewer.js';
import type { Context } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import {
  addContributions,
  addParticipation,
  addStrategies,
  competenceOf,
  contributionsOf,
  loadProjectStates,
  participationOf,
  pooledCompetence,
  prioritiesOf,
  sessionsOf,
  strategiesOf,
  type ProjectState,
} from './indicator.service.js';
import { STEP_PARTS, type StepPart } from './indicator.tables.js';
import {
  CompetenceIndicator,
  ContributionIndicators,
  IndicatorsOverview,
  ParticipationIndicators,
  PriorityIndicators,
  ProjectIndicators,
  SessionIndicators,
  StrategyIndicators,
} from './indicator.types.js';

const stateOf = (ctx: Context, projectId: string) =>
  ctx.loaders
    .custom<ProjectState | null>('indicator-state', async (ids) => {
      const states = await loadProjectStates(ctx.em, ids);
      return ids.map((id) => states.find((s) => s.projectId === id) ?? null);
    })
    .load(projectId);

const strategiesLoader = (ctx: Context) =>
  ctx.loaders.custom<StrategyIndicators>('indicator-strategies', async (ids) => {
    const found = await strategiesOf(ctx.em, ids);
    return ids.map((id) => found.get(id) as StrategyIndicators);
  });

interface Overview {
  projects: ProjectState[];
}

// The parts of each project's step that an overview query reads: each is 100 releases across 100 projects, and the
// list of projects or the strategies read none. A query with fragments reads them all (simple, and still correct).
const OVERVIEW_PARTS: Record<string, StepPart> = {
  participation: 'participation',
  contributions: 'contributions',
  competence: 'competence',
};
function partsAsked(info: GraphQLResolveInfo): StepPart[] {
  const selections = info.fieldNodes.flatMap((node) => node.selectionSet?.selections ?? []);
  if (selections.some((s) => s.kind !== Kind.FIELD)) return [...STEP_PARTS];
  return [...new Set(selections.flatMap((s) => (s.kind === Kind.FIELD ? (OVERVIEW_PARTS[s.name.value] ?? []) : [])))];
}

@Resolver(() => ProjectIndicators)
export class ProjectIndicatorsResolver {
  @Query(() => ProjectIndicators, {
    description:
      'The indicators of one project, for its evaluators: released figures by background group (never a person, a pseudonym, an author or an answer), strategies and their answers.',
  })
  async projectIndicators(@Arg('projectId', () => ID) projectId: string, @Ctx() ctx: Context): Promise<ProjectState> {
    const state = await stateOf(ctx, projectId);
    if (!state) throw notFound('project', projectId);
    return state;
  }

  @FieldResolver(() => ParticipationIndicators, { description: 'Unique people, returning people and hours, by group.' })
  participation(@Root() state: ProjectState): ParticipationIndicators {
    return participationOf(state);
  }

  @FieldResolver(() => ContributionIndicators, { description: 'Challenges, ideas and dots, by group.' })
  contributions(@Root() state: ProjectState): ContributionIndicators {
    return contributionsOf(state);
  }

  @FieldResolver(() => PriorityIndicators, {
    description: 'The priorities of third-country nationals and of the host community, side by side.',
  })
  priorities(@Root() state: ProjectState, @Ctx() { em }: Context): Promise<PriorityIndicators> {
    return prioritiesOf(em, state);
  }

  @FieldResolver(() => StrategyIndicators, { description: 'Strategies submitted, answered, adopted and done.' })
  strategies(@Root() state: ProjectState, @Ctx() ctx: Context): Promise<StrategyIndicators> {
    return strategiesLoader(ctx).load(state.projectId);
  }

  @FieldResolver(() => [CompetenceIndicator], {
    description: 'Paired before/after change per competence dimension, in all and by group, with a 95% interval.',
  })
  competence(@Root() state: ProjectState): CompetenceIndicator[] {
    return competenceOf(state);
  }

  @FieldResolver(() => [SessionIndicators], {
    description: 'The sessions of the project, newest first, with their attendance and evaluation as released.',
  })
  sessions(@Root() state: ProjectState, @Ctx() { em }: Context): Promise<SessionIndicators[]> {
    return sessionsOf(em, state.projectId);
  }
}

@Resolver(() => IndicatorsOverview)
export class IndicatorsOverviewResolver {
  @Query(() => IndicatorsOverview, {
    description:
      'The indicators across every project the evaluator is linked to: figures add up what each project released.',
  })
  async indicatorsOverview(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo): Promise<Overview> {
    const viewer = staffViewer(ctx.viewer);
    const ids = [...viewer.grants].filter(([, held]) => held.has('evaluate')).map(([id]) => id);
    return { projects: await loadProjectStates(ctx.em, ids, partsAsked(info)) };
  }

  @FieldResolver(() => ParticipationIndicators, { description: 'Participation, added up over the projects.' })
  participation(@Root() { projects }: Overview): ParticipationIndicators {
    return addParticipation(projects.map(participationOf));
  }

  @FieldResolver(() => ContributionIndicators, { description: 'Contributions, added up over the projects.' })
  contributions(@Root() { projects }: Overview): ContributionIndicators {
    return addContributions(projects.map(contributionsOf));
  }

  @FieldResolver(() => StrategyIndicators, { description: 'Strategies, added up over the projects.' })
  async strategies(@Root() { projects }: Overview, @Ctx() ctx: Context): Promise<StrategyIndicators> {
    const each = await strategiesLoader(ctx).loadMany(projects.map((p) => p.projectId));
    return addStrategies(each.filter((s): s is StrategyIndicators => !(s instanceof Error)));
  }

  @FieldResolver(() => [CompetenceIndicator], {
    description: 'Competence change pooled over the projects that show each figure.',
  })
  competence(@Root() { projects }: Overview): CompetenceIndicator[] {
    return pooledCompetence(projects);
  }
}
