import { Field, GraphQLISODateTime, ID, Int, ObjectType } from 'type-graphql';
import { SuppressionReason } from '../disclosure/disclosure.types.js';
import { Background } from '../participant/participant.entity.js';
import { ResponseDecision } from '../review/municipality-response.entity.js';
import { ProgressStatus } from '../review/strategy-update.entity.js';
import { SessionStatus } from '../session/session.entity.js';
import { StrategyStatus } from '../strategy/strategy.entity.js';
import { RoundStatus, VoteTarget } from '../vote/vote.entity.js';

// The report of a session is a snapshot made of plain values, not of records: it holds counts and the
// board's texts, never who wrote or voted what, so a participant of the session may read it as staff do.

@ObjectType({ description: 'The session a report is about.' })
export class ReportSession {
  @Field(() => ID, { description: 'The session.' })
  id!: string;

  @Field(() => String, { description: 'What the session is called.' })
  title!: string;

  @Field(() => String, { description: 'The project the session belongs to.' })
  projectTitle!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the session started.' })
  startsAt!: Date;

  @Field(() => Int, { description: 'Planned length in minutes.' })
  durationMinutes!: number;

  @Field(() => String, { description: 'Where the session took place.' })
  location!: string;

  @Field(() => [String], { description: 'Languages spoken or supported (BCP 47 tags).' })
  languages!: string[];

  @Field(() => SessionStatus, { description: 'Where the session is in its life; a closed session has a final report.' })
  status!: SessionStatus;
}

@ObjectType({
  description:
    'A number of people, or of what a group of people contributed, that is shown only when nobody can be singled out by it.',
})
export class ReportFigure {
  @Field(() => Int, { nullable: true, description: 'The number; null when it is suppressed.' })
  count!: number | null;

  @Field(() => Boolean, {
    description:
      'True when the number is not shown: fewer people than the threshold are behind it, it would let such a number be worked out, or the session is not over yet.',
  })
  suppressed!: boolean;

  @Field(() => SuppressionReason, { nullable: true, description: 'Why it is not shown; null when it is shown.' })
  hiddenBecause!: SuppressionReason | null;
}

@ObjectType({ description: 'A figure for one self-declared background group.' })
export class ReportGroupFigure extends ReportFigure {
  @Field(() => Background, { description: 'The background group.' })
  background!: Background;
}

@ObjectType({ description: 'Who was present: counts only, never names.' })
export class ReportAttendance {
  @Field(() => Int, {
    description: 'How many participants were checked in (for a closed session: when it closed, as released then).',
  })
  total!: number;

  @Field(() => [ReportGroupFigure], {
    description: 'Participants checked in, by self-declared background, in a fixed order.',
  })
  byBackground!: ReportGroupFigure[];

  @Field(() => ReportFigure, {
    description:
      'Participants who had attended an earlier session of the project; shown only when they and the first-timers are each at least the threshold.',
  })
  returning!: ReportFigure;
}

@ObjectType({ description: 'One kind of contribution, in all and by background group.' })
export class ReportGroupedFigure {
  @Field(() => Int, { description: 'How many in all.' })
  total!: number;

  @Field(() => [ReportGroupFigure], {
    description:
      'By the background of the participant who made them; contributions without a known author are in no group.',
  })
  byBackground!: ReportGroupFigure[];
}

@ObjectType({ description: 'What participants contributed, by background group.' })
export class ReportContributions {
  @Field(() => ReportGroupedFigure, {
    description: 'Challenges raised (hidden ones not counted; merged ones counted).',
  })
  challenges!: ReportGroupedFigure;

  @Field(() => ReportGroupedFigure, {
    description: 'Ideas proposed for challenges on the board (hidden ones not counted).',
  })
  ideas!: ReportGroupedFigure;

  @Field(() => ReportGroupedFigure, {
    description: 'Dots given in the app, over all voting rounds; paper dots have no voter and are in no group.',
  })
  dotsGiven!: ReportGroupedFigure;
}

