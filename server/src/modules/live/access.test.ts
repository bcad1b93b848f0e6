import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOGIN_COOKIE } from '../../core/auth/cookies.js';
import { createRateLimits, type RateLimits } from '../../core/auth/rate-limit.js';
import { hashToken, newToken } from '../../core/auth/tokens.js';
import { PARTICIPANT_LOGIN_HOURS, StaffRole } from '../../core/auth/viewer.js';
import { createLogger } from '../../core/logger.js';
import { initOrm, type MikroORM } from '../../core/orm.js';
import { buildAppSchema } from '../../core/schema.js';
import { createApp, type App } from '../../core/server.js';
import { follow, socketClient, type Follower } from '../../test-support/live-client.js';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { LoginKind, LoginSession } from '../account/login-session.entity.js';
import { createBoardFixture, type BoardFixture } from '../challenge/challenge.fixtures.js';
import { Participant } from '../participant/participant.entity.js';
import { Session } from '../session/session.entity.js';

const CREATE_CHALLENGE = /* GraphQL */ `
  mutation ($input: CreateChallengeInput!) {
    createChallenge(input: $input) {
      challenge {
        id
      }
    }
  }
`;
const UPDATE_ACCOUNT = /* GraphQL */ `
  mutation ($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      account {
        id
      }
    }
  }
`;

// Ended by the server because access ended (graphql-ws's Forbidden), not by the client or a stopping process.
const ENDED = /^closed 4403: Your access ended/;

