import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Strategy, StrategyAction } from '../strategy/strategy.entity.js';

export enum ProgressStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  DROPPED = 'DROPPED',
}

registerEnumType(ProgressStatus, {
  name: 'ProgressStatus',
  description: 'How far the work on a strategy, or on one of its actions, has come.',
  valuesConfig: {
    PLANNED: { description: 'Planned: nothing has started yet.' },
    IN_PROGRESS: { description: 'Work has started.' },
    DONE: { description: 'Done.' },
    DROPPED: { description: 'It will not be done after all; the text says why.' },
  },
});

// One dated step of a strategy's follow-up: the timeline replaces the single follow-up text of earlier releases,
// which each change overwrote. An update about one action of the strategy sets that action's status; one about
// the whole strategy sets the strategy's.
@ObjectType({
  description:
    'One dated step of what became of a strategy: a status, a short text and optionally a link. Updates are never overwritten: each change is a new one, or a correction noted in the audit log.',
})
@Entity()
@Index({ properties: ['strategy', 'at'] })
@Index({ properties: ['action'] })
export class StrategyUpdate extends BaseEntity {
  @ManyToOne(() => Strategy, { ref: true, deleteRule: 'cascade' })
  strategy!: Ref<Strategy>;

  @ManyToOne(() => StrategyAction, { ref: true, nullable: true, deleteRule: 'cascade' })
  action: Ref<StrategyAction> | null = null;

  @Field(() => ProgressStatus, { description: 'Planned, in progress, done or dropped.' })
  @Enum({ items: () => ProgressStatus })
  status!: ProgressStatus;

  @Field(() => String, { description: 'What happened or happens next, in a few sentences.' })
  @Property({ type: 'text' })
  text!: string;

  // Its translations are in the one store of translations (modules/translation, STRATEGY_UPDATE_TEXT).
  @Field(() => String, { description: 'The language the text was written in (BCP 47 tag).' })
  @Property({ type: 'string', length: 35 })
  language!: string;

  @Field(() => String, {
    nullable: true,
    description: 'A web page with more (a council decision, a news item); always http or https.',
  })
  @Property({ type: 'string', length: 2000, nullable: true })
  link: string | null = null;

  @Field(() => GraphQLISODateTime, { description: 'The date of the update, as the timeline shows it.' })
  @Property({ type: 'datetime' })
  at: Date & Opt = new Date();

  // The staff account that posted it; null for the follow-up texts migrated from the previous release.
  @Property({ type: 'uuid', nullable: true })
  postedBy: string | null = null;
}
