import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { ProjectCall } from '../call/project-call.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { Project } from '../project/project.entity.js';
import { AgendaPhase, Session } from '../session/session.entity.js';
import { Theme } from '../theme/theme.entity.js';

export enum ContributionStatus {
  VISIBLE = 'VISIBLE',
  HIDDEN = 'HIDDEN',
  MERGED = 'MERGED',
  PENDING = 'PENDING',
}

registerEnumType(ContributionStatus, {
  name: 'ContributionStatus',
  description: 'Whether a contribution shows on the board.',
  valuesConfig: {
    VISIBLE: { description: 'Shown on the board.' },
    HIDDEN: { description: 'Hidden by the facilitator.' },
    MERGED: { description: 'Merged into another contribution that says the same.' },
    PENDING: {
      description: 'Contributed between sessions and waiting for a facilitator to approve, edit or hide it.',
    },
  },
});

@ObjectType({
  description:
    'A local problem raised in a session (or between sessions, through a call of the project), in the language it was written in.',
})
@Entity()
@Index({ properties: ['session', 'createdAt'] })
@Index({ properties: ['project', 'status'] })
@Index({ properties: ['theme'] })
@Index({ properties: ['mergedInto'] })
export class Challenge extends BaseEntity {
  @ManyToOne(() => Project, { ref: true, deleteRule: 'cascade' })
  project!: Ref<Project>;

  // Where it was made; null when it was contributed between sessions (then `call` says through which call).
  @ManyToOne(() => Session, { ref: true, nullable: true, deleteRule: 'cascade' })
  session: Ref<Session> | null = null;

  // The agenda phase that was running when it was made; null between sessions, or when it was not recorded.
  @ManyToOne(() => AgendaPhase, { ref: true, nullable: true, deleteRule: 'set null' })
  phase: Ref<AgendaPhase> | null = null;

  @ManyToOne(() => ProjectCall, { ref: true, nullable: true, deleteRule: 'set null' })
  call: Ref<ProjectCall> | null = null;

  // Null when recorded anonymously, or after the author's data was erased.
  @ManyToOne(() => Participant, { ref: true, nullable: true, deleteRule: 'set null' })
  author: Ref<Participant> | null = null;

  @ManyToOne(() => Theme, { ref: true, nullable: true, deleteRule: 'set null' })
  theme: Ref<Theme> | null = null;

  @Field(() => String, {
    description: 'The challenge in the words of its author (as a facilitator may have edited it).',
  })
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

  @Field(() => ContributionStatus, {
    description: 'Whether it shows on the board, is hidden, or was merged into another.',
  })
  @Enum({ items: () => ContributionStatus })
  status: ContributionStatus & Opt = ContributionStatus.VISIBLE;

  @ManyToOne(() => Challenge, { ref: true, nullable: true, deleteRule: 'set null' })
  mergedInto: Ref<Challenge> | null = null;
}
