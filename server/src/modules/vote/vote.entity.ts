import { type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Challenge } from '../challenge/challenge.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { Background, Participant } from '../participant/participant.entity.js';
import { AgendaPhase, Session } from '../session/session.entity.js';

export enum VoteTarget {
  CHALLENGES = 'CHALLENGES',
  IDEAS = 'IDEAS',
}

registerEnumType(VoteTarget, {
  name: 'VoteTarget',
  description: 'What a voting round asks people to vote on.',
  valuesConfig: {
    CHALLENGES: { description: 'People give their dots to challenges.' },
    IDEAS: { description: 'People give their dots to ideas.' },
  },
});

export enum RoundStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}

registerEnumType(RoundStatus, {
  name: 'RoundStatus',
  description: 'Whether a voting round takes votes.',
  valuesConfig: {
    OPEN: { description: 'Takes votes now.' },
    CLOSED: { description: 'Takes no more votes; its dots stay counted.' },
  },
});

export enum VoteSource {
  DIGITAL = 'DIGITAL',
  PAPER = 'PAPER',
}

registerEnumType(VoteSource, {
  name: 'VoteSource',
  description: 'How a vote was cast.',
  valuesConfig: {
    DIGITAL: { description: 'Cast by a participant in the app.' },
    PAPER: { description: 'Dots counted on paper and entered by a facilitator.' },
  },
});

@ObjectType({ description: 'A round of dot voting, with a budget of dots per participant.' })
@Entity()
@Index({ properties: ['session'] })
// At most one open round per session; castVote and openVotingRound also serialise on a lock.
@Unique({
  name: 'voting_round_one_open_per_session',
  expression: `create unique index "voting_round_one_open_per_session" on "voting_round" ("session_id") where "status" = 'OPEN'`,
})
export class VotingRound extends BaseEntity {
  @ManyToOne(() => Session, { ref: true, deleteRule: 'cascade' })
  session!: Ref<Session>;

  @Field(() => String, { description: 'What the round asks, such as "Which challenges matter most?".' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => VoteTarget, { description: 'Whether the round votes on challenges or on ideas.' })
  @Enum({ items: () => VoteTarget })
  target!: VoteTarget;

  @Field(() => Int, { description: 'Dots each participant may give in this round.' })
  @Property({ type: 'integer' })
  dotsPerParticipant!: number;

  @Field(() => RoundStatus, { description: 'Whether the round takes votes now.' })
  @Enum({ items: () => RoundStatus })
  status: RoundStatus & Opt = RoundStatus.OPEN;
}

@ObjectType({ description: 'Dots given to one challenge or idea in a voting round.' })
@Entity()
@Index({ properties: ['round', 'participant'] })
@Index({ properties: ['challenge'] })
@Index({ properties: ['idea'] })
@Check({ name: 'vote_one_target', expression: '(challenge_id is null) <> (idea_id is null)' })
@Check({ name: 'vote_group_on_paper', expression: "background is null or source = 'PAPER'" })
export class Vote extends BaseEntity {
  // The agenda phase that was running when the dots were given.
  @ManyToOne(() => AgendaPhase, { ref: true, nullable: true, deleteRule: 'set null' })
  phase: Ref<AgendaPhase> | null = null;

  @ManyToOne(() => VotingRound, { ref: true, deleteRule: 'cascade' })
  round!: Ref<VotingRound>;

  // Null for dots counted on paper, or after the voter's data was erased.
  @ManyToOne(() => Participant, { ref: true, nullable: true, deleteRule: 'set null' })
  participant: Ref<Participant> | null = null;

  @ManyToOne(() => Challenge, { ref: true, nullable: true, deleteRule: 'cascade' })
  challenge: Ref<Challenge> | null = null;

  @ManyToOne(() => Idea, { ref: true, nullable: true, deleteRule: 'cascade' })
  idea: Ref<Idea> | null = null;

  @Field(() => Int, { description: 'How many dots were given.' })
  @Property({ type: 'integer' })
  dots!: number;

  @Field(() => VoteSource, { description: 'Whether the dots were cast in the app or counted on paper.' })
  @Enum({ items: () => VoteSource })
  source: VoteSource & Opt = VoteSource.DIGITAL;

  // Dots counted on paper by one background group (a table of host-community residents), when the facilitator
  // knows it; null for digital dots (their voter's background counts) and for paper dots of unknown origin.
  @Enum({ items: () => Background, nullable: true })
  background: Background | null = null;
}
