import { type Opt, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { BaseEntity } from '../../core/base.entity.js';
import { ProjectCall } from '../call/project-call.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { Session } from '../session/session.entity.js';
import { Account } from './account.entity.js';

export enum LoginKind {
  STAFF = 'STAFF',
  PARTICIPANT = 'PARTICIPANT',
}

// A signed-in browser: the cookie carries a random token, the database only its hash.
@Entity()
@Index({ properties: ['account'] })
export class LoginSession extends BaseEntity {
  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @Enum({ items: () => LoginKind })
  kind!: LoginKind;

  @ManyToOne(() => Account, { ref: true, nullable: true, deleteRule: 'cascade' })
  account: Ref<Account> | null = null;

  @ManyToOne(() => Participant, { ref: true, nullable: true, deleteRule: 'cascade' })
  participant: Ref<Participant> | null = null;

  // The one workshop session a participant joined; null for staff.
  @ManyToOne(() => Session, { ref: true, nullable: true, deleteRule: 'cascade' })
  session: Ref<Session> | null = null;

  // The call between sessions a participant signed in to with their personal code (instead of a session).
  @ManyToOne(() => ProjectCall, { ref: true, nullable: true, deleteRule: 'cascade' })
  call: Ref<ProjectCall> | null = null;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime' })
  lastSeenAt: Date & Opt = new Date();
}
