import { Field, ObjectType } from 'type-graphql';

// A contribution is kept in the language it was written in; translations sit beside it.
export type Translations = Record<string, string>;

@ObjectType('PublicTranslation', {
  description:
    'A text in one language, as the public outcome pages and a participant show it: a translation a person wrote or approved.',
})
export class Translation {
  @Field(() => String, { description: 'BCP 47 language tag, such as `nl`, `en` or `ar`.' })
  language!: string;

  @Field(() => String)
  text!: string;
}

export const translationList = (translations: Translations): Translation[] =>
  Object.entries(translations)
    .toSorted(([a], [b]) => a.localeCompare(b))
    .map(([language, text]) => ({ language, text }));
