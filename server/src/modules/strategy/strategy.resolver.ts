import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { ConnectionArgs, ConnectionType, connectionFromList, type Connection } from '../../core/pagination.js';
import { Idea } from '../idea/idea.entity.js';
import { Project } from '../project/project.entity.js';
import { Session } from '../session/session.entity.js';
import { Strategy, StrategyAction, StrategyStatus } from './strategy.entity.js';
import {
  AddStrategyActionInput,
  CreateStrategyInput,
  RemoveStrategyActionInput,
  ReorderStrategyActionsInput,
  StrategyActionPayload,
  StrategyPayload,
  SubmitStrategyInput,
  UpdateStrategyActionInput,
  UpdateStrategyInput,
} from './strategy.input.js';
import {
  addStrategyAction,
  createStrategy,
  getStrategy,
  listIdeasOfStrategies,
  listStrategiesOfProjects,
  removeStrategyAction,
  reorderStrategyActions,
  submitStrategy,
  updateStrategy,
  updateStrategyAction,
} from './strategy.service.js';

export const StrategyConnection = ConnectionType(Strategy, 'Strategy');

const payload = (clientMutationId: string | null | undefined, strategy: Strategy): StrategyPayload => ({
  clientMutationId: clientMutationId ?? null,
  strategy,
});

async function loadStrategy({ loaders }: Context, id: string): Promise<Strategy> {
  const strategy = await loaders.byId(Strategy).load(id);
  if (!strategy) throw notFound('strategy', id);
  return strategy;
}

@Resolver(() => Strategy)
export class StrategyResolver {
  @Query(() => Strategy, { description: 'One strategy.' })
  strategy(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Strategy> {
    return getStrategy(em, id);
  }

  @FieldResolver(() => Session, { description: 'The session the strategy comes from.' })
  async session(@Root() strategy: Strategy, @Ctx() { loaders }: Context): Promise<Session> {
    const session = await loaders.byId(Session).load(strategy.session.id);
    if (!session) throw notFound('session', strategy.session.id);
    return session;
  }

  @FieldResolver(() => [Idea], { description: 'The ideas the strategy builds on, in the order they were written.' })
  ideas(@Root() strategy: Strategy, @Ctx() { em, loaders }: Context): Promise<Idea[]> {
    return loaders
      .custom('strategy-ideas', async (ids) => {
        const byStrategy = await listIdeasOfStrategies(em, ids);
        return ids.map((id) => byStrategy.get(id) ?? []);
      })
      .load(strategy.id);
  }

  @FieldResolver(() => [StrategyAction], { description: 'What will be done, by whom and when, in order.' })
  actions(@Root() strategy: Strategy, @Ctx() { loaders }: Context): Promise<StrategyAction[]> {
    return loaders.childrenOf(StrategyAction, 'strategy', { position: 'asc', id: 'asc' }).load(strategy.id);
  }

  @Mutation(() => StrategyPayload, {
    description: 'Draft a strategy from ideas of a live or closed session. It starts as a draft without actions.',
  })
  async createStrategy(
    @Arg('input', () => CreateStrategyInput) input: CreateStrategyInput,
    @Ctx() { em }: Context,
  ): Promise<StrategyPayload> {
    return payload(input.clientMutationId, await createStrategy(em, input));
  }

  @Mutation(() => StrategyPayload, { description: "Change a draft strategy's title, description or ideas." })
  async updateStrategy(
    @Arg('input', () => UpdateStrategyInput) input: UpdateStrategyInput,
    @Ctx() { em }: Context,
  ): Promise<StrategyPayload> {
    return payload(input.clientMutationId, await updateStrategy(em, input));
  }

  @Mutation(() => StrategyActionPayload, { description: 'Add an action at the end of a draft strategy.' })
  async addStrategyAction(
    @Arg('input', () => AddStrategyActionInput) input: AddStrategyActionInput,
    @Ctx() { em }: Context,
  ): Promise<StrategyActionPayload> {
    return { clientMutationId: input.clientMutationId ?? null, action: await addStrategyAction(em, input) };
  }

  @Mutation(() => StrategyActionPayload, { description: 'Change what, who, when or resources of an action.' })
  async updateStrategyAction(
    @Arg('input', () => UpdateStrategyActionInput) input: UpdateStrategyActionInput,
    @Ctx() { em }: Context,
  ): Promise<StrategyActionPayload> {
    return { clientMutationId: input.clientMutationId ?? null, action: await updateStrategyAction(em, input) };
  }

  @Mutation(() => StrategyPayload, {
    description: 'Remove an action from a draft strategy; the remaining actions keep their order.',
  })
  async removeStrategyAction(
    @Arg('input', () => RemoveStrategyActionInput) input: RemoveStrategyActionInput,
    @Ctx() { em }: Context,
  ): Promise<StrategyPayload> {
    return payload(input.clientMutationId, await removeStrategyAction(em, input));
  }

  @Mutation(() => StrategyPayload, { description: 'Put the actions of a draft strategy in a new order.' })
  async reorderStrategyActions(
    @Arg('input', () => ReorderStrategyActionsInput) input: ReorderStrategyActionsInput,
    @Ctx() { em }: Context,
  ): Promise<StrategyPayload> {
    return payload(input.clientMutationId, await reorderStrategyActions(em, input));
  }

  @Mutation(() => StrategyPayload, {
    description: 'Submit a draft strategy with at least one action to the municipality, which must answer it.',
  })
  async submitStrategy(
    @Arg('input', () => SubmitStrategyInput) input: SubmitStrategyInput,
    @Ctx() { em }: Context,
  ): Promise<StrategyPayload> {
    return payload(input.clientMutationId, await submitStrategy(em, input));
  }
}

@Resolver(() => StrategyAction)
export class StrategyActionResolver {
  @FieldResolver(() => Strategy, { description: 'The strategy the action belongs to.' })
  strategy(@Root() action: StrategyAction, @Ctx() ctx: Context): Promise<Strategy> {
    return loadStrategy(ctx, action.strategy.id);
  }
}

@Resolver(() => Session)
export class SessionStrategiesResolver {
  @FieldResolver(() => [Strategy], { description: 'The strategies drafted from this session, oldest first.' })
  strategies(@Root() session: Session, @Ctx() { loaders }: Context): Promise<Strategy[]> {
    return loaders.childrenOf(Strategy, 'session').load(session.id);
  }
}

@Resolver(() => Project)
export class ProjectStrategiesResolver {
  @FieldResolver(() => StrategyConnection, {
    description:
      "The strategies of all the project's sessions; those waiting longest for the municipality's answer come first.",
  })
  async strategies(
    @Root() project: Project,
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('status', () => StrategyStatus, {
      nullable: true,
      description: 'Only strategies with this status, such as SUBMITTED for those awaiting an answer.',
    })
    status: StrategyStatus | null | undefined,
    @Ctx() { em, loaders }: Context,
  ): Promise<Connection<Strategy>> {
    const strategies = await loaders
      .custom(`project-strategies:${status ?? 'ALL'}`, async (projectIds) => {
        const byProject = await listStrategiesOfProjects(em, projectIds, status);
        return projectIds.map((id) => byProject.get(id) ?? []);
      })
      .load(project.id);
    return connectionFromList(strategies, args);
  }
}
