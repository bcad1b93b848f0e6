import { IsBoolean } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { MutationInput } from '../../core/mutation.js';
import { MyOutcomes } from './outcome.types.js';

@InputType({ description: "Open or close a project's outcome pages to anyone, without signing in." })
export class SetOutcomesPublicInput extends MutationInput {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => Boolean, {
    description: 'True: anyone may read /outcomes/<projectId>. False: only its participants and staff see outcomes.',
  })
  @IsBoolean()
  outcomesPublic!: boolean;
}

@InputType({ description: 'The participant has looked at what came of their sessions.' })
export class MarkOutcomesSeenInput extends MutationInput {
  @Field(() => ID, { description: "The participant's project." })
  projectId!: string;
}

@ObjectType({ description: 'What came of the sessions, after the participant looked at it.' })
export class MarkOutcomesSeenPayload {
  @Field(() => ID, { nullable: true, description: 'The clientMutationId of the request, if it had one.' })
  clientMutationId!: string | null;

  @Field(() => MyOutcomes, { description: 'What came of the sessions; nothing counts as changed any more.' })
  outcomes!: MyOutcomes;
}
