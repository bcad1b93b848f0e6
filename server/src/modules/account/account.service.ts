import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { isEmail } from 'class-validator';
import { DomainError, ErrorCode, badInput, conflict } from '../../core/errors.js';
import { msg } from '../../core/i18n/messages.js';
import { clearedLoginCookie, loginCookie } from '../../core/auth/cookies.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../core/auth/password.js';
import { hashToken, newToken } from '../../core/auth/tokens.js';
import { STAFF_LOGIN_HOURS, type StaffViewer } from '../../core/auth/viewer.js';
import { refreshViewer, type Context } from '../../core/context.js';
import { runMutation } from '../../core/mutation.js';
import { placeholders } from '../../core/sql.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity.js';
import { Project } from '../project/project.entity.js';
import { Account, Invitation, StaffRole } from './account.entity.js';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type AcceptInvitationInput,
  type ChangePasswordInput,
  type CreateInvitationInput,
  type SignInInput,
  type UpdateAccountInput,
} from './account.input.js';
import { LoginKind, LoginSession } from './login-session.entity.js';
import type { Participant } from '../participant/participant.entity.js';
import type { Session } from '../session/session.entity.js';

export const INVITATION_DAYS = 7;
// After this many failed sign-ins in a row the account waits before the next try, longer each time.
export const FREE_FAILED_SIGN_INS = 3;
const MAX_LOCK_MINUTES = 60;

// One spelling per address: the unique index and every look-up see the same string.
export const normaliseEmail = (email: string): string => email.normalize('NFC').trim().toLowerCase();

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
  // The browser's cookie is about to be replaced, so its earlier login can never be used again.
  if (ctx.viewer.kind !== 'anonymous') await ctx.em.nativeDelete(LoginSession, { id: ctx.viewer.loginId });
  ctx.em.create(LoginSession, {
    ...values,
    tokenHash: hashToken(token),
    expiresAt: new Date(Date.now() + hours * 3_600_000),
  });
  await ctx.em.flush();
  ctx.request.setCookie(loginCookie(token, hours * 3600, ctx.request.secure));
  // The rest of this request already acts as the one who just signed in.
  ctx.request.loginToken = token;
  await refreshViewer(ctx);
}

const wrongCredentials = (): DomainError =>
  new DomainError(ErrorCode.UNAUTHENTICATED, msg('common:account.wrongPassword'));

function accountLocked(until: Date): DomainError {
  const seconds = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new DomainError(ErrorCode.ACCOUNT_LOCKED, msg('common:account.locked', { count: minutes }), {
    retryAfterSeconds: seconds,
  });
}

// Counts an attempt as failed before its password is checked, in one conditional update: guesses sent in
// parallel each count, and past the free attempts the lock already holds while the password is checked.
// A success takes the count back to zero. Returns the end of the lock when locked, or null once claimed.
async function claimSignInAttempt(em: EntityManager, accountId: string): Promise<Date | null> {
  for (;;) {
    const current = await em
      .fork()
      .findOneOrFail(Account, { id: accountId }, { fields: ['failedSignIns', 'lockedUntil'] });
    const now = new Date();
    if (current.lockedUntil && current.lockedUntil > now) return current.lockedUntil;
    const failedSignIns = current.failedSignIns + 1;
    const minutes = lockMinutes(failedSignIns);
    const claimed = await em.nativeUpdate(
      Account,
      { id: accountId, failedSignIns: current.failedSignIns },
      { failedSignIns, lockedUntil: minutes ? new Date(now.getTime() + minutes * 60_000) : null },
    );
    // Another attempt changed the count in between: look again.
    if (claimed) return null;
  }
}

// Sign-in is repeatable by nature: each success starts one browser session, so it takes no clientMutationId replay.
export async function signIn(ctx: Context, input: SignInInput): Promise<Account> {
  const { em, limits, request } = ctx;
  await limits.signIn.attempt(request.clientKey);
  const account = await em.findOne(Account, { email: normaliseEmail(input.email) });
  if (!account || !account.active) {
    // As slow as a real check, so that the answer does not tell which addresses have an account.
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw wrongCredentials();
  }
  const lockedUntil = await claimSignInAttempt(em, account.id);
  if (lockedUntil) {
    throw accountLocked(lockedUntil);
  }
  if (!(await verifyPassword(account.passwordHash, input.password))) {
    throw wrongCredentials();
  }
  await limits.signIn.succeeded(request.clientKey);
  await em.nativeUpdate(Account, { id: account.id }, { failedSignIns: 0, lockedUntil: null, lastSignInAt: new Date() });
  await em.refresh(account);
  await startLogin(ctx, { kind: LoginKind.STAFF, account }, STAFF_LOGIN_HOURS);
  return account;
}

export async function signOut(ctx: Context): Promise<boolean> {
  const { viewer, em, request } = ctx;
  if (viewer.kind !== 'anonymous') await em.nativeDelete(LoginSession, { id: viewer.loginId });
  request.setCookie(clearedLoginCookie(request.secure));
  return viewer.kind !== 'anonymous';
}

