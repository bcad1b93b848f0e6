import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { staffViewer } from '../../core/auth/viewer.js';
import type { Context } from '../../core/context.js';
import { ConnectionArgs, ConnectionType, type Connection } from '../../core/pagination.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditActorKind, AuditLogFilter } from './audit.input.js';
import { actorNames, auditLogCsv, pageAuditEntries, participantPseudonyms } from './audit.service.js';

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description:
      "Who read or changed participants' personal data in the administrator's projects, newest first, a page at a time down to the first entry.",
  })
  async auditLog(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Which entries to show; all when left out.' })
    filter: AuditLogFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<AuditEntry>> {
    return pageAuditEntries(ctx.em, staffViewer(ctx.viewer).projectIds, filter, args);
  }

  @Query(() => String, {
    description:
      'The audit log that matches the filter, every entry of it, as a CSV file (UTF-8 with a byte order mark, for spreadsheets).',
  })
  auditLogCsv(
    @Arg('filter', () => AuditLogFilter, { nullable: true, description: 'Which entries to export; all when left out.' })
    filter: AuditLogFilter | null,
    @Ctx() ctx: Context,
  ): Promise<string> {
    return auditLogCsv(ctx.em, staffViewer(ctx.viewer).projectIds, filter);
  }

  @FieldResolver(() => AuditActorKind, { description: 'Whether a staff member, the participant or nobody did it.' })
  actorKind(@Root() entry: AuditEntry): AuditActorKind {
    if (entry.actorAccountId) return AuditActorKind.STAFF;
    return entry.actor === 'participant' ? AuditActorKind.PARTICIPANT : AuditActorKind.ANONYMOUS;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The name of the staff account that did it; null when it was not a staff member.',
  })
  async actorName(@Root() entry: AuditEntry, @Ctx() { em, loaders }: Context): Promise<string | null> {
    if (!entry.actorAccountId) return null;
    return loaders.custom('audit-actor-names', (ids) => actorNames(em, ids)).load(entry.actorAccountId);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The id of the staff account that did it, if any.' })
  actorAccountId(@Root() entry: AuditEntry): string | null {
    return entry.actorAccountId;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The pseudonym of the participant whose data it was (never their personal data itself).',
  })
  async participantPseudonym(@Root() entry: AuditEntry, @Ctx() { em, loaders }: Context): Promise<string | null> {
    if (entry.subjectType !== 'Participant') return null;
    return loaders.custom('audit-pseudonyms', (ids) => participantPseudonyms(em, ids)).load(entry.subjectId);
  }
}
