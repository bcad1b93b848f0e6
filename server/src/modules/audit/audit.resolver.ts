import { Args, Ctx, Query, Resolver } from 'type-graphql';
import { staffViewer } from '../../core/auth/viewer.js';
import type { Context } from '../../core/context.js';
import { ConnectionArgs, ConnectionType, connectionFromList, type Connection } from '../../core/pagination.js';
import { AuditEntry } from './audit-entry.entity.js';
import { listAuditEntries } from './audit.service.js';

export const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, {
    description: "Who read or changed participants' personal data in the administrator's projects, newest first.",
  })
  async auditLog(
    @Args(() => ConnectionArgs) args: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<AuditEntry>> {
    return connectionFromList(await listAuditEntries(ctx.em, staffViewer(ctx.viewer).projectIds), args);
  }
}
