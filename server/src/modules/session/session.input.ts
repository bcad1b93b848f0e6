import {
  ArrayMaxSize,
  ArrayMinSize,
  IsInt,
  IsOptional,
  Length,
  Max,
  Min,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsLanguageTag } from '../../core/i18n/languages.js';
import { CreateInput, MutationInput } from '../../core/mutation.js';
import { isUuid } from '../../core/uuid.js';
import { QuestionnaireWave } from '../questionnaire/questionnaire.types.js';
import { PhaseKind, Session, SessionStatus } from './session.entity.js';

export const CAPACITY_MIN = 1;
export const CAPACITY_MAX = 500;
export const DURATION_MIN = 15;
export const DURATION_MAX = 600;
export const PHASE_MINUTES_MIN = 1;
export const PHASE_MINUTES_MAX = 240;
export const AGENDA_MAX_PHASES = 20;
export const LANGUAGES_MAX = 20;
export const PHASE_INSTRUCTIONS_MAX = 1000;

@InputType({ description: 'One phase of a session agenda, in the order it is given.' })
export class AgendaPhaseInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The id of a phase to keep (to edit or move it), or a new client-generated UUID. Without it a new phase is made.',
  })
  id?: string | null;

  @Field(() => PhaseKind, { description: 'The kind of work done in the phase.' })
  kind!: PhaseKind;

  @Field(() => String, { description: 'What the phase is called on the agenda (1–200 characters).' })
  title!: string;

  @Field(() => Int, { description: `Time box in minutes (${PHASE_MINUTES_MIN}–${PHASE_MINUTES_MAX}).` })
  durationMinutes!: number;

  @Field(() => ID, { nullable: true, description: 'The method of the library the phase follows, if any.' })
  methodId?: string | null;

  @Field(() => QuestionnaireWave, {
    nullable: true,
    description: 'For a QUESTIONNAIRE phase (and only for one): which questionnaire the phones open.',
  })
  questionnaireWave?: QuestionnaireWave | null;

  @Field(() => String, {
    nullable: true,
    description: `What participants are asked to do in the phase, shown on their phones (at most ${PHASE_INSTRUCTIONS_MAX} characters); empty or left out for none.`,
  })
  instructions?: string | null;
}

// The first problem of an agenda, as a sentence part that names the phase, or null when it is fine.
// One message for the whole list, because nested validation errors would lose the phase's position.
export function agendaProblem(phases: unknown): string | null {
  if (!Array.isArray(phases)) return 'the agenda must be a list of phases';
  if (phases.length < 1) return 'the agenda needs at least one phase';
  if (phases.length > AGENDA_MAX_PHASES) return `the agenda can have at most ${AGENDA_MAX_PHASES} phases`;
  const ids = new Set<string>();
  for (const [index, phase] of (phases as AgendaPhaseInput[]).entries()) {
    const name = `phase ${index + 1}`;
    const title = typeof phase.title === 'string' ? phase.title.trim() : '';
    if (title.length < 1 || title.length > 200) return `${name} needs a title of 1 to 200 characters`;
    if (
      phase.instructions != null &&
      (typeof phase.instructions !== 'string' || phase.instructions.length > PHASE_INSTRUCTIONS_MAX)
    )
      return `${name} ("${title}") can have instructions of at most ${PHASE_INSTRUCTIONS_MAX} characters`;
    const minutes = phase.durationMinutes;
    if (!Number.isInteger(minutes) || minutes < PHASE_MINUTES_MIN || minutes > PHASE_MINUTES_MAX) {
      return `${name} ("${title}") must last between ${PHASE_MINUTES_MIN} and ${PHASE_MINUTES_MAX} minutes`;
    }
    if (phase.methodId != null && !isUuid(phase.methodId))
      return `${name} ("${title}") names a method by an id that is not a UUID`;
    if (phase.kind === PhaseKind.QUESTIONNAIRE && !phase.questionnaireWave)
      return `${name} ("${title}") is a questionnaire: say which one (questionnaireWave PRE, POST or SESSION_END)`;
    if (phase.kind !== PhaseKind.QUESTIONNAIRE && phase.questionnaireWave)
      return `${name} ("${title}") is not a questionnaire phase, so it opens no questionnaire`;
    if (phase.id != null) {
      if (!isUuid(phase.id)) return `${name} ("${title}") has an id that is not a UUID`;
      if (ids.has(phase.id)) return `${name} ("${title}") repeats the id of an earlier phase`;
      ids.add(phase.id);
    }
  }
  return null;
}

export function IsAgenda(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isAgenda',
      validator: {
        validate: (value: unknown) => agendaProblem(value) === null,
        defaultMessage: (args) => agendaProblem(args?.value) ?? 'the agenda is not valid',
      },
    },
    options,
  );
}

@InputType({ description: 'A new session of a project.' })
export class CreateSessionInput extends CreateInput {
  @Field(() => ID, { description: 'The project the session belongs to.' })
  projectId!: string;

  @Field(() => String, { description: 'What the session is called (3–200 characters).' })
  @Length(3, 200, { message: 'title must be between 3 and 200 characters' })
  title!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the session starts.' })
  startsAt!: Date;

