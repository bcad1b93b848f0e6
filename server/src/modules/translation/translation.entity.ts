import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Account } from '../account/account.entity.js';
import { Project } from '../project/project.entity.js';
import { Session } from '../session/session.entity.js';

export enum TranslationOrigin {
  PERSON = 'PERSON',
  MACHINE = 'MACHINE',
}

registerEnumType(TranslationOrigin, {
  name: 'TranslationOrigin',
  description: 'Who wrote a translation: a person, or a machine-translation service.',
  valuesConfig: {
    PERSON: { description: 'Written (or corrected) by a person.' },
    MACHINE: { description: 'Drafted by the machine-translation service; a machine draft until a person approves it.' },
  },
});

// A translation of one text of one record (a challenge's text, a session's title, a municipality's reason) into one
// language. The text itself stays where it was written, in its own language; translations sit here, one per
// language (the texts that can be translated: translatable.ts). `project` and `session` say where the text lives,
// for the translator's queue and so that a session's translations go with it.
@Entity({ tableName: 'text_translation' })
@Unique({ properties: ['subjectId', 'field', 'language'] })
@Index({ properties: ['project', 'language'] })
export class TextTranslation extends BaseEntity {
  // The record whose text this translates (its id; the record's type follows from `field`).
  @Property({ type: 'uuid' })
  subjectId!: string;

  // Which text: a TranslatableField value such as CHALLENGE_TEXT.
  @Property({ type: 'string', length: 60 })
  field!: string;

  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @ManyToOne(() => Session, { ref: true, nullable: true, deleteRule: 'cascade' })
  session: Ref<Session> | null = null;

  @Property({ type: 'string', length: 35 })
  language!: string;

  @Property({ type: 'text' })
  text!: string;

  @Enum({ items: () => TranslationOrigin })
  origin: TranslationOrigin & Opt = TranslationOrigin.PERSON;

  // For a machine draft: when a person approved it as it is; null while it is a draft. Null for a person's text.
  @Property({ type: 'datetime', nullable: true })
  approvedAt: Date | null = null;

  // The staff member who wrote, corrected or approved it last; null for a machine draft, or once the account is gone.
  @ManyToOne(() => Account, { ref: true, nullable: true, deleteRule: 'set null' })
  translator: Ref<Account> | null = null;
}

// A translation as the lists beside an original read it: plain values rather than an entity (a board reads hundreds,
// and nothing writes them back).
export type TranslationRow = Pick<
  TextTranslation,
  'subjectId' | 'field' | 'language' | 'text' | 'origin' | 'approvedAt' | 'updatedAt'
>;

export const isMachineDraft = (translation: Pick<TextTranslation, 'origin' | 'approvedAt'>): boolean =>
  translation.origin === TranslationOrigin.MACHINE && !translation.approvedAt;
