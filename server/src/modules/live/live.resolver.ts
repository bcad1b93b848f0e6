import {
  Arg,
  Ctx,
  FieldResolver,
  ID,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import { authorizeOperation, authorizeRecord } from '../../core/auth/guard.js';
import { DomainError } from '../../core/errors.js';
import type { Context } from '../../core/context.js';
import type { RecordSpec } from '../../core/loaders.js';
import type { LiveContext } from '../../core/pubsub.js';
import { CHALLENGE_FIGURES, IDEA_FIGURES } from '../challenge/board-figures.js';
import { Challenge } from '../challenge/challenge.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { Session } from '../session/session.entity.js';
import { Theme } from '../theme/theme.entity.js';
import { Vote, VotingRound } from '../vote/vote.entity.js';
import { SessionEvent } from './live.input.js';
import {
  changesSession,
  latestCursor,
  leavesChallengeAsItWas,
  leavesRoundAsItWas,
  subscribeSessionEvents,
} from './live.service.js';

interface SessionEventsArgs {
  sessionId: string;
  after?: string | null;
}

// type-graphql runs the global middlewares (the authorization guard) on each event's `resolve`, not when a client
// subscribes; the guard runs here first, so that a refused subscription fails at once and attaches nothing.
async function subscribe({
  args,
  context,
  info,
}: SubscribeResolverData<unknown, SessionEventsArgs, LiveContext>): Promise<AsyncIterableIterator<SessionEvent>> {
  await authorizeOperation(context, info.fieldName, { ...args });
  return subscribeSessionEvents(context, args.sessionId, args.after);
}

type Loadable = typeof Challenge | typeof Idea | typeof Theme | typeof VotingRound | typeof Vote | typeof Session;

// What the screens following a board show of the challenge or idea an event names, besides its own fields, read with
// it in one statement (`Loaders.withFigures`), as a board's pages read them. A room's phones, its projector and its
// cockpit read them once per event in each process (core/pubsub.ts), three statements fewer for a new idea.
const WITH_FIGURES = new Map<Loadable, RecordSpec>([
  [Challenge, CHALLENGE_FIGURES],
  [Idea, IDEA_FIGURES],
]);

// A record an event names, as it is now, when the one following may read it; null when it is gone or none of their
// business (a participant is not told what a hidden challenge says). Each event is resolved with fresh loaders
// (core/pubsub.ts), so this is the record after the change, as a query would answer it.
async function readable<T extends Loadable>(
  ctx: Context,
  entity: T,
  id: string | null,
): Promise<InstanceType<T> | null> {
  if (!id) return null;
  const spec = WITH_FIGURES.get(entity);
  const loader = spec
    ? ctx.loaders.withFigures(entity as typeof Challenge, spec)
    : ctx.loaders.byId(entity as typeof Challenge);
  const row = (await loader.load(id)) as InstanceType<T> | undefined;
  if (!row) return null;
  try {
    await authorizeRecord(ctx, entity.name, row);
    return row;
  } catch (error) {
    if (error instanceof DomainError) return null;
    throw error;
  }
}

@Resolver(() => SessionEvent)
export class LiveResolver {
  @Subscription(() => SessionEvent, {
    description:
      'What changes on a session board, as it happens (over WebSocket, graphql-transport-ws protocol, at /graphql). ' +
      'With `after`, first every event after that cursor, in order; then the live ones. Nothing is missed or sent twice.',
    subscribe,
  })
  sessionEvents(
    @Root() event: SessionEvent,
    @Arg('sessionId', () => ID, { description: 'The session to follow.' }) _sessionId: string,
    @Arg('after', () => String, {
      nullable: true,
      description: 'The cursor of the last event received; leave out to get only what happens from now on.',
    })
    _after?: string | null,
  ): SessionEvent {
    return event;
  }

  @Query(() => String, {
    description:
      'The cursor of the latest event of a session. Read it before loading the board, then subscribe with `after` set to it: nothing that changes in between is missed.',
  })
  sessionEventCursor(
    @Arg('sessionId', () => ID, { description: 'The session to follow.' }) sessionId: string,
    @Ctx() { em }: Context,
  ): Promise<string> {
    return latestCursor(em, sessionId);
  }

  @FieldResolver(() => Challenge, {
    nullable: true,
    description:
      'The challenge involved (for a merge: the one kept; for a vote: the one voted on), as it is now, with its new dot count and ideas; null when the one following may not see it (hidden) or it is gone.',
  })
  challenge(
    @Root() event: SessionEvent,
    @Ctx() ctx: Context,
    @Arg('onlyOwnChanges', () => Boolean, {
      defaultValue: false,
      description:
        'True: null after a vote on the challenge or a change to one of its ideas (VOTE_CAST, VOTE_WITHDRAWN, PAPER_VOTES_RECORDED, IDEA_*), which leave its own fields as they were but for its dot count (a new idea joins its list of ideas). A screen that selects much of the challenge (its ideas, its translations) gets it only when the challenge itself changed, and takes the dot count and the idea from other selections (`challenge { dotCount }` under an alias, `idea`): a room of phones is not sent the whole challenge for every dot and every idea.',
    })
    onlyOwnChanges: boolean,
  ): Promise<Challenge | null> {
    if (onlyOwnChanges && leavesChallengeAsItWas(event.type)) return Promise.resolve(null);
    return readable(ctx, Challenge, event.challengeId);
  }

  @FieldResolver(() => Idea, {
    nullable: true,
    description:
      'The idea involved, as it is now, with its new dot count; null when the one following may not see it (hidden) or it is gone.',
  })
  idea(@Root() event: SessionEvent, @Ctx() ctx: Context): Promise<Idea | null> {
    return readable(ctx, Idea, event.ideaId);
  }

  @FieldResolver(() => Theme, {
    nullable: true,
    description: 'The theme involved, as it is now; null when it was deleted.',
  })
  theme(@Root() event: SessionEvent, @Ctx() ctx: Context): Promise<Theme | null> {
    return readable(ctx, Theme, event.themeId);
  }

  @FieldResolver(() => VotingRound, {
    nullable: true,
    description: 'The voting round involved, as it is now (its status, and its tallies after a vote).',
  })
  round(
    @Root() event: SessionEvent,
    @Ctx() ctx: Context,
    @Arg('onlyOwnChanges', () => Boolean, {
      defaultValue: false,
      description:
        'True: null after a vote (VOTE_CAST, VOTE_WITHDRAWN, PAPER_VOTES_RECORDED), which leaves the round as it was but for its figures. A screen that keeps the round’s list of votes gets the round only when the round itself changed (opened, closed), takes the new vote from `vote`, and its figures from another selection (`round { tallies }` under an alias): it is not sent every vote of the round for every dot.',
    })
    onlyOwnChanges: boolean,
  ): Promise<VotingRound | null> {
    if (onlyOwnChanges && leavesRoundAsItWas(event.type)) return Promise.resolve(null);
    return readable(ctx, VotingRound, event.roundId);
  }

  @FieldResolver(() => Vote, {
    nullable: true,
    description:
      'The vote given or counted on paper (VOTE_CAST, PAPER_VOTES_RECORDED), as the round lists it; null after a withdrawal (it is gone: `voteId` names it) or when the one following may not see it.',
  })
  vote(@Root() event: SessionEvent, @Ctx() ctx: Context): Promise<Vote | null> {
    return readable(ctx, Vote, event.voteId);
  }

  @FieldResolver(() => Session, {
    nullable: true,
    description:
      'The session as it is now, for the events that change the session itself or its lists of themes, voting rounds, ' +
      'attendance and strategies, or its questionnaires’ response counts (SESSION_*, AGENDA_CHANGED, THEME_CREATED, ' +
      'THEMES_REORDERED, THEME_DELETED, VOTING_ROUND_*, PARTICIPANT_*, STRATEGY_CHANGED, QUESTIONNAIRE_ANSWERED); ' +
      'null for the others, so that a vote or a new challenge costs no more than its own records.',
  })
  session(@Root() event: SessionEvent, @Ctx() ctx: Context): Promise<Session | null> {
    return changesSession(event.type) ? readable(ctx, Session, event.sessionId) : Promise.resolve(null);
  }
}