  @Field(() => Int, { description: `Planned length in minutes (${DURATION_MIN}–${DURATION_MAX}).` })
  @IsInt()
  @Min(DURATION_MIN, { message: `durationMinutes must be between ${DURATION_MIN} and ${DURATION_MAX}` })
  @Max(DURATION_MAX, { message: `durationMinutes must be between ${DURATION_MIN} and ${DURATION_MAX}` })
  durationMinutes!: number;

  @Field(() => String, { description: 'Where the session takes place (2–300 characters).' })
  @Length(2, 300, { message: 'location must be between 2 and 300 characters' })
  location!: string;

  @Field(() => [String], {
    description: 'Languages spoken or supported, as BCP 47 tags (`nl`, `ar`, `nl-BE`); at least one.',
  })
  @ArrayMinSize(1, { message: 'a session needs at least one language' })
  @ArrayMaxSize(LANGUAGES_MAX, { message: `a session can list at most ${LANGUAGES_MAX} languages` })
  @IsLanguageTag('languages', { each: true })
  languages!: string[];

  @Field(() => Int, { description: `How many participants fit (${CAPACITY_MIN}–${CAPACITY_MAX}).` })
  @IsInt()
  @Min(CAPACITY_MIN, { message: `capacity must be between ${CAPACITY_MIN} and ${CAPACITY_MAX}` })
  @Max(CAPACITY_MAX, { message: `capacity must be between ${CAPACITY_MIN} and ${CAPACITY_MAX}` })
  capacity!: number;

  @Field(() => [AgendaPhaseInput], {
    nullable: true,
    description:
      'The agenda in order. Without it the session starts from `templateId`, or from the standard two-hour template in its first language.',
  })
  @IsOptional()
  @IsAgenda()
  agenda?: AgendaPhaseInput[] | null;

  @Field(() => ID, {
    nullable: true,
    description: 'An agenda template to start from (see `agendaTemplates`), when no agenda is given.',
  })
  @IsOptional()
  templateId?: string | null;
}

@InputType({ description: 'Changes to the details of a session; what is left out stays as it is.' })
export class UpdateSessionInput extends MutationInput {
  @Field(() => ID, { description: 'The session to change.' })
  sessionId!: string;

  @Field(() => String, { nullable: true, description: 'What the session is called (3–200 characters).' })
  @IsOptional()
  @Length(3, 200, { message: 'title must be between 3 and 200 characters' })
  title?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the session starts.' })
  @IsOptional()
  startsAt?: Date | null;

  @Field(() => Int, { nullable: true, description: `Planned length in minutes (${DURATION_MIN}–${DURATION_MAX}).` })
  @IsOptional()
  @IsInt()
  @Min(DURATION_MIN, { message: `durationMinutes must be between ${DURATION_MIN} and ${DURATION_MAX}` })
  @Max(DURATION_MAX, { message: `durationMinutes must be between ${DURATION_MIN} and ${DURATION_MAX}` })
  durationMinutes?: number | null;

  @Field(() => String, { nullable: true, description: 'Where the session takes place (2–300 characters).' })
  @IsOptional()
  @Length(2, 300, { message: 'location must be between 2 and 300 characters' })
  location?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Languages spoken or supported, as BCP 47 tags; at least one.',
  })
  @IsOptional()
  @ArrayMinSize(1, { message: 'a session needs at least one language' })
  @ArrayMaxSize(LANGUAGES_MAX, { message: `a session can list at most ${LANGUAGES_MAX} languages` })
  @IsLanguageTag('languages', { each: true })
  languages?: string[] | null;

  @Field(() => Int, { nullable: true, description: `How many participants fit (${CAPACITY_MIN}–${CAPACITY_MAX}).` })
  @IsOptional()
  @IsInt()
  @Min(CAPACITY_MIN, { message: `capacity must be between ${CAPACITY_MIN} and ${CAPACITY_MAX}` })
  @Max(CAPACITY_MAX, { message: `capacity must be between ${CAPACITY_MIN} and ${CAPACITY_MAX}` })
  capacity?: number | null;
}

@InputType({ description: 'The new agenda of a session.' })
export class SetSessionAgendaInput extends MutationInput {
  @Field(() => ID, { description: 'The session to change.' })
  sessionId!: string;

  @Field(() => [AgendaPhaseInput], {
    description:
      'The whole agenda in its new order. Phases left out are removed; phases with a known id are kept and updated.',
  })
  @IsAgenda()
  phases!: AgendaPhaseInput[];
}

@InputType({ description: 'The status a session moves to.' })
export class ChangeSessionStatusInput extends MutationInput {
  @Field(() => ID, { description: 'The session to change.' })
  sessionId!: string;

  @Field(() => SessionStatus, { description: 'The status to move to.' })
  status!: SessionStatus;
}

@InputType({ description: 'The phase a live session moves to.' })
export class SetCurrentPhaseInput extends MutationInput {
  @Field(() => ID, { description: 'The session to change.' })
  sessionId!: string;

  @Field(() => ID, { description: 'A phase of this session’s agenda.' })
  phaseId!: string;
}

@ObjectType({ description: 'The outcome of a change to a session.' })
export class SessionPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Session, { description: 'The session after the change.' })
  session!: Session;
}