// Access ends in one API process (an HTTP request there) and the subscriptions end in every process: the second
// one hears it only through PostgreSQL's LISTEN/NOTIFY.
describe('live subscriptions when access ends', () => {
  let app: TestApp;
  let board: BoardFixture;
  let organisationId: string;
  let second: { app: App; orm: MikroORM; limits: RateLimits; url: string };
  const clients: Client[] = [];

  const connect = (cookies: Map<string, string>, url: string): Client => {
    const client = socketClient(url, cookies);
    clients.push(client);
    return client;
  };

  // A participant's phone: a login made straight in the database, as joining leaves it.
  const participantCookies = async (
    participantId: string,
    expiresAt = new Date(Date.now() + PARTICIPANT_LOGIN_HOURS * 3_600_000),
  ): Promise<Map<string, string>> => {
    const em = app.orm.em.fork();
    const token = newToken();
    em.create(LoginSession, {
      kind: LoginKind.PARTICIPANT,
      tokenHash: hashToken(token),
      participant: em.getReference(Participant, participantId),
      session: em.getReference(Session, board.sessionId),
      expiresAt,
    });
    await em.flush();
    return new Map([[LOGIN_COOKIE, token]]);
  };

  const facilitator = () =>
    app.staff({ role: StaffRole.FACILITATOR, organisationIds: [organisationId], projectIds: [board.projectId] });

  const addChallenge = async (text: string): Promise<string> =>
    (
      await app.ok<{ createChallenge: { challenge: { id: string } } }>(CREATE_CHALLENGE, {
        input: { sessionId: board.sessionId, text, language: 'nl' },
      })
    ).createChallenge.challenge.id;

  // A follower from the latest event on: it misses nothing that happens after this.
  const attached = async (cookies: Map<string, string>, url = second.url): Promise<Follower> => {
    const { sessionEventCursor } = await app.ok<{ sessionEventCursor: string }>(
      'query ($sessionId: ID!) { sessionEventCursor(sessionId: $sessionId) }',
      { sessionId: board.sessionId },
    );
    return follow(connect(cookies, url), board.sessionId, sessionEventCursor);
  };

  // Shows that each follower still receives what happens on the board.
  const expectStillFollowing = async (followers: Follower[]): Promise<void> => {
    const counts = followers.map((follower) => follower.events.length);
    const id = await addChallenge(`Nog steeds live ${Date.now()}`);
    for (const [i, follower] of followers.entries()) {
      const events = await follower.waitFor(counts[i]! + 1);
      expect(events.at(-1)?.challengeId).toBe(id);
    }
  };

  beforeAll(async () => {
    app = await createTestApp();
    board = await createBoardFixture(app.orm, 'Access project', 4);
    const [project] = await app.orm.em
      .fork()
      .execute<{ promoter_id: string }[]>('select promoter_id from project where id = ?', [board.projectId]);
    organisationId = project!.promoter_id;
    const url = String(app.orm.config.get('clientUrl'));
    const orm = await initOrm({ url });
    const limits = createRateLimits(url);
    const other = await createApp({
      orm,
      schema: await buildAppSchema(),
      logger: createLogger('silent'),
      limits,
      config: { NODE_ENV: 'test', WEB_DIST: '/nonexistent', TRUST_PROXY: false },
    });
    const port = await other.listen(0, '127.0.0.1');
    second = { app: other, orm, limits, url: `http://127.0.0.1:${port}` };
  });

  afterAll(async () => {
    await Promise.all(clients.map((client) => Promise.resolve(client.dispose())));
    await second?.app.stop();
    await second?.limits.close();
    await second?.orm.close();
    await app?.close();
  });

  it('should end the subscriptions of a browser in every process when it signs out, and no others', async () => {
    const staff = await facilitator();
    const colleague = await facilitator();
    const [onSecond, onFirst, colleagues] = [
      await attached(staff.cookies),
      await attached(staff.cookies, app.url),
      await attached(colleague.cookies),
    ];
    await expectStillFollowing([onSecond, onFirst, colleagues]);

    await staff.ok('mutation { signOut { signedOut } }');

    expect((await onSecond.waitForError()).message).toMatch(ENDED);
    expect((await onFirst.waitForError()).message).toMatch(ENDED);
    const seen = onSecond.events.length;
    await expectStillFollowing([colleagues]);
    expect(onSecond.events).toHaveLength(seen);
  });

  it('should end the subscriptions of a participant whose data is erased', async () => {
    const [erased, neighbour] = board.participantIds as [string, string];
    const phone = await attached(await participantCookies(erased));
    const neighbours = await attached(await participantCookies(neighbour));
    await expectStillFollowing([phone, neighbours]);

    await app.ok(
      `mutation ($input: EraseParticipantDataInput!) { eraseParticipantData(input: $input) { participant { id } } }`,
      { input: { participantId: erased } },
    );

    expect((await phone.waitForError()).message).toMatch(ENDED);
    await expectStillFollowing([neighbours]);
  });

  it('should end the subscriptions of an account that is deactivated', async () => {
    const staff = await facilitator();
    const follower = await attached(staff.cookies);
    await expectStillFollowing([follower]);

    await app.ok(UPDATE_ACCOUNT, { input: { accountId: staff.accountId, active: false } });

    expect((await follower.waitForError()).message).toMatch(ENDED);
  });

  it('should end the subscriptions of an account whose role changes, and refuse them under the new role', async () => {
    const staff = await facilitator();
    const follower = await attached(staff.cookies);
    await expectStillFollowing([follower]);

    await app.ok(UPDATE_ACCOUNT, { input: { accountId: staff.accountId, role: StaffRole.EVALUATOR } });

    expect((await follower.waitForError()).message).toMatch(ENDED);
    // The same browser, still signed in, subscribes again: an evaluator does not follow sessions live.
    const again = follow(connect(staff.cookies, second.url), board.sessionId);
    expect((await again.waitForError()).extensions?.code).toBe('FORBIDDEN');
  });

  it('should end the subscriptions of an account that is taken off the project', async () => {
    const staff: TestClient & { accountId: string } = await facilitator();
    const follower = await attached(staff.cookies);
    await expectStillFollowing([follower]);

    await app.ok(UPDATE_ACCOUNT, { input: { accountId: staff.accountId, projectIds: [] } });

    expect((await follower.waitForError()).message).toMatch(ENDED);
  });

  it('should end a subscription when its login expires', async () => {
    const phone = await attached(await participantCookies(board.participantIds[2]!, new Date(Date.now() + 4_000)));
    await expectStillFollowing([phone]);
    expect((await phone.waitForError()).message).toMatch(ENDED);
  });
});
