import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';
import { CreateInput, MutationInput } from '../../core/mutation.js';
import { IsLanguageTag } from '../../core/i18n/languages.js';
import { LANGUAGES_MAX } from '../session/session.input.js';
import { PhaseKind } from '../session/session.entity.js';
import { AgendaTemplate, Method, MethodValidation } from './method.entity.js';

export const METHOD_MINUTES_MIN = 1;
export const METHOD_MINUTES_MAX = 240;
const STEPS_MAX = 20;
const LINE_MAX = 500;
const NOTE_MAX = 4000;

@InputType({ description: 'The texts of a method in one language.' })
export class MethodTextInput {
  @Field(() => String, { description: 'The language of these texts (BCP 47 tag such as `nl`).' })
  @IsLanguageTag()
  language!: string;

  @Field(() => String, { description: 'What the method is called (2–200 characters).' })
  @Length(2, 200, { message: 'name must be between 2 and 200 characters' })
  name!: string;

  @Field(() => String, { description: `What it is for (2–${NOTE_MAX} characters).` })
  @Length(2, NOTE_MAX, { message: `purpose must be between 2 and ${NOTE_MAX} characters` })
  purpose!: string;

  @Field(() => [String], { description: `What happens, step by step (1–${STEPS_MAX} steps).` })
  @ArrayMinSize(1, { message: 'a method needs at least one step' })
  @ArrayMaxSize(STEPS_MAX, { message: `a method can have at most ${STEPS_MAX} steps` })
  @MaxLength(LINE_MAX, { each: true, message: `each step can be at most ${LINE_MAX} characters` })
  steps!: string[];

  @Field(() => [String], { nullable: true, description: 'What is needed in the room.' })
  @IsOptional()
  @ArrayMaxSize(STEPS_MAX, { message: `a method can list at most ${STEPS_MAX} materials` })
  @MaxLength(LINE_MAX, { each: true, message: `each material can be at most ${LINE_MAX} characters` })
  materials?: string[] | null;

  @Field(() => String, { nullable: true, description: 'How to make it work for everyone.' })
  @IsOptional()
  @MaxLength(NOTE_MAX, { message: `accessibility notes can be at most ${NOTE_MAX} characters` })
  accessibilityNotes?: string | null;

  @Field(() => String, { nullable: true, description: 'What facilitators learned using it.' })
  @IsOptional()
  @MaxLength(NOTE_MAX, { message: `lessons learned can be at most ${NOTE_MAX} characters` })
  lessonsLearned?: string | null;
}

@InputType({ description: 'A new method of an organisation, with its texts in one language.' })
export class CreateMethodInput extends CreateInput {
  @Field(() => ID, { description: 'The organisation whose method it is (one of your own).' })
  organisationId!: string;

  @Field(() => PhaseKind, { description: 'The kind of agenda phase it fills.' })
  kind!: PhaseKind;

  @Field(() => Int, { description: `How long it usually takes (${METHOD_MINUTES_MIN}–${METHOD_MINUTES_MAX} minutes).` })
  @IsInt()
  @Min(METHOD_MINUTES_MIN, {
    message: `durationMinutes must be between ${METHOD_MINUTES_MIN} and ${METHOD_MINUTES_MAX}`,
  })
  @Max(METHOD_MINUTES_MAX, {
    message: `durationMinutes must be between ${METHOD_MINUTES_MIN} and ${METHOD_MINUTES_MAX}`,
  })
  durationMinutes!: number;

  @Field(() => [String], { nullable: true, description: 'The languages it has been used in (BCP 47 tags).' })
  @IsOptional()
  @ArrayMaxSize(LANGUAGES_MAX, { message: `at most ${LANGUAGES_MAX} languages` })
  @IsLanguageTag('languagesUsed', { each: true })
  languagesUsed?: string[] | null;

  @Field(() => MethodTextInput, { description: 'Its texts, in the language they are written in.' })
  @ValidateNested()
  text!: MethodTextInput;
}

@InputType({ description: 'Changes to a method of your organisation; what is left out stays as it is.' })
export class UpdateMethodInput extends MutationInput {
  @Field(() => ID, { description: 'The method to change (one of your organisation’s).' })
  methodId!: string;

  @Field(() => PhaseKind, { nullable: true, description: 'The kind of agenda phase it fills.' })
  @IsOptional()
  kind?: PhaseKind | null;

  @Field(() => Int, { nullable: true, description: 'How long it usually takes, in minutes.' })
  @IsOptional()
  @IsInt()
  @Min(METHOD_MINUTES_MIN, {
    message: `durationMinutes must be between ${METHOD_MINUTES_MIN} and ${METHOD_MINUTES_MAX}`,
  })
  @Max(METHOD_MINUTES_MAX, {
    message: `durationMinutes must be between ${METHOD_MINUTES_MIN} and ${METHOD_MINUTES_MAX}`,
  })
  durationMinutes?: number | null;

