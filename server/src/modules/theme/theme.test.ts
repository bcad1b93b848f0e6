import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { createBoardFixture, whileClosed, type BoardFixture } from '../challenge/challenge.fixtures.js';

const CREATE_THEME = /* GraphQL */ `
  mutation ($input: CreateThemeInput!) {
    createTheme(input: $input) {
      clientMutationId
      theme {
        id
        title
        position
        session {
          id
        }
      }
    }
  }
`;
const RENAME_THEME = /* GraphQL */ `
  mutation ($input: RenameThemeInput!) {
    renameTheme(input: $input) {
      theme {
        id
        title
      }
    }
  }
`;
const REORDER_THEMES = /* GraphQL */ `
  mutation ($input: ReorderThemesInput!) {
    reorderThemes(input: $input) {
      session {
        themes {
          id
          title
          position
        }
      }
    }
  }
`;
const DELETE_THEME = /* GraphQL */ `
  mutation ($input: DeleteThemeInput!) {
    deleteTheme(input: $input) {
      deletedThemeId
      session {
        themes {
          title
          position
        }
      }
    }
  }
`;
const CREATE_CHALLENGE = /* GraphQL */ `
  mutation ($input: CreateChallengeInput!) {
    createChallenge(input: $input) {
      challenge {
        id
      }
    }
  }
`;
const THEMES = /* GraphQL */ `
  query ($id: ID!) {
    session(id: $id) {
      themes {
        id
        title
        position
      }
    }
  }
`;

