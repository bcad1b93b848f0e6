import type { GraphQLResolveInfo } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { AuditAction } from '../../modules/audit/audit-entry.entity.js';
import { Organisation } from '../../modules/organisation/organisation.entity.js';
import type { Context } from '../context.js';
import { DomainError, ErrorCode } from '../errors.js';
import {
  fieldRules,
  operationRules,
  roleCapabilities,
  typeRules,
  type Capability,
  type FieldRule,
  type OperationRule,
  type Target,
} from './policy.js';
import { accountOrganisations, organisationProjects, scopeOf, scopeOfRecord, scopedTypes } from './scope.js';
import { StaffRole, type ParticipantViewer, type StaffViewer } from './viewer.js';

const unauthenticated = () => new DomainError(ErrorCode.UNAUTHENTICATED, 'Please sign in, or join a session, first.');
const forbidden = () => new DomainError(ErrorCode.FORBIDDEN, 'You do not have access to this.');

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

function argAt(args: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
      args,
    );
}

const can = (viewer: StaffViewer, capabilities: readonly Capability[]): boolean =>
  capabilities.some((c) => roleCapabilities[viewer.role].has(c));

const intersects = (ids: readonly string[], set: ReadonlySet<string>): boolean => ids.some((id) => set.has(id));

// Whether staff may touch a record: inside one of their projects, or, for organisations and accounts, their own.
async function staffReaches(
  ctx: Context,
  viewer: StaffViewer,
  type: string,
  id: string,
  row?: Row,
): Promise<boolean | undefined> {
  // Acting for an organisation (promoting a project, inviting into it, renaming it) needs membership.
  if (type === 'Organisation' || type === 'OwnOrganisation') {
    if (viewer.organisationIds.has(id)) return true;
    // An id of no organisation at all is left to the resolver, which answers NOT_FOUND.
    if (!(await ctx.loaders.byId(Organisation).load(id))) return undefined;
    return type === 'Organisation' && intersects(await organisationProjects(ctx, id), viewer.projectIds);
  }
  if (type === 'Account') {
    if (id === viewer.accountId) return true;
    return (
      viewer.role === StaffRole.ADMINISTRATOR && intersects(await accountOrganisations(ctx, id), viewer.organisationIds)
    );
  }
  const scope = row ? await scopeOfRecord(ctx, type, row) : await scopeOf(ctx, type, id);
  // An id that points at nothing is left to the resolver, which answers NOT_FOUND.
  if (!scope) return undefined;
  return viewer.projectIds.has(scope.projectId);
}

async function participantReaches(
  ctx: Context,
  viewer: ParticipantViewer,
  type: string,
  id: string,
): Promise<boolean | undefined> {
  const scope = await scopeOf(ctx, type, id);
  if (!scope) return undefined;
  return scope.sessionId === viewer.sessionId;
}

