import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SuppressionReason } from '../disclosure/disclosure.types.js';
import { Background } from '../participant/participant.entity.js';
import { CompetenceDimension } from '../questionnaire/questionnaire.types.js';
import { SessionStatus } from '../session/session.entity.js';

// What the evaluator reads: figures as the disclosure module released them, never a person, a pseudonym, an author
// or an answer. Plain values, not records: the guard checks the operation (evaluate, on the project).

@ObjectType({ description: 'A figure for one self-declared background group, as released.' })
export class IndicatorGroupFigure {
  @Field(() => Background, { description: 'The background group.' })
  background!: Background;

  @Field(() => Int, { nullable: true, description: 'The figure; null when it is not shown.' })
  value!: number | null;

  @Field(() => SuppressionReason, { nullable: true, description: 'Why it is not shown; null when it is shown.' })
  hiddenBecause!: SuppressionReason | null;
}

@ObjectType({ description: 'A figure in all and by background group, as released.' })
export class IndicatorGroupedFigure {
  @Field(() => Int, { description: 'In all (totals are always shown).' })
  total!: number;

  @Field(() => [IndicatorGroupFigure], { description: 'By background group, in a fixed order.' })
  byBackground!: IndicatorGroupFigure[];

  @Field(() => Int, {
    description:
      'Across projects: how many projects this figure adds up (a group shown in some projects only adds those). 1 for one project.',
  })
  projects!: number;
}

@ObjectType({ description: 'Which release the figures of a project come from.' })
export class IndicatorStepInfo {
  @Field(() => Int, { description: 'The step, 1, 2, 3, … (figures are released in steps as sessions close).' })
  number!: number;

  @Field(() => GraphQLISODateTime, { description: 'When the step was taken.' })
  takenAt!: Date;

  @Field(() => Int, { description: 'How many closed sessions it covers.' })
  sessionCount!: number;

  @Field(() => Boolean, {
    description: 'True when no session of the project was left to hold: these figures are final.',
  })
  final!: boolean;

  @Field(() => Int, {
    description: 'Sessions closed since this step: counted in the next step, which the step rule takes when it may.',
  })
  sessionsSince!: number;
}

@ObjectType({ description: 'Who took part: unique people, returning people and participation hours, by group.' })
export class ParticipationIndicators {
  @Field(() => IndicatorGroupedFigure, { description: 'Unique people who attended at least one closed session.' })
  people!: IndicatorGroupedFigure;

  @Field(() => IndicatorGroupedFigure, { description: 'Of those, people who attended more than one session.' })
  returning!: IndicatorGroupedFigure;

  @Field(() => IndicatorGroupedFigure, {
    description:
      'Participation in minutes: for each attendance, the session’s length. Until phase times are recorded this is the planned length of the session.',
  })
  minutes!: IndicatorGroupedFigure;
}

@ObjectType({ description: 'What participants contributed, by background group.' })
export class ContributionIndicators {
  @Field(() => IndicatorGroupedFigure, { description: 'Challenges raised (hidden ones not counted).' })
  challenges!: IndicatorGroupedFigure;

  @Field(() => IndicatorGroupedFigure, { description: 'Ideas proposed (hidden ones not counted).' })
  ideas!: IndicatorGroupedFigure;

  @Field(() => IndicatorGroupedFigure, {
    description: 'Dots given; dots counted on paper have no voter and are in the total only.',
  })
  dots!: IndicatorGroupedFigure;
}

export enum PriorityKind {
  CHALLENGE = 'CHALLENGE',
  IDEA = 'IDEA',
}

registerEnumType(PriorityKind, {
  name: 'PriorityKind',
  description: 'What was voted on.',
  valuesConfig: { CHALLENGE: { description: 'A challenge.' }, IDEA: { description: 'An idea.' } },
});

@ObjectType({ description: 'One of the most-voted items of a project, with the dots each group gave it.' })
export class PriorityItem {
  @Field(() => ID, { description: 'The challenge or idea.' })
  id!: string;

  @Field(() => PriorityKind, { description: 'Challenge or idea.' })
  kind!: PriorityKind;

  @Field(() => String, { description: 'Its text, in the language it was written in (never its author).' })
  text!: string;

  @Field(() => String, { description: 'The language of the text (BCP 47 tag).' })
  language!: string;

  @Field(() => IndicatorGroupedFigure, { description: 'Dots it received, in all and by the voter’s background.' })
  dots!: IndicatorGroupedFigure;

  @Field(() => Int, {
    nullable: true,
    description: 'Its place among these items by the dots of third-country nationals (1 = most); null when not shown.',
  })
  rankThirdCountryNationals!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Its place among these items by the dots of the host community (1 = most); null when not shown.',
  })
  rankHostCommunity!: number | null;
}

@ObjectType({ description: 'The priorities of third-country nationals and of the host community, side by side.' })
export class PriorityIndicators {
  @Field(() => [PriorityItem], { description: 'The most-voted items of the project (ten at most), most dots first.' })
  items!: PriorityItem[];

