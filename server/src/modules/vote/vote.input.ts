import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CreateInput, MutationInput } from '../../core/mutation.js';
import { TrimmedLength } from '../challenge/challenge.input.js';
import { CAPACITY_MAX } from '../session/session.input.js';
import { Background } from '../participant/participant.entity.js';
import { Vote, VoteTarget, VotingRound } from './vote.entity.js';

export const DOTS_PER_PARTICIPANT_MIN = 1;
export const DOTS_PER_PARTICIPANT_MAX = 20;
export const PAPER_DOTS_MAX = 500;

@InputType({ description: 'A new round of dot voting in a live session.' })
export class OpenVotingRoundInput extends CreateInput {
  @Field(() => ID, { description: 'The live session; it may have one open round at a time.' })
  sessionId!: string;

  @Field(() => String, {
    description: 'What the round is about, such as "Which challenges matter most?" (1 to 200 characters).',
  })
  @TrimmedLength(1, 200, 'title')
  title!: string;

  @Field(() => VoteTarget, { description: 'Whether people vote on challenges or on ideas.' })
  target!: VoteTarget;

  @Field(() => Int, {
    description: `Dots each participant may give (${DOTS_PER_PARTICIPANT_MIN} to ${DOTS_PER_PARTICIPANT_MAX}).`,
  })
  @IsInt()
  @Min(DOTS_PER_PARTICIPANT_MIN, {
    message: `dotsPerParticipant must be between ${DOTS_PER_PARTICIPANT_MIN} and ${DOTS_PER_PARTICIPANT_MAX}`,
  })
  @Max(DOTS_PER_PARTICIPANT_MAX, {
    message: `dotsPerParticipant must be between ${DOTS_PER_PARTICIPANT_MIN} and ${DOTS_PER_PARTICIPANT_MAX}`,
  })
  dotsPerParticipant!: number;
}

@InputType({ description: 'Close a voting round: it takes no more votes.' })
export class CloseVotingRoundInput extends MutationInput {
  @Field(() => ID, { description: 'The open round to close.' })
  roundId!: string;
}

@InputType({ description: "A participant's dots for one challenge or one idea in an open round." })
export class CastVoteInput extends CreateInput {
  @Field(() => ID, { description: 'The open voting round.' })
  roundId!: string;

  @Field(() => ID, { description: 'The voter, checked in to the session.' })
  participantId!: string;

  @Field(() => ID, { nullable: true, description: 'The challenge voted on, in a round on challenges.' })
  @IsOptional()
  challengeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The idea voted on, in a round on ideas.' })
  @IsOptional()
  ideaId?: string | null;

  @Field(() => Int, {
    defaultValue: 1,
    description: "How many of the participant's dots to give (1 up to the round's dots per participant).",
  })
  @IsInt()
  @Min(1, { message: 'dots must be at least 1' })
  dots!: number;
}

@InputType({ description: 'Take back a vote while its round is open.' })
export class WithdrawVoteInput extends MutationInput {
  @Field(() => ID, { description: 'The vote to take back.' })
  voteId!: string;
}

@InputType({ description: 'Dots counted on paper for one challenge or idea, entered by the facilitator.' })
export class RecordPaperVotesInput extends CreateInput {
  @Field(() => ID, { description: 'The open voting round.' })
  roundId!: string;

  @Field(() => ID, { nullable: true, description: 'The challenge the dots were given to, in a round on challenges.' })
  @IsOptional()
  challengeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The idea the dots were given to, in a round on ideas.' })
  @IsOptional()
  ideaId?: string | null;

  @Field(() => Background, {
    nullable: true,
    description:
      'The background group that gave these dots, when the facilitator knows it (a table of host-community residents); left out when unknown. Shown only in figures by group, which hide small groups.',
  })
  @IsOptional()
  background?: Background | null;

  @Field(() => Int, { description: `How many dots were counted (1 to ${PAPER_DOTS_MAX}).` })
  @IsInt()
  @Min(1, { message: `dots must be between 1 and ${PAPER_DOTS_MAX}` })
  @Max(PAPER_DOTS_MAX, { message: `dots must be between 1 and ${PAPER_DOTS_MAX}` })
  dots!: number;
}

@ObjectType({ description: 'The outcome of opening or closing a voting round.' })
export class VotingRoundPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => VotingRound, { description: 'The round after the change.' })
  round!: VotingRound;
}

@ObjectType({ description: 'The outcome of casting a vote or recording paper votes.' })
export class VotePayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Vote, { description: 'The vote that was recorded.' })
  vote!: Vote;
}

@ObjectType({ description: 'The outcome of withdrawing a vote.' })
export class WithdrawVotePayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => ID, { description: 'The id of the vote that was withdrawn.' })
  withdrawnVoteId!: string;

  @Field(() => VotingRound, { description: 'The round the vote was withdrawn from.' })
  round!: VotingRound;
}

@ObjectType({
  description:
    'The dots one visible challenge or idea got in a voting round (for a challenge, with those given to challenges merged into it).',
})
export class VoteTally {
  // Read by the field resolvers below; not fields of their own.
  challengeId!: string | null;
  ideaId!: string | null;

  @Field(() => Int, { description: 'How many dots it got in the round.' })
  dots!: number;
}

// Every dot of a full round fits in one page: a screen that counts a round's votes (the cockpit) reads them all.
export const ROUND_VOTES_MAX = CAPACITY_MAX * DOTS_PER_PARTICIPANT_MAX;

@ArgsType()
export class RoundVotesArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many votes to return (1–${ROUND_VOTES_MAX}: every dot of a full round, default 50).`,
  })
  @Min(1)
  @Max(ROUND_VOTES_MAX)
  first?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Return the votes after this cursor (an `endCursor` of an earlier page).',
  })
  after?: string | null;
}
