import type { FilterQuery } from '@mikro-orm/core';
import { msg } from '../../core/i18n/messages.js';
import type { Viewer } from '../../core/auth/viewer.js';
import { toCsv } from '../../core/csv.js';
import { badInput } from '../../core/errors.js';
import type { EntityManager } from '../../core/orm.js';
import { DEFAULT_PAGE_SIZE, type Connection, type ConnectionArgs } from '../../core/pagination.js';
import { Account } from '../account/account.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { AuditAction, AuditEntry } from './audit-entry.entity.js';
import type { AuditLogFilter } from './audit.input.js';

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

// ---------------------------------------------------------------------------------------------------------------
// Reading the log: newest first, by (at, id), a page at a time in SQL, down to the very first entry.

// The entries about the given projects' participants that match the filter.
function matching(projectIds: ReadonlySet<string>, filter: AuditLogFilter | null | undefined): FilterQuery<AuditEntry> {
  const where: FilterQuery<AuditEntry> & Record<string, unknown> = { projectId: { $in: [...projectIds] } };
  if (filter?.actorAccountId) where.actorAccountId = filter.actorAccountId;
  if (filter?.participantId) Object.assign(where, { subjectType: 'Participant', subjectId: filter.participantId });
  if (filter?.action) where.action = filter.action;
  if (filter?.from || filter?.to) {
    if (filter.from && filter.to && filter.from >= filter.to)
      throw badInput(msg('errors:audit.fromAfterTo'), 'filter.to');
    where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
  }
  return where;
}

// A cursor is the position of an entry in the order: its moment and its id.
const encodeCursor = (entry: AuditEntry): string =>
  Buffer.from(`a:${entry.at.toISOString()}|${entry.id}`).toString('base64url');

function decodeCursor(cursor: string): { at: Date; id: string } {
  const raw = Buffer.from(cursor, 'base64url').toString();
  const match = /^a:(.+)\|([0-9a-f-]{36})$/.exec(raw);
  const at = match?.[1] ? new Date(match[1]) : undefined;
  if (!match?.[2] || !at || Number.isNaN(at.getTime())) throw badInput(msg('common:pageCursor'), 'after');
  return { at, id: match[2] };
}

const after = (position: { at: Date; id: string }): FilterQuery<AuditEntry> => ({
  $or: [{ at: { $lt: position.at } }, { at: position.at, id: { $lt: position.id } }],
});

const ORDER = { at: 'desc', id: 'desc' } as const;

export async function pageAuditEntries(
  em: EntityManager,
  projectIds: ReadonlySet<string>,
  filter: AuditLogFilter | null | undefined,
  args: ConnectionArgs,
): Promise<Connection<AuditEntry>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const where = matching(projectIds, filter);
  const page = await em.find(AuditEntry, args.after ? { $and: [where, after(decodeCursor(args.after))] } : where, {
    orderBy: ORDER,
    // One more than asked shows whether another page follows.
    limit: first + 1,
  });
  const edges = page.slice(0, first).map((node) => ({ cursor: encodeCursor(node), node }));
  return {
    edges,
    totalCount: await em.count(AuditEntry, where),
    pageInfo: {
      hasNextPage: page.length > first,
      hasPreviousPage: !!args.after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

// Who did it, as a person reads it: the account's name for staff.
export async function actorNames(em: EntityManager, accountIds: readonly string[]): Promise<(string | null)[]> {
  const accounts = await em.find(Account, { id: { $in: [...accountIds] } }, { fields: ['displayName'] });
  const names = new Map(accounts.map((account) => [account.id, account.displayName]));
  return accountIds.map((id) => names.get(id) ?? null);
}

// Which participant it was about, by their pseudonym: never their personal data itself.
export async function participantPseudonyms(
  em: EntityManager,
  participantIds: readonly string[],
): Promise<(string | null)[]> {
  const participants = await em.find(Participant, { id: { $in: [...participantIds] } }, { fields: ['pseudonym'] });
  const names = new Map(participants.map((participant) => [participant.id, participant.pseudonym]));
  return participantIds.map((id) => names.get(id) ?? null);
}

const CSV_COLUMNS = ['at', 'who', 'account_email', 'action', 'participant', 'participant_id', 'what'] as const;
const EXPORT_BATCH = 1_000;

// The whole log that matches the filter as one CSV file, read in batches down to the first entry.
export async function auditLogCsv(
  em: EntityManager,
  projectIds: ReadonlySet<string>,
  filter: AuditLogFilter | null | undefined,
): Promise<string> {
  const where = matching(projectIds, filter);
  // Its own entity manager, emptied after each batch, so that a long log does not pile up in memory.
  const reader = em.fork();
  const rows: Partial<Record<(typeof CSV_COLUMNS)[number], string>>[] = [];
  let last: AuditEntry | undefined;
  for (;;) {
    const batch = await reader.find(AuditEntry, last ? { $and: [where, after(last)] } : where, {
      orderBy: ORDER,
      limit: EXPORT_BATCH,
    });
    const accounts = [...new Set(batch.flatMap((entry) => (entry.actorAccountId ? [entry.actorAccountId] : [])))];
    const participants = [
      ...new Set(batch.flatMap((entry) => (entry.subjectType === 'Participant' ? [entry.subjectId] : []))),
    ];
    const names = await actorNames(reader, accounts);
    const pseudonyms = await participantPseudonyms(reader, participants);
    const nameOf = new Map(accounts.map((id, i) => [id, names[i]]));
    const pseudonymOf = new Map(participants.map((id, i) => [id, pseudonyms[i]]));
    for (const entry of batch) {
      rows.push({
        at: entry.at.toISOString(),
        who: (entry.actorAccountId && nameOf.get(entry.actorAccountId)) || entry.actor,
        account_email: entry.actorAccountId ? entry.actor : '',
        action: entry.action,
        participant: (entry.subjectType === 'Participant' && pseudonymOf.get(entry.subjectId)) || '',
        participant_id: entry.subjectType === 'Participant' ? entry.subjectId : '',
        what: entry.detail,
      });
    }
    if (batch.length < EXPORT_BATCH) break;
    last = batch.at(-1);
    reader.clear();
  }
  return toCsv(rows, CSV_COLUMNS);
}
