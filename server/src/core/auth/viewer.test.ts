import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoardFixture, type BoardFixture } from '../../modules/challenge/challenge.fixtures.js';
import { signedInBrowser } from '../../test-support/matrix/tenant.js';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { LOGIN_COOKIE } from './cookies.js';
import { newToken } from './tokens.js';
import { StaffRole } from './viewer.js';

const VIEWER = /* GraphQL */ `
  {
    viewer {
      kind
    }
  }
`;

// Every request and every live connection asks who sends it: a room of phones asks it with each idea and dot.
describe('who sends a request', () => {
  let app: TestApp;
  let board: BoardFixture;

  beforeAll(async () => {
    // No background releaser of indicator figures: its statements would land in the count now and then.
    app = await createTestApp({ config: { RELEASE_INDICATORS: false } });
    board = await createBoardFixture(app.orm, 'Viewer project');
  });

  afterAll(async () => {
    await app.close();
  });

  // A participant's phone, signed in as joining leaves it; `expiresAt` in the past for a login that ran out.
  const phone = (expiresAt?: Date): Promise<TestClient> =>
    signedInBrowser(app, { participantId: board.participantIds[0]!, sessionId: board.sessionId }, expiresAt);

  // The statements of a request that asks for nothing but its own type: who sends it, and nothing else.
  const statementsOf = async (client: TestClient) => {
    app.resetQueries();
    await client.ok(`{ __typename }`);
    const statements = [...app.queries];
    const answer = await client.ok<{ viewer: { kind: string } }>(VIEWER);
    return { kind: answer.viewer.kind, statements };
  };

  it("should know a participant's phone from one statement", async () => {
    const { kind, statements } = await statementsOf(await phone());
    expect(kind).toBe('PARTICIPANT');
    expect(statements, statements.join('\n')).toHaveLength(1);
  });

  it('should know a member of staff from one statement, and their projects from one more', async () => {
    const staff = await app.staff({ role: StaffRole.FACILITATOR, organisationIds: [board.organisationId] });
    const { kind, statements } = await statementsOf(staff);
    expect(kind).toBe('STAFF');
    expect(statements, statements.join('\n')).toHaveLength(2);
  });

  it('should treat a login that ran out, or a cookie nobody was given, as nobody signed in', async () => {
    expect((await statementsOf(await phone(new Date(Date.now() - 1000)))).kind).toBe('ANONYMOUS');
    const stranger = app.client();
    stranger.cookies.set(LOGIN_COOKIE, newToken());
    expect((await statementsOf(stranger)).kind).toBe('ANONYMOUS');
  });
});
