import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import { isEmail } from 'class-validator';
import { DomainError, ErrorCode, badInput, conflict } from '../../core/errors.js';
import { msg } from '../../core/i18n/messages.js';
import { clearedLoginCookie, loginCookie } from '../../core/auth/cookies.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../../core/auth/password.js';
import { hashToken, newToken } from '../../core/auth/tokens.js';
import { STAFF_LOGIN_HOURS, type StaffViewer } from '../../core/auth/viewer.js';
import { refreshViewer, type Context } from '../../core/context.js';
import { runMutation } from '../../core/mutation.js';
import { announceAccessEnded } from '../../core/pubsub.js';
import { placeholders } from '../../core/sql.js';
import type { EntityManager } from '../../core/orm.js';
import { getById } from '../../core/repository.js';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity.js';
import { Project } from '../project/project.entity.js';
import { Account, Invitation, StaffRole } from './account.entity.js';
import {
  type AcceptInvitationInput,
  type ChangePasswordInput,
  type CreateInvitationInput,
  type SignInInput,
  type UpdateAccountInput,
} from './account.input.js';
import { LoginKind, LoginSession } from './login-session.entity.js';
import { assertPasswordRule } from './password-rule.js';
import type { Participant } from '../participant/participant.entity.js';
import type { Session } from '../session/session.entity.js';

export const INVITATION_DAYS = 7;

// One spelling per address: the unique index and every look-up see the same string.
export const normaliseEmail = (email: string): string => email.normalize('NFC').trim().toLowerCase();

export function getAccount(em: EntityManager, id: string): Promise<Account> {
  return getById(em, Account, id, 'account');
}

// Ends the logins that match (signing out, deactivation, erasure, a new password): their cookies stop working and
// the live subscriptions opened with them end at once, in every API process, when this change commits.
export function endLogins(em: EntityManager, where: FilterQuery<LoginSession>): Promise<void> {
  return em.transactional(async (tx) => {
    const ended = await tx.find(LoginSession, where, { fields: ['tokenHash'] });
    if (!ended.length) return;
    await tx.nativeDelete(LoginSession, { id: { $in: ended.map((login) => login.id) } });
    await announceAccessEnded(
      tx,
      ended.map((login) => login.tokenHash),
    );
  });
}

// An account's rights changed (its role or projects): its live subscriptions end, and its browsers subscribe
// again under the new rights. Its logins stay.
async function accessChanged(tx: EntityManager, accountId: string): Promise<void> {
  const logins = await tx.find(LoginSession, { account: accountId }, { fields: ['tokenHash'] });
  await announceAccessEnded(
    tx,
    logins.map((login) => login.tokenHash),
  );
}

// Starts a browser session: a random token in an httpOnly cookie, only its hash in the database.
export async function startLogin(
  ctx: Context,
  values: { kind: LoginKind; account?: Account; participant?: Participant; session?: Session },
  hours: number,
): Promise<void> {
  const token = newToken();
  // The browser's cookie is about to be replaced, so its earlier login can never be used again.
  if (ctx.viewer.kind !== 'anonymous') await endLogins(ctx.em, { id: ctx.viewer.loginId });
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

// Sign-in is repeatable by nature: each success starts one browser session, so it takes no clientMutationId replay.
// Guessing is slowed down per address and per e-mail address from that address, never for the account as a whole:
// someone guessing from elsewhere cannot lock the owner out. Unknown and known addresses count and answer alike.
export async function signIn(ctx: Context, input: SignInInput): Promise<Account> {
  const { em, limits, request } = ctx;
  const email = normaliseEmail(input.email);
  await limits.signIn.attempt(request.clientKey, email);
  const account = await em.findOne(Account, { email });
  if (!account || !account.active) {
    // As slow as a real check, so that the answer does not tell which addresses have an account.
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw wrongCredentials();
  }
  if (!(await verifyPassword(account.passwordHash, input.password))) {
    throw wrongCredentials();
  }
  await limits.signIn.succeeded(request.clientKey, email);
  await em.nativeUpdate(Account, { id: account.id }, { lastSignInAt: new Date() });
  await em.refresh(account);
  await startLogin(ctx, { kind: LoginKind.STAFF, account }, STAFF_LOGIN_HOURS);
  return account;
}

export async function signOut(ctx: Context): Promise<boolean> {
  const { viewer, em, request } = ctx;
  if (viewer.kind !== 'anonymous') await endLogins(em, { id: viewer.loginId });
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
      await limits.signIn.attempt(request.clientKey, viewer.email);
      const account = await getAccount(tx, viewer.accountId);
      if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
        throw badInput(msg('errors:account.currentPassword'), 'currentPassword');
      }
      await limits.signIn.succeeded(request.clientKey, viewer.email);
      assertPasswordRule(input.newPassword, 'newPassword', [account.email, account.displayName]);
      account.passwordHash = await hashPassword(input.newPassword);
      // Other browsers signed in with the old password are signed out.
      await endLogins(tx, { account, id: { $ne: viewer.loginId } });
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
  const invited = await findInvitation(ctx.em, input.token);
  // Without a valid invitation the transaction below says so, whatever the password.
  if (invited) assertPasswordRule(input.password, 'password', [invited.email, input.displayName]);
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
      // A role given or a project taken away changes what the account may follow live.
      let rightsChanged = false;
      if (input.role && input.role !== account.role) {
        account.role = input.role;
        rightsChanged = true;
      }
      if (input.projectIds) {
        const projects = await findProjects(tx, input.projectIds);
        await account.projects.init();
        // Memberships in projects of other organisations are theirs to manage, so they stay.
        const kept = account.projects.getItems().filter((p) => !viewer.projectIds.has(p.id));
        const after = new Set([...kept, ...projects].map((p) => p.id));
        if (account.projects.getItems().some((p) => !after.has(p.id))) rightsChanged = true;
        account.projects.set([...kept, ...projects]);
      }
      if (ONE_PROJECT_ROLES.has(account.role)) {
        await account.projects.init();
        assertProjectsFitRole(account.role, account.projects.count());
      }
      if (rightsChanged) await accessChanged(tx, account.id);
      if (input.active != null && input.active !== account.active) {
        account.active = input.active;
        // Deactivating signs the account out on every browser; lifting it needs a new sign-in.
        if (!input.active) await endLogins(tx, { account });
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
  assertPasswordRule(values.password, 'password', [email, displayName]);
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
