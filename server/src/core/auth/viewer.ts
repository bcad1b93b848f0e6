import { msg } from '../i18n/messages.js';
import { StaffRole } from '../../modules/account/account.entity.js';
import { LoginKind } from '../../modules/account/login-session.entity.js';
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
  // The live session joined with its code; null for a participant signed in to a call between sessions.
  sessionId: string | null;
  // The call between sessions signed in to with a personal code; null for a session's participant.
  callId: string | null;
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

interface LoginRow {
  id: string;
  kind: LoginKind;
  participant_id: string | null;
  session_id: string | null;
  call_id: string | null;
  project_id: string | null;
  account_id: string | null;
  active: boolean | null;
  email: string | null;
  role: StaffRole | null;
  organisation_ids: string[];
}

// Who sends a request: every request and every live connection asks, so this is one statement that reads plain rows
// (a lookup through the ORM, with its populate and hydration, cost a phone's change more CPU than its insert).
export async function loadViewer(em: EntityManager, token: string | undefined): Promise<Viewer> {
  if (!token) return ANONYMOUS;
  const [login] = await em.execute<LoginRow[]>(
    `select l.id, l.kind, l.participant_id, l.session_id, l.call_id, p.project_id,
            a.id as account_id, a.active, a.email, a.role,
            array(select o.organisation_id::text from account_organisations o where o.account_id = a.id)
              as organisation_ids
       from login_session l
       left join participant p on p.id = l.participant_id
       left join account a on a.id = l.account_id
      where l.token_hash = ? and l.expires_at > ?`,
    [hashToken(token), new Date()],
  );
  if (!login) return ANONYMOUS;
  if (login.kind === LoginKind.STAFF && login.account_id && login.role) {
    if (!login.active) return ANONYMOUS;
    const grants = await grantsOf(appPolicy, em, login.account_id, login.role);
    return {
      kind: 'staff',
      loginId: login.id,
      accountId: login.account_id,
      email: login.email ?? '',
      role: login.role,
      organisationIds: new Set(login.organisation_ids),
      grants,
      projectIds: new Set(grants.keys()),
      capabilities: roleCapabilities(appPolicy.roles, login.role),
    };
  }
  if (
    login.kind === LoginKind.PARTICIPANT &&
    login.participant_id &&
    login.project_id &&
    (login.session_id || login.call_id)
  ) {
    return {
      kind: 'participant',
      loginId: login.id,
      participantId: login.participant_id,
      sessionId: login.session_id,
      callId: login.session_id ? null : login.call_id,
      projectId: login.project_id,
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