// The ids an operation names for a target: one, a list, or none when the argument is left out.
function idsAt(args: Record<string, unknown>, target: Target): string[] {
  const value = argAt(args, target.arg);
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

async function reachesAll(
  args: Record<string, unknown>,
  targets: readonly Target[],
  reaches: (type: string, id: string) => Promise<boolean | undefined>,
): Promise<boolean> {
  for (const target of targets) {
    for (const id of idsAt(args, target)) if ((await reaches(target.type, id)) === false) return false;
  }
  return true;
}

async function checkOperation(
  ctx: Context,
  rule: OperationRule | undefined,
  args: Record<string, unknown>,
): Promise<void> {
  if (!rule) throw forbidden();
  if (rule.anyone) return;
  const { viewer } = ctx;
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (viewer.kind === 'staff') {
    if (!rule.staff || !can(viewer, rule.staff.can)) throw forbidden();
    if (!(await reachesAll(args, rule.staff.targets, (type, id) => staffReaches(ctx, viewer, type, id))))
      throw forbidden();
    return;
  }
  if (!rule.participant) throw forbidden();
  const { targets, self } = rule.participant;
  if (self && argAt(args, self) !== viewer.participantId) throw forbidden();
  // A participant acts within their session, or on their own record (`self`); anything else is not theirs.
  if (!self && !targets.some((target) => idsAt(args, target).length)) throw forbidden();
  if (!(await reachesAll(args, targets, (type, id) => participantReaches(ctx, viewer, type, id)))) throw forbidden();
}

type Row = { id: string; status?: string };

// Invitations belong to who sent them and to an organisation, audit entries to a project: an administrator
// sees only their own.
function ownedByAdministrator(viewer: StaffViewer, type: string, row: Row): boolean {
  if (type === 'Invitation') {
    const { organisation, createdBy } = row as { organisation?: { id: string }; createdBy?: { id: string } };
    return createdBy?.id === viewer.accountId || (!!organisation && viewer.organisationIds.has(organisation.id));
  }
  if (type === 'AuditEntry') {
    const projectId = (row as { projectId?: string | null }).projectId;
    return !!projectId && viewer.projectIds.has(projectId);
  }
  return false;
}

async function mayRead(ctx: Context, type: string, row: Row): Promise<boolean> {
  const rule = typeRules[type];
  if (!rule) return false;
  const { viewer } = ctx;
  if (viewer.kind === 'anonymous') return false;
  if (viewer.kind === 'staff') {
    if (rule.special === 'administrator')
      return viewer.role === StaffRole.ADMINISTRATOR && ownedByAdministrator(viewer, type, row);
    if (rule.special) return (await staffReaches(ctx, viewer, type, row.id, row)) === true;
    return !!rule.staff && can(viewer, rule.staff) && (await staffReaches(ctx, viewer, type, row.id, row)) === true;
  }
  if (viewer.kind === 'participant') {
    if (rule.participant === 'self') return type === 'Participant' ? row.id === viewer.participantId : false;
    if (!rule.participant) return false;
    if (rule.participant === 'visible' && row.status === 'HIDDEN') return false;
    const scope = await scopeOfRecord(ctx, type, row);
    return !!scope && scope.sessionId === viewer.sessionId;
  }
  return false;
}

// Applied to every field the API resolves: operations by `operationRules`, records by `typeRules`,
// personal fields by `fieldRules`. Payloads, connections and other plain types pass through.
export const authorize: MiddlewareFn<Context> = async ({ root, args, context, info }, next) => {
  const parent = info.parentType.name;
  if (ROOT_TYPES.has(parent)) {
    await checkOperation(context, operationRules[info.fieldName], args);
    return next();
  }
  if (parent in typeRules || scopedTypes.has(parent)) await checkRecord(context, parent, root as Row);
  const fieldRule = fieldRules[`${parent}.${info.fieldName}`];
  if (fieldRule) await checkPersonalField(context, parent, root as Row, args, info, fieldRule);
  return next();
};

// Whether the viewer may read a record, decided as for any field of it: for a resolver that answers null where a
// record is none of the viewer's business (a live event about a contribution a facilitator hid).
export async function mayReadRecord(ctx: Context, type: string, row: Row): Promise<boolean> {
  try {
    await checkRecord(ctx, type, row);
    return true;
  } catch (error) {
    if (error instanceof DomainError) return false;
    throw error;
  }
}

function checkRecord(ctx: Context, type: string, row: Row): Promise<void> {
  let check = ctx.authorized.get(row);
  if (!check) {
    check = mayRead(ctx, type, row).then((ok) => {
      if (!ok) throw ctx.viewer.kind === 'anonymous' ? unauthenticated() : forbidden();
    });
    ctx.authorized.set(row, check);
  }
  return check;
}

async function checkPersonalField(
  ctx: Context,
  type: string,
  row: Row,
  args: Record<string, unknown>,
  info: GraphQLResolveInfo,
  rule: FieldRule,
): Promise<void> {
  const { viewer } = ctx;
  if (viewer.kind === 'participant' && rule.self(row, args, viewer.participantId)) return;
  if (viewer.kind === 'staff' && can(viewer, rule.staff)) {
    if (rule.audit) {
      const scope = await scopeOfRecord(ctx, type, row);
      ctx.audit.record(AuditAction.READ, { type, id: row.id, projectId: scope?.projectId ?? null }, info.fieldName);
    }
    return;
  }
  throw viewer.kind === 'anonymous' ? unauthenticated() : forbidden();
}
