import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffRole } from '../../core/auth/viewer.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { createBoardFixture, whileClosed, type BoardFixture } from './challenge.fixtures.js';

const CHALLENGE_FIELDS = /* GraphQL */ `
  id text language status
  author { id pseudonym }
  theme { id title }
  translations { language text }
  mergedInto { id }
  dotCount
`;
const CREATE_CHALLENGE = /* GraphQL */ `
  mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { clientMutationId challenge { ${CHALLENGE_FIELDS} } } }
`;
const CHALLENGE = /* GraphQL */ `query ($id: ID!) { challenge(id: $id) { ${CHALLENGE_FIELDS} mergedChallenges { id } ideas { totalCount edges { node { id text } } } } }`;
const CHALLENGES = /* GraphQL */ `
  query ($id: ID!, $includeHidden: Boolean, $first: Int, $after: String) {
    session(id: $id) {
      challenges(includeHidden: $includeHidden, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
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
const mutation = (name: string, input: string, fields = `challenge { ${CHALLENGE_FIELDS} }`) =>
  `mutation ($input: ${input}!) { ${name}(input: $input) { ${fields} } }`;
const UPDATE = mutation('updateChallenge', 'UpdateChallengeInput');
const TRANSLATE = mutation('setChallengeTranslation', 'SetChallengeTranslationInput');
const SET_STATUS = mutation('setChallengeStatus', 'SetChallengeStatusInput');
const MERGE = mutation(
  'mergeChallenges',
  'MergeChallengesInput',
  `challenge { id dotCount mergedChallenges { id status mergedInto { id } } ideas { edges { node { text } } } }`,
);
const ASSIGN = mutation('assignChallengeTheme', 'AssignChallengeThemeInput');

type Challenge = { id: string; text: string; status: string; [key: string]: unknown };

describe('challenges', () => {
  let app: TestApp;
  let board: BoardFixture;
  let count = 0;

  beforeAll(async () => {
    app = await createTestApp();
    board = await createBoardFixture(app.orm, 'Challenges');
  });
  afterAll(() => app.close());

  const freshBoard = () => createBoardFixture(app.orm, `Challenges ${++count}`);
  const create = async (input: Record<string, unknown> = {}, sessionId = board.sessionId): Promise<Challenge> =>
    (
      await app.ok(CREATE_CHALLENGE, {
        input: { sessionId, text: "Het park is 's avonds donker", language: 'nl', ...input },
      })
    ).createChallenge.challenge;
  const read = async (id: string) => (await app.ok(CHALLENGE, { id })).challenge;
  const list = async (sessionId: string, includeHidden = false): Promise<Challenge[]> =>
    (await app.ok(CHALLENGES, { id: sessionId, includeHidden })).session.challenges.edges.map(
      (e: { node: Challenge }) => e.node,
    );
  const theme = async (sessionId: string, title: string): Promise<string> =>
    (
      await app.ok(`mutation ($input: CreateThemeInput!) { createTheme(input: $input) { theme { id } } }`, {
        input: { sessionId, title },
      })
    ).createTheme.theme.id;

  const idea = (challengeId: string, text: string) =>
    app.ok(`mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { idea { id } } }`, {
      input: { challengeId, text, language: 'nl' },
    });

  describe('createChallenge', () => {
    it('should record a trimmed, anonymous, visible challenge when no author is given', async () => {
      const fresh = await freshBoard();
      const challenge = await create(
        { text: '  De bib is dicht als ik vrij ben  ', language: 'NL-be' },
        fresh.sessionId,
      );
      expect(challenge).toMatchObject({
        text: 'De bib is dicht als ik vrij ben',
        language: 'nl-BE',
        status: 'VISIBLE',
        author: null,
        theme: null,
        translations: [],
        mergedInto: null,
        dotCount: 0,
      });
      expect((await list(fresh.sessionId)).map((c) => c.id)).toEqual([challenge.id]);
    });

    it('should record the author and theme when a checked-in participant raises it in a theme', async () => {
      const themeId = await theme(board.sessionId, 'Veiligheid');
      const challenge = await create({ authorId: board.participantIds[0], themeId });
      expect(challenge.author).toEqual({ id: board.participantIds[0], pseudonym: 'Deelnemer 1' });
      expect(challenge.theme).toEqual({ id: themeId, title: 'Veiligheid' });
      const inTheme = await app.ok(`query ($id: ID!) { theme(id: $id) { challenges { id } } }`, { id: themeId });
      expect(inTheme.theme.challenges).toEqual([{ id: challenge.id }]);
    });

    it.each([
      ['not checked in to the session', 'absentParticipantId', 'BAD_USER_INPUT', /not checked in/],
      ['of another project', 'outsiderId', 'BAD_USER_INPUT', /another project/],
    ] as const)('should refuse an author %s and create nothing', async (_what, key, code, message) => {
      const fresh = await freshBoard();
      const result = await app.graphql(CREATE_CHALLENGE, {
        input: { sessionId: fresh.sessionId, text: 'Te veel lawaai', language: 'nl', authorId: fresh[key] },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(result.errors?.[0]?.extensions?.field).toBe('authorId');
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(await list(fresh.sessionId, true)).toEqual([]);
    });

    it('should answer NOT_FOUND when the author does not exist', async () => {
      const result = await app.graphql(CREATE_CHALLENGE, {
        input: { sessionId: board.sessionId, text: 'Wie?', language: 'nl', authorId: randomUUID() },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });

    it('should refuse a theme of another session and create nothing', async () => {
      const fresh = await freshBoard();
      const foreign = await theme(fresh.otherSessionId, 'Elders');
      const result = await app.graphql(CREATE_CHALLENGE, {
        input: { sessionId: fresh.sessionId, text: 'Verkeerde tafel', language: 'nl', themeId: foreign },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field).toBe('themeId');
      expect(await list(fresh.sessionId, true)).toEqual([]);
    });

    it.each([
      [{ text: '' }, /text must be between 1 and 1000 characters/],
      [{ text: '    ' }, /text must be between 1 and 1000 characters/],
      [{ text: 'x'.repeat(1001) }, /text must be between 1 and 1000 characters/],
      [{ language: 'Nederlands!' }, /language must be a language tag/],
      [{ id: 'not-a-uuid' }, /id must be a UUID/],
    ])('should refuse %j with BAD_USER_INPUT and create nothing', async (input, message) => {
      const fresh = await freshBoard();
      const result = await app.graphql(CREATE_CHALLENGE, {
        input: { sessionId: fresh.sessionId, text: 'Goed', language: 'nl', ...input },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toMatch(message);
      expect(await list(fresh.sessionId, true)).toEqual([]);
    });

    it('should accept exactly 1000 characters', async () => {
      const challenge = await create({ text: 'x'.repeat(1000) });
      expect(challenge.text).toHaveLength(1000);
    });

    it('should refuse a challenge with SESSION_NOT_OPEN and create nothing when the session is not live', async () => {
      const fresh = await freshBoard();
      const result = await whileClosed(app.orm, fresh.sessionId, () =>
        app.graphql(CREATE_CHALLENGE, { input: { sessionId: fresh.sessionId, text: 'Te laat', language: 'nl' } }),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
      expect(await list(fresh.sessionId, true)).toEqual([]);
    });

    it('should create one challenge only when a client id or clientMutationId is sent twice', async () => {
      const fresh = await freshBoard();
      const id = randomUUID();
      const first = await create({ id }, fresh.sessionId);
      const again = await create({ id }, fresh.sessionId);
      expect(first.id).toBe(id);
      expect(again.id).toBe(id);
      const input = {
        sessionId: fresh.sessionId,
        text: 'Eén keer',
        language: 'nl',
        clientMutationId: `challenge-${fresh.sessionId}`,
      };
      const one = await app.ok(CREATE_CHALLENGE, { input });
      const two = await app.ok(CREATE_CHALLENGE, { input });
      expect(two.createChallenge.challenge.id).toBe(one.createChallenge.challenge.id);
      expect(await list(fresh.sessionId)).toHaveLength(2);
    });

    it('should refuse with CONFLICT an id that another record has or that someone else claimed, and create nothing', async () => {
      const fresh = await freshBoard();
      const input = { sessionId: fresh.sessionId, text: 'Nog een keer', language: 'nl' };
      // A record whose id the server chose: no claim on it, but the id is taken.
      const made = await create({}, fresh.sessionId);
      const reused = await app.graphql(CREATE_CHALLENGE, { input: { ...input, id: made.id } });
      expect(reused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      // An id claimed by someone else: a colleague cannot take over the administrator's record by sending its id.
      const claimed = randomUUID();
      await create({ id: claimed }, fresh.sessionId);
      const colleague = await app.staff({
        role: StaffRole.FACILITATOR,
        organisationIds: [fresh.organisationId],
        projectIds: [fresh.projectId],
      });
      const theirs = await colleague.graphql(CREATE_CHALLENGE, { input: { ...input, id: claimed } });
      expect(theirs.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect(theirs.data?.createChallenge ?? null).toBeNull();
      expect((await list(fresh.sessionId)).map((challenge) => challenge.id)).toEqual([made.id, claimed]);
    });
  });

  describe('reading', () => {
    it('should page through the challenges of a session in the order they were raised', async () => {
      const fresh = await freshBoard();
      const ids: string[] = [];
      for (const text of ['Eén', 'Twee', 'Drie']) ids.push((await create({ text }, fresh.sessionId)).id);
      const first = await app.ok(CHALLENGES, { id: fresh.sessionId, first: 2 });
      expect(first.session.challenges.totalCount).toBe(3);
      expect(first.session.challenges.pageInfo.hasNextPage).toBe(true);
      const next = await app.ok(CHALLENGES, {
        id: fresh.sessionId,
        first: 2,
        after: first.session.challenges.pageInfo.endCursor,
      });
      const seen = [...first.session.challenges.edges, ...next.session.challenges.edges].map(
        (e: { node: Challenge }) => e.node.id,
      );
      expect(seen).toEqual(ids);
      expect(next.session.challenges.pageInfo.hasNextPage).toBe(false);
    });
  });

  describe('updateChallenge', () => {
    it("should fix a typo when the text is updated, and take a correction for the report after the session closed, keeping the author's words", async () => {
      const challenge = await create({ text: 'Het prak is donker' });
      const updated = await app.ok(UPDATE, { input: { challengeId: challenge.id, text: ' Het park is donker ' } });
      expect(updated.updateChallenge.challenge.text).toBe('Het park is donker');
      await whileClosed(app.orm, board.sessionId, () =>
        app.ok(UPDATE, { input: { challengeId: challenge.id, text: 'Het park is na zonsondergang donker' } }),
      );
      expect((await read(challenge.id)).text).toBe('Het park is na zonsondergang donker');
      const [row] = await app.orm.em
        .fork()
        .getConnection()
        .execute<{ original_text: string }[]>('select original_text from challenge where id = ?', [challenge.id]);
      expect(row?.original_text).toBe('Het prak is donker');
    });

    it('should refuse an empty text with BAD_USER_INPUT and keep the old one', async () => {
      const challenge = await create({ text: 'Blijft staan' });
      const result = await app.graphql(UPDATE, { input: { challengeId: challenge.id, text: '  ' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await read(challenge.id)).text).toBe('Blijft staan');
    });

    it('should answer NOT_FOUND when the challenge does not exist', async () => {
      const result = await app.graphql(UPDATE, { input: { challengeId: randomUUID(), text: 'Niets' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('setChallengeTranslation', () => {
    it('should add, replace and remove translations, listed by language', async () => {
      const challenge = await create();
      await app.ok(TRANSLATE, { input: { challengeId: challenge.id, language: 'en', text: 'The park is dark' } });
      await app.ok(TRANSLATE, { input: { challengeId: challenge.id, language: 'ar', text: 'الحديقة مظلمة' } });
      const replaced = await app.ok(TRANSLATE, {
        input: { challengeId: challenge.id, language: 'EN', text: 'The park is dark at night' },
      });
      expect(replaced.setChallengeTranslation.challenge.translations).toEqual([
        { language: 'ar', text: 'الحديقة مظلمة' },
        { language: 'en', text: 'The park is dark at night' },
      ]);
      const removed = await app.ok(TRANSLATE, { input: { challengeId: challenge.id, language: 'ar', text: '' } });
      expect(removed.setChallengeTranslation.challenge.translations).toEqual([
        { language: 'en', text: 'The park is dark at night' },
      ]);
    });

    it('should refuse a translation into the language it was written in and change nothing', async () => {
      const challenge = await create();
      const result = await app.graphql(TRANSLATE, {
        input: { challengeId: challenge.id, language: 'nl', text: 'Iets anders' },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await read(challenge.id)).translations).toEqual([]);
    });

    it('should still accept a translation after the session is closed', async () => {
      const challenge = await create();
      const result = await whileClosed(app.orm, board.sessionId, () =>
        app.ok(TRANSLATE, { input: { challengeId: challenge.id, language: 'fr', text: 'Le parc est sombre' } }),
      );
      expect(result.setChallengeTranslation.challenge.translations).toEqual([
        { language: 'fr', text: 'Le parc est sombre' },
      ]);
    });
  });

  describe('setChallengeStatus', () => {
    it('should hide a challenge from the board and its theme, and show it again', async () => {
      const fresh = await freshBoard();
      const themeId = await theme(fresh.sessionId, 'Thema');
      const challenge = await create({ themeId }, fresh.sessionId);
      const hidden = await app.ok(SET_STATUS, { input: { challengeId: challenge.id, status: 'HIDDEN' } });
      expect(hidden.setChallengeStatus.challenge.status).toBe('HIDDEN');
      expect(await list(fresh.sessionId)).toEqual([]);
      expect((await list(fresh.sessionId, true)).map((c) => c.status)).toEqual(['HIDDEN']);
      const inTheme = await app.ok(`query ($id: ID!) { theme(id: $id) { challenges { id } } }`, { id: themeId });
      expect(inTheme.theme.challenges).toEqual([]);
      await app.ok(SET_STATUS, { input: { challengeId: challenge.id, status: 'VISIBLE' } });
      expect((await list(fresh.sessionId)).map((c) => c.id)).toEqual([challenge.id]);
    });

    it('should refuse to hide a challenge while the session is closed and keep it visible', async () => {
      const challenge = await create();
      const result = await whileClosed(app.orm, board.sessionId, () =>
        app.graphql(SET_STATUS, { input: { challengeId: challenge.id, status: 'HIDDEN' } }),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
      expect((await read(challenge.id)).status).toBe('VISIBLE');
    });

    it('should refuse MERGED as a status with BAD_USER_INPUT', async () => {
      const challenge = await create();
      const result = await app.graphql(SET_STATUS, { input: { challengeId: challenge.id, status: 'MERGED' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('should refuse to show a merged challenge on its own with INVALID_STATUS_TRANSITION', async () => {
      const [source, target] = [await create({ text: 'Bron' }), await create({ text: 'Doel' })];
      await app.ok(MERGE, { input: { sourceIds: [source.id], targetId: target.id } });
      const result = await app.graphql(SET_STATUS, { input: { challengeId: source.id, status: 'VISIBLE' } });
      expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_STATUS_TRANSITION');
      expect((await read(source.id)).status).toBe('MERGED');
    });
  });

  describe('mergeChallenges', () => {
    it('should mark the sources MERGED, move their ideas and count their dots on the target', async () => {
      const fresh = await freshBoard();
      const [a, b, target] = [
        await create({ text: 'Donker park' }, fresh.sessionId),
        await create({ text: 'Geen licht in het park' }, fresh.sessionId),
        await create({ text: 'Het park is onveilig' }, fresh.sessionId),
      ];
      await idea(a.id, 'Lampen');
      await idea(b.id, 'Buurtwacht');
      await idea(target.id, 'Camera');
      const round = await app.ok(
        `mutation ($input: OpenVotingRoundInput!) { openVotingRound(input: $input) { round { id } } }`,
        {
          input: {
            sessionId: fresh.sessionId,
            title: 'Wat is belangrijk?',
            target: 'CHALLENGES',
            dotsPerParticipant: 5,
          },
        },
      );
      const vote = (challengeId: string, dots: number, participantId: string) =>
        app.ok(`mutation ($input: CastVoteInput!) { castVote(input: $input) { vote { id } } }`, {
          input: { roundId: round.openVotingRound.round.id, participantId, challengeId, dots },
        });
      await vote(a.id, 2, fresh.participantIds[0]!);
      await vote(b.id, 3, fresh.participantIds[1]!);
      await vote(target.id, 1, fresh.participantIds[2]!);

      const merged = (await app.ok(MERGE, { input: { sourceIds: [a.id, b.id], targetId: target.id } })).mergeChallenges
        .challenge;
      expect(merged.id).toBe(target.id);
      expect(merged.dotCount).toBe(6);
      expect(merged.mergedChallenges).toEqual([
        { id: a.id, status: 'MERGED', mergedInto: { id: target.id } },
        { id: b.id, status: 'MERGED', mergedInto: { id: target.id } },
      ]);
      expect(merged.ideas.edges.map((e: { node: { text: string } }) => e.node.text).toSorted()).toEqual([
        'Buurtwacht',
        'Camera',
        'Lampen',
      ]);
      expect((await list(fresh.sessionId)).map((c) => c.id)).toEqual([target.id]);
      expect((await list(fresh.sessionId, true)).map((c) => c.status)).toEqual(['MERGED', 'MERGED', 'VISIBLE']);
      expect((await read(a.id)).dotCount).toBe(2);
    });

    it('should keep merges one level deep when a target is later merged into another challenge', async () => {
      const fresh = await freshBoard();
      const [a, b, c] = [
        await create({ text: 'A' }, fresh.sessionId),
        await create({ text: 'B' }, fresh.sessionId),
        await create({ text: 'C' }, fresh.sessionId),
      ];
      await app.ok(MERGE, { input: { sourceIds: [a.id], targetId: b.id } });
      const merged = (await app.ok(MERGE, { input: { sourceIds: [b.id], targetId: c.id } })).mergeChallenges.challenge;
      expect(merged.mergedChallenges.map((m: { id: string }) => m.id).toSorted()).toEqual([a.id, b.id].toSorted());
      expect((await read(a.id)).mergedInto).toEqual({ id: c.id });
    });

    it.each([
      ['into itself', 'self', 'BAD_USER_INPUT'],
      ['of another session', 'foreign', 'BAD_USER_INPUT'],
      ['that were already merged', 'merged', 'CONFLICT'],
      ['into a merged target', 'mergedTarget', 'CONFLICT'],
      ['that do not exist', 'missing', 'NOT_FOUND'],
    ] as const)('should refuse to merge challenges %s and change nothing', async (_what, kind, code) => {
      const fresh = await freshBoard();
      const [a, target, merged, mergedInto] = [
        await create({ text: 'A' }, fresh.sessionId),
        await create({ text: 'Doel' }, fresh.sessionId),
        await create({ text: 'Al samengevoegd' }, fresh.sessionId),
        await create({ text: 'Ontvanger' }, fresh.sessionId),
      ];
      await idea(a.id, 'Idee bij A');
      await app.ok(MERGE, { input: { sourceIds: [merged.id], targetId: mergedInto.id } });
      const foreign = await create({ text: 'Elders' }, fresh.otherSessionId);
      const inputs = {
        self: { sourceIds: [a.id, target.id], targetId: target.id },
        foreign: { sourceIds: [a.id, foreign.id], targetId: target.id },
        merged: { sourceIds: [a.id, merged.id], targetId: target.id },
        mergedTarget: { sourceIds: [a.id], targetId: merged.id },
        missing: { sourceIds: [a.id, randomUUID()], targetId: target.id },
      };
      const before = await list(fresh.sessionId, true);
      const result = await app.graphql(MERGE, { input: inputs[kind] });
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(await list(fresh.sessionId, true)).toEqual(before);
      expect((await read(a.id)).ideas.totalCount).toBe(1);
      expect((await read(foreign.id)).status).toBe('VISIBLE');
    });

    it('should refuse a merge with SESSION_NOT_OPEN while the session is closed', async () => {
      const [a, b] = [await create({ text: 'A' }), await create({ text: 'B' })];
      const result = await whileClosed(app.orm, board.sessionId, () =>
        app.graphql(MERGE, { input: { sourceIds: [a.id], targetId: b.id } }),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
      expect((await read(a.id)).status).toBe('VISIBLE');
    });

    it('should refuse an empty list of sources with BAD_USER_INPUT', async () => {
      const target = await create();
      const result = await app.graphql(MERGE, { input: { sourceIds: [], targetId: target.id } });
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });
  });

  describe('assignChallengeTheme', () => {
    it('should put a challenge in a theme and take it out again', async () => {
      const themeId = await theme(board.sessionId, 'Openingsuren');
      const challenge = await create({ text: 'De bib sluit te vroeg' });
      const assigned = await app.ok(ASSIGN, { input: { challengeId: challenge.id, themeId } });
      expect(assigned.assignChallengeTheme.challenge.theme).toEqual({ id: themeId, title: 'Openingsuren' });
      const removed = await app.ok(ASSIGN, { input: { challengeId: challenge.id, themeId: null } });
      expect(removed.assignChallengeTheme.challenge.theme).toBeNull();
    });

    it('should refuse a theme of another session, or a closed session, and keep the old theme', async () => {
      const themeId = await theme(board.sessionId, 'Eigen thema');
      const foreign = await theme(board.otherSessionId, 'Ander thema');
      const challenge = await create({ themeId });
      const wrong = await app.graphql(ASSIGN, { input: { challengeId: challenge.id, themeId: foreign } });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const closed = await whileClosed(app.orm, board.sessionId, () =>
        app.graphql(ASSIGN, { input: { challengeId: challenge.id, themeId: null } }),
      );
      expect(closed.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
      expect((await read(challenge.id)).theme).toEqual({ id: themeId, title: 'Eigen thema' });
    });
  });
});
