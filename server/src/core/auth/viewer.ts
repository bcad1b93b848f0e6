import { msg } from '../i18n/messages.js';
import { StaffRole } from '../../modules/account/account.entity.js';
import { LoginKind, LoginSession } from '../../modules/account/login-session.entity.js';
import { DomainError, ErrorCode } from '../errors.js';
import type { EntityManager } from '../orm.js';
import { appPolicy } from '../policies.js';
import { roleCapabilities, type AppPolicy, type Capability } from './rules.js';
import { hashToken } from './tokens.js';

export { StaffRole };

export interface AnonymousViewer {
  kind: 'anonymous';
}

export interface StaffViewer {
  kind: 'staff';
  loginId: string;
  accountId: string;
  email: string;
  role: StaffRole;
  organisationIds: ReadonlySet<string>;
  // What this account may do in each project it works on: its role's capabilities for how it stands to the project
  // (the role table, modules/account/account.policy.ts).
  grants: ReadonlyMap<string, ReadonlySet<Capability>>;
  // The projects it works on (those with a grant), for lists.
  projectIds: ReadonlySet<string>;
  // What its role may do anywhere: for operations that name no project (listing accounts, changing a password).
  capabilities: ReadonlySet<Capability>;
}

export interface ParticipantViewer {
  kind: 'participant';
  loginId: string;
  participantId: string;
  sessionId: string;
  projectId: string;
}

export type Viewer = AnonymousViewer | StaffViewer | ParticipantViewer;

export const ANONYMOUS: AnonymousViewer = { kind: 'anonymous' };

// Staff sessions last a working day; a participant's, the length of a workshop and a little more.
export const STAFF_LOGIN_HOURS = 12;
export const PARTICIPANT_LOGIN_HOURS = 8;

// What an account may do per project: for each way it stands to a project (its organisation promotes it, partners
// in it, or the account is a member), the capabilities the role table gives its role for that standing.
export async function grantsOf(
  policy: AppPolicy,
  em: EntityManager,
  accountId: string,
  role: string,
): Promise<Map<string, Set<Capability>>> {
  const table = policy.roles[role] ?? {};
  const grants = new Map<string, Set<Capability>>();
  for (const { projectId, standing } of await policy.standings({ em }, accountId)) {
    const capabilities = table[standing];
    if (!capabilities?.length) continue;
    const held = grants.get(projectId) ?? new Set<Capability>();
    for (const capability of capabilities) held.add(capability);
    grants.set(projectId, held);
  }
  return grants;
}

export async function loadViewer(em: EntityManager, token: string | undefined): Promise<Viewer> {
  if (!token) return ANONYMOUS;
  const login = await em.findOne(
    LoginSession,
    { tokenHash: hashToken(token), expiresAt: { $gt: new Date() } },
    { populate: ['account', 'account.organisations', 'participant'] },
  );
  if (!login) return ANONYMOUS;
  if (login.kind === LoginKind.STAFF && login.account) {
    const account = login.account.getEntity();
    if (!account.active) return ANONYMOUS;
    const grants = await grantsOf(appPolicy, em, account.id, account.role);
    return {
      kind: 'staff',
      loginId: login.id,
      accountId: account.id,
      email: account.email,
      role: account.role,
      organisationIds: new Set(account.organisations.getItems().map((o) => o.id)),
      grants,
      projectIds: new Set(grants.keys()),
      capabilities: roleCapabilities(appPolicy.roles, account.role),
    };
  }
  if (login.kind === LoginKind.PARTICIPANT && login.participant && login.session) {
    return {
      kind: 'participant',
      loginId: login.id,
      participantId: login.participant.id,
      sessionId: login.session.id,
      projectId: login.participant.getEntity().project.id,
    };
  }
  return ANONYMOUS;
}

// The guard has already let only staff through; this narrows the type for the code after it.
export function staffViewer(viewer: Viewer): StaffViewer {
  if (viewer.kind !== 'staff') throw new DomainError(ErrorCode.UNAUTHENTICATED, msg('common:auth.signIn'));
  return viewer;
}

export function participantViewer(viewer: Viewer): ParticipantViewer {
  if (viewer.kind !== 'participant') throw new DomainError(ErrorCode.UNAUTHENTICATED, msg('common:auth.join'));
  return viewer;
}
