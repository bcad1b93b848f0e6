import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';
import { TranslationOrigin } from './translation.entity.js';
import { TranslatableField } from './translatable.js';

// The one way the API shows a text that can be read in other languages than it was written in (as Decidim's
// TranslatedField): the original and its language, every translation, and `forReader`, which picks what one reader
// reads. Contributions and the texts staff write alike.

@ObjectType({ description: 'A translation of a text into one language.' })
export class Translation {
  @Field(() => String, { description: 'BCP 47 language tag, such as `nl`, `en` or `ar`.' })
  language!: string;

  @Field(() => String, { description: 'The text in that language.' })
  text!: string;

  @Field(() => TranslationOrigin, { description: 'Whether a person wrote it or the machine-translation service.' })
  origin!: TranslationOrigin;

  @Field(() => Boolean, {
    description: 'True for a machine translation that no person has approved yet: show it as a machine draft.',
  })
  machineDraft!: boolean;

  @Field(() => GraphQLISODateTime, { description: 'When it was last written, corrected or approved.' })
  updatedAt!: Date;
}

@ObjectType({ description: 'What one reader reads of a translated text: in their language if it has been translated.' })
export class ReaderText {
  @Field(() => String, {
    description: "The text in the reader's language, or the original when there is no translation.",
  })
  text!: string;

  @Field(() => String, { description: 'The language of `text` (BCP 47 tag).' })
  language!: string;

  @Field(() => Boolean, { description: 'True when `text` is the original, as it was written.' })
  isOriginal!: boolean;

  @Field(() => Boolean, { description: 'True when `text` is a machine translation that no person has approved yet.' })
  machineDraft!: boolean;
}

@ObjectType({
  description:
    'A text in the language it was written in, with its translations. `forReader` gives what one reader reads; the original stays one tap away.',
})
export class TranslatedText {
  @Field(() => ID, { description: 'Which text of which record this is (the field and the record id).' })
  id!: string;

  @Field(() => TranslatableField, { description: 'Which kind of text this is.' })
  field!: TranslatableField;

  @Field(() => ID, { description: 'The record the text belongs to (a challenge, a session, a strategy, …).' })
  recordId!: string;

  @Field(() => String, { description: 'The text as it was written.' })
  original!: string;

  @Field(() => String, { description: 'The language it was written in (BCP 47 tag).' })
  language!: string;

  // Where it lives: the languages of its session are the ones it should be read in.
  sessionId!: string | null;
}

export const textId = (field: TranslatableField, recordId: string): string => `${field}:${recordId}`;

export function translatedText(
  field: TranslatableField,
  record: { id: string },
  original: string,
  language: string,
  sessionId: string | null,
): TranslatedText {
  return Object.assign(new TranslatedText(), {
    id: textId(field, record.id),
    field,
    recordId: record.id,
    original,
    language,
    sessionId,
  });
}
