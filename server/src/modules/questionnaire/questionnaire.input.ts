import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';
import { MutationInput } from '../../core/mutation.js';
import { IsLanguageTag } from '../../core/i18n/languages.js';
import { ITEM_CODE_MAX, QuestionnaireAnswer } from './questionnaire.entity.js';
import { CompetenceDimension, QuestionnaireKind, QuestionnaireWave } from './questionnaire.types.js';

export const ANSWERS_MAX = 60;
export const ITEM_TEXT_MAX = 300;
export const ITEM_LANGUAGES_MAX = 20;
// Project items: a letter, then letters, digits or underscores; upper case.
export const ITEM_CODE = /^[A-Za-z][A-Za-z0-9_]{0,15}$/;
const ITEM_CODE_MESSAGE = `code must be a letter followed by up to ${ITEM_CODE_MAX - 1} letters, digits or underscores, such as "P1" or "SAFE2"`;

// ---------------------------------------------------------------------------------------------------------------
// What is read.

// A project's items keep their statement in each language its planners wrote (no translator's queue, no machine
// draft: an item is asked in words its planners chose), so they have their own small text type beside the one
// translatable-text mechanism (modules/translation).
@ObjectType({ description: 'A questionnaire statement in one language, as its planners wrote it.' })
export class QuestionnaireText {
  @Field(() => String, { description: 'BCP 47 language tag, such as `nl`, `en` or `ar`.' })
  language!: string;

  @Field(() => String, { description: 'The statement in that language.' })
  text!: string;
}

// Every language of a statement, sorted by tag.
export const questionnaireTexts = (texts: Readonly<Record<string, string>>): QuestionnaireText[] =>
  Object.entries(texts)
    .toSorted(([a], [b]) => a.localeCompare(b))
    .map(([language, text]) => ({ language, text }));

@ObjectType({
  description:
    'One statement of a questionnaire, rated on the 5-point agreement scale: shipped with the product (fixed) or added by the project.',
})
export class QuestionnaireItem {
  @Field(() => ID, { description: 'For a shipped item its code; for a project’s own item a UUID.' })
  id!: string;

  @Field(() => String, {
    description: 'The stable id of the item (`SE1`, `EV2`, or the project’s own `P1`): answers and exports use it.',
  })
  code!: string;

  @Field(() => QuestionnaireKind, { description: 'The questionnaire the item belongs to.' })
  questionnaire!: QuestionnaireKind;

  @Field(() => CompetenceDimension, {
    nullable: true,
    description: 'The competence it measures; null for evaluation items and project items outside the dimensions.',
  })
  dimension!: CompetenceDimension | null;

  @Field(() => Boolean, {
    description: 'Shipped with the product: its id, meaning and texts cannot be changed by a project.',
  })
  shipped!: boolean;

  @Field(() => Int, { description: 'Order in the questionnaire, from 0: shipped items first, then the project’s.' })
  position!: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When a project item was retired: no longer asked, its answers kept. Null while it is asked.',
  })
  retiredAt!: Date | null;

  // The statement per language; read through `text` and `translations`.
  texts!: Record<string, string>;
}

@ObjectType({ description: 'One point of the agreement scale, with its label in the reader’s language.' })
export class ScalePoint {
  @Field(() => Int, { description: 'The value stored for it: 1 (totally disagree) to 5 (totally agree).' })
  value!: number;

  @Field(() => String, { description: 'What the point says.' })
  label!: string;
}

@ObjectType({ description: 'The answer choices of every item, in one language.' })
export class AnswerScale {
  @Field(() => String, { description: 'The language of the labels (BCP 47 tag).' })
  language!: string;

  @Field(() => [ScalePoint], { description: 'The five points, 1 to 5.' })
  points!: ScalePoint[];

  @Field(() => String, {
    description: 'The label of "don’t know / rather not say": a choice that is not a point of the scale.',
  })
  dontKnow!: string;
}

