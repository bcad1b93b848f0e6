import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { SuppressionReason } from '../disclosure/disclosure.types.js';
import { CompetenceIndicator, IndicatorGroupedFigure, StrategyIndicators } from '../indicator/indicator.types.js';

@ObjectType({ description: 'Whether those who evaluated a session said the activity helped them, in a year.' })
export class HelpedFigure {
  @Field(() => Int, { description: 'People who answered an item about belonging or taking part (always shown).' })
  respondents!: number;

  @Field(() => Int, { nullable: true, description: 'Of them, who agreed at least once; null when not shown.' })
  agreed!: number | null;

  @Field(() => Float, { nullable: true, description: 'agreed / respondents, 0 to 1; null when not shown.' })
  share!: number | null;

  @Field(() => SuppressionReason, { nullable: true, description: 'Why it is not shown; null when it is.' })
  hiddenBecause!: SuppressionReason | null;
}

@ObjectType({ description: 'The figures a promoter reports to the funder for one project and year.' })
export class FunderReport {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => String, { description: 'Its title.' })
  title!: string;

  @Field(() => Int, { description: 'The calendar year reported on.' })
  year!: number;

  @Field(() => Int, { description: 'k of the project.' })
  smallGroupThreshold!: number;

  @Field(() => Boolean, {
    description:
      'True once the year is over (or the project’s last session closed in it) and its figures by group were released; before, groups read "after the year".',
  })
  final!: boolean;

  @Field(() => Int, { description: 'Sessions held (closed) in the year.' })
  sessionsHeld!: number;

  @Field(() => IndicatorGroupedFigure, { description: 'Unique people reached in the year, by background.' })
  peopleReached!: IndicatorGroupedFigure;

  @Field(() => IndicatorGroupedFigure, {
    description: 'Participation in minutes (planned session length per attendance).',
  })
  minutes!: IndicatorGroupedFigure;

  @Field(() => StrategyIndicators, {
    description: 'Strategies from the year’s sessions and the municipality’s answers.',
  })
  strategies!: StrategyIndicators;

  @Field(() => HelpedFigure, { description: 'The share who said the activity helped them (belonging or taking part).' })
  helped!: HelpedFigure;

  @Field(() => [CompetenceIndicator], {
    description:
      'Competence change before/after, as released in the project’s latest step (the POST wave ends a project).',
  })
  competence!: CompetenceIndicator[];
}
