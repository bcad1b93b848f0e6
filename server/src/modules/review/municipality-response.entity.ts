import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Strategy } from '../strategy/strategy.entity.js';

export enum ResponseDecision {
  ADOPTED = 'ADOPTED',
  PARTLY_ADOPTED = 'PARTLY_ADOPTED',
  UNDER_STUDY = 'UNDER_STUDY',
  DECLINED = 'DECLINED',
}

registerEnumType(ResponseDecision, {
  name: 'ResponseDecision',
  description: "The municipality's decision on a strategy; always given with a reason.",
  valuesConfig: {
    ADOPTED: { description: 'The municipality will carry out the strategy as proposed.' },
    PARTLY_ADOPTED: { description: 'The municipality will carry out part of it; the reason says which part.' },
    UNDER_STUDY: { description: 'The municipality is looking into it and will decide later.' },
    DECLINED: { description: 'The municipality will not carry it out; the reason says why.' },
  },
});

@ObjectType({ description: "The municipality's answer to a strategy: a decision and its reason." })
@Entity()
export class MunicipalityResponse extends BaseEntity {
  @OneToOne(() => Strategy, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  strategy!: Ref<Strategy>;

  @Field(() => ResponseDecision, { description: 'Adopted, partly adopted, under study or declined.' })
  @Enum({ items: () => ResponseDecision })
  decision!: ResponseDecision;

  @Field(() => String, { description: 'Why the municipality decided so, in plain words.' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => String, { nullable: true, description: 'What happens next, and when.' })
  @Property({ type: 'text', nullable: true })
  followUp: string | null = null;

  @Field(() => GraphQLISODateTime, { description: 'When the municipality first answered.' })
  @Property({ type: 'datetime' })
  respondedAt: Date & Opt = new Date();
}
