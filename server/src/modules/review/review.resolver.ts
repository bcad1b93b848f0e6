import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { staffViewer, type Viewer } from '../../core/auth/viewer.js';
import type { Context } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import type { Connection } from '../../core/pagination.js';
import { Translation } from '../../core/translation.js';
import { actorOf } from '../audit/audit.service.js';
import { listProjects } from '../project/project.service.js';
import { TranslatableField } from '../translation/translatable.js';
import { publishedTranslationsOf } from '../translation/translation.service.js';
import { Strategy, StrategyAction } from '../strategy/strategy.entity.js';
import { StrategyConnection } from '../strategy/strategy.resolver.js';
import { MunicipalityResponse } from './municipality-response.entity.js';
import {
  AddStrategyUpdateInput,
  CorrectStrategyUpdateInput,
  MunicipalityResponsePayload,
  RemoveStrategyUpdateInput,
  RemoveStrategyUpdatePayload,
  RespondToStrategyInput,
  StrategyInboxArgs,
  StrategyUpdatePayload,
  UpdateStrategyResponseInput,
} from './review.input.js';
import { listUpdatesOfStrategies, outcomeFigures, pageInbox, progressOfActions } from './review.query.js';
import {
  addStrategyUpdate,
  correctStrategyUpdate,
  removeStrategyUpdate,
  respondToStrategy,
  updateStrategyResponse,
} from './review.service.js';
import { OutcomeOverview } from './review.types.js';
import { ProgressStatus, StrategyUpdate } from './strategy-update.entity.js';

// The projects whose strategies the viewer answers (the role table gives `review` to the municipality's staff).
const reviewedProjects = (viewer: Viewer): string[] =>
  [...staffViewer(viewer).grants].flatMap(([projectId, held]) => (held.has('review') ? [projectId] : []));

async function loadStrategy({ loaders }: Context, id: string): Promise<Strategy> {
  const strategy = await loaders.byId(Strategy).load(id);
  if (!strategy) throw notFound('strategy', id);
  return strategy;
}

@Resolver(() => MunicipalityResponse)
export class MunicipalityResponseResolver {
  @FieldResolver(() => Strategy, { description: 'The strategy this answers.' })
  strategy(@Root() response: MunicipalityResponse, @Ctx() ctx: Context): Promise<Strategy> {
    return loadStrategy(ctx, response.strategy.id);
  }

  @FieldResolver(() => [Translation], {
    description:
      'The reason in other languages, by language tag: those a person wrote or approved (all of them, machine drafts too: `translatedReason`).',
  })
  translations(@Root() response: MunicipalityResponse, @Ctx() ctx: Context): Promise<Translation[]> {
    return publishedTranslationsOf(ctx, TranslatableField.RESPONSE_REASON, response.id);
  }

