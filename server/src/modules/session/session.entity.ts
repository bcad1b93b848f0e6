import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Project } from '../project/project.entity.js';
import { QuestionnaireWave } from '../questionnaire/questionnaire.types.js';

export enum SessionStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  LIVE = 'LIVE',
  CLOSED = 'CLOSED',
  REVIEWED = 'REVIEWED',
}

registerEnumType(SessionStatus, {
  name: 'SessionStatus',
  description: 'Where a session is in its life: planned, announced, running, done, answered.',
  valuesConfig: {
    DRAFT: { description: 'Being planned; only staff see it.' },
    SCHEDULED: { description: 'Announced with date and place.' },
    LIVE: { description: 'Running now; participants join with the join code.' },
    CLOSED: { description: 'Over; its report is final.' },
    REVIEWED: { description: 'The municipality has reviewed its outcomes.' },
  },
});

export enum PhaseKind {
  WELCOME = 'WELCOME',
  CHALLENGES = 'CHALLENGES',
  CLUSTERING = 'CLUSTERING',
  IDEAS = 'IDEAS',
  VOTING = 'VOTING',
  STRATEGIES = 'STRATEGIES',
  EVALUATION = 'EVALUATION',
  INPUT = 'INPUT',
  SMALL_GROUPS = 'SMALL_GROUPS',
  BREAK = 'BREAK',
  QUESTIONNAIRE = 'QUESTIONNAIRE',
  FREE = 'FREE',
}

registerEnumType(PhaseKind, {
  name: 'PhaseKind',
  description: 'The kind of work done in one phase of a session agenda.',
  valuesConfig: {
    WELCOME: { description: 'Welcome, introductions and the ground rules.' },
    CHALLENGES: { description: 'Participants name local challenges.' },
    CLUSTERING: { description: 'Challenges are grouped into themes.' },
    IDEAS: { description: 'Participants propose ideas that answer the challenges.' },
    VOTING: { description: 'Dot voting on challenges or ideas.' },
    STRATEGIES: { description: 'The chosen ideas become strategies for the municipality.' },
    EVALUATION: { description: 'Looking back on the session and what comes next.' },
    INPUT: { description: 'Input or a presentation: someone explains, the room listens and asks.' },
    SMALL_GROUPS: { description: 'Work in small groups, each at its own table.' },
    BREAK: { description: 'A break.' },
    QUESTIONNAIRE: {
      description:
        'Participants answer a questionnaire on their phones (the phase says which wave); paper answers are entered for them.',
    },
    FREE: { description: 'Anything else, as the facilitator describes it.' },
  },
});

@ObjectType({ description: 'One workshop of a project.' })
@Entity()
@Index({ properties: ['project', 'startsAt'] })
@Unique({
  name: 'session_join_code_unique',
  expression: 'create unique index "session_join_code_unique" on "session" ("join_code") where "join_code" is not null',
})
export class Session extends BaseEntity {
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Field(() => String, { description: 'What the session is called.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the session starts.' })
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => Int, { description: 'Planned length in minutes.' })
  @Property({ type: 'integer' })
  durationMinutes: number & Opt = 120;

  @Field(() => String, { description: 'Where the session takes place.' })
  @Property({ type: 'string', length: 300 })
  location!: string;

  @Field(() => [String], { description: 'Languages spoken or supported (BCP 47 tags).' })
  @Property({ type: 'text[]' })
  languages: string[] & Opt = [];

  @Field(() => Int, { description: 'How many participants fit.' })
  @Property({ type: 'integer' })
  capacity!: number;

  @Field(() => SessionStatus, { description: 'Where the session is in its life.' })
  @Enum({ items: () => SessionStatus })
  status: SessionStatus & Opt = SessionStatus.DRAFT;

  // Only while live; unique among live sessions (a partial index in the migration).
  @Field(() => String, {
    nullable: true,
    description: 'The short code participants type to join; only while the session is live.',
  })
  @Property({ type: 'string', length: 12, nullable: true })
  joinCode: string | null = null;

  @OneToMany(() => AgendaPhase, (phase) => phase.session, { orderBy: { position: 'asc' } })
  agenda = new Collection<AgendaPhase>(this);

  @Property({ type: 'uuid', nullable: true })
  currentPhaseId: string | null = null;
}

@ObjectType({ description: 'One time-boxed phase of a session agenda.' })
@Entity()
@Index({ properties: ['session', 'position'] })
export class AgendaPhase extends BaseEntity {
  @ManyToOne(() => Session, { ref: true, deleteRule: 'cascade' })
  session!: Ref<Session>;

  @Field(() => Int, { description: 'Order within the agenda, from 0.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => PhaseKind, { description: 'The kind of work done in this phase.' })
  @Enum({ items: () => PhaseKind })
  kind!: PhaseKind;

  @Field(() => String, { description: 'What the phase is called on the agenda.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => Int, { description: 'Time box in minutes.' })
  @Property({ type: 'integer' })
  durationMinutes!: number;

  // The method the phase follows, from the library; its id only, so that the session feature does not depend on it.
  @Property({ type: 'uuid', nullable: true })
  methodId: string | null = null;

  // The room as it happened, by the server's clock: when the phase first started, when it last ended, since when it
  // runs now (null while it does not), and the seconds it ran before that (a phase may be returned to).
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the phase actually started (the first time), by the server clock; null until it has run.',
  })
  @Property({ type: 'datetime', nullable: true })
  startedAt: Date | null = null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'When the phase actually ended (the last time), by the server clock; null while it runs or before it ran.',
  })
  @Property({ type: 'datetime', nullable: true })
  endedAt: Date | null = null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Since when the phase is running now, by the server clock; null when it is not the running phase.',
  })
  @Property({ type: 'datetime', nullable: true })
  runningSince: Date | null = null;

  @Property({ type: 'integer' })
  spentSeconds: number & Opt = 0;

  @Field(() => QuestionnaireWave, {
    nullable: true,
    description: 'For a QUESTIONNAIRE phase: the questionnaire the phones open (its wave); null for other phases.',
  })
  @Enum({ items: () => QuestionnaireWave, nullable: true })
  questionnaireWave: QuestionnaireWave | null = null;

  // In the session's main language, as the title; translations: `translatedInstructions` (modules/translation).
  @Field(() => String, {
    description: 'What participants are asked to do in this phase, shown on their phones; empty when nothing is said.',
  })
  @Property({ type: 'text' })
  instructions: string & Opt = '';
}
