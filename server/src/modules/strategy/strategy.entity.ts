import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToMany, ManyToOne, OneToMany, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { AgendaPhase, Session } from '../session/session.entity.js';

export enum StrategyStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  ANSWERED = 'ANSWERED',
}

registerEnumType(StrategyStatus, {
  name: 'StrategyStatus',
  description: 'Where a strategy is on its way to the municipality.',
  valuesConfig: {
    DRAFT: { description: 'Being drafted in or after a session.' },
    SUBMITTED: { description: 'Submitted to the municipality, awaiting its answer.' },
    ANSWERED: { description: 'The municipality has answered it.' },
  },
});

@ObjectType({ description: 'An action plan built from ideas, submitted to the municipality.' })
@Entity()
@Index({ properties: ['session'] })
export class Strategy extends BaseEntity {
  @ManyToOne(() => Session, { ref: true, deleteRule: 'cascade' })
  session!: Ref<Session>;

  // The agenda phase that was running when it was drafted; null when drafted after the session.
  @ManyToOne(() => AgendaPhase, { ref: true, nullable: true, deleteRule: 'set null' })
  phase: Ref<AgendaPhase> | null = null;

  @Field(() => String, { description: 'A short name for the plan.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'What the strategy wants to change, and why.' })
  @Property({ type: 'text' })
  description: string & Opt = '';

  @Field(() => StrategyStatus, { description: 'Draft, submitted to the municipality, or answered.' })
  @Enum({ items: () => StrategyStatus })
  status: StrategyStatus & Opt = StrategyStatus.DRAFT;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was submitted; null while a draft.' })
  @Property({ type: 'datetime', nullable: true })
  submittedAt: Date | null = null;

  @ManyToMany(() => Idea)
  ideas = new Collection<Idea>(this);

  @OneToMany(() => StrategyAction, (action) => action.strategy, { orderBy: { position: 'asc' } })
  actions = new Collection<StrategyAction>(this);
}

@ObjectType({ description: 'One action of a strategy: what, who, when, with which resources.' })
@Entity()
@Index({ properties: ['strategy', 'position'] })
export class StrategyAction extends BaseEntity {
  @ManyToOne(() => Strategy, { ref: true, deleteRule: 'cascade' })
  strategy!: Ref<Strategy>;

  @Field(() => Int, { description: 'Order within the strategy, from 0.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'What will be done.' })
  @Property({ type: 'text' })
  what!: string;

  @Field(() => String, { description: 'Who does it.' })
  @Property({ type: 'string', length: 300 })
  who!: string;

  @Field(() => String, { description: 'When, in words or as a date.' })
  @Property({ type: 'string', length: 200 })
  due!: string;

  @Field(() => String, { description: 'Money, people, rooms or materials it needs.' })
  @Property({ type: 'text' })
  resources: string & Opt = '';
}