@ObjectType({ description: 'A challenge that was merged into another one because it said the same.' })
export class ReportMergedChallenge {
  @Field(() => ID, { description: 'The merged challenge.' })
  id!: string;

  @Field(() => String, { description: 'The challenge in the words of its author.' })
  text!: string;

  @Field(() => String, { description: 'The language it was written in (BCP 47 tag).' })
  language!: string;
}

@ObjectType({ description: 'An idea on the board, with the dots it got.' })
export class ReportIdea {
  @Field(() => ID, { description: 'The idea.' })
  id!: string;

  @Field(() => String, { description: 'The idea in the words of its author.' })
  text!: string;

  @Field(() => String, { description: 'The language it was written in (BCP 47 tag).' })
  language!: string;

  @Field(() => Int, { description: 'Dots given to it over all rounds.' })
  dotCount!: number;
}

@ObjectType({ description: 'A challenge on the board, with what was merged into it, its dots and its ideas.' })
export class ReportChallenge {
  @Field(() => ID, { description: 'The challenge.' })
  id!: string;

  @Field(() => String, { description: 'The challenge in the words of its author.' })
  text!: string;

  @Field(() => String, { description: 'The language it was written in (BCP 47 tag).' })
  language!: string;

  @Field(() => Int, {
    description: 'Dots given to it over all rounds, including those given to challenges merged into it.',
  })
  dotCount!: number;

  @Field(() => [ReportMergedChallenge], { description: 'The challenges merged into this one, oldest first.' })
  merged!: ReportMergedChallenge[];

  @Field(() => [ReportIdea], { description: 'The visible ideas that answer it, most dots first.' })
  ideas!: ReportIdea[];
}

@ObjectType({
  description:
    'A theme (cluster) of the board with its challenges; the last one gathers the challenges without a theme.',
})
export class ReportTheme {
  @Field(() => ID, { nullable: true, description: 'The theme; null for the challenges without a theme.' })
  id!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The title of the theme; null for the challenges without a theme.',
  })
  title!: string | null;

  @Field(() => Int, { description: 'Dots given to its challenges over all rounds.' })
  dotCount!: number;

  @Field(() => [ReportChallenge], { description: 'Its visible challenges, most dots first; hidden ones are left out.' })
  challenges!: ReportChallenge[];
}

@ObjectType({ description: 'A voting round with its totals.' })
export class ReportVotingRound {
  @Field(() => ID, { description: 'The voting round.' })
  id!: string;

  @Field(() => String, { description: 'What the round asked.' })
  title!: string;

  @Field(() => VoteTarget, { description: 'Whether it voted on challenges or on ideas.' })
  target!: VoteTarget;

  @Field(() => RoundStatus, { description: 'Whether it still takes votes.' })
  status!: RoundStatus;

  @Field(() => Int, { description: 'Dots each participant could give.' })
  dotsPerParticipant!: number;

  @Field(() => Int, { description: 'Dots given in the app.' })
  digitalDots!: number;

  @Field(() => Int, { description: 'Dots counted on paper and entered by a facilitator.' })
  paperDots!: number;

  @Field(() => Int, { description: 'All dots of the round: in the app and on paper.' })
  totalDots!: number;

  @Field(() => [ReportGroupFigure], {
    description:
      'Dots by the background of who gave them (paper dots of a known group included), released once the round closed; hidden for groups too small to show.',
  })
  dotsByBackground!: ReportGroupFigure[];
}

@ObjectType({ description: 'One action of a strategy.' })
export class ReportStrategyAction {
  @Field(() => String, { description: 'What will be done.' })
  what!: string;

  @Field(() => String, { description: 'Who does it.' })
  who!: string;

  @Field(() => String, { description: 'When, in words or as a date.' })
  due!: string;