@ObjectType({
  description:
    'A questionnaire as a session’s phones open it: its items in order and the scale. Answers are given per item.',
})
export class Questionnaire {
  @Field(() => ID, { description: 'The session and wave, as one id.' })
  id!: string;

  @Field(() => QuestionnaireWave, { description: 'When it is taken.' })
  wave!: QuestionnaireWave;

  @Field(() => QuestionnaireKind, { description: 'Which questionnaire it is.' })
  kind!: QuestionnaireKind;

  @Field(() => String, { description: 'The version of the shipped instrument, such as "2026-1".' })
  instrumentVersion!: string;

  @Field(() => Boolean, {
    description:
      'Whether participants can answer it on their phone in this session: its agenda has a QUESTIONNAIRE phase for this wave.',
  })
  open!: boolean;

  @Field(() => [QuestionnaireItem], { description: 'The items asked, in order (retired project items left out).' })
  items!: QuestionnaireItem[];

  sessionId!: string;
  projectId!: string;
}

@ObjectType({
  description:
    'How many of the people checked in at a session have answered one questionnaire: counts only, never who or what.',
})
export class QuestionnaireResponses {
  @Field(() => ID, { description: 'The session and wave, as one id.' })
  id!: string;

  @Field(() => QuestionnaireWave, { description: 'The questionnaire.' })
  wave!: QuestionnaireWave;

  @Field(() => Int, { description: 'How many items it asks.' })
  itemCount!: number;

  @Field(() => Int, { description: 'Participants checked in at the session.' })
  present!: number;

  @Field(() => Int, {
    description: 'Of those, how many agreed to research: only they can answer (answers are research data).',
  })
  consented!: number;

  @Field(() => Int, {
    description:
      'Of those, how many answered at least one item (for PRE and POST: in this session or an earlier one; skipped items do not count).',
  })
  started!: number;

  @Field(() => Int, { description: 'Of those, how many answered every item (a "don’t know" is an answer).' })
  completed!: number;
}

// ---------------------------------------------------------------------------------------------------------------
// What is sent.

@InputType({ description: 'The answer to one item. Leave out both `value` and `dontKnow` to take an answer back.' })
export class ItemAnswerInput {
  @Field(() => String, { description: 'The stable id of the item, such as `SE1`.' })
  itemCode!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The point of the agreement scale: 1 (totally disagree) to 5 (totally agree).',
  })
  value?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True for "don’t know / rather not say" (then without a value).',
  })
  dontKnow?: boolean | null;
}

@InputType({ description: 'A participant’s answers to some items of a questionnaire, given on their phone.' })
export class AnswerQuestionnaireInput extends MutationInput {
  @Field(() => ID, { description: 'The participant answering: participants give their own id.' })
  participantId!: string;

  @Field(() => ID, { description: 'The session in which the questionnaire is open.' })
  sessionId!: string;

  @Field(() => QuestionnaireWave, { description: 'Which questionnaire.' })
  wave!: QuestionnaireWave;

  @Field(() => [ItemAnswerInput], {
    description: `The answers, one per item (1 to ${ANSWERS_MAX}); items left out keep their answer.`,
  })
  @ArrayMinSize(1, { message: 'send at least one answer' })
  @ArrayMaxSize(ANSWERS_MAX, { message: `send at most ${ANSWERS_MAX} answers at a time` })
  answers!: ItemAnswerInput[];
}

@InputType({
  description: 'Answers a participant gave on paper, entered by a facilitator on their behalf and recorded as such.',
})
export class RecordPaperAnswersInput extends MutationInput {
  @Field(() => ID, { description: 'The participant who filled in the paper form.' })
  participantId!: string;

  @Field(() => ID, { description: 'The session at which the form was filled in (for SESSION_END: the one evaluated).' })
  sessionId!: string;

