import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Project } from '../project/project.entity.js';

@ObjectType({ description: 'How many strategies have waited for a decision for so many days.' })
export class WaitingAge {
  @Field(() => Int, { description: 'At least this many days since they were submitted.' })
  minDays!: number;

  @Field(() => Int, { nullable: true, description: 'At most this many days; null for no upper bound.' })
  maxDays!: number | null;

  @Field(() => Int, { description: 'How many strategies.' })
  count!: number;
}

@ObjectType({
  description:
    'What became of the strategies submitted to the municipality: figures about strategies and actions, never about people.',
})
export class OutcomeFigures {
  @Field(() => Int, { description: 'Strategies submitted to the municipality.' })
  submitted!: number;

  @Field(() => Int, { description: 'Still waiting for a decision: not answered yet, or under study.' })
  waiting!: number;

  @Field(() => Int, { description: 'Not answered at all yet.' })
  unanswered!: number;

  @Field(() => Int, { description: 'Answered "under study".' })
  underStudy!: number;

  @Field(() => Int, { description: 'Decided: adopted, partly adopted or declined.' })
  decided!: number;

  @Field(() => Int, { description: 'Adopted or partly adopted.' })
  adopted!: number;

  @Field(() => Int, { description: 'Declined.' })
  declined!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'The share of the decided strategies that were adopted or partly adopted (0 to 1); null before any decision.',
  })
  adoptedShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The median number of days from submission to decision; null before any decision.',
  })
  medianDaysToDecision!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'How many days the strategy that has waited longest has waited; null when none waits.',
  })
  oldestWaitingDays!: number | null;

  @Field(() => [WaitingAge], { description: 'The waiting strategies by how long they have waited.' })
  waitingByAge!: WaitingAge[];

  @Field(() => Int, { description: 'Actions of adopted and partly adopted strategies: what was planned.' })
  actionsPlanned!: number;

  @Field(() => Int, { description: 'Of those, the actions in progress.' })
  actionsInProgress!: number;

  @Field(() => Int, { description: 'Of those, the actions done.' })
  actionsDone!: number;

  @Field(() => Int, { description: 'Of those, the actions dropped.' })
  actionsDropped!: number;
}

@ObjectType({ description: "The outcome figures of one of the municipality's projects." })
export class ProjectOutcomeFigures {
  @Field(() => Project, { description: 'The project.' })
  project!: Project;

  @Field(() => OutcomeFigures, { description: 'Its figures.' })
  figures!: OutcomeFigures;
}

@ObjectType({ description: "What became of the strategies, for the municipality's projects together and each." })
export class OutcomeOverview {
  @Field(() => OutcomeFigures, { description: 'All the projects the viewer answers strategies for, together.' })
  municipality!: OutcomeFigures;

  @Field(() => [ProjectOutcomeFigures], { description: 'Each of those projects, the most recent first.' })
  projects!: ProjectOutcomeFigures[];
}