// A stolen session must not become a way to guess the password: wrong current passwords count
// against the client like failed sign-ins.
export function changePassword(ctx: Context, viewer: StaffViewer, input: ChangePasswordInput): Promise<Account> {
  const { limits, request } = ctx;
  return runMutation(
    ctx.em,
    input,
    'changePassword',
    async (tx) => {
      await limits.signIn.attempt(request.clientKey);
      const account = await getAccount(tx, viewer.accountId);
      if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
        throw badInput(msg('errors:account.currentPassword'), 'currentPassword');
      }
      await limits.signIn.succeeded(request.clientKey);
      account.passwordHash = await hashPassword(input.newPassword);
      // Other browsers signed in with the old password are signed out.
      await tx.nativeDelete(LoginSession, { account, id: { $ne: viewer.loginId } });
      return account;
    },
    getAccount,
  );
}

function invitationLink(token: string): string {
  return `/invitations/${token}`;
}

// Roles limited to one project (a volunteer translator): their accounts are members of exactly one.
export const ONE_PROJECT_ROLES: ReadonlySet<StaffRole> = new Set([StaffRole.TRANSLATOR]);

function assertProjectsFitRole(role: StaffRole, projectCount: number): void {
  if (ONE_PROJECT_ROLES.has(role) && projectCount !== 1)
    throw badInput(msg('errors:account.oneProject', { count: projectCount }), 'projectIds');
}

// Which roles an administrator may give, and in which projects, is decided by account.policy.ts before this runs.
async function findProjects(tx: EntityManager, projectIds: readonly string[]): Promise<Project[]> {
  const ids = [...new Set(projectIds)];
  const projects = ids.length ? await tx.find(Project, { id: { $in: ids } }) : [];
  if (projects.length !== ids.length) throw badInput(msg('errors:account.unknownProjects'), 'projectIds');
  return projects;
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
      const projects = await findProjects(tx, input.projectIds ?? []);
      assertProjectsFitRole(input.role, projects.length);
      const email = normaliseEmail(input.email);
      if (await tx.count(Account, { email })) throw conflict(msg('errors:account.exists', { email }));
      return tx.create(Invitation, {
        tokenHash: hashToken(token),
        email,
        role: input.role,
        organisation,
        projectIds: projects.map((p) => p.id),
        createdBy: tx.getReference(Account, viewer.accountId),
        expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      });
    },
    // A retry gets the same invitation with a fresh link: the first link was never stored, only its hash.
    async (em, id) => {
      const earlier = await getById(em, Invitation, id, 'invitation');
      token = newToken();
      earlier.tokenHash = hashToken(token);
      await em.flush();
      return earlier;
    },
  );
  return { invitation, link: invitationLink(token) };
}

async function findInvitation(em: EntityManager, token: string): Promise<Invitation | null> {
  return em.findOne(Invitation, { tokenHash: hashToken(token) }, { populate: ['organisation'] });
}

const invalidInvitation = (): DomainError => new DomainError(ErrorCode.NOT_FOUND, msg('errors:account.invitationUsed'));

export async function previewInvitation(em: EntityManager, token: string) {
  const invitation = await findInvitation(em, token);
  if (!invitation) throw new DomainError(ErrorCode.NOT_FOUND, msg('errors:account.invitationInvalid'));
  return {
    email: invitation.email,
    role: invitation.role,
    organisationName: invitation.organisation.getEntity().name,
    expired: invitation.expiresAt <= new Date(),
    accepted: invitation.acceptedAt !== null,
  };
}

// One account per link: the link is marked used in the same transaction that creates the account,
// by a conditional update, so two tabs sending it at once cannot both succeed.
export async function acceptInvitation(ctx: Context, input: AcceptInvitationInput): Promise<Account> {
  const passwordHash = await hashPassword(input.password);
  let account: Account;
  try {
    account = await ctx.em.transactional(async (tx) => {
      const invitation = await findInvitation(tx, input.token);
      if (!invitation || invitation.acceptedAt) throw invalidInvitation();
      if (invitation.expiresAt <= new Date()) {
        throw new DomainError(ErrorCode.INVITATION_EXPIRED, msg('errors:account.invitationExpired'));
      }
      const claimed = await tx.nativeUpdate(
        Invitation,
        { id: invitation.id, acceptedAt: null },
        { acceptedAt: new Date() },
      );
      if (!claimed) throw invalidInvitation();
      if (await tx.count(Account, { email: invitation.email }))
        throw conflict(msg('errors:account.exists', { email: invitation.email }));
      // A project removed since the invitation was sent is left out.
      const projects = invitation.projectIds.length
        ? await tx.find(Project, { id: { $in: invitation.projectIds } })
        : [];
      const created = tx.create(Account, {
        email: invitation.email,
        displayName: input.displayName.trim(),
        role: invitation.role,
        passwordHash,
        lastSignInAt: new Date(),
      });
      created.organisations.add(invitation.organisation);
      created.projects.set(projects);
      return created;
    });
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw conflict(msg('errors:account.existsForAddress'));
    throw error;
  }
  await startLogin(ctx, { kind: LoginKind.STAFF, account }, STAFF_LOGIN_HOURS);
  return account;
}

