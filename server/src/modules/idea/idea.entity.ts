import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Challenge, ContributionStatus } from '../challenge/challenge.entity.js';
import { Participant } from '../participant/participant.entity.js';

@ObjectType({ description: 'A proposal that answers a challenge.' })
@Entity()
@Index({ properties: ['challenge', 'createdAt'] })
export class Idea extends BaseEntity {
  @ManyToOne(() => Challenge, { ref: true, deleteRule: 'cascade' })
  challenge!: Ref<Challenge>;

  @ManyToOne(() => Participant, { ref: true, nullable: true, deleteRule: 'set null' })
  author: Ref<Participant> | null = null;

  @Field(() => String, { description: 'The idea in the words of its author.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => String, { description: 'The language it was written in (BCP 47 tag).' })
  @Property({ type: 'string', length: 35 })
  language!: string;

  @Field(() => ContributionStatus, { description: 'Whether it shows on the board or is hidden.' })
  @Enum({ items: () => ContributionStatus })
  status: ContributionStatus & Opt = ContributionStatus.VISIBLE;
}
