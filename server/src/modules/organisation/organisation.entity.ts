import { Entity, Enum, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';

export enum OrganisationKind {
  MUNICIPALITY = 'MUNICIPALITY',
  INTERMUNICIPAL_PARTNERSHIP = 'INTERMUNICIPAL_PARTNERSHIP',
  PARTNER_ACTOR = 'PARTNER_ACTOR',
  SELF_ORGANISATION = 'SELF_ORGANISATION',
  EVALUATION_TEAM = 'EVALUATION_TEAM',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What kind of organisation takes part in a project.',
  valuesConfig: {
    MUNICIPALITY: { description: 'A municipality: promotes a project and answers its strategies.' },
    INTERMUNICIPAL_PARTNERSHIP: { description: 'Municipalities that promote a project together.' },
    PARTNER_ACTOR: { description: 'An organisation with practice experience that runs the workshops.' },
    SELF_ORGANISATION: { description: 'An organisation of and for the target group.' },
    EVALUATION_TEAM: { description: 'The monitoring and evaluation team.' },
  },
});

@ObjectType({ description: 'A municipality, partnership, partner, self-organisation or evaluation team.' })
@Entity()
export class Organisation extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => OrganisationKind)
  @Enum({ items: () => OrganisationKind })
  kind!: OrganisationKind;

  @Field(() => String, { nullable: true, description: 'The town or region it works in.' })
  @Property({ type: 'string', length: 200, nullable: true })
  locality: string | null = null;
}