  @Field(() => QuestionnaireWave, { description: 'Which questionnaire the form was.' })
  wave!: QuestionnaireWave;

  @Field(() => [ItemAnswerInput], { description: `The answers on the form (1 to ${ANSWERS_MAX}).` })
  @ArrayMinSize(1, { message: 'send at least one answer' })
  @ArrayMaxSize(ANSWERS_MAX, { message: `send at most ${ANSWERS_MAX} answers at a time` })
  answers!: ItemAnswerInput[];
}

@InputType({ description: 'The statement of an item in one language.' })
export class ItemTextInput {
  @Field(() => String, { description: 'BCP 47 tag, such as `nl` or `ar`.' })
  @IsLanguageTag()
  language!: string;

  @Field(() => String, { description: `The statement (1 to ${ITEM_TEXT_MAX} characters), in plain language.` })
  text!: string;
}

@InputType({ description: 'An item a project adds to one of its questionnaires, after the shipped ones.' })
export class AddQuestionnaireItemInput extends MutationInput {
  @Field(() => ID, { description: 'The project.' })
  projectId!: string;

  @Field(() => QuestionnaireKind, { description: 'The questionnaire it is added to.' })
  questionnaire!: QuestionnaireKind;

  @Field(() => CompetenceDimension, {
    nullable: true,
    description: 'The competence it measures, if one of the five; only for the competence questionnaire.',
  })
  @IsOptional()
  dimension?: CompetenceDimension | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Its stable id, unique in the project and not one of the shipped ones (`P1`, `SAFE2`); the next free `P<n>` when left out.',
  })
  @IsOptional()
  @Matches(ITEM_CODE, { message: ITEM_CODE_MESSAGE })
  code?: string | null;

  @Field(() => [ItemTextInput], { description: 'The statement in one or more languages.' })
  @ArrayMinSize(1, { message: 'an item needs its statement in at least one language' })
  @ArrayMaxSize(ITEM_LANGUAGES_MAX, { message: `an item can have at most ${ITEM_LANGUAGES_MAX} languages` })
  texts!: ItemTextInput[];
}

@InputType({
  description:
    'Texts of a project item: languages can always be added; a text already given can be changed only until the item is first answered.',
})
export class UpdateQuestionnaireItemInput extends MutationInput {
  @Field(() => ID, { description: 'The project whose item it is.' })
  projectId!: string;

  @Field(() => String, { description: 'The item’s stable id.' })
  code!: string;

  @Field(() => [ItemTextInput], { description: 'Texts to add or change, per language; others stay.' })
  @ArrayMinSize(1, { message: 'send at least one text' })
  @ArrayMaxSize(ITEM_LANGUAGES_MAX, { message: `an item can have at most ${ITEM_LANGUAGES_MAX} languages` })
  texts!: ItemTextInput[];
}

@InputType({ description: 'A project item that is no longer asked; its answers stay.' })
export class RetireQuestionnaireItemInput extends MutationInput {
  @Field(() => ID, { description: 'The project whose item it is.' })
  projectId!: string;

  @Field(() => String, { description: 'The item’s stable id.' })
  code!: string;
}

@ObjectType({ description: 'The outcome of answering on the phone.' })
export class AnswerQuestionnairePayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => [QuestionnaireAnswer], { description: 'All answers of the participant to this questionnaire now.' })
  answers!: QuestionnaireAnswer[];
}

@ObjectType({ description: 'The outcome of entering a paper form: how much of it is answered, never the answers.' })
export class RecordPaperAnswersPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Int, { description: 'Items of this questionnaire the participant has answered now.' })
  answeredItems!: number;

  @Field(() => Int, { description: 'Items the questionnaire asks.' })
  itemCount!: number;
}

@ObjectType({ description: 'The outcome of adding or changing a project item.' })
export class QuestionnaireItemPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => QuestionnaireItem, { description: 'The item after the change.' })
  item!: QuestionnaireItem;
}
