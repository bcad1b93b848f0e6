import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Challenge, ContributionStatus } from '../challenge/challenge.entity.js';
import { ProjectCall } from '../call/project-call.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { Project } from '../project/project.entity.js';
import { AgendaPhase, Session } from '../session/session.entity.js';

@ObjectType({ description: 'A proposal that answers a challenge.' })
@Entity()
@Index({ properties: ['challenge', 'createdAt'] })
@Index({ properties: ['session'] })
@Index({ properties: ['project', 'status'] })
export class Idea extends BaseEntity {
  @ManyToOne(() => Challenge, { ref: true, deleteRule: 'cascade' })
  challenge!: Ref<Challenge>;

  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  // Where it was made, which need not be where its challenge was raised (a challenge carried into a later session);
  // null when it was contributed between sessions.
  @ManyToOne(() => Session, { ref: true, nullable: true, deleteRule: 'cascade' })
  session: Ref<Session> | null = null;

  @ManyToOne(() => AgendaPhase, { ref: true, nullable: true, deleteRule: 'set null' })
  phase: Ref<AgendaPhase> | null = null;

  @ManyToOne(() => ProjectCall, { ref: true, nullable: true, deleteRule: 'set null' })
  call: Ref<ProjectCall> | null = null;

  @ManyToOne(() => Participant, { ref: true, nullable: true, deleteRule: 'set null' })
  author: Ref<Participant> | null = null;

  @Field(() => String, { description: 'The idea in the words of its author (as a facilitator may have edited it).' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The text as its author first wrote it, when a facilitator has changed it since; null when unchanged.',
  })
  @Property({ type: 'text', nullable: true })
  originalText: string | null = null;

  @Field(() => String, { description: 'The language it was written in (BCP 47 tag).' })
  @Property({ type: 'string', length: 35 })
  language!: string;

  @Field(() => ContributionStatus, { description: 'Whether it shows on the board or is hidden.' })
  @Enum({ items: () => ContributionStatus })
  status: ContributionStatus & Opt = ContributionStatus.VISIBLE;
}