describe('themes', () => {
  let app: TestApp;
  let board: BoardFixture;
  let count = 0;

  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  // A fresh live session per test, so that the order of themes is each test's own.
  const freshBoard = async () => {
    board = await createBoardFixture(app.orm, `Themes ${++count}`);
    return board;
  };
  const themes = async (sessionId = board.sessionId) =>
    (await app.ok(THEMES, { id: sessionId })).session.themes as { id: string; title: string; position: number }[];
  const createTheme = async (title: string, sessionId = board.sessionId) =>
    (await app.ok(CREATE_THEME, { input: { sessionId, title } })).createTheme.theme as {
      id: string;
      title: string;
      position: number;
    };

  it('should add themes at the end of the board when they are created', async () => {
    await freshBoard();
    const first = await createTheme('  Veiligheid  ');
    await createTheme('Openingsuren');
    await createTheme('Taal');
    expect(first).toMatchObject({ title: 'Veiligheid', position: 0 });
    expect(await themes()).toEqual([
      expect.objectContaining({ title: 'Veiligheid', position: 0 }),
      expect.objectContaining({ title: 'Openingsuren', position: 1 }),
      expect.objectContaining({ title: 'Taal', position: 2 }),
    ]);
  });

  it('should refuse a theme with SESSION_NOT_OPEN and create nothing when the session is not live', async () => {
    await freshBoard();
    const result = await whileClosed(app.orm, board.sessionId, () =>
      app.graphql(CREATE_THEME, { input: { sessionId: board.sessionId, title: 'Te laat' } }),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
    expect(await themes()).toEqual([]);
  });

  it.each(['', '   ', 'x'.repeat(201)])(
    'should refuse the title %j with BAD_USER_INPUT and create nothing',
    async (title) => {
      await freshBoard();
      const result = await app.graphql(CREATE_THEME, { input: { sessionId: board.sessionId, title } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(/title must be between 1 and 200 characters/);
      expect(await themes()).toEqual([]);
    },
  );

  it('should answer NOT_FOUND when the session does not exist', async () => {
    const result = await app.graphql(CREATE_THEME, {
      input: { sessionId: '8a1f3c1e-0000-4000-8000-000000000000', title: 'Nergens' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('should create one theme only when the same clientMutationId is sent twice', async () => {
    await freshBoard();
    const variables = {
      input: { sessionId: board.sessionId, title: 'Eén keer', clientMutationId: `theme-retry-${count}` },
    };
    const first = await app.ok(CREATE_THEME, variables);
    const second = await app.ok(CREATE_THEME, variables);
    expect(second.createTheme.theme.id).toBe(first.createTheme.theme.id);
    expect(second.createTheme.clientMutationId).toBe(`theme-retry-${count}`);
    expect(await themes()).toHaveLength(1);
  });

  it('should give a theme its new title when it is renamed, and refuse it when the session is closed', async () => {
    await freshBoard();
    const theme = await createTheme('Veiligheit');
    const renamed = await app.ok(RENAME_THEME, { input: { themeId: theme.id, title: 'Veiligheid' } });
    expect(renamed.renameTheme.theme.title).toBe('Veiligheid');
    const refused = await whileClosed(app.orm, board.sessionId, () =>
      app.graphql(RENAME_THEME, { input: { themeId: theme.id, title: 'Iets anders' } }),
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
    expect((await themes())[0]?.title).toBe('Veiligheid');
  });

  it('should put the themes in the given order when they are reordered', async () => {
    await freshBoard();
    const [a, b, c] = [await createTheme('A'), await createTheme('B'), await createTheme('C')];
    const result = await app.ok(REORDER_THEMES, {
      input: { sessionId: board.sessionId, themeIds: [c.id, a.id, b.id] },
    });
    expect(result.reorderThemes.session.themes).toEqual([
      { id: c.id, title: 'C', position: 0 },
      { id: a.id, title: 'A', position: 1 },
      { id: b.id, title: 'B', position: 2 },
    ]);
  });

  it('should refuse an order that leaves out a theme or names a foreign one, and keep the old order', async () => {
    await freshBoard();
    const [a, b] = [await createTheme('A'), await createTheme('B')];
    const foreign = await createTheme('Elders', board.otherSessionId);
    const before = await themes();
    for (const themeIds of [[b.id], [b.id, foreign.id], [b.id, a.id, foreign.id], [b.id, b.id]]) {
      const result = await app.graphql(REORDER_THEMES, { input: { sessionId: board.sessionId, themeIds } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await themes()).toEqual(before);
  });

  it('should leave its challenges unthemed and close the gap when a theme is deleted', async () => {
    await freshBoard();
    const [a, b, c] = [await createTheme('A'), await createTheme('B'), await createTheme('C')];
    const created = await app.ok(CREATE_CHALLENGE, {
      input: { sessionId: board.sessionId, text: 'Het park is donker', language: 'nl', themeId: b.id },
    });
    const challengeId = created.createChallenge.challenge.id;
    const result = await app.ok(DELETE_THEME, { input: { themeId: b.id } });
    expect(result.deleteTheme.deletedThemeId).toBe(b.id);
    expect(result.deleteTheme.session.themes).toEqual([
      { title: 'A', position: 0 },
      { title: 'C', position: 1 },
    ]);
    const read = await app.ok(`query ($id: ID!) { challenge(id: $id) { id theme { id } } }`, { id: challengeId });
    expect(read.challenge).toEqual({ id: challengeId, theme: null });
    expect((await themes()).map((t) => t.id)).toEqual([a.id, c.id]);
  });

  it('should refuse to delete a theme with SESSION_NOT_OPEN when the session is closed, and keep it', async () => {
    await freshBoard();
    const theme = await createTheme('Blijft');
    const result = await whileClosed(app.orm, board.sessionId, () =>
      app.graphql(DELETE_THEME, { input: { themeId: theme.id } }),
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
    expect(await themes()).toEqual([{ id: theme.id, title: 'Blijft', position: 0 }]);
  });

  it('should list the visible challenges of a theme and count their dots', async () => {
    await freshBoard();
    const theme = await createTheme('Veiligheid');
    const read = await app.ok(
      `query ($id: ID!) { theme(id: $id) { title challenges { id } dotCount session { id } } }`,
      { id: theme.id },
    );
    expect(read.theme).toEqual({ title: 'Veiligheid', challenges: [], dotCount: 0, session: { id: board.sessionId } });
  });
});
