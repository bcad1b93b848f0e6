import { ArrayMaxSize, ArrayUnique, IsOptional } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationInput } from '../../core/mutation.js';
import { Session } from '../session/session.entity.js';
import { CarriedItem } from './carried-item.entity.js';

const CARRY_MAX = 200;

@InputType({
  description:
    'Themes, challenges and ideas of earlier sessions of the project (or contributed between sessions) to bring onto the board of a later session. A theme brings its visible challenges; an idea brings its challenge.',
})
export class CarryIntoSessionInput extends MutationInput {
  @Field(() => ID, { description: 'The session to carry them into (not closed).' })
  sessionId!: string;

  @Field(() => [ID], { nullable: true, description: `Themes to carry (at most ${CARRY_MAX}).` })
  @IsOptional()
  @ArrayMaxSize(CARRY_MAX, { message: `themeIds may name at most ${CARRY_MAX} themes` })
  @ArrayUnique({ message: 'themeIds must not name a theme twice' })
  themeIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `Challenges to carry (at most ${CARRY_MAX}).` })
  @IsOptional()
  @ArrayMaxSize(CARRY_MAX, { message: `challengeIds may name at most ${CARRY_MAX} challenges` })
  @ArrayUnique({ message: 'challengeIds must not name a challenge twice' })
  challengeIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: `Ideas to carry (at most ${CARRY_MAX}).` })
  @IsOptional()
  @ArrayMaxSize(CARRY_MAX, { message: `ideaIds may name at most ${CARRY_MAX} ideas` })
  @ArrayUnique({ message: 'ideaIds must not name an idea twice' })
  ideaIds?: string[] | null;
}

@ObjectType({ description: 'The outcome of carrying items forward.' })
export class CarryIntoSessionPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Session, { description: 'The session they were carried into.' })
  session!: Session;

  @Field(() => Int, { description: 'How many items were newly put on its board (those already there count nought).' })
  added!: number;
}

@InputType({ description: 'Take an item that was carried forward off a session’s board again.' })
export class RemoveCarriedItemInput extends MutationInput {
  @Field(() => ID, { description: 'The carried item to take off (not once its session has closed).' })
  carriedItemId!: string;
}

@ObjectType({ description: 'The outcome of taking a carried item off a board.' })
export class RemoveCarriedItemPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Session, { description: 'The session whose board it left.' })
  session!: Session;

  @Field(() => [ID], {
    description: 'The carried items taken off: the one named, and for a theme the challenges that came with it.',
  })
  removedCarriedItemIds!: string[];
}

@ObjectType({
  description:
    'Where a theme, challenge or idea was made: its session, or between sessions. Readable by whoever reads the item, so that every screen can mark what was carried.',
})
export class ContributionOrigin {
  @Field(() => ID, { nullable: true, description: 'The session it was made in; null between sessions.' })
  sessionId!: string | null;

  @Field(() => String, { nullable: true, description: 'The title of that session; null between sessions.' })
  sessionTitle!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When that session started; null between sessions.' })
  sessionStartsAt!: Date | null;

  @Field(() => Boolean, { description: 'Whether it was contributed between sessions, through a call of the project.' })
  betweenSessions!: boolean;
}

@ObjectType({ description: 'What a session made, as counts.' })
export class SessionOutput {
  @Field(() => Int, { description: 'Themes made in it.' })
  themes!: number;

  @Field(() => Int, { description: 'Challenges raised in it (hidden ones not counted).' })
  challenges!: number;

  @Field(() => Int, { description: 'Ideas made in it (hidden ones not counted), also on carried challenges.' })
  ideas!: number;

  @Field(() => Int, { description: 'Strategies drafted in it.' })
  strategies!: number;

  @Field(() => Int, { description: 'Strategies of it submitted to the municipality (answered ones included).' })
  strategiesSubmitted!: number;
}

@ObjectType({ description: 'One session of a trajectory: what came in from earlier, what it made, and what went on.' })
export class TrajectoryStep {
  @Field(() => Session, { description: 'The session.' })
  session!: Session;

  @Field(() => [CarriedItem], {
    description: 'What was carried into it from earlier sessions or from between sessions.',
  })
  carriedIn!: CarriedItem[];

  @Field(() => SessionOutput, { description: 'What it made.' })
  made!: SessionOutput;

  @Field(() => [CarriedItem], { description: 'What of it was carried into later sessions.' })
  carriedOut!: CarriedItem[];
}

@ObjectType({ description: 'The sessions of a project in order, each with what came in and what went out.' })
export class ProjectTrajectory {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => [TrajectoryStep], { description: 'The sessions, by start time.' })
  steps!: TrajectoryStep[];

  @Field(() => Int, { description: 'Challenges and ideas contributed between sessions and approved.' })
  contributedBetweenSessions!: number;

  @Field(() => Int, { description: 'Challenges and ideas contributed between sessions that wait for moderation.' })
  waitingForModeration!: number;
}
