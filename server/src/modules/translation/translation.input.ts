import { ArrayMaxSize, IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field, GraphQLISODateTime, ID, InputType, ObjectType } from 'type-graphql';
import { MutationInput } from '../../core/mutation.js';
import { ConnectionArgs } from '../../core/pagination.js';
import { IsLanguageTag } from '../../core/i18n/languages.js';
import { TranslatableField } from './translatable.js';
import { TranslatedText } from './translated-text.js';
import { TRANSLATION_MAX_LENGTH } from './translation.service.js';

@InputType()
abstract class TextFields extends MutationInput {
  @Field(() => TranslatableField, { description: 'Which text of the record.' })
  field!: TranslatableField;

  @Field(() => ID, { description: 'The record the text belongs to (a challenge, a session, a strategy, …).' })
  recordId!: string;
}

@InputType({ description: "A person's translation of a text into one language; an empty text removes it." })
export class TranslateTextInput extends TextFields {
  @Field(() => String, { description: 'The language of the translation (BCP 47 tag).' })
  @IsLanguageTag()
  language!: string;

  @Field(() => String, {
    description: `The translated text (at most ${TRANSLATION_MAX_LENGTH} characters); empty to remove the translation.`,
  })
  @MaxLength(TRANSLATION_MAX_LENGTH, { message: `text must be at most ${TRANSLATION_MAX_LENGTH} characters` })
  text!: string;
}

@InputType({ description: 'Keep a machine draft as it is: it stops being a draft.' })
export class ApproveTranslationInput extends TextFields {
  @Field(() => String, { description: 'The language of the machine draft to approve (BCP 47 tag).' })
  @IsLanguageTag()
  language!: string;
}

@InputType({ description: 'Ask the machine-translation service for drafts of a text.' })
export class DraftMachineTranslationsInput extends TextFields {
  @Field(() => [String], {
    nullable: true,
    description:
      "The languages to draft (BCP 47 tags); by default every language of the text's session that no person has translated it into yet.",
  })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'languages may name at most 20 languages' })
  @IsLanguageTag('languages', { each: true })
  languages?: string[] | null;
}

@ObjectType({ description: 'The outcome of a change to the translations of a text.' })
export class TranslatedTextPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => TranslatedText, { description: 'The text with its translations after the change.' })
  text!: TranslatedText;
}

@ArgsType()
export class TranslationQueueArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The project whose texts to list.' })
  projectId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Only texts that still wait for a translation into this language (BCP 47 tag).',
  })
  @IsOptional()
  @IsLanguageTag()
  language?: string | null;
}

@ObjectType({ description: 'A text that waits for a translation into one or more languages of its session.' })
export class TranslationTask {
  @Field(() => ID, { description: 'The id of the text (as `TranslatedText.id`).' })
  id!: string;

  @Field(() => TranslatedText, { description: 'The text, its original and the translations it has.' })
  text!: TranslatedText;

  @Field(() => [String], {
    description: "The languages of its session it has no person's translation into yet (machine drafts still wait).",
  })
  missingLanguages!: string[];

  @Field(() => GraphQLISODateTime, { description: 'When the text was written.' })
  createdAt!: Date;

  sessionId!: string | null;
}
