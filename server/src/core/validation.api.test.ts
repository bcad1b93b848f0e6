import * as classValidator from 'class-validator';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBoardFixture, type BoardFixture } from '../modules/challenge/challenge.fixtures.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { ConnectionArgs } from './pagination.js';

// The checks of every argument, counted as the API makes them (core/validation.ts is the schema's `validateFn`).
vi.mock('class-validator', async (original) => {
  const actual = await original<typeof classValidator>();
  return { ...actual, validateOrReject: vi.fn(actual.validateOrReject) };
});

const CHALLENGES = 6;
const BOARD = /* GraphQL */ `
  query ($id: ID!, $first: Int) {
    session(id: $id) {
      challenges(first: 50) {
        edges {
          node {
            id
            ideas(first: $first) {
              totalCount
            }
          }
        }
      }
    }
  }
`;

// The checks of the inner lists' page arguments (`ideas(first: $first)`), not the outer list's (`first: 50`).
const pageChecks = () =>
  vi
    .mocked(classValidator.validateOrReject)
    .mock.calls.filter(
      ([value]) => (value as unknown) instanceof ConnectionArgs && (value as ConnectionArgs).first !== 50,
    );

describe('argument validation through the API', () => {
  let app: TestApp;
  let board: BoardFixture;

  beforeAll(async () => {
    app = await createTestApp();
    board = await createBoardFixture(app.orm, 'Validation');
    for (let i = 0; i < CHALLENGES; i++) {
      await app.ok(`mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { challenge { id } } }`, {
        input: { sessionId: board.sessionId, text: `Uitdaging ${i + 1}`, language: 'nl' },
      });
    }
  });
  afterAll(() => app.close());

  it("should check a list's page size once per request, however many records ask for that list", async () => {
    vi.mocked(classValidator.validateOrReject).mockClear();
    const data = await app.ok(BOARD, { id: board.sessionId, first: 10 });
    expect(data.session.challenges.edges).toHaveLength(CHALLENGES);
    expect(pageChecks()).toHaveLength(1);
    await app.ok(BOARD, { id: board.sessionId, first: 10 });
    expect(pageChecks()).toHaveLength(2);
  });

  it('should refuse a page size out of range with a typed error, and answer the next request that asks well', async () => {
    const refused = await app.graphql(BOARD, { id: board.sessionId, first: 0 });
    expect(refused.data?.session ?? null).toBeNull();
    const [error] = refused.errors ?? [];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.path?.slice(0, 3)).toEqual(['session', 'challenges', 'edges']);
    expect(error?.path?.at(-1)).toBe('ideas');
    expect(error?.extensions?.problems).toEqual([{ field: 'first', message: 'first must not be less than 1' }]);
    const fine = await app.ok(BOARD, { id: board.sessionId, first: 1 });
    expect(fine.session.challenges.edges.map((e: { node: { ideas: unknown } }) => e.node.ideas)).toEqual(
      Array.from({ length: CHALLENGES }, () => ({ totalCount: 0 })),
    );
  });
});
