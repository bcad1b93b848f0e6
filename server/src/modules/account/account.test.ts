import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RateLimitCounter } from '../../core/auth/rate-limit.entity.js';
import { SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS, SIGN_IN_FAILURES_PER_ADDRESS } from '../../core/auth/rate-limit.js';
import { LOGIN_COOKIE } from '../../core/auth/cookies.js';
import {
  createTestApp,
  TEST_PASSWORD,
  type GraphQLResult,
  type TestApp,
  type TestClient,
} from '../../test-support/test-app.js';
import { clientAt } from '../../test-support/client-at.js';
import { Account, Invitation, StaffRole } from './account.entity.js';
import { LoginSession } from './login-session.entity.js';

const CREATE_ORGANISATION = /* GraphQL */ `
  mutation ($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation {
        id
      }
    }
  }
`;
const CREATE_PROJECT = /* GraphQL */ `
  mutation ($input: CreateProjectInput!) {
    createProject(input: $input) {
      project {
        id
      }
    }
  }
`;
const ADD_PARTNER = /* GraphQL */ `
  mutation ($input: AddProjectPartnerInput!) {
    addProjectPartner(input: $input) {
      partner {
        id
      }
    }
  }
`;
const SIGN_IN = /* GraphQL */ `
  mutation ($input: SignInInput!) {
    signIn(input: $input) {
      account {
        id
        email
        role
      }
    }
  }
`;
const SIGN_OUT = /* GraphQL */ `
  mutation {
    signOut {
      signedOut
    }
  }
`;
const VIEWER = /* GraphQL */ `
  {
    viewer {
      kind
      account {
        id
        email
        role
        active
        organisations {
          id
        }
        projects {
          id
        }
      }
    }
  }
`;
const CHANGE_PASSWORD = /* GraphQL */ `
  mutation ($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      account {
        id
      }
    }
  }
`;
const CREATE_INVITATION = /* GraphQL */ `
  mutation ($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      clientMutationId
      link
      invitation {
        id
        email
        role
        expiresAt
        acceptedAt
        organisation {
          id
        }
      }
    }
  }
`;
const PREVIEW_INVITATION = /* GraphQL */ `
  query ($token: String!) {
    invitation(token: $token) {
      email
      role
      organisationName
      expired
      accepted
    }
  }
`;
const ACCEPT_INVITATION = /* GraphQL */ `
  mutation ($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      account {
        id
        email
        displayName
        role
        organisations {
          id
        }
        projects {
          id
        }
      }
    }
  }
`;
const ACCOUNTS = /* GraphQL */ `
  {
    accounts(first: 200) {
      totalCount
      edges {
        node {
          id
          email
        }
      }
    }
  }
`;
const UPDATE_ACCOUNT = /* GraphQL */ `
  mutation ($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      account {
        id
        role
        active
        projects {
          id
        }
      }
    }
  }
`;
const PROJECTS = /* GraphQL */ `
  {
    projects {
      edges {
        node {
          id
        }
      }
    }
  }
`;
const AUDIT_LOG = /* GraphQL */ `
  {
    auditLog(first: 200) {
      edges {
        node {
          actor
          action
          subjectType
          subjectId
          detail
          at
        }
      }
    }
  }
`;

const NEW_PASSWORD = 'a much longer new password';

const code = (result: GraphQLResult): string | undefined => result.errors?.[0]?.extensions?.code;
// What an answer shows of itself, with its numbers (how long to wait) left out.
const shape = (result: GraphQLResult) => ({
  code: code(result),
  message: result.errors?.[0]?.message.replace(/\d+/g, 'N'),
  extensions: Object.keys(result.errors?.[0]?.extensions ?? {}).toSorted(),
});
const tokenOf = (link: string): string => link.split('/').at(-1) ?? '';
// A browser that tries to sign in, with the raw answer.
const trySignIn = (browser: TestClient, email: string, password: string) =>
  browser.graphql(SIGN_IN, { input: { email, password } });
const ids = (connection: { edges: { node: { id: string } }[] }): string[] =>
  connection.edges.map((e) => e.node.id).toSorted();

