import { IsOptional } from 'class-validator';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsLanguageTag } from '../../core/i18n/languages.js';
import { CreateInput, MutationInput } from '../../core/mutation.js';
import { ConnectionArgs } from '../../core/pagination.js';
import {
  CONTRIBUTION_MAX_LENGTH,
  ContributionVisibility,
  CorrectionFields,
  TrimmedLength,
  TranslationFields,
} from '../challenge/challenge.input.js';
import { Idea } from './idea.entity.js';

@ArgsType()
export class ChallengeIdeasArgs extends ConnectionArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Also list the ideas a facilitator has hidden.' })
  includeHidden!: boolean;
}

@InputType({ description: 'An idea that answers a challenge of a live session.' })
export class CreateIdeaInput extends CreateInput {
  @Field(() => ID, { description: 'The visible challenge it answers.' })
  challengeId!: string;

  @Field(() => String, {
    description: `The idea in the words of its author (1 to ${CONTRIBUTION_MAX_LENGTH} characters).`,
  })
  @TrimmedLength(1, CONTRIBUTION_MAX_LENGTH, 'text')
  text!: string;

  @Field(() => String, { description: 'The language it is written in (BCP 47 tag).' })
  @IsLanguageTag()
  language!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The participant who proposed it, checked in to the session; leave out to record it anonymously.',
  })
  @IsOptional()
  authorId?: string | null;
}

@InputType({ description: 'A corrected text for an idea, such as a fixed typo.' })
export class UpdateIdeaInput extends CorrectionFields {
  @Field(() => ID, { description: 'The idea to correct.' })
  ideaId!: string;
}

@InputType({ description: 'A translation of an idea into one language; an empty text removes it.' })
export class SetIdeaTranslationInput extends TranslationFields {
  @Field(() => ID, { description: 'The idea to translate.' })
  ideaId!: string;
}

@InputType({ description: 'Show or hide an idea on the board.' })
export class SetIdeaStatusInput extends MutationInput {
  @Field(() => ID, { description: 'The idea to show or hide.' })
  ideaId!: string;

  @Field(() => ContributionVisibility, { description: 'VISIBLE to show it, HIDDEN to hide it.' })
  status!: ContributionVisibility;
}

@ObjectType({ description: 'The outcome of a change to an idea.' })
export class IdeaPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Idea, { description: 'The idea after the change.' })
  idea!: Idea;
}