  @Field(() => Float, {
    nullable: true,
    description:
      'Kendall’s tau-b between the two groups’ dots over the items where both are shown (−1 opposite, 0 unrelated, 1 the same order); null below two such items.',
  })
  kendallTau!: number | null;

  @Field(() => Int, { description: 'How many items the correlation compares.' })
  comparedItems!: number;
}

@ObjectType({ description: 'Strategies of a project and the municipality’s answers: counts of plans, not of people.' })
export class StrategyIndicators {
  @Field(() => Int, { description: 'Submitted to the municipality (answered or not).' })
  submitted!: number;

  @Field(() => Int, { description: 'Answered by the municipality.' })
  answered!: number;

  @Field(() => Int, { description: 'Adopted.' })
  adopted!: number;

  @Field(() => Int, { description: 'Partly adopted.' })
  partlyAdopted!: number;

  @Field(() => Int, { description: 'Under study.' })
  underStudy!: number;

  @Field(() => Int, { description: 'Declined.' })
  declined!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Carried out, as the municipality’s follow-up says; null while follow-up progress is not recorded.',
  })
  done!: number | null;
}

@ObjectType({ description: 'The change of one group on one competence, before and after (paired by participant).' })
export class CompetenceChangeFigure {
  @Field(() => Background, { nullable: true, description: 'The background group; null for everyone together.' })
  background!: Background | null;

  @Field(() => Int, { nullable: true, description: 'People with a score before and after; null when not shown.' })
  n!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean change of their score (after − before, on the 1–5 scale); null when not shown.',
  })
  meanChange!: number | null;

  @Field(() => Float, { nullable: true, description: 'Lower end of the 95% confidence interval (paired t).' })
  ciLow!: number | null;

  @Field(() => Float, { nullable: true, description: 'Upper end of the 95% confidence interval (paired t).' })
  ciHigh!: number | null;

  @Field(() => SuppressionReason, { nullable: true, description: 'Why the change is not shown; null when it is.' })
  hiddenBecause!: SuppressionReason | null;
}

@ObjectType({ description: 'Paired before/after change on one competence dimension.' })
export class CompetenceIndicator {
  @Field(() => CompetenceDimension, { description: 'The competence.' })
  dimension!: CompetenceDimension;

  @Field(() => CompetenceChangeFigure, { description: 'Everyone together.' })
  all!: CompetenceChangeFigure;

  @Field(() => [CompetenceChangeFigure], { description: 'By background group, in a fixed order.' })
  byBackground!: CompetenceChangeFigure[];
}

@ObjectType({ description: 'How one evaluation item was answered at the end of a session.' })
export class EvaluationItemFigure {
  @Field(() => String, { description: 'The stable id of the item, such as `EV1`.' })
  itemCode!: string;

  @Field(() => Int, { description: 'People who answered it on the scale (always shown).' })
  respondents!: number;

  @Field(() => Int, { nullable: true, description: 'Of them, who agreed (4 or 5); null when not shown.' })
  agreed!: number | null;

  @Field(() => Int, { nullable: true, description: 'Of them, who did not agree (1 to 3); null when not shown.' })
  notAgreed!: number | null;

  @Field(() => SuppressionReason, { nullable: true, description: 'Why the split is not shown; null when it is.' })
  hiddenBecause!: SuppressionReason | null;
}

@ObjectType({ description: 'One session of a project as the evaluator sees it: counts only.' })
export class SessionIndicators {
  @Field(() => ID, { description: 'The session.' })
  sessionId!: string;

  @Field(() => String, { description: 'What the session is called.' })
  title!: string;

  @Field(() => GraphQLISODateTime, { description: 'When it started.' })
  startsAt!: Date;

  @Field(() => SessionStatus, { description: 'Where it is in its life; only closed sessions have figures.' })
  status!: SessionStatus;

  @Field(() => IndicatorGroupedFigure, {
    nullable: true,
    description: 'Who attended, as released when it closed; null before it closed.',
  })
  attendance!: IndicatorGroupedFigure | null;

  @Field(() => [EvaluationItemFigure], {
    description: 'The end-of-session evaluation, item by item, as released when it closed; empty before.',
  })
  evaluation!: EvaluationItemFigure[];
}

@ObjectType({ description: 'The indicators of one project, as released in its latest step.' })
export class ProjectIndicators {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => String, { description: 'Its title.' })
  title!: string;

  @Field(() => Int, { description: 'k: figures about fewer people are not shown, nor anything that gives one away.' })
  smallGroupThreshold!: number;

  @Field(() => IndicatorStepInfo, {
    nullable: true,
    description: 'The step the figures come from; null until the first step is taken.',
  })
  step!: IndicatorStepInfo | null;
}

@ObjectType({ description: 'The indicators across the projects the evaluator is linked to.' })
export class IndicatorsOverview {
  @Field(() => [ProjectIndicators], { description: 'Each project, by title.' })
  projects!: ProjectIndicators[];
}
