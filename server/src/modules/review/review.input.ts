import { IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { CreateInput, MutationInput } from '../../core/mutation.js';
import { MunicipalityResponse, ResponseDecision } from './municipality-response.entity.js';

@InputType({ description: "The municipality's answer to a submitted strategy." })
export class RespondToStrategyInput extends CreateInput {
  @Field(() => ID, { description: 'The submitted strategy to answer.' })
  strategyId!: string;

  @Field(() => ResponseDecision, { description: 'What the municipality decided.' })
  decision!: ResponseDecision;

  @Field(() => String, { description: 'Why, in plain words the participants understand (10 to 5,000 characters).' })
  @Length(10, 5000, { message: 'reason must be between 10 and 5000 characters' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'What happens next, and when (up to 5,000 characters).' })
  @IsOptional()
  @MaxLength(5000, { message: 'followUp can be at most 5000 characters' })
  followUp?: string | null;
}

@InputType({ description: 'A change to an answer, such as a strategy under study that is now adopted.' })
export class UpdateStrategyResponseInput extends MutationInput {
  @Field(() => ID, { description: 'The answer to change.' })
  responseId!: string;

  @Field(() => ResponseDecision, { nullable: true, description: 'The new decision.' })
  @IsOptional()
  decision?: ResponseDecision | null;

  @Field(() => String, { nullable: true, description: 'The new reason (10 to 5,000 characters).' })
  @IsOptional()
  @Length(10, 5000, { message: 'reason must be between 10 and 5000 characters' })
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What happens next, and when; an explicit null removes it, leaving it out keeps it.',
  })
  @IsOptional()
  @MaxLength(5000, { message: 'followUp can be at most 5000 characters' })
  followUp?: string | null;
}

@ObjectType({ description: "The outcome of giving or changing the municipality's answer." })
export class MunicipalityResponsePayload {
  @Field(() => ID, { nullable: true, description: 'The clientMutationId of the request, if it had one.' })
  clientMutationId!: string | null;

  @Field(() => MunicipalityResponse, { description: 'The answer as it is now.' })
  response!: MunicipalityResponse;
}
