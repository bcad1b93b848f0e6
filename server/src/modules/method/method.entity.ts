import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToMany, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { PhaseKind, Session } from '../session/session.entity.js';

// A workshop method of the library. Its texts are per language (MethodText), so that a new language is new texts.
// The starter library (key set, no organisation) ships with the product (method/library); an organisation's own
// methods are its own until a facilitator shares them with every organisation on the server.
@ObjectType({
  description:
    'A reusable workshop method: its purpose, steps, duration, materials, accessibility notes and lessons learned, in one or more languages.',
})
@Entity()
@Index({ properties: ['organisation'] })
export class Method extends BaseEntity {
  // The starter library's own name for it (`world-cafe`); null for an organisation's method.
  @Property({ type: 'string', length: 60, nullable: true, unique: true })
  key: string | null = null;

  // Who made it; null for the starter library.
  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'cascade' })
  organisation: Ref<Organisation> | null = null;

  @Field(() => PhaseKind, { description: 'The kind of agenda phase this method fills.' })
  @Enum({ items: () => PhaseKind })
  kind!: PhaseKind;

  @Field(() => Int, { description: 'How long it usually takes, in minutes.' })
  @Property({ type: 'integer' })
  durationMinutes!: number;

  @Field(() => [String], { description: 'The languages it has been used in (BCP 47 tags).' })
  @Property({ type: 'text[]' })
  languagesUsed: string[] & Opt = [];

  // When it was shared with every organisation on the server; null while it is its organisation's own.
  @Property({ type: 'datetime', nullable: true })
  sharedAt: Date | null = null;
}

@ObjectType({ description: 'The texts of a method in one language.' })
@Entity()
@Unique({ properties: ['method', 'language'] })
export class MethodText extends BaseEntity {
  @ManyToOne(() => Method, { ref: true, deleteRule: 'cascade' })
  method!: Ref<Method>;

  @Field(() => String, { description: 'The language of these texts (BCP 47 tag).' })
  @Property({ type: 'string', length: 35 })
  language!: string;

  @Field(() => String, { description: 'What the method is called.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'What it is for, in a sentence or two.' })
  @Property({ type: 'text' })
  purpose!: string;

  @Field(() => [String], { description: 'What happens, step by step.' })
  @Property({ type: 'text[]' })
  steps: string[] & Opt = [];

  @Field(() => [String], { description: 'What is needed in the room.' })
  @Property({ type: 'text[]' })
  materials: string[] & Opt = [];

  @Field(() => String, {
    description: 'How to make it work for everyone: low literacy, other languages, sight, hearing, mobility.',
  })
  @Property({ type: 'text' })
  accessibilityNotes: string & Opt = '';

  @Field(() => String, { description: 'What facilitators learned using it.' })
  @Property({ type: 'text' })
  lessonsLearned: string & Opt = '';
}

// An evaluator's finding that a method works, with the evidence: the sessions it was used in and the indicators
// that show it.
@ObjectType({ description: 'An evaluator marked a method as validated, with the evidence.' })
@Entity()
@Index({ properties: ['method'] })
export class MethodValidation extends BaseEntity {
  @ManyToOne(() => Method, { ref: true, deleteRule: 'cascade' })
  method!: Ref<Method>;

  // The evaluation team that validated it.
  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'cascade' })
  organisation!: Ref<Organisation>;

  @Field(() => String, { description: 'What the evaluator found, in their words.' })
  @Property({ type: 'text' })
  note!: string;

  @Field(() => [String], {
    description: 'The indicators that show it works (such as "returning participants" or "civic competence change").',
  })
  @Property({ type: 'text[]' })
  indicators: string[] & Opt = [];

  @ManyToMany(() => Session)
  sessions = new Collection<Session>(this);
}

// One phase of an agenda template, as stored in its list.
export interface TemplatePhase {
  kind: PhaseKind;
  title: string;
  durationMinutes: number;
  methodId: string | null;
}

// An agenda to start sessions from, in one language: the starter templates (key set) ship with the product, one per
// language; an organisation saves its own from a session's agenda.
@ObjectType({ description: 'An agenda to start a session from, in one language.' })
@Entity()
@Index({ properties: ['organisation'] })
@Unique({ properties: ['key', 'language'] })
export class AgendaTemplate extends BaseEntity {
  // The starter library's own name for it (`standard`); null for an organisation's template.
  @Property({ type: 'string', length: 60, nullable: true })
  key: string | null = null;

  @ManyToOne(() => Organisation, { ref: true, nullable: true, deleteRule: 'cascade' })
  organisation: Ref<Organisation> | null = null;

  @Field(() => String, { description: 'The language its titles are written in (BCP 47 tag).' })
  @Property({ type: 'string', length: 35 })
  language!: string;

  @Field(() => String, { description: 'What the template is called.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'When to use it.' })
  @Property({ type: 'text' })
  description: string & Opt = '';

  @Property({ type: 'json' })
  phases: TemplatePhase[] & Opt = [];
}

// Whether a staff member sees a method: the starter library, what is shared with every organisation, and what their
// own organisations made. (Here, beside the entity, so that the policy needs no service.)
export const methodVisibleTo = (method: Method, organisationIds: ReadonlySet<string>): boolean =>
  method.key !== null ||
  method.sharedAt !== null ||
  (!!method.organisation && organisationIds.has(method.organisation.id));

export const templateVisibleTo = (template: AgendaTemplate, organisationIds: ReadonlySet<string>): boolean =>
  template.key !== null || (!!template.organisation && organisationIds.has(template.organisation.id));
