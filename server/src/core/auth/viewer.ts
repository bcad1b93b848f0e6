import { StaffRole } from '../../modules/account/account.entity.js';
import { LoginKind, LoginSession } from '../../modules/account/login-session.entity.js';
import { DomainError, ErrorCode } from '../errors.js';
import type { EntityManager } from '../orm.js';
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
  // The projects this account may work on: derived from its role, organisations and memberships.
  projectIds: ReadonlySet<string>;
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

// Which projects an account reaches: administrators every project their organisations promote or partner in,
// reviewers their municipality's projects, facilitators and evaluators the projects they are members of.
async function accessibleProjects(em: EntityManager, accountId: string, role: StaffRole): Promise<Set<string>> {
  const ownOrganisations = 'select organisation_id from account_organisations where account_id = ?';
  const [sql, params] = {
    [StaffRole.ADMINISTRATOR]: [
      `select id from project where promoter_id in (${ownOrganisations})
       union select project_id from project_partner where organisation_id in (${ownOrganisations})`,
      [accountId, accountId],
    ],
    [StaffRole.REVIEWER]: [`select id from project where promoter_id in (${ownOrganisations})`, [accountId]],
    [StaffRole.FACILITATOR]: ['select project_id as id from account_projects where account_id = ?', [accountId]],
    [StaffRole.EVALUATOR]: ['select project_id as id from account_projects where account_id = ?', [accountId]],
  }[role] as [string, string[]];
  const rows = await em.getConnection().execute<{ id: string }[]>(sql, params);
  return new Set(rows.map((row) => row.id));
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
    return {
      kind: 'staff',
      loginId: login.id,
      accountId: account.id,
      email: account.email,
      role: account.role,
      organisationIds: new Set(account.organisations.getItems().map((o) => o.id)),
      projectIds: await accessibleProjects(em, account.id, account.role),
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

// The authorization policy has already let only staff through; this narrows the type for the code after it.
export function staffViewer(viewer: Viewer): StaffViewer {
  if (viewer.kind !== 'staff') throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Please sign in first.');
  return viewer;
}

export function participantViewer(viewer: Viewer): ParticipantViewer {
  if (viewer.kind !== 'participant') throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Please join a session first.');
  return viewer;
}
