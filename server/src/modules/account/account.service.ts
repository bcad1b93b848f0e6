import { DomainError, ErrorCode, badInput, conflict } from '../../core/errors.js';
import { clearedLoginCookie, loginCookie } from '../../core/auth/cookies.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../core/auth/password.js';
import { hashToken, newToken } from '../../core/auth/tokens.js';
import { STAFF_LOGIN_HOURS, loadViewer, type StaffViewer } from '../../core/auth/viewer.js';
import type { Context } from '../../core/context.js';
import { runMutation } from '../../core/mutation.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Project } from '../project/project.entity.js';
import { Account, Invitation, StaffRole } from './account.entity.js';
import type {
  AcceptInvitationInput,
  ChangePasswordInput,
  CreateInvitationInput,
  SignInInput,
  UpdateAccountInput,
} from './account.input.js';
import { LoginKind, LoginSession } from './login-session.entity.js';
import type { Participant } from '../participant/participant.entity.js';
import type { Session } from '../session/session.entity.js';

export const INVITATION_DAYS = 7;
// After this many failed sign-ins in a row the account waits before the next try, longer each time.
export const FREE_FAILED_SIGN_INS = 3;
const MAX_LOCK_MINUTES = 60;

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export function getAccount(em: EntityManager, id: string): Promise<Account> {
  return getById(em, Account, id, 'account');
}

export function lockMinutes(failedSignIns: number): number {
  const over = failedSignIns - FREE_FAILED_SIGN_INS;
  return over < 0 ? 0 : Math.min(MAX_LOCK_MINUTES, 2 ** over);
}

// Starts a browser session: a random token in an httpOnly cookie, only its hash in the database.
export async function startLogin(
  ctx: Context,
  values: { kind: LoginKind; account?: Account; participant?: Participant; session?: Session },
  hours: number,
): Promise<void> {
  const token = newToken();
  ctx.em.create(LoginSession, {
    ...values,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + hours * 3_600_000),
  });
  await ctx.em.flush();
  ctx.request.setCookie(loginCookie(token, hours * 3600, ctx.request.secure));
  // The rest of this request already acts as the one who just signed in.
  ctx.viewer = await loadViewer(ctx.em, token);
}

const wrongCredentials = (): DomainError =>
  new DomainError(ErrorCode.UNAUTHENTICATED, 'That e-mail address and password do not match an account.');

