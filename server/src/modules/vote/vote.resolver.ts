import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { ConnectionType, connectionFromList, type Connection } from '../../core/pagination.js';
import { Challenge } from '../challenge/challenge.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { Session } from '../session/session.entity.js';
import { Theme } from '../theme/theme.entity.js';
import { RoundStatus, Vote, VotingRound } from './vote.entity.js';
import { RoundDotsByGroup, roundFigures } from './vote.figures.js';
import {
  CastVoteInput,
  CloseVotingRoundInput,
  OpenVotingRoundInput,
  RecordPaperVotesInput,
  VotePayload,
  VoteTally,
  VotingRoundPayload,
  RoundVotesArgs,
  WithdrawVoteInput,
  WithdrawVotePayload,
} from './vote.input.js';
import {
  castVote,
  challengeDotCounts,
  closeVotingRound,
  dotsUsedInRounds,
  dotsUsedKey,
  getVotingRound,
  ideaDotCounts,
  openVotingRound,
  recordPaperVotes,
  roundTallies,
  themeDotCounts,
  withdrawVote,
} from './vote.service.js';

export const VoteConnection = ConnectionType(Vote, 'Vote');

const BY_CREATION = { createdAt: 'asc', id: 'asc' } as const;

// The dots each participant has used in each round (by `dotsUsedKey`), read in one statement per request.
const dotsUsedLoader = ({ em, loaders }: Context) =>
  loaders.custom('dotsUsedInRound', (keys) => dotsUsedInRounds(em, keys));

@Resolver(() => VotingRound)
export class VotingRoundResolver {
  @Query(() => VotingRound, { description: 'One voting round.' })
  votingRound(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<VotingRound> {
    return getVotingRound(em, id);
  }

  @FieldResolver(() => Session, { description: 'The session the round is held in.' })
  async session(@Root() round: VotingRound, @Ctx() { loaders }: Context): Promise<Session> {
    const session = await loaders.byId(Session).load(round.session.id);
    if (!session) throw notFound('session', round.session.id);
    return session;
  }

  @FieldResolver(() => VoteConnection, {
    description: 'The votes of the round, digital and paper, in the order they came in.',
  })
  async votes(
    @Root() round: VotingRound,
    @Args(() => RoundVotesArgs) args: RoundVotesArgs,
    @Ctx() { loaders }: Context,
  ): Promise<Connection<Vote>> {
    return connectionFromList(await loaders.childrenOf(Vote, 'round', BY_CREATION).load(round.id), args);
  }

  @FieldResolver(() => Int, { description: 'How many of their dots a participant has given in this round.' })
  dotsUsedBy(
    @Root() round: VotingRound,
    @Arg('participantId', () => ID) participantId: string,
    @Ctx() ctx: Context,
  ): Promise<number> {
    return dotsUsedLoader(ctx).load(dotsUsedKey(round.id, participantId));
  }

  @FieldResolver(() => RoundDotsByGroup, {
    description:
      'The round’s dots in all and by the background of who gave them: by group only once the round is closed, and never for a group too small to show (the people behind the dots count, not the dots).',
  })
  async dotsByBackground(@Root() round: VotingRound, @Ctx() { em, loaders }: Context): Promise<RoundDotsByGroup> {
    const figures = await loaders.custom('roundDotsByGroup', (ids) => roundFigures(em, ids)).load(round.id);
    if (!figures) throw notFound('votingRound', round.id);
    return figures;
  }

  @FieldResolver(() => [VoteTally], {
    description:
      'The dots given so far to each visible challenge or idea in this round, most first: live while it is open, the result once it is closed.',
  })
  tallies(@Root() round: VotingRound, @Ctx() { em, loaders }: Context): Promise<VoteTally[]> {
    return loaders.custom('roundTallies', (ids) => roundTallies(em, ids)).load(round.id);
  }

  @Mutation(() => VotingRoundPayload, {
    description: 'Open a round of dot voting in a live session; one round may be open at a time.',
  })
  async openVotingRound(
    @Arg('input', () => OpenVotingRoundInput) input: OpenVotingRoundInput,
    @Ctx() { em }: Context,
  ): Promise<VotingRoundPayload> {
    return { clientMutationId: input.clientMutationId ?? null, round: await openVotingRound(em, input) };
  }

  @Mutation(() => VotingRoundPayload, { description: 'Close a voting round: it takes no more votes.' })
  async closeVotingRound(
    @Arg('input', () => CloseVotingRoundInput) input: CloseVotingRoundInput,
    @Ctx() { em }: Context,
  ): Promise<VotingRoundPayload> {
    return { clientMutationId: input.clientMutationId ?? null, round: await closeVotingRound(em, input) };
  }

  @Mutation(() => VotePayload, {
    description: "Give some of a checked-in participant's dots to a challenge or idea, within their budget.",
  })
  async castVote(@Arg('input', () => CastVoteInput) input: CastVoteInput, @Ctx() ctx: Context): Promise<VotePayload> {
    // The dots used, as the budget check counted them, answer `round.dotsUsedBy` without a statement of their own.
    const vote = await castVote(ctx.em, input, ctx.pace, (roundId, participantId, dots) => {
      const key = dotsUsedKey(roundId, participantId);
      dotsUsedLoader(ctx).clear(key).prime(key, dots);
    });
    return { clientMutationId: input.clientMutationId ?? null, vote };
  }

  @Mutation(() => WithdrawVotePayload, {
    description: 'Take back a vote while its round is open; its dots can be given again.',
  })
  async withdrawVote(
    @Arg('input', () => WithdrawVoteInput) input: WithdrawVoteInput,
    @Ctx() { em }: Context,
  ): Promise<WithdrawVotePayload> {
    return {
      clientMutationId: input.clientMutationId ?? null,
      withdrawnVoteId: input.voteId,
      round: await withdrawVote(em, input),
    };
  }

  @Mutation(() => VotePayload, {
    description: 'Enter dots counted on paper for a challenge or idea; they have no voter and no personal budget.',
  })
  async recordPaperVotes(
    @Arg('input', () => RecordPaperVotesInput) input: RecordPaperVotesInput,
    @Ctx() { em }: Context,
  ): Promise<VotePayload> {
    return { clientMutationId: input.clientMutationId ?? null, vote: await recordPaperVotes(em, input) };
  }
}

@Resolver(() => Vote)
export class VoteResolver {
  @FieldResolver(() => VotingRound, { description: 'The round the vote was cast in.' })
  async round(@Root() vote: Vote, @Ctx() { loaders }: Context): Promise<VotingRound> {
    const round = await loaders.byId(VotingRound).load(vote.round.id);
    if (!round) throw notFound('votingRound', vote.round.id);
    return round;
  }

