import { type Opt, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Account } from '../account/account.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { Project } from '../project/project.entity.js';
import { Session } from '../session/session.entity.js';
import { AnswerSource, CompetenceDimension, QuestionnaireKind, QuestionnaireWave } from './questionnaire.types.js';

// Stable ids of items: the shipped ones (SE1, EV4) and those a project adds (P1, P2, … or chosen).
export const ITEM_CODE_MAX = 16;

// One answer of a participant to one item in one wave. Research data: stored only while the participant's consent
// to research stands (withdrawing it, or erasure, deletes their answers), and read by nobody but the participant
// themself; figures about answers leave the server only through the disclosure module.
//
// One answer per participant, item and wave: PRE and POST once per project, SESSION_END once per session. The
// partial unique indexes hold that under retries and races; answering again replaces the value.
@ObjectType({
  description:
    'One answer of a participant to one questionnaire item: research data, shown only to the participant who gave it.',
})
@Entity()
@Index({ properties: ['project', 'wave'] })
@Index({ properties: ['session'] })
@Unique({
  name: 'questionnaire_answer_once_per_wave',
  expression: `create unique index "questionnaire_answer_once_per_wave" on "questionnaire_answer" ("participant_id", "item_code", "wave") where "wave" <> 'SESSION_END'`,
})
@Unique({
  name: 'questionnaire_answer_once_per_session',
  expression: `create unique index "questionnaire_answer_once_per_session" on "questionnaire_answer" ("participant_id", "item_code", "session_id") where "wave" = 'SESSION_END'`,
})
@Check({ name: 'questionnaire_answer_on_scale', expression: 'value is null or (value between 1 and 5)' })
export class QuestionnaireAnswer extends BaseEntity {
  // The participant's project, kept on the row so that indicators read one table per project.
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @ManyToOne(() => Participant, { ref: true, deleteRule: 'cascade' })
  participant!: Ref<Participant>;

  // Where the answer was given (for SESSION_END: the session it evaluates).
  @ManyToOne(() => Session, { ref: true, deleteRule: 'cascade' })
  session!: Ref<Session>;

  @Field(() => QuestionnaireWave, { description: 'The wave the answer belongs to.' })
  @Enum({ items: () => QuestionnaireWave })
  wave!: QuestionnaireWave;

  @Field(() => String, { description: 'The stable id of the item answered, such as `SE1`.' })
  @Property({ type: 'string', length: ITEM_CODE_MAX })
  itemCode!: string;

  // 1 to 5 on the agreement scale; null for "don't know / rather not say".
  @Field(() => Int, {
    nullable: true,
    description: 'The point of the agreement scale, 1 (totally disagree) to 5 (totally agree); null for "don’t know".',
  })
  @Property({ type: 'smallint', nullable: true })
  value: number | null = null;

  @Field(() => AnswerSource, { description: 'Given on the phone, or on paper and entered by a facilitator.' })
  @Enum({ items: () => AnswerSource })
  source: AnswerSource & Opt = AnswerSource.PHONE;

  // The facilitator who entered a paper answer.
  @ManyToOne(() => Account, { ref: true, nullable: true, deleteRule: 'set null' })
  recordedBy: Ref<Account> | null = null;
}

// An item a project adds to a questionnaire, after the shipped ones. Its code and meaning are fixed once someone
// has answered it; it can be retired (no longer asked) but not deleted, so that answers keep their item.
@Entity({ tableName: 'questionnaire_item' })
@Unique({ properties: ['project', 'code'] })
export class ProjectQuestionnaireItem extends BaseEntity {
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Property({ type: 'string', length: ITEM_CODE_MAX })
  code!: string;

  @Enum({ items: () => QuestionnaireKind })
  questionnaire!: QuestionnaireKind;

  @Enum({ items: () => CompetenceDimension, nullable: true })
  dimension: CompetenceDimension | null = null;

  // The statement per language (BCP 47 tag → text).
  @Property({ type: 'json' })
  texts!: Record<string, string>;

  // Order among the project's own items of the questionnaire; they come after the shipped ones.
  @Property({ type: 'integer' })
  position!: number;

  @Property({ type: 'datetime', nullable: true })
  retiredAt: Date | null = null;

  @ManyToOne(() => Account, { ref: true, nullable: true, deleteRule: 'set null' })
  createdBy: Ref<Account> | null = null;
}
