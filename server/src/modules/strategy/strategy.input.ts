import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CreateInput, MutationInput } from '../../core/mutation.js';
import { Strategy, StrategyAction } from './strategy.entity.js';

export const MAX_IDEAS_PER_STRATEGY = 50;
export const MAX_ACTIONS_PER_STRATEGY = 30;

@InputType({ description: 'A new strategy: an action plan drafted from the ideas of one session.' })
export class CreateStrategyInput extends CreateInput {
  @Field(() => ID, { description: 'The live or closed session the strategy comes from.' })
  sessionId!: string;

  @Field(() => String, { description: 'A short name for the plan (3 to 200 characters).' })
  @Length(3, 200, { message: 'title must be between 3 and 200 characters' })
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What the strategy wants to change, and why (up to 5,000 characters).',
  })
  @IsOptional()
  @MaxLength(5000, { message: 'description can be at most 5000 characters' })
  description?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The ideas the strategy builds on: of any session of its project, not only this one.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_IDEAS_PER_STRATEGY, {
    message: `a strategy can build on at most ${MAX_IDEAS_PER_STRATEGY} ideas`,
  })
  ideaIds?: string[] | null;
}

@InputType({ description: "Changes to a draft strategy's title, description or ideas." })
export class UpdateStrategyInput extends MutationInput {
  @Field(() => ID, { description: 'The draft strategy to change.' })
  strategyId!: string;

  @Field(() => String, { nullable: true, description: 'A new title (3 to 200 characters).' })
  @IsOptional()
  @Length(3, 200, { message: 'title must be between 3 and 200 characters' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'A new description (up to 5,000 characters).' })
  @IsOptional()
  @MaxLength(5000, { message: 'description can be at most 5000 characters' })
  description?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: 'The complete new list of ideas the strategy builds on; an empty list removes them all.',
  })
  @IsOptional()
  @ArrayMaxSize(MAX_IDEAS_PER_STRATEGY, {
    message: `a strategy can build on at most ${MAX_IDEAS_PER_STRATEGY} ideas`,
  })
  ideaIds?: string[] | null;
}

@InputType({ description: 'A new action at the end of a draft strategy: what, who, when, with which resources.' })
export class AddStrategyActionInput extends CreateInput {
  @Field(() => ID, { description: 'The draft strategy the action belongs to.' })
  strategyId!: string;

  @Field(() => String, { description: 'What will be done (3 to 2,000 characters).' })
  @Length(3, 2000, { message: 'what must be between 3 and 2000 characters' })
  what!: string;

  @Field(() => String, { description: 'Who does it: a service, an organisation, a group of residents.' })
  @Length(2, 300, { message: 'who must be between 2 and 300 characters' })
  who!: string;

  @Field(() => String, { description: 'When, in words ("before the summer") or as a date.' })
  @Length(2, 200, { message: 'due must be between 2 and 200 characters' })
  due!: string;

  @Field(() => String, { nullable: true, description: 'Money, people, rooms or materials it needs.' })
  @IsOptional()
  @MaxLength(2000, { message: 'resources can be at most 2000 characters' })
  resources?: string | null;
}

@InputType({ description: 'Changes to one action of a draft strategy; fields left out stay as they are.' })
export class UpdateStrategyActionInput extends MutationInput {
  @Field(() => ID, { description: 'The action to change.' })
  actionId!: string;

  @Field(() => String, { nullable: true, description: 'What will be done (3 to 2,000 characters).' })
  @IsOptional()
  @Length(3, 2000, { message: 'what must be between 3 and 2000 characters' })
  what?: string | null;

  @Field(() => String, { nullable: true, description: 'Who does it.' })
  @IsOptional()
  @Length(2, 300, { message: 'who must be between 2 and 300 characters' })
  who?: string | null;

  @Field(() => String, { nullable: true, description: 'When, in words or as a date.' })
  @IsOptional()
  @Length(2, 200, { message: 'due must be between 2 and 200 characters' })
  due?: string | null;

  @Field(() => String, { nullable: true, description: 'Money, people, rooms or materials it needs.' })
  @IsOptional()
  @MaxLength(2000, { message: 'resources can be at most 2000 characters' })
  resources?: string | null;
}

@InputType({ description: 'Takes one action off a draft strategy; the others close up.' })
export class RemoveStrategyActionInput extends MutationInput {
  @Field(() => ID, { description: 'The action to remove.' })
  actionId!: string;
}

@InputType({ description: 'A new order for all actions of a draft strategy.' })
export class ReorderStrategyActionsInput extends MutationInput {
  @Field(() => ID, { description: 'The draft strategy whose actions are put in a new order.' })
  strategyId!: string;

  @Field(() => [ID], { description: 'Every action of the strategy, each once, in the new order.' })
  @ArrayMinSize(1, { message: 'actionIds must list the actions of the strategy' })
  @ArrayMaxSize(MAX_ACTIONS_PER_STRATEGY, {
    message: `a strategy has at most ${MAX_ACTIONS_PER_STRATEGY} actions`,
  })
  @IsUUID('all', { each: true, message: 'every action id must be a UUID' })
  actionIds!: string[];
}

@InputType({ description: 'Submits a draft strategy to the municipality.' })
export class SubmitStrategyInput extends MutationInput {
  @Field(() => ID, { description: 'The draft strategy to submit.' })
  strategyId!: string;
}

@ObjectType({ description: 'The outcome of a change to a strategy.' })
export class StrategyPayload {
  @Field(() => ID, { nullable: true, description: 'The clientMutationId of the request, if it had one.' })
  clientMutationId!: string | null;

  @Field(() => Strategy, { description: 'The strategy as it is now.' })
  strategy!: Strategy;
}

@ObjectType({ description: 'The outcome of adding or changing an action of a strategy.' })
export class StrategyActionPayload {
  @Field(() => ID, { nullable: true, description: 'The clientMutationId of the request, if it had one.' })
  clientMutationId!: string | null;

  @Field(() => StrategyAction, { description: 'The action as it is now.' })
  action!: StrategyAction;
}
