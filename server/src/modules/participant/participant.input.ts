import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsOptional,
  Length,
  ValidateBy,
  type ValidationOptions,
} from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from 'type-graphql';
import { CreateInput, MutationInput } from '../../core/mutation.js';
import { IsLanguageTag } from '../../core/i18n/languages.js';
import { LANGUAGES_MAX } from '../session/session.input.js';
import { Session } from '../session/session.entity.js';
import {
  AgeBand,
  Attendance,
  Background,
  Consent,
  ConsentMethod,
  ConsentPurpose,
  Participant,
  Registration,
} from './participant.entity.js';

export const TEXT_VERSION_MAX = 40;

@InputType({ description: 'Consent as it was given: which text was shown, how, and when.' })
export class ConsentInput {
  @Field(() => String, {
    description: `The version of the consent text that was shown (1–${TEXT_VERSION_MAX} characters), such as "2026-01".`,
  })
  textVersion!: string;

  @Field(() => ConsentMethod, { description: 'How the consent was given.' })
  method!: ConsentMethod;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was given, if earlier than now (a paper form entered later). Defaults to now.',
  })
  givenAt?: Date | null;
}

// Checked on the parent field so that the message names the consent; nested errors lose their place.
function IsConsent(label: string, options?: ValidationOptions): PropertyDecorator {
  const problem = (value: unknown): string | null => {
    if (value == null) return null;
    const version = (value as ConsentInput).textVersion;
    const text = typeof version === 'string' ? version.trim() : '';
    return text.length < 1 || text.length > TEXT_VERSION_MAX
      ? `the ${label} consent needs a text version of 1 to ${TEXT_VERSION_MAX} characters`
      : null;
  };
  return ValidateBy(
    {
      name: 'isConsent',
      validator: {
        validate: (value: unknown) => problem(value) === null,
        defaultMessage: (args) => problem(args?.value) ?? `the ${label} consent is not valid`,
      },
    },
    options,
  );
}

const PSEUDONYM_MESSAGE = 'pseudonym must be between 2 and 80 characters';

@InputType({ description: 'A new participant of a project, with their consent.' })
export class RegisterParticipantInput extends CreateInput {
  @Field(() => ID, { description: 'The project the participant takes part in.' })
  projectId!: string;

  @Field(() => String, { description: 'The name shown with contributions (2–80 characters, unique in the project).' })
  @Length(2, 80, { message: PSEUDONYM_MESSAGE })
  pseudonym!: string;

  @Field(() => Background, {
    nullable: true,
    description: 'Self-declared background; prefers not to say when left out.',
  })
  @IsOptional()
  background?: Background | null;

  @Field(() => [String], {
    description: 'Languages the participant speaks, as BCP 47 tags (`ar`, `nl`, `ti`); at least one.',
  })
  @ArrayMinSize(1, { message: 'a participant needs at least one language' })
  @ArrayMaxSize(LANGUAGES_MAX, { message: `a participant can list at most ${LANGUAGES_MAX} languages` })
  @IsLanguageTag('languages', { each: true })
  languages!: string[];

  @Field(() => AgeBand, { nullable: true, description: 'Optional, self-declared age band.' })
  @IsOptional()
  ageBand?: AgeBand | null;

  @Field(() => ConsentInput, { description: 'Consent to take part and have contributions recorded; required.' })
  @IsConsent('participation')
  participationConsent!: ConsentInput;

  @Field(() => ConsentInput, {
    nullable: true,
    description: 'Consent to anonymous use for monitoring and evaluation, if given.',
  })
  @IsOptional()
  @IsConsent('research')
  researchConsent?: ConsentInput | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A session of the project to put the new participant on the list of (within its capacity).',
  })
  @IsOptional()
  sessionId?: string | null;
}

@InputType({ description: "People of the project to put on a session's list (its sign-in sheet and check-in list)." })
export class RegisterForSessionInput extends MutationInput {
  @Field(() => ID, { description: 'The session (not closed).' })
  sessionId!: string;

  @Field(() => [ID], {
    description:
      'Participants of the session’s project (1–200). Those already on the list stay as they are; the list cannot grow past the capacity.',
  })
  @ArrayMinSize(1, { message: 'name at least one participant' })
  @ArrayMaxSize(200, { message: 'name at most 200 participants at once' })
  @ArrayUnique({ message: 'participantIds must not name a participant twice' })
  participantIds!: string[];
}

@ObjectType({ description: 'The outcome of registering people for a session.' })
export class RegisterForSessionPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Session, { description: 'The session.' })
  session!: Session;

  @Field(() => [Registration], { description: 'The registrations of the people named (new or earlier ones).' })
  registrations!: Registration[];
}

@InputType({ description: "Take someone off a session's list." })
export class CancelRegistrationInput extends MutationInput {
  @Field(() => ID, { description: 'The registration (not of someone checked in; not once the session has closed).' })
  registrationId!: string;
}

@ObjectType({ description: 'The outcome of taking someone off a session’s list.' })
export class CancelRegistrationPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => ID, { description: 'The registration that was removed.' })
  removedRegistrationId!: string;

  @Field(() => Session, { description: 'The session, without that registration.' })
  session!: Session;
}

