import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsOptional,
  MaxLength,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsLanguageTag } from '../../core/i18n/languages.js';
import { CreateInput, MutationInput } from '../../core/mutation.js';
import { ConnectionArgs } from '../../core/pagination.js';
import { Challenge } from './challenge.entity.js';

export const CONTRIBUTION_MAX_LENGTH = 1000;

// Length counted after trimming, so that a text of spaces is as empty as no text.
export function TrimmedLength(
  min: number,
  max: number,
  property: string,
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'trimmedLength',
      constraints: [min, max],
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && value.trim().length >= min && value.trim().length <= max,
        defaultMessage: () => `${property} must be between ${min} and ${max} characters`,
      },
    },
    options,
  );
}

export enum ContributionVisibility {
  VISIBLE = 'VISIBLE',
  HIDDEN = 'HIDDEN',
}

registerEnumType(ContributionVisibility, {
  name: 'ContributionVisibility',
  description: 'Whether a facilitator shows or hides a contribution on the board.',
  valuesConfig: {
    VISIBLE: { description: 'Show it on the board.' },
    HIDDEN: { description: 'Hide it from the board (it is kept, and can be shown again).' },
  },
});

@ArgsType()
export class SessionChallengesArgs extends ConnectionArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also list hidden challenges and those merged into another.',
  })
  includeHidden!: boolean;
}

@InputType({ description: 'A challenge raised in a live session.' })
export class CreateChallengeInput extends CreateInput {
  @Field(() => ID, { description: 'The live session it is raised in.' })
  sessionId!: string;

  @Field(() => String, {
    description: `The challenge in the words of its author (1 to ${CONTRIBUTION_MAX_LENGTH} characters).`,
  })
  @TrimmedLength(1, CONTRIBUTION_MAX_LENGTH, 'text')
  text!: string;

  @Field(() => String, { description: 'The language it is written in (BCP 47 tag).' })
  @IsLanguageTag()
  language!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The participant who raised it, checked in to the session; leave out to record it anonymously.',
  })
  @IsOptional()
  authorId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A theme of the same session to put it in.' })
  @IsOptional()
  themeId?: string | null;
}

// The fields of a correction, shared by challenges and ideas.
@InputType()
export abstract class CorrectionFields extends MutationInput {
  @Field(() => String, { description: `The corrected text (1 to ${CONTRIBUTION_MAX_LENGTH} characters).` })
  @TrimmedLength(1, CONTRIBUTION_MAX_LENGTH, 'text')
  text!: string;

  @Field(() => String, { nullable: true, description: 'The language, when it was recorded wrongly.' })
  @IsOptional()
  @IsLanguageTag()
  language?: string | null;
}

// The fields of a translation, shared by challenges and ideas.
@InputType()
export abstract class TranslationFields extends MutationInput {
  @Field(() => String, { description: 'The language of the translation (BCP 47 tag).' })
  @IsLanguageTag()
  language!: string;

  @Field(() => String, { description: 'The translated text; empty to remove the translation.' })
  @MaxLength(CONTRIBUTION_MAX_LENGTH, { message: `text must be at most ${CONTRIBUTION_MAX_LENGTH} characters` })
  text!: string;
}

@InputType({ description: 'A corrected text for a challenge, such as a fixed typo.' })
export class UpdateChallengeInput extends CorrectionFields {
  @Field(() => ID, { description: 'The challenge to correct.' })
  challengeId!: string;
}

@InputType({ description: 'A translation of a contribution into one language; an empty text removes it.' })
export class SetChallengeTranslationInput extends TranslationFields {
  @Field(() => ID, { description: 'The challenge to translate.' })
  challengeId!: string;
}

@InputType({ description: 'Show or hide a challenge on the board.' })
export class SetChallengeStatusInput extends MutationInput {
  @Field(() => ID, { description: 'The challenge to show or hide.' })
  challengeId!: string;

  @Field(() => ContributionVisibility, { description: 'VISIBLE to show it, HIDDEN to hide it.' })
  status!: ContributionVisibility;
}

@InputType({ description: 'Merge challenges that say the same into one.' })
export class MergeChallengesInput extends MutationInput {
  @Field(() => [ID], { description: 'The challenges to merge away; their ideas and dots go to the target.' })
  @ArrayMinSize(1, { message: 'sourceIds must name at least one challenge' })
  @ArrayMaxSize(100, { message: 'sourceIds may name at most 100 challenges' })
  @ArrayUnique({ message: 'sourceIds must not name a challenge twice' })
  sourceIds!: string[];

  @Field(() => ID, { description: 'The challenge that remains.' })
  targetId!: string;
}

@InputType({ description: 'Put a challenge in a theme, or take it out of its theme.' })
export class AssignChallengeThemeInput extends MutationInput {
  @Field(() => ID, { description: 'The challenge to put in a theme or take out of one.' })
  challengeId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A theme of the same session; null to leave the challenge unthemed.',
  })
  @IsOptional()
  themeId?: string | null;
}

@ObjectType({ description: 'The outcome of a change to a challenge.' })
export class ChallengePayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Challenge, { description: 'The challenge after the change (for a merge: the target).' })
  challenge!: Challenge;
}
