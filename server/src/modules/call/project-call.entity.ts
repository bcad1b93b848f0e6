import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, GraphQLISODateTime, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Project } from '../project/project.entity.js';

// A call of a project between its sessions: participants sign in with the call's code and their own personal code,
// and add challenges and ideas from their phone. What they send waits for a facilitator (moderation).
@ObjectType({
  description:
    'A call between sessions: participants of the project add challenges and ideas from their phone with their personal code; a facilitator moderates what comes in.',
})
@Entity()
@Index({ properties: ['project', 'openedAt'] })
@Unique({
  name: 'project_call_code_unique',
  expression: 'create unique index "project_call_code_unique" on "project_call" ("code") where "code" is not null',
})
export class ProjectCall extends BaseEntity {
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  @Field(() => String, { description: 'What the call asks participants, in the words of the facilitator.' })
  @Property({ type: 'text' })
  prompt!: string;

  // The short code people type (or scan) to reach the call; null once it is closed.
  @Field(() => String, {
    nullable: true,
    description: 'The short code participants type (or scan as a QR) to reach the call; null once it is closed.',
  })
  @Property({ type: 'string', length: 12, nullable: true })
  code: string | null = null;

  @Field(() => GraphQLISODateTime, { description: 'When the call opened.' })
  @Property({ type: 'datetime' })
  openedAt: Date & Opt = new Date();

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the call closed; null while it is open.' })
  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;
}