  @Field(() => String, { description: 'Money, people, rooms or materials it needs.' })
  resources!: string;
}

@ObjectType({ description: 'An idea a strategy builds on.' })
export class ReportStrategyIdea {
  @Field(() => ID, { description: 'The idea.' })
  id!: string;

  @Field(() => String, { description: 'The idea in the words of its author.' })
  text!: string;
}

@ObjectType({ description: "The municipality's answer to a strategy." })
export class ReportResponse {
  @Field(() => ResponseDecision, { description: 'Adopted, partly adopted, under study or declined.' })
  decision!: ResponseDecision;

  @Field(() => String, { nullable: true, description: 'Why the municipality decided so; may be empty when adopted.' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'The department or partner that carries it out.' })
  responsible!: string | null;

  @Field(() => String, { nullable: true, description: 'When it is planned to be done (YYYY-MM-DD).' })
  plannedFor!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'When the municipality first answered.' })
  respondedAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the municipality decided; null while under study.',
  })
  decidedAt!: Date | null;
}

@ObjectType({ description: 'The newest step of what became of a strategy.' })
export class ReportStrategyUpdate {
  @Field(() => ProgressStatus, { description: 'Planned, in progress, done or dropped.' })
  status!: ProgressStatus;

  @Field(() => String, { description: 'What happened or happens next.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'A web page with more.' })
  link!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'The date of the update.' })
  at!: Date;
}

@ObjectType({
  description: 'A strategy of the session with its actions and, once given, the answer of the municipality.',
})
export class ReportStrategy {
  @Field(() => ID, { description: 'The strategy.' })
  id!: string;

  @Field(() => String, { description: 'A short name for the plan.' })
  title!: string;

  @Field(() => String, { description: 'What the strategy wants to change, and why.' })
  description!: string;

  @Field(() => StrategyStatus, { description: 'Draft, submitted to the municipality, or answered.' })
  status!: StrategyStatus;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was submitted; null while a draft.' })
  submittedAt!: Date | null;

  @Field(() => [ReportStrategyIdea], { description: 'The ideas it builds on, in the order they were written.' })
  ideas!: ReportStrategyIdea[];

  @Field(() => [ReportStrategyAction], { description: 'What will be done, by whom and when, in order.' })
  actions!: ReportStrategyAction[];

  @Field(() => ReportResponse, { nullable: true, description: "The municipality's answer; null until it answers." })
  response!: ReportResponse | null;

  @Field(() => ReportStrategyUpdate, {
    nullable: true,
    description: 'The newest update of its follow-up timeline; null before the first.',
  })
  latestUpdate!: ReportStrategyUpdate | null;
}

@ObjectType({
  description:
    'What a session produced, for its closing report: counts by group (released once the session has closed, small groups suppressed), the board by theme with votes, and the strategies.',
})
export class SessionReport {
  @Field(() => ReportSession, { description: 'The session: title, date, place, languages and status.' })
  session!: ReportSession;

  @Field(() => Int, {
    description:
      "k, the project's small-group threshold: no figure about fewer people than this is shown, nor one from which such a figure could be worked out.",
  })
  smallGroupThreshold!: number;

  @Field(() => ReportAttendance, {
    description: 'Who was present, as counts; by group only once the session has closed.',
  })
  attendance!: ReportAttendance;

  @Field(() => ReportContributions, {
    description: 'What participants contributed; by background group only once the session has closed.',
  })
  contributions!: ReportContributions;

  @Field(() => [ReportTheme], {
    description:
      'The board: themes in board order, each with its challenges and ideas; challenges without a theme last.',
  })
  themes!: ReportTheme[];

  @Field(() => [ReportVotingRound], { description: 'The voting rounds, oldest first, with their totals.' })
  votingRounds!: ReportVotingRound[];

  @Field(() => [ReportStrategy], { description: 'The strategies drafted from the session, oldest first.' })
  strategies!: ReportStrategy[];
}
