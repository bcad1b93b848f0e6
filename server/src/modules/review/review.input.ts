import {
  IsDateString,
  IsIn,
  IsInt,
  IsOptional,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CreateInput, MutationInput } from '../../core/mutation.js';
import { ConnectionArgs } from '../../core/pagination.js';
import { IsLanguageTag } from '../../core/i18n/languages.js';
import { TrimmedLength } from '../challenge/challenge.input.js';
import { Strategy } from '../strategy/strategy.entity.js';
import { MunicipalityResponse, ResponseDecision } from './municipality-response.entity.js';
import { ProgressStatus, StrategyUpdate } from './strategy-update.entity.js';

// One source for the limits, shown to the web through the descriptions below.
export const REASON_MIN = 10;
export const REASON_MAX = 5000;
export const RESPONSIBLE_MAX = 300;
export const UPDATE_TEXT_MIN = 3;
export const UPDATE_TEXT_MAX = 1000;
export const LINK_MAX = 2000;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const PLANNED_FOR_MESSAGE = 'plannedFor must be a date (YYYY-MM-DD)';
const LINK_MESSAGE = 'link must be a web address that starts with http:// or https://';

@InputType({ description: "The municipality's answer to a submitted strategy." })
export class RespondToStrategyInput extends CreateInput {
  @Field(() => ID, { description: 'The submitted strategy to answer.' })
  strategyId!: string;

  @Field(() => ResponseDecision, { description: 'What the municipality decided.' })
  decision!: ResponseDecision;

  @Field(() => String, {
    nullable: true,
    description: `Why, in plain words the participants understand (${REASON_MIN} to ${REASON_MAX.toLocaleString('en')} characters); required unless the decision is ADOPTED.`,
  })
  @IsOptional()
  @MaxLength(REASON_MAX, { message: `reason can be at most ${REASON_MAX} characters` })
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `The department or partner that carries it out (up to ${RESPONSIBLE_MAX} characters).`,
  })
  @IsOptional()
  @MaxLength(RESPONSIBLE_MAX, { message: `responsible can be at most ${RESPONSIBLE_MAX} characters` })
  responsible?: string | null;

  @Field(() => String, { nullable: true, description: 'When it is planned to be done (YYYY-MM-DD).' })
  @IsOptional()
  @Matches(DATE_ONLY, { message: PLANNED_FOR_MESSAGE })
  @IsDateString({ strict: true }, { message: PLANNED_FOR_MESSAGE })
  plannedFor?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The language the reason is written in (BCP 47 tag); the session's first language when left out.",
  })
  @IsOptional()
  @IsLanguageTag()
  language?: string | null;
}

@InputType({
  description:
    'A change to an answer, such as a strategy under study that is now adopted. A field left out stays as it is; an explicit null removes an optional one.',
})
export class UpdateStrategyResponseInput extends MutationInput {
  @Field(() => ID, { description: 'The answer to change.' })
  responseId!: string;

  @Field(() => ResponseDecision, {
    nullable: true,
    description: 'The new decision; a decided strategy cannot go back to UNDER_STUDY.',
  })
  @IsOptional()
  decision?: ResponseDecision | null;

  @Field(() => String, {
    nullable: true,
    description: `The new reason (${REASON_MIN} to ${REASON_MAX.toLocaleString('en')} characters); null removes it, which only an ADOPTED answer may.`,
  })
  @IsOptional()
  @MaxLength(REASON_MAX, { message: `reason can be at most ${REASON_MAX} characters` })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'The department or partner that carries it out.' })
  @IsOptional()
  @MaxLength(RESPONSIBLE_MAX, { message: `responsible can be at most ${RESPONSIBLE_MAX} characters` })
  responsible?: string | null;

  @Field(() => String, { nullable: true, description: 'When it is planned to be done (YYYY-MM-DD).' })
  @IsOptional()
  @Matches(DATE_ONLY, { message: PLANNED_FOR_MESSAGE })
  @IsDateString({ strict: true }, { message: PLANNED_FOR_MESSAGE })
  plannedFor?: string | null;

  @Field(() => String, { nullable: true, description: 'The language the reason is written in (BCP 47 tag).' })
  @IsOptional()
  @IsLanguageTag()
  language?: string | null;
}

@ObjectType({ description: "The outcome of giving or changing the municipality's answer." })
export class MunicipalityResponsePayload {
  @Field(() => ID, { nullable: true, description: 'The clientMutationId of the request, if it had one.' })
  clientMutationId!: string | null;

  @Field(() => MunicipalityResponse, { description: 'The answer as it is now.' })
  response!: MunicipalityResponse;
}

// Only the web's own protocols: a link is shown to everyone, so `javascript:` or `data:` must never get in.
const IsWebLink = (): PropertyDecorator =>
  IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_valid_protocol: true, require_tld: false },
    { message: LINK_MESSAGE },
  );