export async function listAccounts(em: EntityManager, viewer: StaffViewer): Promise<Account[]> {
  const organisationIds = [...viewer.organisationIds];
  const rows = await em
    .getConnection()
    .execute<{ account_id: string }[]>(
      `select distinct account_id from account_organisations where organisation_id in (${placeholders(organisationIds)})`,
      organisationIds,
    );
  return em.find(
    Account,
    { id: { $in: rows.map((row) => row.account_id) } },
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
      if (
        account.id === viewer.accountId &&
        (input.active === false || (input.role && input.role !== StaffRole.ADMINISTRATOR))
      ) {
        throw badInput(msg('errors:account.notYourself'));
      }
      if (input.role) account.role = input.role;
      if (input.projectIds) {
        const projects = await findProjects(tx, input.projectIds);
        await account.projects.init();
        // Memberships in projects of other organisations are theirs to manage, so they stay.
        const kept = account.projects.getItems().filter((p) => !viewer.projectIds.has(p.id));
        account.projects.set([...kept, ...projects]);
      }
      if (ONE_PROJECT_ROLES.has(account.role)) {
        await account.projects.init();
        assertProjectsFitRole(account.role, account.projects.count());
      }
      if (input.active != null && input.active !== account.active) {
        account.active = input.active;
        // Deactivating signs the account out on every browser; lifting it needs a new sign-in.
        if (!input.active) await tx.nativeDelete(LoginSession, { account });
        account.failedSignIns = 0;
        account.lockedUntil = null;
      }
      return account;
    },
    getAccount,
  );
}

export interface NewAccount {
  email: string;
  displayName: string;
  role: StaffRole;
  password: string;
  organisationIds: string[];
  projectIds?: string[];
}

// Accounts made outside the API: the first administrator (create-admin.ts), demo and test accounts.
export async function createAccount(em: EntityManager, values: NewAccount): Promise<Account> {
  const account = em.create(Account, {
    email: normaliseEmail(values.email),
    displayName: values.displayName.trim(),
    role: values.role,
    passwordHash: await hashPassword(values.password),
  });
  for (const id of values.organisationIds) account.organisations.add(em.getReference(Organisation, id));
  for (const id of values.projectIds ?? []) account.projects.add(em.getReference(Project, id));
  await em.flush();
  return account;
}

export interface NewAdministrator {
  email: string;
  displayName: string;
  password: string;
  organisationName: string;
  organisationKind: OrganisationKind;
}

export interface CreatedAdministrator {
  account: Account;
  organisation: Organisation;
  // False when an organisation of that name and kind already existed and the account joined it.
  organisationCreated: boolean;
}

// The first administrator of a deployment, from the command line: their organisation is created unless
// one with the same name (any case) exists, which they then join. Checked like the API's input.
export async function createAdministrator(em: EntityManager, values: NewAdministrator): Promise<CreatedAdministrator> {
  const email = normaliseEmail(values.email);
  const displayName = values.displayName.trim();
  const organisationName = values.organisationName.trim();
  if (!isEmail(email)) throw badInput('The e-mail address is not valid; use one such as name@example.org.', 'email');
  if (displayName.length < 2 || displayName.length > 200)
    throw badInput('The name must be between 2 and 200 characters.', 'name');
  if (organisationName.length < 2 || organisationName.length > 200) {
    throw badInput('The organisation name must be between 2 and 200 characters.', 'organisation');
  }
  if (!Object.values(OrganisationKind).includes(values.organisationKind)) {
    throw badInput(`The organisation kind must be one of ${Object.values(OrganisationKind).join(', ')}.`, 'kind');
  }
  if (values.password.length < PASSWORD_MIN_LENGTH || values.password.length > PASSWORD_MAX_LENGTH) {
    throw badInput(`The password must have ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`, 'password');
  }
  return em.transactional(async (tx) => {
    if (await tx.count(Account, { email })) throw conflict(`There is already an account for ${email}.`);
    const [existing] = await tx
      .getConnection()
      .execute<{ id: string }[]>(
        'select id from organisation where lower(name) = lower(?) order by created_at limit 1',
        [organisationName],
      );
    let organisation: Organisation;
    if (existing) {
      organisation = await tx.findOneOrFail(Organisation, { id: existing.id });
      if (organisation.kind !== values.organisationKind) {
        throw badInput(
          `${organisation.name} already exists as ${organisation.kind}, not ${values.organisationKind}.`,
          'kind',
        );
      }
    } else {
      organisation = tx.create(Organisation, { name: organisationName, kind: values.organisationKind });
    }
    const account = await createAccount(tx, {
      email,
      displayName,
      role: StaffRole.ADMINISTRATOR,
      password: values.password,
      organisationIds: [organisation.id],
    });
    return { account, organisation, organisationCreated: !existing };
  });
}
