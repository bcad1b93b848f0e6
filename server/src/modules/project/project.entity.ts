import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, OneToMany, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { DEFAULT_SMALL_GROUP_THRESHOLD } from '../disclosure/disclosure.rule.js';
import { Organisation } from '../organisation/organisation.entity.js';

export const GRANT_MIN_EUROS = 100_000;
export const GRANT_MAX_EUROS = 250_000;
export const EU_FUND_SHARE = 0.75;

export enum PartnerRole {
  PARTNER_ACTOR = 'PARTNER_ACTOR',
  SELF_ORGANISATION = 'SELF_ORGANISATION',
  EVALUATION_TEAM = 'EVALUATION_TEAM',
  CO_PROMOTER = 'CO_PROMOTER',
}

registerEnumType(PartnerRole, {
  name: 'PartnerRole',
  description: 'The part an organisation plays in a project besides its promoter.',
  valuesConfig: {
    PARTNER_ACTOR: { description: 'Runs the workshops and reaches participants.' },
    SELF_ORGANISATION: { description: 'Represents the target group and helps reach it.' },
    EVALUATION_TEAM: { description: 'Monitors and evaluates the project.' },
    CO_PROMOTER: { description: 'Promotes the project with the promoter.' },
  },
});

@ObjectType({ description: 'One funded local trajectory of workshops, owned by a promoter with its partners.' })
@Entity()
@Index({ properties: ['promoter'] })
export class Project extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String, { description: 'What the project is about, in a few sentences.' })
  @Property({ type: 'text' })
  description: string & Opt = '';

  @Field(() => [String], { description: 'The goals the project commits to.' })
  @Property({ type: 'text[]' })
  goals: string[] & Opt = [];

  @ManyToOne(() => Organisation, { ref: true })
  promoter!: Ref<Organisation>;

  @Field(() => Int, { description: 'The grant in whole euros (100,000 to 250,000).' })
  @Property({ type: 'integer' })
  grantEuros!: number;

  @Field(() => String, { description: 'First day of the project period (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => String, { description: 'Last day of the project period (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  endsOn!: string;

  @Field(() => Int, {
    description:
      'k: figures about fewer people than this are never shown, nor anything from which one could be worked out. At least 5; it can be raised, never lowered.',
  })
  @Property({ type: 'integer', default: DEFAULT_SMALL_GROUP_THRESHOLD })
  smallGroupThreshold: number & Opt = DEFAULT_SMALL_GROUP_THRESHOLD;

  @OneToMany(() => ProjectPartner, (partner) => partner.project)
  partners = new Collection<ProjectPartner>(this);

  @Field(() => Float, { description: 'The part of the grant paid by the EU fund (75%), in euros.' })
  get euFundEuros(): number & Opt {
    return Math.round(this.grantEuros * EU_FUND_SHARE * 100) / 100;
  }

  @Field(() => Float, { description: 'The part of the grant co-financed by the region (25%), in euros.' })
  get regionalCofinancingEuros(): number & Opt {
    return Math.round((this.grantEuros - this.euFundEuros) * 100) / 100;
  }
}

@ObjectType({ description: 'An organisation that works on a project, and its role there.' })
@Entity()
@Unique({ properties: ['project', 'organisation'] })
@Index({ properties: ['organisation'] })
export class ProjectPartner extends BaseEntity {
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @ManyToOne(() => Organisation, { ref: true })
  organisation!: Ref<Organisation>;

  @Field(() => PartnerRole)
  @Enum({ items: () => PartnerRole })
  role!: PartnerRole;
}