// Sign-in is repeatable by nature: each success starts one browser session, so it takes no clientMutationId replay.
export async function signIn(ctx: Context, input: SignInInput): Promise<Account> {
  const { em, limits, request } = ctx;
  await limits.signIn.check(request.clientKey);
  const account = await em.findOne(Account, { email: normaliseEmail(input.email) });
  if (!account || !account.active) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    await limits.signIn.fail(request.clientKey);
    throw wrongCredentials();
  }
  if (account.lockedUntil && account.lockedUntil > new Date()) {
    const minutes = Math.ceil((account.lockedUntil.getTime() - Date.now()) / 60_000);
    throw new DomainError(
      ErrorCode.ACCOUNT_LOCKED,
      `Too many wrong passwords for this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
      { retryAfterSeconds: Math.ceil((account.lockedUntil.getTime() - Date.now()) / 1000) },
    );
  }
  if (!(await verifyPassword(account.passwordHash, input.password))) {
    account.failedSignIns += 1;
    const minutes = lockMinutes(account.failedSignIns);
    account.lockedUntil = minutes ? new Date(Date.now() + minutes * 60_000) : null;
    await em.flush();
    await limits.signIn.fail(request.clientKey);
    throw wrongCredentials();
  }
  account.failedSignIns = 0;
  account.lockedUntil = null;
  account.lastSignInAt = new Date();
  await startLogin(ctx, { kind: LoginKind.STAFF, account }, STAFF_LOGIN_HOURS);
  return account;
}

export async function signOut(ctx: Context): Promise<boolean> {
  const { viewer, em, request } = ctx;
  if (viewer.kind !== 'anonymous') await em.nativeDelete(LoginSession, { id: viewer.loginId });
  request.setCookie(clearedLoginCookie(request.secure));
  return viewer.kind !== 'anonymous';
}

export async function changePassword(ctx: Context, viewer: StaffViewer, input: ChangePasswordInput): Promise<Account> {
  const account = await getAccount(ctx.em, viewer.accountId);
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
    throw badInput('The current password is not right.', 'currentPassword');
  }
  account.passwordHash = await hashPassword(input.newPassword);
  // Other browsers signed in with the old password are signed out.
  await ctx.em.nativeDelete(LoginSession, { account, id: { $ne: viewer.loginId } });
  await ctx.em.flush();
  return account;
}

function invitationLink(token: string): string {
  return `/invitations/${token}`;
}

export async function createInvitation(
  ctx: Context,
  viewer: StaffViewer,
  input: CreateInvitationInput,
): Promise<{ invitation: Invitation; link: string }> {
  let token = newToken();
  const invitation = await runMutation(
    ctx.em,
    input,
    'createInvitation',
    async (tx) => {
      const organisation = await getById(tx, Organisation, input.organisationId, 'organisation');
      const projectIds = [...new Set(input.projectIds ?? [])];
      const projects = projectIds.length ? await tx.find(Project, { id: { $in: projectIds } }) : [];
      if (projects.length !== projectIds.length) throw badInput('Some of these projects do not exist.', 'projectIds');
      if (projects.some((p) => !viewer.projectIds.has(p.id))) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'You can only invite people to your own projects.');
      }
      const email = normaliseEmail(input.email);
      if (await tx.count(Account, { email })) throw conflict(`There is already an account for ${email}.`);
      return tx.create(Invitation, {
        tokenHash: hashToken(token),
        email,
        role: input.role,
        organisation,
        projectIds,
        createdBy: tx.getReference(Account, viewer.accountId),
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      });
    },
    // A retry gets the same invitation with a fresh link: the first link was never stored, only its hash.
    async (em, id) => {
      const invitation = await getById(em, Invitation, id, 'invitation');
      token = newToken();
      invitation.tokenHash = hashToken(token);
      await em.flush();
      return invitation;
    },
  );
  return { invitation, link: invitationLink(token) };
}

async function findInvitation(em: EntityManager, token: string): Promise<Invitation | null> {
  return em.findOne(Invitation, { tokenHash: hashToken(token) }, { populate: ['organisation'] });
}

export async function previewInvitation(em: EntityManager, token: string) {
  const invitation = await findInvitation(em, token);
  if (!invitation) throw new DomainError(ErrorCode.NOT_FOUND, 'This invitation link is not valid.');
  return {
    email: invitation.email,
    role: invitation.role,
    organisationName: invitation.organisation.getEntity().name,
    expired: invitation.expiresAt <= new Date(),
    accepted: invitation.acceptedAt !== null,
  };
}

export async function acceptInvitation(ctx: Context, input: AcceptInvitationInput): Promise<Account> {
  const { em } = ctx;
  const invitation = await findInvitation(em, input.token);
  if (!invitation || invitation.acceptedAt) {
    throw new DomainError(ErrorCode.NOT_FOUND, 'This invitation link is not valid or was already used.');
  }
  if (invitation.expiresAt <= new Date()) {
    throw new DomainError(ErrorCode.INVITATION_EXPIRED, 'This invitation has expired. Ask your administrator for a new one.');
  }
  if (await em.count(Account, { email: invitation.email })) throw conflict(`There is already an account for ${invitation.email}.`);
  const account = em.create(Account, {
    email: invitation.email,
    displayName: input.displayName.trim(),
    role: invitation.role,
    passwordHash: await hashPassword(input.password),
  });
  account.organisations.add(invitation.organisation);
  for (const projectId of invitation.projectIds) account.projects.add(em.getReference(Project, projectId));
  invitation.acceptedAt = new Date();
  await em.flush();
  account.lastSignInAt = new Date();
  await startLogin(ctx, { kind: LoginKind.STAFF, account }, STAFF_LOGIN_HOURS);
  return account;
}

export async function listAccounts(em: EntityManager, viewer: StaffViewer): Promise<Account[]> {
  return em.find(
    Account,
    { organisations: { $in: [...viewer.organisationIds] } },
    { orderBy: { displayName: 'asc', id: 'asc' } },
  );
}

export function updateAccount(ctx: Context, viewer: StaffViewer, input: UpdateAccountInput): Promise<Account> {
  return runMutation(
    ctx.em,
    input,
    'updateAccount',
    async (tx) => {
      const account = await getAccount(tx, input.accountId);
      await account.organisations.init();
      if (!account.organisations.getItems().some((o) => viewer.organisationIds.has(o.id))) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'This account belongs to another organisation.');
      }
      if (account.id === viewer.accountId && (input.active === false || (input.role && input.role !== StaffRole.ADMINISTRATOR))) {
        throw badInput('You cannot deactivate yourself or give up your own administrator role.');
      }
      if (input.role) account.role = input.role;
      if (input.active != null) {
        account.active = input.active;
        if (!input.active) await tx.nativeDelete(LoginSession, { account });
      }
      if (input.projectIds) {
        const ids = [...new Set(input.projectIds)];
        if (ids.some((id) => !viewer.projectIds.has(id))) {
          throw new DomainError(ErrorCode.FORBIDDEN, 'You can only add people to your own projects.');
        }
        await account.projects.init();
        account.projects.set(ids.map((id) => tx.getReference(Project, id)));
      }
      return account;
    },
    getAccount,
  );
}

// The first administrator of a new deployment, and the demo accounts, come from here.
export async function createAccount(
  em: EntityManager,
  values: { email: string; displayName: string; role: StaffRole; password: string; organisationIds: string[]; projectIds?: string[] },
): Promise<Account> {
  const account = em.create(Account, {
    email: normaliseEmail(values.email),
    displayName: values.displayName,
    role: values.role,
    passwordHash: await hashPassword(values.password),
  });
  for (const id of values.organisationIds) account.organisations.add(em.getReference(Organisation, id));
  for (const id of values.projectIds ?? []) account.projects.add(em.getReference(Project, id));
  await em.flush();
  return account;
}
