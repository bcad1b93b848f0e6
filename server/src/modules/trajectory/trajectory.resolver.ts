import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { Challenge } from '../challenge/challenge.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { getProject } from '../project/project.service.js';
import { Session } from '../session/session.entity.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { Theme } from '../theme/theme.entity.js';
import { CarriedItem } from './carried-item.entity.js';
import {
  CarryIntoSessionInput,
  CarryIntoSessionPayload,
  ContributionOrigin,
  ProjectTrajectory,
  RemoveCarriedItemInput,
  RemoveCarriedItemPayload,
} from './trajectory.input.js';
import { carryIntoSession, projectTrajectory, removeCarriedItem, sessionsOfStrategies } from './trajectory.service.js';

// Where an item was made, as plain values: whoever reads the item reads this, without reading that session. At once
// when the request holds that session (a board's own items, made in the session it shows).
function originOf({ loaders }: Context, sessionId: string | null): ContributionOrigin | Promise<ContributionOrigin> {
  if (!sessionId) return originIn(undefined);
  const held = loaders.held(Session, sessionId);
  return held ? originIn(held) : loaders.byId(Session).load(sessionId).then(originIn);
}

const originIn = (session: Session | undefined): ContributionOrigin => ({
  sessionId: session?.id ?? null,
  sessionTitle: session?.title ?? null,
  sessionStartsAt: session?.startsAt ?? null,
  betweenSessions: !session,
});

@Resolver()
export class TrajectoryResolver {
  @Query(() => ProjectTrajectory, {
    description:
      'The trajectory of a project: its sessions in order, each with what was carried into it, what it made, and what of it was carried on.',
  })
  async projectTrajectory(
    @Arg('projectId', () => ID, { description: 'The project.' }) projectId: string,
    @Ctx() { em }: Context,
  ): Promise<ProjectTrajectory> {
    await getProject(em, projectId);
    return projectTrajectory(em, projectId);
  }

  @Mutation(() => CarryIntoSessionPayload, {
    description:
      'Carry themes, challenges and ideas of earlier sessions of the project (or approved contributions from between sessions) onto the board of a later session. Nothing is copied: they keep their session, author and history. Carrying what is already there changes nothing; another project’s items are refused.',
  })
  async carryIntoSession(
    @Arg('input', () => CarryIntoSessionInput) input: CarryIntoSessionInput,
    @Ctx() { em }: Context,
  ): Promise<CarryIntoSessionPayload> {
    const { session, added } = await carryIntoSession(em, input);
    return { clientMutationId: input.clientMutationId ?? null, session, added };
  }

  @Mutation(() => RemoveCarriedItemPayload, {
    description: 'Take a carried item off a session’s board again, before the session closes; the item itself stays.',
  })
  async removeCarriedItem(
    @Arg('input', () => RemoveCarriedItemInput) input: RemoveCarriedItemInput,
    @Ctx() { em }: Context,
  ): Promise<RemoveCarriedItemPayload> {
    const { session, removed } = await removeCarriedItem(em, input);
    return { clientMutationId: input.clientMutationId ?? null, session, removedCarriedItemIds: removed };
  }
}

@Resolver(() => CarriedItem)
export class CarriedItemResolver {
  @FieldResolver(() => Session, { description: 'The session it was carried into.' })
  async session(@Root() item: CarriedItem, @Ctx() { loaders }: Context): Promise<Session> {
    const session = await loaders.byId(Session).load(item.session.id);
    if (!session) throw notFound('session', item.session.id);
    return session;
  }

  @FieldResolver(() => Theme, { nullable: true, description: 'The theme carried, when a theme was carried.' })
  async theme(@Root() item: CarriedItem, @Ctx() { loaders }: Context): Promise<Theme | null> {
    return item.theme ? ((await loaders.byId(Theme).load(item.theme.id)) ?? null) : null;
  }

  @FieldResolver(() => Challenge, {
    nullable: true,
    description: 'The challenge carried, when a challenge was carried.',
  })
  async challenge(@Root() item: CarriedItem, @Ctx() { loaders }: Context): Promise<Challenge | null> {
    return item.challenge ? ((await loaders.byId(Challenge).load(item.challenge.id)) ?? null) : null;
  }

  @FieldResolver(() => Idea, { nullable: true, description: 'The idea carried, when an idea was carried.' })
  async idea(@Root() item: CarriedItem, @Ctx() { loaders }: Context): Promise<Idea | null> {
    return item.idea ? ((await loaders.byId(Idea).load(item.idea.id)) ?? null) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether it came along with a carried theme (not picked on its own).' })
  withTheme(@Root() item: CarriedItem): boolean {
    return item.withTheme;
  }

  @FieldResolver(() => ContributionOrigin, { description: 'Where the carried item was made.' })
  async origin(@Root() item: CarriedItem, @Ctx() ctx: Context): Promise<ContributionOrigin> {
    const { loaders } = ctx;
    if (item.theme) return originOf(ctx, (await loaders.byId(Theme).load(item.theme.id))?.session.id ?? null);
    if (item.challenge)
      return originOf(ctx, (await loaders.byId(Challenge).load(item.challenge.id))?.session?.id ?? null);
    return originOf(ctx, (await loaders.byId(Idea).load(item.idea?.id ?? ''))?.session?.id ?? null);
  }
}

@Resolver(() => Session)
export class SessionCarriedResolver {
  @FieldResolver(() => [CarriedItem], {
    description:
      'What was carried onto this board from earlier sessions or from between sessions, in the order carried.',
  })
  carriedItems(@Root() session: Session, @Ctx() { loaders }: Context): Promise<CarriedItem[]> {
    return loaders.childrenOf(CarriedItem, 'session').load(session.id);
  }
}

@Resolver(() => Challenge)
export class ChallengeOriginResolver {
  @FieldResolver(() => ContributionOrigin, {
    description: 'Where it was raised: a session (title and date), or between sessions. Marks carried challenges.',
  })
  origin(@Root() challenge: Challenge, @Ctx() ctx: Context): ContributionOrigin | Promise<ContributionOrigin> {
    return originOf(ctx, challenge.session?.id ?? null);
  }
}

@Resolver(() => Idea)
export class IdeaOriginResolver {
  @FieldResolver(() => ContributionOrigin, {
    description: 'Where it was proposed: a session (title and date), or between sessions. Marks carried ideas.',
  })
  origin(@Root() idea: Idea, @Ctx() ctx: Context): ContributionOrigin | Promise<ContributionOrigin> {
    return originOf(ctx, idea.session?.id ?? null);
  }
}

@Resolver(() => Theme)
export class ThemeOriginResolver {
  @FieldResolver(() => ContributionOrigin, { description: 'The session the theme was made in. Marks carried themes.' })
  origin(@Root() theme: Theme, @Ctx() ctx: Context): ContributionOrigin | Promise<ContributionOrigin> {
    return originOf(ctx, theme.session.id);
  }
}

@Resolver(() => Strategy)
export class StrategySessionsResolver {
  @FieldResolver(() => [Session], {
    description:
      'The sessions whose ideas the strategy draws on, by start time: a strategy may build on ideas from any session of its project.',
  })
  sessions(@Root() strategy: Strategy, @Ctx() { em, loaders }: Context): Promise<Session[]> {
    return loaders.custom('strategy:sessions', (ids) => sessionsOfStrategies(em, ids)).load(strategy.id);
  }
}