  @Mutation(() => MunicipalityResponsePayload, {
    description:
      'Answer a submitted strategy with a decision, its reason, who carries it out and by when; the strategy becomes answered. The session becomes REVIEWED by itself once every submitted strategy has a decision.',
  })
  async respondToStrategy(
    @Arg('input', () => RespondToStrategyInput) input: RespondToStrategyInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<MunicipalityResponsePayload> {
    const response = await respondToStrategy(em, actorOf(viewer), input);
    return { clientMutationId: input.clientMutationId ?? null, response };
  }

  @Mutation(() => MunicipalityResponsePayload, {
    description:
      'Change the decision, reason, responsible or planned date of an answer, for instance when a study is done.',
  })
  async updateStrategyResponse(
    @Arg('input', () => UpdateStrategyResponseInput) input: UpdateStrategyResponseInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<MunicipalityResponsePayload> {
    const response = await updateStrategyResponse(em, actorOf(viewer), input);
    return { clientMutationId: input.clientMutationId ?? null, response };
  }

  @Query(() => StrategyConnection, {
    description:
      "The strategies submitted to the municipality across the projects the viewer answers for: the reviewer's inbox.",
  })
  strategyInbox(
    @Args(() => StrategyInboxArgs) args: StrategyInboxArgs,
    @Ctx() { em, viewer }: Context,
  ): Promise<Connection<Strategy>> {
    return pageInbox(em, reviewedProjects(viewer), args);
  }

  @Query(() => OutcomeOverview, {
    description:
      'What became of the strategies of the projects the viewer answers for: waiting and for how long, share adopted, median days to a decision, actions done against planned.',
  })
  async outcomeOverview(@Ctx() { em, viewer }: Context): Promise<OutcomeOverview> {
    const projects = await listProjects(em, new Set(reviewedProjects(viewer)));
    const figures = await outcomeFigures(
      em,
      projects.map((project) => project.id),
    );
    return {
      municipality: figures.get(null)!,
      projects: projects.map((project) => ({ project, figures: figures.get(project.id)! })),
    };
  }
}

@Resolver(() => StrategyUpdate)
export class StrategyUpdateResolver {
  @FieldResolver(() => Strategy, { description: 'The strategy the update is about.' })
  strategy(@Root() update: StrategyUpdate, @Ctx() ctx: Context): Promise<Strategy> {
    return loadStrategy(ctx, update.strategy.id);
  }

  @FieldResolver(() => StrategyAction, {
    nullable: true,
    description: 'The action the update is about; null when it is about the whole strategy.',
  })
  async action(@Root() update: StrategyUpdate, @Ctx() { loaders }: Context): Promise<StrategyAction | null> {
    return update.action ? ((await loaders.byId(StrategyAction).load(update.action.id)) ?? null) : null;
  }

  @FieldResolver(() => [Translation], {
    description:
      'The text in other languages, by language tag: those a person wrote or approved (all of them, machine drafts too: `translatedText`).',
  })
  translations(@Root() update: StrategyUpdate, @Ctx() ctx: Context): Promise<Translation[]> {
    return publishedTranslationsOf(ctx, TranslatableField.STRATEGY_UPDATE_TEXT, update.id);
  }

  @Mutation(() => StrategyUpdatePayload, {
    description:
      "Post a dated update on an answered strategy's timeline (planned, in progress, done or dropped), about the whole strategy or one of its actions.",
  })
  async addStrategyUpdate(
    @Arg('input', () => AddStrategyUpdateInput) input: AddStrategyUpdateInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<StrategyUpdatePayload> {
    const update = await addStrategyUpdate(em, actorOf(viewer), input);
    return { clientMutationId: input.clientMutationId ?? null, update };
  }

  @Mutation(() => StrategyUpdatePayload, {
    description: 'Correct the status, text or link of an update; the audit log keeps what it said before.',
  })
  async correctStrategyUpdate(
    @Arg('input', () => CorrectStrategyUpdateInput) input: CorrectStrategyUpdateInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<StrategyUpdatePayload> {
    const update = await correctStrategyUpdate(em, actorOf(viewer), input);
    return { clientMutationId: input.clientMutationId ?? null, update };
  }

  @Mutation(() => RemoveStrategyUpdatePayload, {
    description: 'Take an update off a timeline (one posted on the wrong strategy); the audit log keeps it.',
  })
  async removeStrategyUpdate(
    @Arg('input', () => RemoveStrategyUpdateInput) input: RemoveStrategyUpdateInput,
    @Ctx() { em, viewer }: Context,
  ): Promise<RemoveStrategyUpdatePayload> {
    const strategy = await removeStrategyUpdate(em, actorOf(viewer), input);
    return { clientMutationId: input.clientMutationId ?? null, removedUpdateId: input.updateId, strategy };
  }
}

@Resolver(() => Strategy)
export class StrategyResponseResolver {
  @FieldResolver(() => MunicipalityResponse, {
    nullable: true,
    description: "The municipality's answer; null until the strategy has been answered.",
  })
  async response(@Root() strategy: Strategy, @Ctx() { loaders }: Context): Promise<MunicipalityResponse | null> {
    const [response] = await loaders.childrenOf(MunicipalityResponse, 'strategy').load(strategy.id);
    return response ?? null;
  }

  @FieldResolver(() => [StrategyUpdate], {
    description: 'What became of it since the answer: its timeline, newest on top, with the updates of its actions.',
  })
  updates(@Root() strategy: Strategy, @Ctx() { em, loaders }: Context): Promise<StrategyUpdate[]> {
    return loaders.custom('strategy-updates', (ids) => listUpdatesOfStrategies(em, ids)).load(strategy.id);
  }

  @FieldResolver(() => StrategyUpdate, { nullable: true, description: 'The newest update of its timeline, if any.' })
  async latestUpdate(@Root() strategy: Strategy, @Ctx() { em, loaders }: Context): Promise<StrategyUpdate | null> {
    const updates = await loaders
      .custom('strategy-updates', (ids) => listUpdatesOfStrategies(em, ids))
      .load(strategy.id);
    return updates[0] ?? null;
  }
}

@Resolver(() => StrategyAction)
export class StrategyActionProgressResolver {
  @FieldResolver(() => ProgressStatus, {
    nullable: true,
    description:
      'How far the action has come: the status of its newest update, PLANNED for an action of an adopted strategy without one, null while the strategy is not adopted.',
  })
  progress(@Root() action: StrategyAction, @Ctx() { em, loaders }: Context): Promise<ProgressStatus | null> {
    return loaders.custom('action-progress', (ids) => progressOfActions(em, ids)).load(action.id);
  }
}
