import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { createBoardFixture, whileClosed, type BoardFixture } from '../challenge/challenge.fixtures.js';

const IDEA_FIELDS =
  'id text language status author { id pseudonym } challenge { id } translations { language text } dotCount';
const CREATE_IDEA = /* GraphQL */ `
  mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { clientMutationId idea { ${IDEA_FIELDS} } } }
`;
const UPDATE_IDEA = `mutation ($input: UpdateIdeaInput!) { updateIdea(input: $input) { idea { ${IDEA_FIELDS} } } }`;
const TRANSLATE_IDEA = `mutation ($input: SetIdeaTranslationInput!) { setIdeaTranslation(input: $input) { idea { ${IDEA_FIELDS} } } }`;
const SET_IDEA_STATUS = `mutation ($input: SetIdeaStatusInput!) { setIdeaStatus(input: $input) { idea { ${IDEA_FIELDS} } } }`;
const IDEA = `query ($id: ID!) { idea(id: $id) { ${IDEA_FIELDS} } }`;
const IDEAS = /* GraphQL */ `
  query ($id: ID!, $includeHidden: Boolean) {
    challenge(id: $id) {
      ideas(includeHidden: $includeHidden) {
        totalCount
        edges {
          node {
            id
            text
            status
          }
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

describe('ideas', () => {
  let app: TestApp;
  let board: BoardFixture;

  beforeAll(async () => {
    app = await createTestApp();
    board = await createBoardFixture(app.orm, 'Ideas');
  });
  afterAll(() => app.close());

  const challenge = async (sessionId = board.sessionId): Promise<string> =>
    (await app.ok(CREATE_CHALLENGE, { input: { sessionId, text: 'Het park is donker', language: 'nl' } }))
      .createChallenge.challenge.id;
  const create = async (challengeId: string, input: Record<string, unknown> = {}) =>
    (await app.ok(CREATE_IDEA, { input: { challengeId, text: 'Meer lantaarns', language: 'nl', ...input } })).createIdea
      .idea;
  const ideas = async (
    challengeId: string,
    includeHidden = false,
  ): Promise<{ id: string; text: string; status: string }[]> =>
    (await app.ok(IDEAS, { id: challengeId, includeHidden })).challenge.ideas.edges.map(
      (e: { node: { id: string; text: string; status: string } }) => e.node,
    );
  const read = async (id: string) => (await app.ok(IDEA, { id })).idea;

  describe('createIdea', () => {
    it('should record a trimmed idea for the challenge with its author when a checked-in participant proposes it', async () => {
      const challengeId = await challenge();
      const idea = await create(challengeId, {
        text: '  Meer lantaarns langs het pad  ',
        language: 'NL',
        authorId: board.participantIds[1],
      });
      expect(idea).toEqual({
        id: expect.any(String),
        text: 'Meer lantaarns langs het pad',
        language: 'nl',
        status: 'VISIBLE',
        author: { id: board.participantIds[1], pseudonym: 'Deelnemer 2' },
        challenge: { id: challengeId },
        translations: [],
        dotCount: 0,
      });
      expect((await ideas(challengeId)).map((i) => i.id)).toEqual([idea.id]);
    });

    it('should record an idea anonymously when no author is given', async () => {
      const idea = await create(await challenge());
      expect(idea.author).toBeNull();
    });

    it.each([
      ['absentParticipantId', /not checked in/],
      ['outsiderId', /another project/],
    ] as const)('should refuse the author %s with BAD_USER_INPUT and create nothing', async (key, message) => {
      const challengeId = await challenge();
      const result = await app.graphql(CREATE_IDEA, {
        input: { challengeId, text: 'Idee', language: 'nl', authorId: board[key] },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(await ideas(challengeId, true)).toEqual([]);
    });

    it.each([
      [{ text: ' ' }, /text must be between 1 and 1000 characters/],
      [{ text: 'x'.repeat(1001) }, /text must be between 1 and 1000 characters/],
      [{ language: '' }, /language must be a language tag/],
    ])('should refuse %j with BAD_USER_INPUT and create nothing', async (input, message) => {
      const challengeId = await challenge();
      const result = await app.graphql(CREATE_IDEA, { input: { challengeId, text: 'Idee', language: 'nl', ...input } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(await ideas(challengeId, true)).toEqual([]);
    });

    it('should refuse an idea for a hidden or merged challenge and create nothing', async () => {
      const [hidden, merged, target] = [await challenge(), await challenge(), await challenge()];
      await app.ok(
        `mutation ($input: SetChallengeStatusInput!) { setChallengeStatus(input: $input) { challenge { id } } }`,
        {
          input: { challengeId: hidden, status: 'HIDDEN' },
        },
      );
      await app.ok(`mutation ($input: MergeChallengesInput!) { mergeChallenges(input: $input) { challenge { id } } }`, {
        input: { sourceIds: [merged], targetId: target },
      });
      for (const [challengeId, message] of [
        [hidden, /hidden/],
        [merged, /merged/],
      ] as const) {
        const result = await app.graphql(CREATE_IDEA, { input: { challengeId, text: 'Idee', language: 'nl' } });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.message).toMatch(message);
        expect(await ideas(challengeId, true)).toEqual([]);
      }
      expect(await ideas(target, true)).toEqual([]);
    });

    it('should refuse an idea with SESSION_NOT_OPEN and create nothing when the session is not live', async () => {
      const challengeId = await challenge();
      const result = await whileClosed(app.orm, board.sessionId, () =>
        app.graphql(CREATE_IDEA, { input: { challengeId, text: 'Te laat', language: 'nl' } }),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
      expect(await ideas(challengeId, true)).toEqual([]);
    });

    it('should answer NOT_FOUND when the challenge does not exist', async () => {
      const result = await app.graphql(CREATE_IDEA, {
        input: { challengeId: randomUUID(), text: 'Idee', language: 'nl' },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('should create one idea only when the same clientMutationId is sent twice', async () => {
      const challengeId = await challenge();
      const input = { challengeId, text: 'Eén keer', language: 'nl', clientMutationId: `idea-${challengeId}` };
      const first = await app.ok(CREATE_IDEA, { input });
      const second = await app.ok(CREATE_IDEA, { input });
      expect(second.createIdea.idea.id).toBe(first.createIdea.idea.id);
      expect(await ideas(challengeId)).toHaveLength(1);
    });
  });

  describe('updateIdea', () => {
    it("should fix a typo, and take a correction for the report after the session closed, keeping the author's words", async () => {
      const idea = await create(await challenge(), { text: 'Mear licht' });
      const updated = await app.ok(UPDATE_IDEA, { input: { ideaId: idea.id, text: 'Meer licht', language: 'nl' } });
      expect(updated.updateIdea.idea.text).toBe('Meer licht');
      await whileClosed(app.orm, board.sessionId, () =>
        app.ok(UPDATE_IDEA, { input: { ideaId: idea.id, text: 'Meer licht langs het fietspad' } }),
      );
      expect((await read(idea.id)).text).toBe('Meer licht langs het fietspad');
      const [row] = await app.orm.em
        .fork()
        .getConnection()
        .execute<{ original_text: string }[]>('select original_text from idea where id = ?', [idea.id]);
      expect(row?.original_text).toBe('Mear licht');
    });

    it('should refuse an empty text with BAD_USER_INPUT and keep the old one', async () => {
      const idea = await create(await challenge(), { text: 'Blijft' });
      const result = await app.graphql(UPDATE_IDEA, { input: { ideaId: idea.id, text: '' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await read(idea.id)).text).toBe('Blijft');
    });
  });

  describe('setIdeaTranslation', () => {
    it('should add and remove translations of an idea', async () => {
      const idea = await create(await challenge());
      const added = await app.ok(TRANSLATE_IDEA, {
        input: { ideaId: idea.id, language: 'en', text: 'More street lights' },
      });
      expect(added.setIdeaTranslation.idea.translations).toEqual([{ language: 'en', text: 'More street lights' }]);
      const removed = await app.ok(TRANSLATE_IDEA, { input: { ideaId: idea.id, language: 'en', text: '   ' } });
      expect(removed.setIdeaTranslation.idea.translations).toEqual([]);
    });

    it('should refuse a translation into its own language or a bad tag and change nothing', async () => {
      const idea = await create(await challenge());
      for (const language of ['nl', 'not a tag']) {
        const result = await app.graphql(TRANSLATE_IDEA, { input: { ideaId: idea.id, language, text: 'Iets' } });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      }
      expect((await read(idea.id)).translations).toEqual([]);
    });
  });

  describe('setIdeaStatus', () => {
    it('should hide an idea from its challenge and show it again', async () => {
      const challengeId = await challenge();
      const idea = await create(challengeId);
      const hidden = await app.ok(SET_IDEA_STATUS, { input: { ideaId: idea.id, status: 'HIDDEN' } });
      expect(hidden.setIdeaStatus.idea.status).toBe('HIDDEN');
      expect(await ideas(challengeId)).toEqual([]);
      expect(await ideas(challengeId, true)).toEqual([{ id: idea.id, text: 'Meer lantaarns', status: 'HIDDEN' }]);
      await app.ok(SET_IDEA_STATUS, { input: { ideaId: idea.id, status: 'VISIBLE' } });
      expect((await ideas(challengeId)).map((i) => i.id)).toEqual([idea.id]);
    });

    it('should refuse to hide an idea while the session is closed and keep it visible', async () => {
      const idea = await create(await challenge());
      const result = await whileClosed(app.orm, board.sessionId, () =>
        app.graphql(SET_IDEA_STATUS, { input: { ideaId: idea.id, status: 'HIDDEN' } }),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
      expect((await read(idea.id)).status).toBe('VISIBLE');
    });
  });
});
