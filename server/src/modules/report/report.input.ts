import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationInput } from '../../core/mutation.js';
import { Strategy } from '../strategy/strategy.entity.js';

@InputType({ description: 'The closed session whose draft strategies go to the municipality together.' })
export class SubmitSessionStrategiesInput extends MutationInput {
  @Field(() => ID, { description: 'The closed session.' })
  sessionId!: string;
}

@ObjectType({ description: 'The outcome of submitting the strategies of a closed session.' })
export class SubmitSessionStrategiesPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id sent with the request, if any.' })
  clientMutationId!: string | null;

  @Field(() => [Strategy], {
    description:
      'The strategies of the session that are now with the municipality (submitted or answered), oldest first.',
  })
  strategies!: Strategy[];
}
