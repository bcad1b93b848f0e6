import type { Viewer } from '../../core/auth/viewer.js';
import type { EntityManager } from '../../core/orm.js';
import { AuditAction, AuditEntry } from './audit-entry.entity.js';

// Collects who read or changed personal data during one request, and writes it in one statement at its end.
export class AuditTrail {
  private readonly entries = new Map<string, Partial<AuditEntry>>();

  constructor(private readonly viewer: () => Viewer) {}

  private actor(): Pick<AuditEntry, 'actor' | 'actorAccountId'> {
    const viewer = this.viewer();
    if (viewer.kind === 'staff') return { actor: viewer.email, actorAccountId: viewer.accountId };
    return { actor: viewer.kind === 'participant' ? 'participant' : 'anonymous', actorAccountId: null };
  }

  record(action: AuditAction, subject: { type: string; id: string; projectId: string | null }, detail: string): void {
    const key = `${action}:${subject.type}:${subject.id}:${detail}`;
    if (!this.entries.has(key)) {
      this.entries.set(key, {
        ...this.actor(),
        action,
        subjectType: subject.type,
        subjectId: subject.id,
        projectId: subject.projectId,
        detail,
      });
    }
  }

  async flush(em: EntityManager): Promise<void> {
    if (!this.entries.size) return;
    const fork = em.fork();
    for (const entry of this.entries.values()) fork.create(AuditEntry, entry as AuditEntry);
    this.entries.clear();
    await fork.flush();
  }
}

// The newest entries about the given projects' participants, for their administrators.
export function listAuditEntries(
  em: EntityManager,
  projectIds: ReadonlySet<string>,
  limit = 1000,
): Promise<AuditEntry[]> {
  return em.find(AuditEntry, { projectId: { $in: [...projectIds] } }, { orderBy: { at: 'desc', id: 'asc' }, limit });
}

// Who changes something that must be accounted for: the staff account, named as in the log.
export interface Actor {
  actor: string;
  actorAccountId: string | null;
}

export const actorOf = (viewer: Viewer): Actor =>
  viewer.kind === 'staff'
    ? { actor: viewer.email, actorAccountId: viewer.accountId }
    : { actor: viewer.kind === 'participant' ? 'participant' : 'anonymous', actorAccountId: null };

const DETAIL_MAX = 200;

// A change written into the log in the transaction of the change itself: it is there exactly when the change is.
export function auditChange(
  tx: EntityManager,
  actor: Actor,
  action: AuditAction,
  subject: { type: string; id: string; projectId: string | null },
  detail: string,
): void {
  tx.create(AuditEntry, {
    ...actor,
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    projectId: subject.projectId,
    detail: detail.length > DETAIL_MAX ? `${detail.slice(0, DETAIL_MAX - 1)}…` : detail,
  });
}
