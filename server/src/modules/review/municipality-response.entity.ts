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
  description: "The municipality's decision on a strategy; every decision but ADOPTED comes with a reason.",
  valuesConfig: {
    ADOPTED: { description: 'The municipality will carry out the strategy as proposed.' },
    PARTLY_ADOPTED: { description: 'The municipality will carry out part of it; the reason says which part.' },
    UNDER_STUDY: {
      description: 'The municipality is looking into it and will decide later: still waiting for a decision.',
    },
    DECLINED: { description: 'The municipality will not carry it out; the reason says why.' },
  },
});

// UNDER_STUDY is an answer, not yet a decision.
export const isDecided = (decision: ResponseDecision): boolean => decision !== ResponseDecision.UNDER_STUDY;

@ObjectType({
  description:
    "The municipality's answer to a strategy: a decision, its reason, who carries it out and by when. What happens next is its timeline (`Strategy.updates`).",
})
@Entity()
export class MunicipalityResponse extends BaseEntity {
  @OneToOne(() => Strategy, { ref: true, owner: true, unique: true, deleteRule: 'cascade' })
  strategy!: Ref<Strategy>;

  @Field(() => ResponseDecision, { description: 'Adopted, partly adopted, under study or declined.' })
  @Enum({ items: () => ResponseDecision })
  decision!: ResponseDecision;

  @Field(() => String, {
    nullable: true,
    description: 'Why the municipality decided so, in plain words; required for every decision but ADOPTED.',
  })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  // Its translations are in the one store of translations (modules/translation, RESPONSE_REASON).
  @Field(() => String, { description: 'The language the reason was written in (BCP 47 tag).' })
  @Property({ type: 'string', length: 35, default: 'nl' })
  language: string & Opt = 'nl';

  @Field(() => String, {
    nullable: true,
    description: 'The department of the municipality or the partner that carries the strategy out.',
  })
  @Property({ type: 'string', length: 300, nullable: true })
  responsible: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'When it is planned to be done (YYYY-MM-DD); null when no date is set.',
  })
  @Property({ type: 'date', nullable: true })
  plannedFor: string | null = null;

  @Field(() => GraphQLISODateTime, { description: 'When the municipality first answered.' })
  @Property({ type: 'datetime' })
  respondedAt: Date & Opt = new Date();

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the municipality first took a decision (anything but UNDER_STUDY); null while under study.',
  })
  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;
}