@InputType({ description: "A new step on a strategy's timeline." })
export class AddStrategyUpdateInput extends CreateInput {
  @Field(() => ID, { description: 'The answered strategy the update is about.' })
  strategyId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "One of the strategy's actions, when the update is about that action only; it sets the action's status.",
  })
  @IsOptional()
  actionId?: string | null;

  @Field(() => ProgressStatus, { description: 'Planned, in progress, done or dropped.' })
  status!: ProgressStatus;

  @Field(() => String, {
    description: `What happened or happens next (${UPDATE_TEXT_MIN} to ${UPDATE_TEXT_MAX.toLocaleString('en')} characters).`,
  })
  @TrimmedLength(UPDATE_TEXT_MIN, UPDATE_TEXT_MAX, 'text')
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: `A web page with more, starting with http:// or https:// (up to ${LINK_MAX} characters).`,
  })
  @IsOptional()
  @MaxLength(LINK_MAX, { message: `link can be at most ${LINK_MAX} characters` })
  @IsWebLink()
  link?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The language the text is written in (BCP 47 tag); the session's first language when left out.",
  })
  @IsOptional()
  @IsLanguageTag()
  language?: string | null;
}

@InputType({
  description:
    'A correction of an update (a typo, a wrong link, the wrong status). A field left out stays as it is; the audit log keeps what it said before.',
})
export class CorrectStrategyUpdateInput extends MutationInput {
  @Field(() => ID, { description: 'The update to correct.' })
  updateId!: string;

  @Field(() => ProgressStatus, { nullable: true, description: 'The right status.' })
  @IsOptional()
  status?: ProgressStatus | null;

  @Field(() => String, {
    nullable: true,
    description: `The right text (${UPDATE_TEXT_MIN} to ${UPDATE_TEXT_MAX.toLocaleString('en')} characters).`,
  })
  @IsOptional()
  @TrimmedLength(UPDATE_TEXT_MIN, UPDATE_TEXT_MAX, 'text')
  text?: string | null;

  @Field(() => String, { nullable: true, description: 'The right link; null removes it.' })
  @IsOptional()
  @MaxLength(LINK_MAX, { message: `link can be at most ${LINK_MAX} characters` })
  @IsWebLink()
  link?: string | null;
}

@InputType({ description: 'Take an update off the timeline, such as one posted on the wrong strategy.' })
export class RemoveStrategyUpdateInput extends MutationInput {
  @Field(() => ID, { description: 'The update to remove.' })
  updateId!: string;
}

@ObjectType({ description: "The outcome of a change to a strategy's timeline." })
export class StrategyUpdatePayload {
  @Field(() => ID, { nullable: true, description: 'The clientMutationId of the request, if it had one.' })
  clientMutationId!: string | null;

  @Field(() => StrategyUpdate, { description: 'The update as it is now.' })
  update!: StrategyUpdate;
}

@ObjectType({ description: 'The outcome of taking an update off a timeline.' })
export class RemoveStrategyUpdatePayload {
  @Field(() => ID, { nullable: true, description: 'The clientMutationId of the request, if it had one.' })
  clientMutationId!: string | null;

  @Field(() => ID, { description: 'The id of the update that was removed.' })
  removedUpdateId!: string;

  @Field(() => Strategy, { description: 'The strategy, without the update.' })
  strategy!: Strategy;
}

// --- The reviewer's inbox ---------------------------------------------------------------------------------------

export enum InboxOrder {
  OLDEST_FIRST = 'OLDEST_FIRST',
  NEWEST_FIRST = 'NEWEST_FIRST',
}

registerEnumType(InboxOrder, {
  name: 'InboxOrder',
  description: 'The order of the strategies in the inbox, by when they were submitted.',
  valuesConfig: {
    OLDEST_FIRST: { description: 'What has waited longest comes first.' },
    NEWEST_FIRST: { description: 'What came in last comes first.' },
  },
});

export enum InboxState {
  WAITING = 'WAITING',
  DECIDED = 'DECIDED',
}

registerEnumType(InboxState, {
  name: 'InboxState',
  description: 'Whether a submitted strategy still waits for a decision.',
  valuesConfig: {
    WAITING: { description: 'Not answered yet, or answered UNDER_STUDY: still waiting for a decision.' },
    DECIDED: { description: 'Adopted, partly adopted or declined.' },
  },
});

export const MAX_AGE_DAYS = 3650;

@InputType({ description: 'Which submitted strategies the inbox lists; every filter left out lists all.' })
export class StrategyInboxFilter {
  @Field(() => ID, { nullable: true, description: 'Only the strategies of this project.' })
  @IsOptional()
  projectId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only the strategies of this session.' })
  @IsOptional()
  sessionId?: string | null;

  @Field(() => InboxState, {
    nullable: true,
    description: 'Only those still waiting for a decision, or only the decided.',
  })
  @IsOptional()
  @IsIn(Object.values(InboxState))
  state?: InboxState | null;

  @Field(() => [ResponseDecision], {
    nullable: true,
    description: 'Only those answered with one of these decisions (UNDER_STUDY for those being studied).',
  })
  @IsOptional()
  decisions?: ResponseDecision[] | null;

  @Field(() => Int, {
    nullable: true,
    description: `Only those submitted at least this many days ago (0 to ${MAX_AGE_DAYS}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AGE_DAYS)
  minDaysOld?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Only those submitted at most this many days ago (0 to ${MAX_AGE_DAYS}).`,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AGE_DAYS)
  maxDaysOld?: number | null;
}

@ArgsType()
export class StrategyInboxArgs extends ConnectionArgs {
  @Field(() => StrategyInboxFilter, { nullable: true, description: 'Which strategies to list.' })
  @IsOptional()
  @ValidateNested()
  filter?: StrategyInboxFilter | null;

  @Field(() => InboxOrder, { defaultValue: InboxOrder.OLDEST_FIRST, description: 'Oldest or newest first.' })
  order!: InboxOrder;
}
