import { IsBoolean, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, GraphQLISODateTime, ID, InputType, ObjectType } from 'type-graphql';
import { MutationInput } from '../../core/mutation.js';
import { AgeBand, Background, Participant } from '../participant/participant.entity.js';
import { TEXT_VERSION_MAX } from '../participant/participant.input.js';
import { IsLanguageTag } from '../../core/i18n/languages.js';
import { Session } from '../session/session.entity.js';

// Codes are short; anything much longer is not a code someone typed.
const CODE_INPUT_MAX = 40;

@InputType({ description: 'What the participant agreed to on the join screen.' })
export class JoinConsentInput {
  @Field(() => String, {
    description: `The version of the consent text that was shown (1–${TEXT_VERSION_MAX} characters), such as "2026-01".`,
  })
  @Length(1, TEXT_VERSION_MAX, {
    message: `the consent text version must be between 1 and ${TEXT_VERSION_MAX} characters`,
  })
  textVersion!: string;

  @Field(() => Boolean, {
    description:
      'Whether the participant also agrees to anonymous use for monitoring and evaluation. Taking part is agreed to by joining.',
  })
  @IsBoolean({ message: 'research must be true or false' })
  research!: boolean;
}

@InputType({ description: 'A person joining a live session on their own phone, without an account.' })
export class JoinSessionInput extends MutationInput {
  @Field(() => String, { description: 'The join code shown in the room; case, spaces and dashes do not matter.' })
  @MaxLength(CODE_INPUT_MAX, { message: 'the join code is too long' })
  code!: string;

  @Field(() => String, {
    description: 'The language the participant chose for the app (BCP 47 tag, such as `ar` or `nl`).',
  })
  @IsLanguageTag()
  language!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The name to show with contributions (2–80 characters, unique in the project); a friendly one is made up when left out.',
  })
  @IsOptional()
  @Length(2, 80, { message: 'pseudonym must be between 2 and 80 characters' })
  pseudonym?: string | null;

  @Field(() => Background, {
    nullable: true,
    description: 'Self-declared background; prefers not to say when left out.',
  })
  @IsOptional()
  background?: Background | null;

  @Field(() => AgeBand, { nullable: true, description: 'Optional, self-declared age band.' })
  @IsOptional()
  ageBand?: AgeBand | null;

  @Field(() => JoinConsentInput, { description: 'The consent given on screen; taking part requires it.' })
  @ValidateNested()
  consent!: JoinConsentInput;

  @Field(() => String, {
    nullable: true,
    description: 'The personal code of a returning participant (from their card); leave out to join as someone new.',
  })
  @IsOptional()
  @MaxLength(CODE_INPUT_MAX, { message: 'the personal code is too long' })
  personalCode?: string | null;
}

@ObjectType({ description: 'The outcome of joining a session: this browser now acts as the participant.' })
export class JoinSessionPayload {
  @Field(() => ID, { nullable: true, description: 'The client mutation id that was sent, if any.' })
  clientMutationId!: string | null;

  @Field(() => Participant, { description: 'The participant who joined.' })
  participant!: Participant;

  @Field(() => Session, { description: 'The session they joined.' })
  session!: Session;

  @Field(() => String, {
    description:
      'The personal code to keep (shown to the participant once): with it they are recognised when they come back.',
  })
  personalCode!: string;

  @Field(() => Boolean, { description: 'Whether the participant was recognised by their personal code.' })
  returning!: boolean;
}

@ObjectType({ description: 'What the join page shows about a session before someone joins it.' })
export class JoinPreview {
  @Field(() => String, { description: 'What the session is called.' })
  title!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the session starts.' })
  startsAt!: Date;

  @Field(() => [String], { description: 'Languages spoken or supported (BCP 47 tags).' })
  languages!: string[];

  @Field(() => Boolean, { description: 'Whether the session is live, so that it can be joined now.' })
  live!: boolean;
}