describe('staff accounts', () => {
  let app: TestApp;
  let mechelen: string;
  let dijlekant: string;
  let onderzoek: string;
  let leuven: string;
  // Mechelen's projects (the partner and the research group work on the first) and one of Leuven.
  let projectA: string;
  let projectA2: string;
  let projectL: string;
  let sessionA: string;
  let participantA: string;

  const organisation = async (name: string, kind: string) =>
    (await app.ok(CREATE_ORGANISATION, { input: { name, kind } })).createOrganisation.organisation.id as string;
  const project = async (promoterId: string, title: string) =>
    (
      await app.ok(CREATE_PROJECT, {
        input: { promoterId, title, grantEuros: 150_000, startsOn: '2026-01-01', endsOn: '2027-12-31' },
      })
    ).createProject.project.id as string;

  const administrator = (organisationId: string) =>
    app.staff({ role: StaffRole.ADMINISTRATOR, organisationIds: [organisationId] });

  const invite = (admin: TestClient, input: Record<string, unknown>) =>
    admin.graphql(CREATE_INVITATION, {
      input: {
        email: `invited-${Math.random().toString(36).slice(2)}@example.org`,
        role: 'FACILITATOR',
        organisationId: mechelen,
        ...input,
      },
    });

  beforeAll(async () => {
    app = await createTestApp();
    mechelen = await organisation('Gemeente Mechelen', 'MUNICIPALITY');
    dijlekant = await organisation('Buurtwerk Dijlekant vzw', 'PARTNER_ACTOR');
    onderzoek = await organisation('Onderzoeksgroep Gedeeld Burgerschap', 'EVALUATION_TEAM');
    leuven = await organisation('Stad Leuven', 'MUNICIPALITY');
    projectA = await project(mechelen, 'Samen aan tafel in Mechelen');
    projectA2 = await project(mechelen, 'Jong Mechelen beslist mee');
    projectL = await project(leuven, 'Leuven praat mee');
    await app.ok(ADD_PARTNER, { input: { projectId: projectA, organisationId: dijlekant, role: 'PARTNER_ACTOR' } });
    await app.ok(ADD_PARTNER, { input: { projectId: projectA, organisationId: onderzoek, role: 'EVALUATION_TEAM' } });
    await app.ok(ADD_PARTNER, { input: { projectId: projectL, organisationId: dijlekant, role: 'PARTNER_ACTOR' } });
    const session = await app.ok(
      `mutation ($input: CreateSessionInput!) { createSession(input: $input) { session { id } } }`,
      {
        input: {
          projectId: projectA,
          title: 'Werksessie 1',
          startsAt: '2026-03-10T17:30:00.000Z',
          durationMinutes: 120,
          location: 'Buurthuis Den Hof',
          languages: ['nl', 'ar'],
          capacity: 30,
        },
      },
    );
    sessionA = session.createSession.session.id;
    const participant = await app.ok(
      `mutation ($input: RegisterParticipantInput!) { registerParticipant(input: $input) { participant { id } } }`,
      {
        input: {
          projectId: projectA,
          pseudonym: 'Fatima',
          background: 'THIRD_COUNTRY_NATIONAL',
          languages: ['ar', 'nl'],
          participationConsent: { textVersion: '2026-01', method: 'ON_SCREEN' },
        },
      },
    );
    participantA = participant.registerParticipant.participant.id;
  });
  afterAll(() => app.close());

  // Every test browser shares one address; each test starts with that address's failures forgotten.
  beforeEach(async () => {
    await app.orm.em.fork().nativeDelete(RateLimitCounter, {});
  });

  describe('signing in and out', () => {
    it('should set an httpOnly SameSite=Lax cookie and show the account in viewer when the password is right', async () => {
      const staff = await app.staff({
        role: StaffRole.FACILITATOR,
        organisationIds: [dijlekant],
        projectIds: [projectA],
      });
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SIGN_IN, variables: { input: { email: staff.email, password: TEST_PASSWORD } } }),
      });
      const [cookie, ...others] = response.headers.getSetCookie();
      expect(others).toEqual([]);
      expect(cookie).toMatch(new RegExp(`^${LOGIN_COOKIE}=[A-Za-z0-9_-]{40,};`));
      const attributes = cookie!.split(';').map((a) => a.trim().toLowerCase());
      expect(attributes).toContain('httponly');
      expect(attributes).toContain('samesite=lax');
      expect(attributes).toContain('path=/');
      expect(attributes).toContain('max-age=43200');

      const browser = app.client();
      await browser.signIn(staff.email);
      const { viewer } = await browser.ok(VIEWER);
      expect(viewer).toMatchObject({
        kind: 'STAFF',
        account: {
          id: staff.accountId,
          email: staff.email,
          role: 'FACILITATOR',
          organisations: [{ id: dijlekant }],
          projects: [{ id: projectA }],
        },
      });
    });

    it('should give the same UNAUTHENTICATED message when the password is wrong or the e-mail is unknown', async () => {
      const staff = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [mechelen] });
      const browser = app.client();
      const wrong = await trySignIn(browser, staff.email, 'not the right password');
      const unknown = await trySignIn(browser, 'nobody@example.org', 'not the right password');
      expect(code(wrong)).toBe('UNAUTHENTICATED');
      expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
      expect(wrong.data).toBeNull();
      expect(browser.cookies.size).toBe(0);
      expect((await browser.ok(VIEWER)).viewer).toEqual({ kind: 'ANONYMOUS', account: null });
    });

    it('should sign in when the e-mail is typed in another case and with spaces around it', async () => {
      const staff = await app.staff({
        role: StaffRole.REVIEWER,
        organisationIds: [mechelen],
        email: 'Els.Peeters@Example.org',
      });
      expect(staff.email).toBe('Els.Peeters@Example.org');
      const stored = await app.orm.em.fork().findOneOrFail(Account, { id: staff.accountId });
      expect(stored.email).toBe('els.peeters@example.org');
      const browser = app.client();
      const result = await trySignIn(browser, '  ELS.peeters@example.ORG ', TEST_PASSWORD);
      expect(result.errors).toBeUndefined();
      expect((await browser.ok(VIEWER)).viewer.account.email).toBe('els.peeters@example.org');
    });

    it('should clear the cookie and delete the login when signing out', async () => {
      const staff = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [mechelen] });
      const em = app.orm.em.fork();
      expect(await em.count(LoginSession, { account: staff.accountId })).toBe(1);
      const token = staff.cookies.get(LOGIN_COOKIE);
      const data = await staff.ok(SIGN_OUT);
      expect(data.signOut.signedOut).toBe(true);
      expect(staff.cookies.has(LOGIN_COOKIE)).toBe(false);
      expect(await em.count(LoginSession, { account: staff.accountId })).toBe(0);
      expect((await staff.ok(VIEWER)).viewer.kind).toBe('ANONYMOUS');
      // The old cookie, kept by someone, no longer signs in.
      const replay = app.client();
      replay.cookies.set(LOGIN_COOKIE, token!);
      expect((await replay.ok(VIEWER)).viewer.kind).toBe('ANONYMOUS');
      expect(code(await replay.graphql(PROJECTS))).toBe('UNAUTHENTICATED');
    });

    it('should end the earlier login of a browser when it signs in again', async () => {
      const staff = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [mechelen] });
      await staff.signIn(staff.email);
      expect(await app.orm.em.fork().count(LoginSession, { account: staff.accountId })).toBe(1);
    });

    it('should refuse a deactivated account with the same message as a wrong password', async () => {
      const staff = await app.staff({ role: StaffRole.FACILITATOR, organisationIds: [dijlekant] });
      await app.orm.em.fork().nativeUpdate(Account, { id: staff.accountId }, { active: false });
      const browser = app.client();
      const refused = await trySignIn(browser, staff.email, TEST_PASSWORD);
      const wrong = await trySignIn(browser, 'nobody@example.org', TEST_PASSWORD);
      expect(code(refused)).toBe('UNAUTHENTICATED');
      expect(refused.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
      expect(browser.cookies.size).toBe(0);
    });

    it('should treat a browser as signed out when its account is deactivated while it is signed in', async () => {
      const staff = await app.staff({
        role: StaffRole.FACILITATOR,
        organisationIds: [dijlekant],
        projectIds: [projectA],
      });
      await app.orm.em.fork().nativeUpdate(Account, { id: staff.accountId }, { active: false });
      expect((await staff.ok(VIEWER)).viewer).toEqual({ kind: 'ANONYMOUS', account: null });
      expect(code(await staff.graphql(PROJECTS))).toBe('UNAUTHENTICATED');
    });
  });

  // Each wrong password is checked with argon2, slow on purpose: on a busy machine a test's dozen checks take long.
  describe('wrong passwords', { timeout: 120_000 }, () => {
    it('should let the owner sign in from their own network when three other addresses guessed their password', async () => {
      const staff = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [mechelen] });
      // Each guesser runs into its own limit; none of them touches the owner's.
      for (const address of ['127.0.0.21', '127.0.0.22', '127.0.0.23']) {
        const guesser = clientAt(app.url, address);
        for (let attempt = 1; attempt <= SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS; attempt++) {
          expect(code(await trySignIn(guesser, staff.email, `guess ${attempt}`))).toBe('UNAUTHENTICATED');
        }
        expect(code(await trySignIn(guesser, staff.email, TEST_PASSWORD))).toBe('RATE_LIMITED');
      }
      const owner = clientAt(app.url, '127.0.0.24');
      expect((await trySignIn(owner, staff.email, TEST_PASSWORD)).errors).toBeUndefined();
      expect(owner.cookies.get(LOGIN_COOKIE)).toBeTruthy();
    });

    it('should answer alike for an unknown and a known e-mail address, before and after the limit', async () => {
      const staff = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [mechelen] });
      const known = clientAt(app.url, '127.0.0.31');
      const unknown = clientAt(app.url, '127.0.0.32');
      const answers = { known: [] as ReturnType<typeof shape>[], unknown: [] as ReturnType<typeof shape>[] };
      for (let attempt = 1; attempt <= SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS + 2; attempt++) {
        answers.known.push(shape(await trySignIn(known, staff.email, `wrong ${attempt}`)));
        answers.unknown.push(shape(await trySignIn(unknown, 'nobody-here@test.example', `wrong ${attempt}`)));
      }
      expect(answers.known).toEqual(answers.unknown);
      const wrong = { code: 'UNAUTHENTICATED', message: expect.any(String), extensions: ['code'] };
      const limited = {
        code: 'RATE_LIMITED',
        message: expect.any(String),
        extensions: ['code', 'limit', 'retryAfterSeconds'],
      };
      expect(answers.known).toEqual([
        ...Array.from({ length: SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS }, () => wrong),
        limited,
        limited,
      ]);
      expect(answers.known.map((answer) => answer.code)).not.toContain('ACCOUNT_LOCKED');
    });

    it('should slow down a guesser for that account from that address, also for the right password, and not for other accounts', async () => {
      const staff = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [mechelen] });
      const colleague = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [mechelen] });
      const office = clientAt(app.url, '127.0.0.41');
      for (let attempt = 1; attempt <= SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS; attempt++)
        await trySignIn(office, staff.email, `wrong ${attempt}`);
      const refused = await trySignIn(office, staff.email, TEST_PASSWORD);
      expect(code(refused)).toBe('RATE_LIMITED');
      expect(refused.errors?.[0]?.message).toMatch(/Please wait (\d+ seconds|\d+ minutes?) and try again\./);
      expect(Number(refused.errors?.[0]?.extensions?.retryAfterSeconds)).toBeGreaterThan(60);
      expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
      expect(office.cookies.get(LOGIN_COOKIE)).toBeUndefined();
      // A colleague on the same network signs in as usual.
      expect((await trySignIn(office, colleague.email, TEST_PASSWORD)).errors).toBeUndefined();
    });

    it('should start counting again when a sign-in succeeds', async () => {
      const staff = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [mechelen] });
      const browser = clientAt(app.url, '127.0.0.51');
      for (let attempt = 1; attempt < SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS; attempt++)
        await trySignIn(browser, staff.email, 'wrong password');
      expect((await trySignIn(browser, staff.email, TEST_PASSWORD)).errors).toBeUndefined();
      for (let attempt = 1; attempt <= SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS; attempt++) {
        expect(code(await trySignIn(browser, staff.email, 'wrong password'))).toBe('UNAUTHENTICATED');
      }
      expect(code(await trySignIn(browser, staff.email, 'wrong password'))).toBe('RATE_LIMITED');
    });

    it('should count every guess of a parallel burst, so that the limit holds', async () => {
      const staff = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [mechelen] });
      const guesses = 12;
      const results = await Promise.all(
        Array.from({ length: guesses }, (_, n) =>
          trySignIn(clientAt(app.url, '127.0.0.61'), staff.email, `guess ${n}`),
        ),
      );
      const answers = results.map(code);
      expect(answers.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS);
      expect(answers.filter((c) => c === 'RATE_LIMITED')).toHaveLength(
        guesses - SIGN_IN_FAILURES_PER_ACCOUNT_AND_ADDRESS,
      );
    });
  });

  describe('changing one’s password', { timeout: 120_000 }, () => {
    it('should refuse a wrong current password with BAD_USER_INPUT and keep the old password', async () => {
      const staff = await app.staff({ role: StaffRole.EVALUATOR, organisationIds: [onderzoek] });
      const result = await staff.graphql(CHANGE_PASSWORD, {
        input: { currentPassword: 'not my password', newPassword: NEW_PASSWORD },
      });
      expect(code(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toBe('The current password is not right.');
      expect((await trySignIn(app.client(), staff.email, TEST_PASSWORD)).errors).toBeUndefined();
      expect(code(await trySignIn(app.client(), staff.email, NEW_PASSWORD))).toBe('UNAUTHENTICATED');
    });

    it('should refuse a new password that is too short with BAD_USER_INPUT', async () => {
      const staff = await app.staff({ role: StaffRole.EVALUATOR, organisationIds: [onderzoek] });
      const result = await staff.graphql(CHANGE_PASSWORD, {
        input: { currentPassword: TEST_PASSWORD, newPassword: 'short' },
      });
      expect(code(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions).toMatchObject({ field: 'newPassword', reason: 'TOO_SHORT' });
      expect(result.errors?.[0]?.message).toBe('The password must have at least 12 characters.');
      expect((await trySignIn(app.client(), staff.email, TEST_PASSWORD)).errors).toBeUndefined();
    });

    it('should refuse common and easily guessed passwords of twelve characters or more with BAD_USER_INPUT', async () => {
      const staff = await app.staff({
        role: StaffRole.EVALUATOR,
        organisationIds: [onderzoek],
        email: 'amira.elidrissi@onderzoek.example',
      });
      // Each long enough, each among the first guesses of a cracker: digits in a row, a keyboard row, a common
      // password with a year, a Dutch word with digits, and the person's own name with a year.
      for (const newPassword of [
        '123456789012',
        'qwertyuiopasdf',
        'Password2024!',
        'wachtwoord1234',
        'Elidrissi2026!',
      ]) {
        const result = await staff.graphql(CHANGE_PASSWORD, { input: { currentPassword: TEST_PASSWORD, newPassword } });
        expect(code(result), newPassword).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.extensions, newPassword).toMatchObject({
          field: 'newPassword',
          reason: 'TOO_GUESSABLE',
        });
        expect(result.errors?.[0]?.message).toMatch(/^This password is too easy to guess/);
      }
      expect((await trySignIn(app.client(), staff.email, TEST_PASSWORD)).errors).toBeUndefined();
      // A few unrelated words pass.
      await staff.ok(CHANGE_PASSWORD, {
        input: { currentPassword: TEST_PASSWORD, newPassword: 'kanaal fiets lantaarn' },
      });
      expect((await trySignIn(app.client(), staff.email, 'kanaal fiets lantaarn')).errors).toBeUndefined();
    });

    it('should sign out the other browsers of the account and accept the new password when it is changed', async () => {
      const staff = await app.staff({ role: StaffRole.EVALUATOR, organisationIds: [onderzoek] });
      const laptop = app.client();
      await laptop.signIn(staff.email);
      const input = {
        currentPassword: TEST_PASSWORD,
        newPassword: NEW_PASSWORD,
        clientMutationId: `change-${staff.accountId}`,
      };
      await staff.ok(CHANGE_PASSWORD, { input });
      // A retry after a lost answer does not fail on the password that was just replaced.
      expect((await staff.ok(CHANGE_PASSWORD, { input })).changePassword.account.id).toBe(staff.accountId);
      expect((await staff.ok(VIEWER)).viewer.kind).toBe('STAFF');
      expect((await laptop.ok(VIEWER)).viewer.kind).toBe('ANONYMOUS');
      expect(code(await trySignIn(app.client(), staff.email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');
      expect((await trySignIn(app.client(), staff.email, NEW_PASSWORD)).errors).toBeUndefined();
    });
  });

  describe('invitations', () => {
    it('should create an account with the role, organisation and projects and sign it in when an invitation is accepted', async () => {
      const admin = await administrator(mechelen);
      const created = await admin.ok(CREATE_INVITATION, {
        input: {
          email: ' Nieuwe.Collega@Example.org',
          role: 'FACILITATOR',
          organisationId: dijlekant,
          projectIds: [projectA],
        },
      });
      const { invitation, link } = created.createInvitation;
      expect(link).toMatch(/^\/invitations\/[A-Za-z0-9_-]{40,}$/);
      expect(invitation).toMatchObject({
        email: 'nieuwe.collega@example.org',
        role: 'FACILITATOR',
        acceptedAt: null,
        organisation: { id: dijlekant },
      });
      const days = (Date.parse(invitation.expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.9);
      expect(days).toBeLessThanOrEqual(7);
      // Only the hash of the link is kept.
      const stored = await app.orm.em.fork().findOneOrFail(Invitation, { id: invitation.id });
      expect(stored.tokenHash).not.toContain(tokenOf(link));

      const newcomer = app.client();
      const preview = await newcomer.ok(PREVIEW_INVITATION, { token: tokenOf(link) });
      expect(preview.invitation).toEqual({
        email: 'nieuwe.collega@example.org',
        role: 'FACILITATOR',
        organisationName: 'Buurtwerk Dijlekant vzw',
        expired: false,
        accepted: false,
      });

      const accepted = await newcomer.ok(ACCEPT_INVITATION, {
        input: { token: tokenOf(link), displayName: '  Nieuwe Collega ', password: NEW_PASSWORD },
      });
      expect(accepted.acceptInvitation.account).toMatchObject({
        email: 'nieuwe.collega@example.org',
        displayName: 'Nieuwe Collega',
        role: 'FACILITATOR',
        organisations: [{ id: dijlekant }],
        projects: [{ id: projectA }],
      });
      expect(newcomer.cookies.has(LOGIN_COOKIE)).toBe(true);
      expect((await newcomer.ok(VIEWER)).viewer.account.id).toBe(accepted.acceptInvitation.account.id);
      expect(ids((await newcomer.ok(PROJECTS)).projects)).toEqual([projectA]);
      expect((await app.client().ok(PREVIEW_INVITATION, { token: tokenOf(link) })).invitation.accepted).toBe(true);
      expect((await trySignIn(app.client(), 'nieuwe.collega@example.org', NEW_PASSWORD)).errors).toBeUndefined();
    });

    it('should refuse an expired invitation with INVITATION_EXPIRED and create no account', async () => {
      const admin = await administrator(mechelen);
      const created = await invite(admin, {});
      const { invitation, link } = created.data!.createInvitation as {
        invitation: { id: string; email: string };
        link: string;
      };
      await app.orm.em
        .fork()
        .nativeUpdate(Invitation, { id: invitation.id }, { expiresAt: new Date(Date.now() - 60_000) });
      const browser = app.client();
      expect((await browser.ok(PREVIEW_INVITATION, { token: tokenOf(link) })).invitation.expired).toBe(true);
      const result = await browser.graphql(ACCEPT_INVITATION, {
        input: { token: tokenOf(link), displayName: 'Te Laat', password: NEW_PASSWORD },
      });
      expect(code(result)).toBe('INVITATION_EXPIRED');
      expect(await app.orm.em.fork().count(Account, { email: invitation.email })).toBe(0);
      expect(browser.cookies.size).toBe(0);
    });

    it('should refuse an invitation that was already used, also when two tabs accept it at once', async () => {
      const admin = await administrator(mechelen);
      const { link, invitation } = (await invite(admin, {})).data!.createInvitation as {
        link: string;
        invitation: { email: string };
      };
      const accept = (displayName: string) =>
        app
          .client()
          .graphql(ACCEPT_INVITATION, { input: { token: tokenOf(link), displayName, password: NEW_PASSWORD } });
      const [first, second] = await Promise.all([accept('Eerste Tab'), accept('Tweede Tab')]);
      // One tab gets the account, the other is told the link was used; never an internal error.
      expect([code(first), code(second)].filter(Boolean)).toEqual(['NOT_FOUND']);
      const again = await accept('Later');
      expect(code(again)).toBe('NOT_FOUND');
      expect(again.errors?.[0]?.message).toBe('This invitation link is not valid or was already used.');
      expect(await app.orm.em.fork().count(Account, { email: invitation.email })).toBe(1);
    });

    it('should refuse to create an invitation for anyone but an administrator with FORBIDDEN', async () => {
      const facilitator = await app.staff({
        role: StaffRole.FACILITATOR,
        organisationIds: [mechelen],
        projectIds: [projectA],
      });
      const before = await app.orm.em.fork().count(Invitation);
      expect(code(await invite(facilitator, { projectIds: [projectA] }))).toBe('FORBIDDEN');
      expect(code(await invite(app.client(), {}))).toBe('UNAUTHENTICATED');
      expect(await app.orm.em.fork().count(Invitation)).toBe(before);
    });

    it("should refuse with FORBIDDEN when an administrator invites someone into another organisation's project", async () => {
      const admin = await administrator(mechelen);
      const before = await app.orm.em.fork().count(Invitation);
      expect(code(await invite(admin, { projectIds: [projectA, projectL] }))).toBe('FORBIDDEN');
      expect(code(await invite(admin, { organisationId: leuven }))).toBe('FORBIDDEN');
      expect(await app.orm.em.fork().count(Invitation)).toBe(before);
    });

    it("should refuse with FORBIDDEN when an administrator invites an administrator or reviewer into a partner's organisation", async () => {
      // The partner also works for Leuven: an administrator there would see Leuven's project.
      const admin = await administrator(mechelen);
      const before = await app.orm.em.fork().count(Invitation);
      expect(code(await invite(admin, { organisationId: dijlekant, role: 'ADMINISTRATOR' }))).toBe('FORBIDDEN');
      expect(code(await invite(admin, { organisationId: dijlekant, role: 'REVIEWER' }))).toBe('FORBIDDEN');
      expect(await app.orm.em.fork().count(Invitation)).toBe(before);
      expect((await invite(admin, { organisationId: mechelen, role: 'ADMINISTRATOR' })).errors).toBeUndefined();
    });

    it('should refuse with CONFLICT an invitation for an address that already has an account', async () => {
      const admin = await administrator(mechelen);
      const staff = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [mechelen] });
      expect(code(await invite(admin, { email: staff.email.toUpperCase() }))).toBe('CONFLICT');
    });

    it('should create one invitation with a fresh link when createInvitation is retried with the same clientMutationId', async () => {
      const admin = await administrator(mechelen);
      const input = {
        email: 'retried@example.org',
        role: 'REVIEWER',
        organisationId: mechelen,
        clientMutationId: 'invite-retry-1',
      };
      const first = await admin.ok(CREATE_INVITATION, { input });
      const second = await admin.ok(CREATE_INVITATION, { input });
      expect(second.createInvitation.invitation.id).toBe(first.createInvitation.invitation.id);
      expect(second.createInvitation.clientMutationId).toBe('invite-retry-1');
      expect(second.createInvitation.link).not.toBe(first.createInvitation.link);
      expect(await app.orm.em.fork().count(Invitation, { email: 'retried@example.org' })).toBe(1);
      const browser = app.client();
      expect(code(await browser.graphql(PREVIEW_INVITATION, { token: tokenOf(first.createInvitation.link) }))).toBe(
        'NOT_FOUND',
      );
      expect(
        (await browser.ok(PREVIEW_INVITATION, { token: tokenOf(second.createInvitation.link) })).invitation.role,
      ).toBe('REVIEWER');
    });

    it('should answer NOT_FOUND for a link that does not exist', async () => {
      const result = await app.client().graphql(PREVIEW_INVITATION, { token: 'made-up-token' });
      expect(code(result)).toBe('NOT_FOUND');
    });
  });

  describe('managing accounts', () => {
    it("should list only the accounts of the administrator's organisations", async () => {
      const admin = await administrator(mechelen);
      const reviewer = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [mechelen] });
      const both = await app.staff({
        role: StaffRole.FACILITATOR,
        organisationIds: [mechelen, dijlekant],
        projectIds: [projectA],
      });
      const partner = await app.staff({
        role: StaffRole.FACILITATOR,
        organisationIds: [dijlekant],
        projectIds: [projectA],
      });
      const foreign = await administrator(leuven);
      const { accounts } = await admin.ok(ACCOUNTS);
      const listed = accounts.edges.map((e: { node: { id: string } }) => e.node.id);
      expect(listed).toEqual(expect.arrayContaining([admin.accountId, reviewer.accountId, both.accountId]));
      expect(listed).not.toContain(partner.accountId);
      expect(listed).not.toContain(foreign.accountId);
      expect(new Set(listed).size).toBe(listed.length);
      expect(accounts.totalCount).toBe(listed.length);
      expect(code(await reviewer.graphql(ACCOUNTS))).toBe('FORBIDDEN');
    });

    it("should change an account's role and projects when its administrator updates it", async () => {
      const admin = await administrator(mechelen);
      const staff = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [mechelen] });
      const data = await admin.ok(UPDATE_ACCOUNT, {
        input: { accountId: staff.accountId, role: 'FACILITATOR', projectIds: [projectA2, projectA2] },
      });
      expect(data.updateAccount.account).toEqual({
        id: staff.accountId,
        role: 'FACILITATOR',
        active: true,
        projects: [{ id: projectA2 }],
      });
      // The new role applies from the next request on, without signing in again.
      expect(ids((await staff.ok(PROJECTS)).projects)).toEqual([projectA2]);
    });

    it('should keep memberships in projects the administrator does not manage when it replaces the projects', async () => {
      const admin = await administrator(mechelen);
      const staff = await app.staff({
        role: StaffRole.FACILITATOR,
        organisationIds: [mechelen],
        projectIds: [projectA, projectL],
      });
      const data = await admin.ok(UPDATE_ACCOUNT, { input: { accountId: staff.accountId, projectIds: [projectA2] } });
      // The administrator sees the memberships in its own projects only; the account keeps Leuven's.
      expect(data.updateAccount.account.projects).toEqual([{ id: projectA2 }]);
      expect(ids((await staff.ok(PROJECTS)).projects)).toEqual([projectA2, projectL].toSorted());
      expect((await staff.ok(VIEWER)).viewer.account.projects.map((p: { id: string }) => p.id).toSorted()).toEqual(
        [projectA2, projectL].toSorted(),
      );
      expect(
        code(await admin.graphql(UPDATE_ACCOUNT, { input: { accountId: staff.accountId, projectIds: [projectL] } })),
      ).toBe('FORBIDDEN');
    });

    it('should sign a deactivated account out everywhere and refuse its sign-in', async () => {
      const admin = await administrator(mechelen);
      const staff = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [mechelen] });
      const tablet = app.client();
      await tablet.signIn(staff.email);
      const data = await admin.ok(UPDATE_ACCOUNT, { input: { accountId: staff.accountId, active: false } });
      expect(data.updateAccount.account.active).toBe(false);
      expect(await app.orm.em.fork().count(LoginSession, { account: staff.accountId })).toBe(0);
      for (const browser of [staff, tablet]) expect((await browser.ok(VIEWER)).viewer.kind).toBe('ANONYMOUS');
      expect(code(await trySignIn(app.client(), staff.email, TEST_PASSWORD))).toBe('UNAUTHENTICATED');
    });

    it('should refuse with BAD_USER_INPUT when administrators deactivate themselves or give up their role', async () => {
      const admin = await administrator(mechelen);
      for (const change of [{ active: false }, { role: 'REVIEWER' }]) {
        const result = await admin.graphql(UPDATE_ACCOUNT, { input: { accountId: admin.accountId, ...change } });
        expect(code(result)).toBe('BAD_USER_INPUT');
      }
      expect((await admin.ok(VIEWER)).viewer.account).toMatchObject({ role: 'ADMINISTRATOR', active: true });
    });

    it("should refuse with FORBIDDEN to change another organisation's account or make a partner an administrator", async () => {
      const admin = await administrator(mechelen);
      const foreign = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [leuven] });
      expect(
        code(await admin.graphql(UPDATE_ACCOUNT, { input: { accountId: foreign.accountId, active: false } })),
      ).toBe('FORBIDDEN');
      // In the administrator's organisation and a partner's: an administrator role would reach the partner's other projects.
      const both = await app.staff({
        role: StaffRole.FACILITATOR,
        organisationIds: [mechelen, dijlekant],
        projectIds: [projectA],
      });
      expect(
        code(await admin.graphql(UPDATE_ACCOUNT, { input: { accountId: both.accountId, role: 'ADMINISTRATOR' } })),
      ).toBe('FORBIDDEN');
      const em = app.orm.em.fork();
      expect((await em.findOneOrFail(Account, { id: foreign.accountId })).active).toBe(true);
      expect((await em.findOneOrFail(Account, { id: both.accountId })).role).toBe(StaffRole.FACILITATOR);
    });
  });

  describe('what each role sees', () => {
    const READ_PROJECT = /* GraphQL */ `
      query ($id: ID!) {
        project(id: $id) {
          id
          title
        }
      }
    `;

    it('should show a facilitator only the projects they are a member of', async () => {
      const facilitator = await app.staff({
        role: StaffRole.FACILITATOR,
        organisationIds: [dijlekant],
        projectIds: [projectA],
      });
      expect(ids((await facilitator.ok(PROJECTS)).projects)).toEqual([projectA]);
      expect((await facilitator.ok(READ_PROJECT, { id: projectA })).project.id).toBe(projectA);
      // Dijlekant also works on Leuven's project, but this facilitator is not a member of it.
      for (const id of [projectA2, projectL])
        expect(code(await facilitator.graphql(READ_PROJECT, { id }))).toBe('FORBIDDEN');
      const session = await facilitator.ok(`query ($id: ID!) { session(id: $id) { id } }`, { id: sessionA });
      expect(session.session.id).toBe(sessionA);
    });

    it("should show a reviewer only their municipality's projects", async () => {
      const reviewer = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [mechelen] });
      expect(ids((await reviewer.ok(PROJECTS)).projects)).toEqual([projectA, projectA2].toSorted());
      expect(code(await reviewer.graphql(READ_PROJECT, { id: projectL }))).toBe('FORBIDDEN');
      expect(
        code(await reviewer.graphql(`query ($id: ID!) { participant(id: $id) { id } }`, { id: participantA })),
      ).toBe('FORBIDDEN');
    });

    it('should let an evaluator read its projects but not their sessions or participants', async () => {
      const evaluator = await app.staff({
        role: StaffRole.EVALUATOR,
        organisationIds: [onderzoek],
        projectIds: [projectA],
      });
      expect(ids((await evaluator.ok(PROJECTS)).projects)).toEqual([projectA]);
      expect((await evaluator.ok(READ_PROJECT, { id: projectA })).project.title).toBe('Samen aan tafel in Mechelen');
      expect(code(await evaluator.graphql(READ_PROJECT, { id: projectA2 }))).toBe('FORBIDDEN');
      expect(code(await evaluator.graphql(`query ($id: ID!) { session(id: $id) { id } }`, { id: sessionA }))).toBe(
        'FORBIDDEN',
      );
      expect(
        code(await evaluator.graphql(`query ($id: ID!) { participant(id: $id) { id } }`, { id: participantA })),
      ).toBe('FORBIDDEN');
      const nested = await evaluator.graphql(
        `query ($id: ID!) { project(id: $id) { sessions { edges { node { id title } } } } }`,
        {
          id: projectA,
        },
      );
      expect(code(nested)).toBe('FORBIDDEN');
      expect(JSON.stringify(nested.data)).not.toContain('Werksessie');
    });

    it('should answer UNAUTHENTICATED when an anonymous browser asks for projects', async () => {
      expect(code(await app.client().graphql(PROJECTS))).toBe('UNAUTHENTICATED');
    });
  });

  describe('the audit log', () => {
    it("should record a facilitator's read of a background and show it only to the project's administrators", async () => {
      const facilitator = await app.staff({
        role: StaffRole.FACILITATOR,
        organisationIds: [dijlekant],
        projectIds: [projectA],
      });
      const read = await facilitator.ok(`query ($id: ID!) { participant(id: $id) { pseudonym background } }`, {
        id: participantA,
      });
      expect(read.participant).toEqual({ pseudonym: 'Fatima', background: 'THIRD_COUNTRY_NATIONAL' });

      const admin = await administrator(mechelen);
      const { auditLog } = await admin.ok(AUDIT_LOG);
      const entries = auditLog.edges.map((e: { node: Record<string, unknown> }) => e.node);
      expect(entries).toContainEqual(
        expect.objectContaining({
          actor: facilitator.email,
          action: 'READ',
          subjectType: 'Participant',
          subjectId: participantA,
          detail: 'background',
        }),
      );
      // The pseudonym is not personal data in this sense and leaves no entry.
      expect(entries.filter((e: { actor: string }) => e.actor === facilitator.email)).toHaveLength(1);

      const foreign = await administrator(leuven);
      const theirs = await foreign.ok(AUDIT_LOG);
      expect(
        theirs.auditLog.edges.filter((e: { node: { subjectId: string } }) => e.node.subjectId === participantA),
      ).toEqual([]);
      expect(code(await facilitator.graphql(AUDIT_LOG))).toBe('FORBIDDEN');
      const reviewer = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [mechelen] });
      expect(code(await reviewer.graphql(AUDIT_LOG))).toBe('FORBIDDEN');
    });
  });
});