  @FieldResolver(() => Participant, {
    nullable: true,
    description: 'Who voted; null for dots counted on paper or after their data was erased.',
  })
  async participant(@Root() vote: Vote, @Ctx() { loaders }: Context): Promise<Participant | null> {
    return vote.participant ? ((await loaders.byId(Participant).load(vote.participant.id)) ?? null) : null;
  }

  @FieldResolver(() => Challenge, { nullable: true, description: 'The challenge voted on, in a round on challenges.' })
  async challenge(@Root() vote: Vote, @Ctx() { loaders }: Context): Promise<Challenge | null> {
    return vote.challenge ? ((await loaders.byId(Challenge).load(vote.challenge.id)) ?? null) : null;
  }

  @FieldResolver(() => Idea, { nullable: true, description: 'The idea voted on, in a round on ideas.' })
  async idea(@Root() vote: Vote, @Ctx() { loaders }: Context): Promise<Idea | null> {
    return vote.idea ? ((await loaders.byId(Idea).load(vote.idea.id)) ?? null) : null;
  }
}

@Resolver(() => Session)
export class SessionVotingResolver {
  @FieldResolver(() => [VotingRound], { description: 'The voting rounds of the session, oldest first.' })
  votingRounds(@Root() session: Session, @Ctx() { loaders }: Context): Promise<VotingRound[]> {
    return loaders.childrenOf(VotingRound, 'session', BY_CREATION).load(session.id);
  }

  @FieldResolver(() => VotingRound, { nullable: true, description: 'The voting round that takes votes now, if any.' })
  async openVotingRound(@Root() session: Session, @Ctx() { loaders }: Context): Promise<VotingRound | null> {
    const open = await loaders
      .childrenOf(VotingRound, 'session', BY_CREATION, { status: RoundStatus.OPEN }, 'open')
      .load(session.id);
    return open[0] ?? null;
  }
}

@Resolver(() => Challenge)
export class ChallengeDotsResolver {
  @FieldResolver(() => Int, {
    description: 'All dots given to it over all rounds, including those given to challenges merged into it.',
  })
  dotCount(@Root() challenge: Challenge, @Ctx() { em, loaders }: Context): number | Promise<number> {
    // Counted with the page of challenges it came in, when it came in one.
    return (
      loaders.aggregate(challenge, 'dots') ??
      loaders.custom('challengeDots', (ids) => challengeDotCounts(em, ids)).load(challenge.id)
    );
  }
}

@Resolver(() => Idea)
export class IdeaDotsResolver {
  @FieldResolver(() => Int, { description: 'All dots given to it over all rounds.' })
  dotCount(@Root() idea: Idea, @Ctx() { em, loaders }: Context): number | Promise<number> {
    return loaders.aggregate(idea, 'dots') ?? loaders.custom('ideaDots', (ids) => ideaDotCounts(em, ids)).load(idea.id);
  }
}

@Resolver(() => Theme)
export class ThemeDotsResolver {
  @FieldResolver(() => Int, { description: 'All dots given to the visible challenges of the theme over all rounds.' })
  dotCount(@Root() theme: Theme, @Ctx() { em, loaders }: Context): Promise<number> {
    return loaders.custom('themeDots', (ids) => themeDotCounts(em, ids)).load(theme.id);
  }
}

@Resolver(() => VoteTally)
export class VoteTallyResolver {
  @FieldResolver(() => Challenge, { nullable: true, description: 'The challenge, in a round on challenges.' })
  async challenge(@Root() tally: VoteTally, @Ctx() { loaders }: Context): Promise<Challenge | null> {
    return tally.challengeId ? ((await loaders.byId(Challenge).load(tally.challengeId)) ?? null) : null;
  }

  @FieldResolver(() => Idea, { nullable: true, description: 'The idea, in a round on ideas.' })
  async idea(@Root() tally: VoteTally, @Ctx() { loaders }: Context): Promise<Idea | null> {
    return tally.ideaId ? ((await loaders.byId(Idea).load(tally.ideaId)) ?? null) : null;
  }
}