  @Field(() => [String], { nullable: true, description: 'The languages it has been used in (BCP 47 tags).' })
  @IsOptional()
  @ArrayMaxSize(LANGUAGES_MAX, { message: `at most ${LANGUAGES_MAX} languages` })
  @IsLanguageTag('languagesUsed', { each: true })
  languagesUsed?: string[] | null;

  @Field(() => MethodTextInput, {
    nullable: true,
    description: 'Its texts in one language: added when the method has none in that language, replaced otherwise.',
  })
  @IsOptional()
  @ValidateNested()
  text?: MethodTextInput | null;
}

@InputType({ description: 'Share a method of your organisation with every organisation on the server, or stop.' })
export class ShareMethodInput extends MutationInput {
  @Field(() => ID, { description: 'The method (one of your organisation’s).' })
  methodId!: string;

  @Field(() => Boolean, { description: 'True to share it with every organisation; false to keep it your own again.' })
  shared!: boolean;
}

@InputType({ description: 'An evaluator’s finding that a method works, with the evidence.' })
export class ValidateMethodInput extends MutationInput {
  @Field(() => ID, { description: 'The method.' })
  methodId!: string;

  @Field(() => ID, { description: 'Your evaluation team (one of your own organisations).' })
  organisationId!: string;

  @Field(() => [ID], {
    description: 'The sessions it was used in that the evidence comes from (1–20, ones you evaluate).',
  })
  @ArrayMinSize(1, { message: 'name at least one session the method was used in' })
  @ArrayMaxSize(20, { message: 'name at most 20 sessions' })
  sessionIds!: string[];

  @Field(() => [String], { description: 'The indicators that show it works (1–10, such as "returning participants").' })
  @ArrayMinSize(1, { message: 'name at least one indicator' })
  @ArrayMaxSize(10, { message: 'name at most 10 indicators' })
  @Length(2, 200, { each: true, message: 'each indicator must be between 2 and 200 characters' })
  indicators!: string[];

  @Field(() => String, { description: `What you found, in your words (2–${NOTE_MAX} characters).` })
  @Length(2, NOTE_MAX, { message: `note must be between 2 and ${NOTE_MAX} characters` })
  note!: string;
}

@InputType({ description: 'Save the agenda of a session as a template of your organisation.' })
export class SaveAgendaTemplateInput extends CreateInput {
  @Field(() => ID, { description: 'The session whose agenda to save.' })
  sessionId!: string;

  @Field(() => ID, { description: 'The organisation whose template it becomes (one of your own).' })
  organisationId!: string;

  @Field(() => String, { description: 'What the template is called (2–200 characters).' })
  @Length(2, 200, { message: 'name must be between 2 and 200 characters' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'When to use it.' })
  @IsOptional()
  @MaxLength(NOTE_MAX, { message: `description can be at most ${NOTE_MAX} characters` })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The language its titles are written in; the session’s first language when left out.',
  })
  @IsOptional()
  @IsLanguageTag()
  language?: string | null;
}

@InputType({ description: 'Remove a template of your organisation.' })
export class DeleteAgendaTemplateInput extends MutationInput {
  @Field(() => ID, { description: 'The template (one of your organisation’s).' })
  templateId!: string;
}

@ObjectType({ description: 'One phase of an agenda template.' })
export class TemplatePhaseView {
  @Field(() => PhaseKind, { description: 'The kind of work done in the phase.' })
  kind!: PhaseKind;

  @Field(() => String, { description: 'What the phase is called, in the template’s language.' })
  title!: string;

  @Field(() => Int, { description: 'Time box in minutes.' })
  durationMinutes!: number;

  @Field(() => ID, { nullable: true, description: 'The method of the library it follows, if any.' })
  methodId!: string | null;
}

@ObjectType({ description: 'A session a validation’s evidence comes from, as plain values.' })
export class ValidationEvidence {
  @Field(() => String, { description: 'The session’s title.' })
  sessionTitle!: string;

  @Field(() => String, { description: 'The project it belongs to.' })
  projectTitle!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the session took place.' })
  startsAt!: Date;
}

@ObjectType({ description: 'The outcome of a change to a method.' })
export class MethodPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Method, { description: 'The method after the change.' })
  method!: Method;
}

@ObjectType({ description: 'The outcome of validating a method.' })
export class ValidateMethodPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => MethodValidation, { description: 'The validation, with its evidence.' })
  validation!: MethodValidation;
}

@ObjectType({ description: 'The outcome of saving an agenda template.' })
export class AgendaTemplatePayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => AgendaTemplate, { description: 'The template.' })
  template!: AgendaTemplate;
}

@ObjectType({ description: 'The outcome of removing an agenda template.' })
export class DeleteAgendaTemplatePayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => ID, { description: 'The template that was removed.' })
  deletedTemplateId!: string;
}