@InputType({ description: 'Changes to a participant; what is left out stays as it is.' })
export class UpdateParticipantInput extends MutationInput {
  @Field(() => ID, { description: 'The participant to change.' })
  participantId!: string;

  @Field(() => String, { nullable: true, description: 'A new pseudonym (2–80 characters, unique in the project).' })
  @IsOptional()
  @Length(2, 80, { message: PSEUDONYM_MESSAGE })
  pseudonym?: string | null;

  @Field(() => Background, { nullable: true, description: 'A new self-declared background.' })
  @IsOptional()
  background?: Background | null;

  @Field(() => [String], { nullable: true, description: 'The languages the participant speaks; at least one.' })
  @IsOptional()
  @ArrayMinSize(1, { message: 'a participant needs at least one language' })
  @ArrayMaxSize(LANGUAGES_MAX, { message: `a participant can list at most ${LANGUAGES_MAX} languages` })
  @IsLanguageTag('languages', { each: true })
  languages?: string[] | null;

  @Field(() => AgeBand, { nullable: true, description: 'A new age band; send null to remove it.' })
  @IsOptional()
  ageBand?: AgeBand | null;
}

@InputType({ description: 'A consent a participant gave.' })
export class RecordConsentInput extends CreateInput {
  @Field(() => ID, { description: 'The participant who gave consent.' })
  participantId!: string;

  @Field(() => ConsentPurpose, { description: 'What the consent is for.' })
  purpose!: ConsentPurpose;

  @Field(() => String, {
    description: `The version of the consent text that was shown (1–${TEXT_VERSION_MAX} characters).`,
  })
  @Length(1, TEXT_VERSION_MAX, { message: `textVersion must be between 1 and ${TEXT_VERSION_MAX} characters` })
  textVersion!: string;

  @Field(() => ConsentMethod, { description: 'How the consent was given.' })
  method!: ConsentMethod;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was given, if earlier than now. Defaults to now.',
  })
  @IsOptional()
  givenAt?: Date | null;
}

@InputType({ description: 'A consent a participant withdrew.' })
export class WithdrawConsentInput extends MutationInput {
  @Field(() => ID, { description: 'The consent record that is withdrawn.' })
  consentId!: string;
}

@InputType({ description: 'A participant’s own yes or no to anonymous use of their data for research.' })
export class SetResearchConsentInput extends MutationInput {
  @Field(() => ID, { description: 'The participant; participants give their own id.' })
  participantId!: string;

  @Field(() => Boolean, {
    description:
      'True to agree (recorded as given on screen); false to withdraw, which discards their questionnaire answers.',
  })
  agree!: boolean;

  @Field(() => String, {
    nullable: true,
    description: `The version of the consent text that was shown (1–${TEXT_VERSION_MAX} characters); needed to agree.`,
  })
  @IsOptional()
  textVersion?: string | null;
}

@InputType({ description: 'A participant arriving at a session.' })
export class CheckInParticipantInput extends CreateInput {
  @Field(() => ID, { description: 'The session the participant arrives at.' })
  sessionId!: string;

  @Field(() => ID, { description: 'The participant who arrives; must belong to the session’s project.' })
  participantId!: string;
}

@InputType({ description: 'A check-in to take back.' })
export class UndoCheckInInput extends MutationInput {
  @Field(() => ID, { description: 'The attendance to remove (a check-in made by mistake).' })
  attendanceId!: string;
}

@ObjectType({ description: 'The outcome of a change to a participant.' })
export class ParticipantPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Participant, { description: 'The participant after the change.' })
  participant!: Participant;
}

@ObjectType({ description: 'The outcome of recording or withdrawing consent.' })
export class ConsentPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Consent, { description: 'The consent record after the change.' })
  consent!: Consent;
}

@ObjectType({ description: 'The outcome of a check-in.' })
export class CheckInPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Attendance, { description: 'The attendance: new, or the one recorded at an earlier check-in.' })
  attendance!: Attendance;
}

@ObjectType({ description: 'The outcome of undoing a check-in.' })
export class UndoCheckInPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => ID, { description: 'The id of the attendance that was removed.' })
  removedAttendanceId!: string;

  @Field(() => Session, { description: 'The session, without that attendance.' })
  session!: Session;
}

@InputType({ description: 'A participant whose personal data is erased.' })
export class EraseParticipantDataInput extends MutationInput {
  @Field(() => ID, { description: 'The participant to erase; participants may give only their own id.' })
  participantId!: string;
}

@ObjectType({ description: 'The outcome of erasing the personal data of a participant.' })
export class EraseParticipantDataPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Participant, {
    description:
      'The participant after erasure: a neutral pseudonym, no personal data, contributions kept without an author.',
  })
  participant!: Participant;
}

@ObjectType({ description: 'The participant on this browser and the session they joined.' })
export class Participation {
  @Field(() => Participant, { description: 'The participant who joined.' })
  participant!: Participant;

  @Field(() => Session, { description: 'The session they joined.' })
  session!: Session;
}
