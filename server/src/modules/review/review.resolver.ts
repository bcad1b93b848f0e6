import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { MunicipalityResponse } from './municipality-response.entity.js';
import { MunicipalityResponsePayload, RespondToStrategyInput, UpdateStrategyResponseInput } from './review.input.js';
import { respondToStrategy, updateStrategyResponse } from './review.service.js';

@Resolver(() => MunicipalityResponse)
export class MunicipalityResponseResolver {
  @FieldResolver(() => Strategy, { description: 'The strategy this answers.' })
  async strategy(@Root() response: MunicipalityResponse, @Ctx() { loaders }: Context): Promise<Strategy> {
    const strategy = await loaders.byId(Strategy).load(response.strategy.id);
    if (!strategy) throw notFound('strategy', response.strategy.id);
    return strategy;
  }

  @Mutation(() => MunicipalityResponsePayload, {
    description: 'Answer a submitted strategy with a decision and its reason; the strategy becomes answered.',
  })
  async respondToStrategy(
    @Arg('input', () => RespondToStrategyInput) input: RespondToStrategyInput,
    @Ctx() { em }: Context,
  ): Promise<MunicipalityResponsePayload> {
    return { clientMutationId: input.clientMutationId ?? null, response: await respondToStrategy(em, input) };
  }

  @Mutation(() => MunicipalityResponsePayload, {
    description: 'Change the decision, reason or follow-up of an answer, for instance when a study is done.',
  })
  async updateStrategyResponse(
    @Arg('input', () => UpdateStrategyResponseInput) input: UpdateStrategyResponseInput,
    @Ctx() { em }: Context,
  ): Promise<MunicipalityResponsePayload> {
    return { clientMutationId: input.clientMutationId ?? null, response: await updateStrategyResponse(em, input) };
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
}
