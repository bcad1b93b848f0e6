import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../core/base.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { Session } from '../session/session.entity.js';
import { Theme } from '../theme/theme.entity.js';

export enum ContributionStatus {
  VISIBLE = 'VISIBLE',
  HIDDEN = 'HIDDEN',
  MERGED = 'MERGED',
}

registerEnumType(ContributionStatus, {
  name: 'ContributionStatus',
  description: 'Whether a contribution shows on the board.',
  valuesConfig: {
    VISIBLE: { description: 'Shown on the board.' },
    HIDDEN: { description: 'Hidden by the facilitator.' },
    MERGED: { description: 'Merged into another contribution that says the same.' },
  },
});

@ObjectType({ description: 'A local problem raised in a session, in the language it was written in.' })
@Entity()
@Index({ properties: ['session', 'createdAt'] })
@Index({ properties: ['theme'] })
@Index({ properties: ['mergedInto'] })
export class Challenge extends BaseEntity {
  @ManyToOne(() => Session, { ref: true, deleteRule: 'cascade' })
  session!: Ref<Session>;

  // Null when recorded anonymously, or after the author's data was erased.
  @ManyToOne(() => Participant, { ref: true, nullable: true, deleteRule: 'set null' })
  author: Ref<Participant> | null = null;

  @ManyToOne(() => Theme, { ref: true, nullable: true, deleteRule: 'set null' })
  theme: Ref<Theme> | null = null;

  @Field(() => String, { description: 'The challenge in the words of its author.' })
  @Property({ type: 'text' })
  text!: string;

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
