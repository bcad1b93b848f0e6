import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { AgendaPhase, Session } from '../session/session.entity.js';

@ObjectType({ description: 'A cluster of related challenges in a session.' })
@Entity()
@Index({ properties: ['session', 'position'] })
export class Theme extends BaseEntity {
  @ManyToOne(() => Session, { ref: true, deleteRule: 'cascade' })
  session!: Ref<Session>;

  // The agenda phase that was running when it was made.
  @ManyToOne(() => AgendaPhase, { ref: true, nullable: true, deleteRule: 'set null' })
  phase: Ref<AgendaPhase> | null = null;

  @Field(() => String, { description: 'A short title for the cluster.' })
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => Int, { description: 'Order on the board.' })
  @Property({ type: 'integer' })
  position: number & Opt = 0;
}
