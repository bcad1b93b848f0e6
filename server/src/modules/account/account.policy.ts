import { msg } from '../../core/i18n/messages.js';
import {
  anyStaff,
  anyone,
  staff,
  type Capability,
  type FeaturePolicy,
  type Reach,
  type Subject,
} from '../../core/auth/rules.js';
import type { Context } from '../../core/context.js';
import { placeholders } from '../../core/sql.js';
import { isUuid } from '../../core/uuid.js';
import type { ProjectStanding } from '../project/project.policy.js';
import { Account, Invitation, StaffRole } from './account.entity.js';

// What each staff role may do, in the projects it stands to in each way (project.policy.ts): an administrator
// works on every project its organisations promote or partner in, but only the municipality that promotes a project
// answers its strategies; a reviewer reads and answers for its municipality's projects; facilitators and
// evaluators work on the projects they are made members of. A role limited to one project is a `member` role whose
// accounts are members of that one project.
export const ROLE_TABLE: Readonly<Record<StaffRole, Partial<Record<ProjectStanding, readonly Capability[]>>>> = {
  [StaffRole.ADMINISTRATOR]: {
    promoter: ['read', 'plan', 'record', 'personal', 'review', 'administer', 'evaluate'],
    partner: ['read', 'plan', 'record', 'personal', 'administer', 'evaluate'],
  },
  [StaffRole.REVIEWER]: { promoter: ['read', 'review'] },
  [StaffRole.FACILITATOR]: { member: ['read', 'plan', 'record', 'personal'] },
  [StaffRole.EVALUATOR]: { member: ['evaluate'] },
  // A volunteer translator reads its project's sessions and translates their texts; its account is a member of one
  // project only (account.service.ts, ONE_PROJECT_ROLES).
  [StaffRole.TRANSLATOR]: { member: ['read', 'translate'] },
};

// Roles that reach projects through their organisation (not through memberships) see every project of it, so
// only that organisation's own administrators may give them.
const organisationWide = (role: unknown): boolean => {
  const standings = ROLE_TABLE[role as StaffRole] ?? {};
  return !!(standings.promoter ?? standings.partner);
};
const ORGANISATION_WIDE_REFUSAL = msg('errors:account.organisationWide');

// The organisations an account belongs to, batched per request.
export function accountOrganisations(ctx: Context, accountId: string): Promise<string[]> {
  if (!isUuid(accountId)) return Promise.resolve([]);
  return ctx.loaders
    .custom<string[]>('account-organisation-ids', async (ids) => {
      const valid = ids.filter(isUuid);
      const rows = valid.length
        ? await ctx.em
            .getConnection()
            .execute<{ account_id: string; organisation_id: string }[]>(
              `select account_id, organisation_id from account_organisations where account_id in (${placeholders(valid)})`,
              valid,
            )
        : [];
      return ids.map((id) => rows.filter((row) => row.account_id === id).map((row) => row.organisation_id));
    })
    .load(accountId);
}

// Accounts live outside projects: one's own, and those of one's organisations.
const colleague: Reach = async (ctx, viewer, id) => {
  if (viewer.kind !== 'staff') return false;
  if (id === viewer.accountId) return true;
  return (await accountOrganisations(ctx, id)).some((organisation) => viewer.organisationIds.has(organisation));
};

const isOwnAccount = ({ viewer, row }: Subject): boolean => viewer.kind === 'staff' && row?.id === viewer.accountId;

// Invitations belong to who sent them and to the organisation they invite into.
const invitationOf: Reach = async (ctx, viewer, id, row) => {
  if (viewer.kind !== 'staff') return false;
  const invitation = (row as Invitation | undefined) ?? (await ctx.loaders.byId(Invitation).load(id));
  if (!invitation) return undefined;
  return invitation.createdBy.id === viewer.accountId || viewer.organisationIds.has(invitation.organisation.id);
};

const input = (args: Subject['args']) =>
  (args.input ?? {}) as { role?: StaffRole; organisationId?: string; accountId?: string };

// Giving an organisation-wide role needs membership of the organisation it is given in.
const mayInviteAs = ({ viewer, args }: Subject): boolean => {
  const { role, organisationId } = input(args);
  return (
    !organisationWide(role) ||
    (viewer.kind === 'staff' && !!organisationId && viewer.organisationIds.has(organisationId))
  );
};

// …and of every organisation of the account whose role changes to one.
const mayGiveRole = async ({ ctx, viewer, args }: Subject): Promise<boolean> => {
  const { role, accountId } = input(args);
  if (!role || !accountId || !organisationWide(role) || viewer.kind !== 'staff') return true;
  const account = await ctx.loaders.byId(Account).load(accountId);
  if (!account || account.role === role) return true;
  return (await accountOrganisations(ctx, accountId)).every((organisation) => viewer.organisationIds.has(organisation));
};

export const accountPolicy: FeaturePolicy = {
  roles: ROLE_TABLE,

  operations: {
    viewer: [anyone()],
    invitation: [anyone()],
    signIn: [anyone()],
    signOut: [anyone()],
    acceptInvitation: [anyone()],
    changePassword: [anyStaff()],
    accounts: [staff('administer')],
    // Memberships only in projects the administrator manages.
    createInvitation: [
      staff('administer')
        .on('Organisation', 'input.organisationId')
        .on('Project', 'input.projectIds')
        .when(mayInviteAs, ORGANISATION_WIDE_REFUSAL),
    ],
    updateAccount: [
      staff('administer')
        .on('Account', 'input.accountId')
        .on('Project', 'input.projectIds')
        .when(mayGiveRole, ORGANISATION_WIDE_REFUSAL),
    ],
  },

  records: {
    Account: { reach: colleague, read: [anyStaff().when(isOwnAccount), staff('administer')] },
    Invitation: { reach: invitationOf, read: [staff('administer')] },
  },
};
