import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { newCode } from '../../core/auth/tokens.js';
import { BaseEntity } from '../../core/base.entity.js';
import { Project } from '../project/project.entity.js';
import { Session } from '../session/session.entity.js';

export enum Background {
  THIRD_COUNTRY_NATIONAL = 'THIRD_COUNTRY_NATIONAL',
  HOST_COMMUNITY = 'HOST_COMMUNITY',
  EU_CITIZEN = 'EU_CITIZEN',
  PREFERS_NOT_TO_SAY = 'PREFERS_NOT_TO_SAY',
}

registerEnumType(Background, {
  name: 'Background',
  description: 'Self-declared background of a participant; never required.',
  valuesConfig: {
    THIRD_COUNTRY_NATIONAL: { description: 'A resident without EU citizenship.' },
    HOST_COMMUNITY: { description: 'A member of the host community.' },
    EU_CITIZEN: { description: 'A citizen of another EU member state.' },
    PREFERS_NOT_TO_SAY: { description: 'Did not say.' },
  },
});

export enum AgeBand {
  UNDER_18 = 'UNDER_18',
  FROM_18_TO_29 = 'FROM_18_TO_29',
  FROM_30_TO_44 = 'FROM_30_TO_44',
  FROM_45_TO_64 = 'FROM_45_TO_64',
  FROM_65 = 'FROM_65',
}

registerEnumType(AgeBand, {
  name: 'AgeBand',
  description: 'Optional, self-declared age band.',
  valuesConfig: {
    UNDER_18: { description: 'Younger than 18.' },
    FROM_18_TO_29: { description: '18 to 29 years old.' },
    FROM_30_TO_44: { description: '30 to 44 years old.' },
    FROM_45_TO_64: { description: '45 to 64 years old.' },
    FROM_65: { description: '65 or older.' },
  },
});

export enum ConsentPurpose {
  PARTICIPATION = 'PARTICIPATION',
  RESEARCH = 'RESEARCH',
}

registerEnumType(ConsentPurpose, {
  name: 'ConsentPurpose',
  description: 'What a participant agreed to.',
  valuesConfig: {
    PARTICIPATION: { description: 'Taking part and having contributions recorded.' },
    RESEARCH: { description: 'Anonymous use for monitoring and evaluation.' },
  },
});

export enum ConsentMethod {
  ON_SCREEN = 'ON_SCREEN',
  PAPER = 'PAPER',
}

registerEnumType(ConsentMethod, {
  name: 'ConsentMethod',
  description: 'How consent was given.',
  valuesConfig: {
    ON_SCREEN: { description: 'Given in the app.' },
    PAPER: { description: 'Signed on paper; noted by a facilitator.' },
  },
});

// The code a returning participant keeps (a QR on a card); typed from the card when it cannot be scanned.
export const PERSONAL_CODE_LENGTH = 8;
export const newPersonalCode = (): string => newCode(PERSONAL_CODE_LENGTH);

@ObjectType({ description: 'A person taking part in a project, known by a pseudonym.' })
@Entity()
@Unique({ properties: ['project', 'pseudonym'] })
@Unique({ properties: ['project', 'personalCode'] })
export class Participant extends BaseEntity {
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Field(() => String, { description: 'The name shown with contributions; never a legal name unless chosen.' })
  @Property({ type: 'string', length: 80 })
  pseudonym!: string;

  // Personal data: exposed only through fields with their own read rule.
  @Enum({ items: () => Background })
  background: Background & Opt = Background.PREFERS_NOT_TO_SAY;

  @Field(() => [String], { description: 'Languages the participant speaks (BCP 47 tags).' })
  @Property({ type: 'text[]' })
  languages: string[] & Opt = [];

  @Enum({ items: () => AgeBand, nullable: true })
  ageBand: AgeBand | null = null;

  // Recognises a returning participant in this project without asking for anything personal.
  // Null once their data is erased, so that nobody can come back as them.
  @Field(() => String, {
    nullable: true,
    description: `The ${PERSONAL_CODE_LENGTH}-character code the participant keeps (printed as a QR on a card) to be recognised when they come back; null after erasure. Personal data.`,
  })
  @Property({ type: 'string', length: 12, nullable: true })
  personalCode: string | null = newPersonalCode();

  // When the participant last opened "what came of it" (modules/outcome), for the badge on what changed since.
  @Property({ type: 'datetime', nullable: true })
  outcomesSeenAt: Date | null = null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the personal data of the participant was erased; null while it is kept.',
  })
  @Property({ type: 'datetime', nullable: true })
  erasedAt: Date | null = null;
}

@ObjectType({ description: 'A record of consent: what for, which text version, when and how.' })
@Entity()
@Index({ properties: ['participant'] })
export class Consent extends BaseEntity {
  @ManyToOne(() => Participant, { ref: true, deleteRule: 'cascade' })
  participant!: Ref<Participant>;

  @Field(() => ConsentPurpose, { description: 'What the participant agreed to.' })
  @Enum({ items: () => ConsentPurpose })
  purpose!: ConsentPurpose;

  @Field(() => String, { description: 'The version of the consent text that was shown.' })
  @Property({ type: 'string', length: 40 })
  textVersion!: string;

  @Field(() => ConsentMethod, { description: 'How the consent was given.' })
  @Enum({ items: () => ConsentMethod })
  method!: ConsentMethod;

  @Field(() => GraphQLISODateTime, { description: 'When the consent was given.' })
  @Property({ type: 'datetime' })
  givenAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the consent was withdrawn; null while it stands.',
  })
  @Property({ type: 'datetime', nullable: true })
  withdrawnAt: Date | null = null;
}

@ObjectType({ description: 'A participant present at a session.' })
@Entity()
@Unique({ properties: ['session', 'participant'] })
@Index({ properties: ['participant'] })
export class Attendance extends BaseEntity {
  @ManyToOne(() => Session, { ref: true, deleteRule: 'cascade' })
  session!: Ref<Session>;

  @ManyToOne(() => Participant, { ref: true, deleteRule: 'cascade' })
  participant!: Ref<Participant>;

  @Field(() => GraphQLISODateTime, { description: 'When the participant was checked in.' })
  @Property({ type: 'datetime' })
  checkedInAt: Date & Opt = new Date();
}

// A participant on a session's list: the sign-in sheet, the capacity and the check-in list are the session's. One
// person registered for several sessions is one participant of the project with a registration for each.
@ObjectType({ description: "A participant on a session's list (its sign-in sheet and check-in list)." })
@Entity()
@Unique({ properties: ['session', 'participant'] })
@Index({ properties: ['participant'] })
export class Registration extends BaseEntity {
  @ManyToOne(() => Session, { ref: true, deleteRule: 'cascade' })
  session!: Ref<Session>;

  @ManyToOne(() => Participant, { ref: true, deleteRule: 'cascade' })
  participant!: Ref<Participant>;
}