describe('signing in from one client', { timeout: 120_000 }, () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('should stop an address with RATE_LIMITED after the allowed failures across accounts, also for the right password', async () => {
    const staff = await app.staff({ role: StaffRole.REVIEWER, organisationIds: [] });
    const browser = app.client();
    const answers: (string | undefined)[] = [];
    // A script trying a few hundred addresses and passwords; different addresses, so no account lock gets in its way.
    for (let attempt = 0; attempt < 300; attempt++) {
      answers.push(code(await trySignIn(browser, `guess${attempt}@example.org`, `password ${attempt}`)));
    }
    expect(answers.slice(0, SIGN_IN_FAILURES_PER_ADDRESS)).toEqual(
      Array(SIGN_IN_FAILURES_PER_ADDRESS).fill('UNAUTHENTICATED'),
    );
    expect(answers.slice(SIGN_IN_FAILURES_PER_ADDRESS)).toEqual(
      Array(300 - SIGN_IN_FAILURES_PER_ADDRESS).fill('RATE_LIMITED'),
    );
    const right = await trySignIn(app.client(), staff.email, TEST_PASSWORD);
    expect(code(right)).toBe('RATE_LIMITED');
    expect(right.errors?.[0]?.message).toMatch(/Too many failed sign-ins from this network\. Please wait \d+ minutes?/);
    expect(right.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await app.orm.em.fork().count(LoginSession, { account: staff.accountId })).toBe(1);
  });
});
