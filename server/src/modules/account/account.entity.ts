import { Collection, type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToMany, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Project } from '../project/project.entity.js';

export enum StaffRole {
  ADMINISTRATOR = 'ADMINISTRATOR',
  REVIEWER = 'REVIEWER',
  FACILITATOR = 'FACILITATOR',
  EVALUATOR = 'EVALUATOR',
  TRANSLATOR = 'TRANSLATOR',
}

registerEnumType(StaffRole, {
  name: 'StaffRole',
  description: 'What a staff account may do.',
  valuesConfig: {
    ADMINISTRATOR: { description: "Manages organisations, accounts and invitations of its organisations' projects." },
    REVIEWER: { description: "Reviews the outcomes of its municipality's projects and answers strategies." },
    FACILITATOR: { description: 'Plans, runs and records the sessions of its projects.' },
    EVALUATOR: { description: 'Reads anonymised indicators of its projects.' },
    TRANSLATOR: {
      description:
        'A volunteer who translates what people wrote, and what staff wrote for them, in the one project it is a member of.',
    },
  },
});

@ObjectType({ description: 'A staff member who signs in with e-mail and password.' })
@Entity()
export class Account extends BaseEntity {
  @Field(() => String, { description: 'The e-mail address to sign in with, in lower case.' })
  @Property({ type: 'string', length: 254 })
  @Unique()
  email!: string;

  @Field(() => String, { description: 'The name shown to colleagues.' })
  @Property({ type: 'string', length: 200 })
  displayName!: string;

  @Field(() => StaffRole, { description: 'What the account may do.' })
  @Enum({ items: () => StaffRole })
  role!: StaffRole;

  @Property({ type: 'text', hidden: true })
  passwordHash!: string;

  @ManyToMany(() => Organisation)
  organisations = new Collection<Organisation>(this);

  @ManyToMany(() => Project)
  projects = new Collection<Project>(this);

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the account last signed in; null if never.' })
  @Property({ type: 'datetime', nullable: true })
  lastSignInAt: Date | null = null;

  @Field(() => Boolean, { description: 'A deactivated account cannot sign in.' })
  @Property({ type: 'boolean' })
  active: boolean & Opt = true;
}

@ObjectType({ description: 'A link that lets a new staff member create an account; it expires.' })
@Entity()
@Index({ properties: ['organisation'] })
export class Invitation extends BaseEntity {
  @Property({ type: 'string', length: 64, hidden: true })
  @Unique()
  tokenHash!: string;

  @Field(() => String, { description: 'The e-mail address of the person invited; the new account gets it.' })
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Field(() => StaffRole, { description: 'The role the new account gets.' })
  @Enum({ items: () => StaffRole })
  role!: StaffRole;

  @ManyToOne(() => Organisation, { ref: true, deleteRule: 'cascade' })
  organisation!: Ref<Organisation>;

  @Property({ type: 'uuid[]' })
  projectIds: string[] & Opt = [];

  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade' })
  createdBy!: Ref<Account>;

  @Field(() => GraphQLISODateTime, { description: 'After this moment the link no longer works.' })
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the account was created from it; null while open.',
  })
  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;
}
