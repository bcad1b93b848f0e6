import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { createBoardFixture, whileClosed, type BoardFixture } from '../challenge/challenge.fixtures.js';
import { Vote } from './vote.entity.js';
import { ROUND_VOTES_MAX } from './vote.input.js';

const ROUND_FIELDS = 'id title target dotsPerParticipant status';
const OPEN_ROUND = `mutation ($input: OpenVotingRoundInput!) { openVotingRound(input: $input) { round { ${ROUND_FIELDS} } } }`;
const CLOSE_ROUND = `mutation ($input: CloseVotingRoundInput!) { closeVotingRound(input: $input) { round { ${ROUND_FIELDS} } } }`;
const VOTE_FIELDS = 'id dots source participant { id } challenge { id } idea { id } round { id }';
const CAST_VOTE = `mutation ($input: CastVoteInput!) { castVote(input: $input) { clientMutationId vote { ${VOTE_FIELDS} } } }`;
const WITHDRAW_VOTE = `mutation ($input: WithdrawVoteInput!) { withdrawVote(input: $input) { withdrawnVoteId round { id } } }`;
const PAPER_VOTES = `mutation ($input: RecordPaperVotesInput!) { recordPaperVotes(input: $input) { vote { ${VOTE_FIELDS} } } }`;
const SESSION_ROUNDS = /* GraphQL */ `
  query ($id: ID!) { session(id: $id) { votingRounds { ${ROUND_FIELDS} } openVotingRound { id } } }
`;
const ROUND = /* GraphQL */ `
  query ($id: ID!, $participantId: ID!) {
    votingRound(id: $id) { ${ROUND_FIELDS} dotsUsedBy(participantId: $participantId) votes { totalCount edges { node { ${VOTE_FIELDS} } } } }
  }
`;

// A statement that adds up dots.
const countsDots = (sql: string): boolean => /sum\(dots\)/.test(sql);

type Board = BoardFixture & { challengeIds: string[]; ideaIds: string[] };

const tally = (challengeId: string, dots: number) => ({ dots, challenge: { id: challengeId }, idea: null });

describe('voting', () => {
  let app: TestApp;
  let count = 0;

  beforeAll(async () => {
    // No background releaser of indicator figures: its statements would land among those a test here counts.
    app = await createTestApp({ config: { RELEASE_INDICATORS: false } });
  });
  afterAll(() => app.close());

  // A live session with three visible challenges, each with one idea.
  const freshBoard = async (participants = 3): Promise<Board> => {
    const board = await createBoardFixture(app.orm, `Voting ${++count}`, participants);
    const challengeIds: string[] = [];
    const ideaIds: string[] = [];
    for (const text of ['Het park is donker', 'De bib sluit vroeg', 'Te weinig bankjes']) {
      const created = await app.ok(
        `mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { challenge { id } } }`,
        {
          input: { sessionId: board.sessionId, text, language: 'nl' },
        },
      );
      const challengeId = created.createChallenge.challenge.id as string;
      challengeIds.push(challengeId);
      const idea = await app.ok(`mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { idea { id } } }`, {
        input: { challengeId, text: `Idee voor: ${text}`, language: 'nl' },
      });
      ideaIds.push(idea.createIdea.idea.id);
    }
    return { ...board, challengeIds, ideaIds };
  };
  const openRound = async (board: Board, input: Record<string, unknown> = {}) =>
    (
      await app.ok(OPEN_ROUND, {
        input: {
          sessionId: board.sessionId,
          title: 'Wat vinden we het belangrijkst?',
          target: 'CHALLENGES',
          dotsPerParticipant: 5,
          ...input,
        },
      })
    ).openVotingRound.round;
  const round = async (roundId: string, participantId: string = randomUUID()) =>
    (await app.ok(ROUND, { id: roundId, participantId })).votingRound;
  const dotCount = async (kind: 'challenge' | 'idea', id: string): Promise<number> =>
    (await app.ok(`query ($id: ID!) { ${kind}(id: $id) { dotCount } }`, { id }))[kind].dotCount;

  describe('openVotingRound and closeVotingRound', () => {
    it('should open a round as the open round of the session, and close it', async () => {
      const board = await freshBoard();
      const opened = await openRound(board, { title: '  Top drie  ' });
      expect(opened).toMatchObject({ title: 'Top drie', target: 'CHALLENGES', dotsPerParticipant: 5, status: 'OPEN' });
      let session = (await app.ok(SESSION_ROUNDS, { id: board.sessionId })).session;
      expect(session.openVotingRound).toEqual({ id: opened.id });
      const closed = await app.ok(CLOSE_ROUND, { input: { roundId: opened.id } });
      expect(closed.closeVotingRound.round.status).toBe('CLOSED');
      session = (await app.ok(SESSION_ROUNDS, { id: board.sessionId })).session;
      expect(session.openVotingRound).toBeNull();
      expect(session.votingRounds.map((r: { id: string }) => r.id)).toEqual([opened.id]);
    });

    it('should refuse a second open round with CONFLICT and create nothing', async () => {
      const board = await freshBoard();
      await openRound(board);
      const result = await app.graphql(OPEN_ROUND, {
        input: { sessionId: board.sessionId, title: 'Nog een', target: 'IDEAS', dotsPerParticipant: 3 },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      expect((await app.ok(SESSION_ROUNDS, { id: board.sessionId })).session.votingRounds).toHaveLength(1);
    });

    it('should open only one round when several are opened at the same time', async () => {
      const board = await freshBoard();
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          app.graphql(OPEN_ROUND, {
            input: { sessionId: board.sessionId, title: `Ronde ${i}`, target: 'CHALLENGES', dotsPerParticipant: 3 },
          }),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(7);
      expect((await app.ok(SESSION_ROUNDS, { id: board.sessionId })).session.votingRounds).toHaveLength(1);
    });

    it('should open a new round once the previous one is closed', async () => {
      const board = await freshBoard();
      const first = await openRound(board);
      await app.ok(CLOSE_ROUND, { input: { roundId: first.id } });
      const second = await openRound(board, { target: 'IDEAS' });
      expect(second.status).toBe('OPEN');
    });

    it.each([0, 21, -1])(
      'should refuse %i dots per participant with BAD_USER_INPUT and create nothing',
      async (dotsPerParticipant) => {
        const board = await freshBoard();
        const result = await app.graphql(OPEN_ROUND, {
          input: { sessionId: board.sessionId, title: 'Ronde', target: 'CHALLENGES', dotsPerParticipant },
        });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.message).toMatch(/dotsPerParticipant must be between 1 and 20/);
        expect((await app.ok(SESSION_ROUNDS, { id: board.sessionId })).session.votingRounds).toEqual([]);
      },
    );

    it('should refuse a round with SESSION_NOT_OPEN and create nothing when the session is not live', async () => {
      const board = await freshBoard();
      const result = await whileClosed(app.orm, board.sessionId, () =>
        app.graphql(OPEN_ROUND, {
          input: { sessionId: board.sessionId, title: 'Ronde', target: 'CHALLENGES', dotsPerParticipant: 3 },
        }),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
      expect((await app.ok(SESSION_ROUNDS, { id: board.sessionId })).session.votingRounds).toEqual([]);
    });

    it('should refuse to close a closed round with VOTING_ROUND_CLOSED', async () => {
      const board = await freshBoard();
      const opened = await openRound(board);
      await app.ok(CLOSE_ROUND, { input: { roundId: opened.id } });
      const result = await app.graphql(CLOSE_ROUND, { input: { roundId: opened.id } });
      expect(result.errors?.[0]?.extensions?.code).toBe('VOTING_ROUND_CLOSED');
    });
  });

  describe('castVote', () => {
    it('should give one dot by default and count it for the participant and the challenge', async () => {
      const board = await freshBoard();
      const opened = await openRound(board);
      const [participantId] = board.participantIds as [string];
      const cast = await app.ok(CAST_VOTE, {
        input: { roundId: opened.id, participantId, challengeId: board.challengeIds[0] },
      });
      expect(cast.castVote.vote).toMatchObject({
        dots: 1,
        source: 'DIGITAL',
        participant: { id: participantId },
        challenge: { id: board.challengeIds[0] },
        idea: null,
        round: { id: opened.id },
      });
      await app.ok(CAST_VOTE, {
        input: { roundId: opened.id, participantId, challengeId: board.challengeIds[0], dots: 3 },
      });
      const read = await round(opened.id, participantId);
      expect(read.dotsUsedBy).toBe(4);
      expect(read.votes.totalCount).toBe(2);
      expect(await dotCount('challenge', board.challengeIds[0]!)).toBe(4);
      expect(await dotCount('challenge', board.challengeIds[1]!)).toBe(0);
    });

    it("should read the round with its session, check the dot's id, and publish its event, in one statement each, and ask where the round lives once", async () => {
      // A full room sends dozens of dots a second, and each statement is a round trip to PostgreSQL.
      const board = await freshBoard();
      const opened = await openRound(board);
      // With the id the phone makes for each dot: its claim, and whether a vote has it, are one statement too.
      const dot = (n: number) =>
        app.ok(CAST_VOTE, {
          input: {
            id: randomUUID(),
            roundId: opened.id,
            participantId: board.participantIds[n],
            challengeId: board.challengeIds[n],
          },
        });
      app.resetQueries();
      await dot(0);
      const statements = app.queries.map((sql) => sql.replace(/\s+/g, ' '));
      const idChecks = statements.filter((sql) => /^select .*applied_mutation/.test(sql.trim()));
      expect(idChecks).toHaveLength(1);
      expect(idChecks[0]).toMatch(/exists\(select 1 from "vote"/);
      expect(statements.filter((sql) => /count\(\*\)/.test(sql))).toEqual([]);
      const roundReads = statements.filter((sql) => /from "voting_round"/.test(sql));
      expect(roundReads).toHaveLength(1);
      expect(roundReads[0]).toMatch(/join "session"/);
      expect(statements.filter((sql) => /from "session" as/.test(sql))).toEqual([]);
      const published = statements.filter((sql) => /session_event_counter|for key share/.test(sql));
      expect(published).toHaveLength(1);
      expect(published[0]).toMatch(/for key share.*session_event_counter.*insert into session_event /);
      // Where the round lives was asked by the first dot, and kept: a round never moves nor goes away.
      app.resetQueries();
      await dot(1);
      expect(app.queries.filter((sql) => /from voting_round t join session s/.test(sql))).toEqual([]);
    });

    it('should answer a dot with the dots its voter has used, as the budget check counted them, and count them once', async () => {
      const board = await freshBoard();
      const opened = await openRound(board);
      const [participantId] = board.participantIds as [string];
      const answer = `mutation ($input: CastVoteInput!, $participantId: ID!) {
        castVote(input: $input) { vote { id round { id dotsUsedBy(participantId: $participantId) } } }
      }`;
      const cast = async (dots: number, id: string = randomUUID()) =>
        (
          await app.ok(answer, {
            participantId,
            input: { id, roundId: opened.id, participantId, challengeId: board.challengeIds[0], dots },
          })
        ).castVote.vote.round.dotsUsedBy as number;
      expect(await cast(1)).toBe(1);
      app.resetQueries();
      const id = randomUUID();
      expect(await cast(3, id)).toBe(4);
      expect(app.queries.filter(countsDots)).toEqual([expect.stringMatching(/as used from vote where round_id/)]);
      // The same dot sent again is not cast again: its answer counts what has been used.
      app.resetQueries();
      expect(await cast(3, id)).toBe(4);
      expect(app.queries.filter(countsDots)).toEqual([expect.stringMatching(/group by round_id, participant_id/)]);
      expect((await round(opened.id, participantId)).dotsUsedBy).toBe(4);
    });

    it('should refuse a vote beyond the budget with DOT_BUDGET_EXCEEDED, say how many dots are left, and change nothing', async () => {
      const board = await freshBoard();
      const opened = await openRound(board, { dotsPerParticipant: 5 });
      const [participantId] = board.participantIds as [string];
      await app.ok(CAST_VOTE, {
        input: { roundId: opened.id, participantId, challengeId: board.challengeIds[0], dots: 3 },
      });
      const result = await app.graphql(CAST_VOTE, {
        input: { roundId: opened.id, participantId, challengeId: board.challengeIds[1], dots: 3 },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('DOT_BUDGET_EXCEEDED');
      expect(result.errors?.[0]?.message).toMatch(/has 2 of 5 dots left/);
      expect(result.errors?.[0]?.extensions?.dotsLeft).toBe(2);
      expect((await round(opened.id, participantId)).dotsUsedBy).toBe(3);
      expect(await dotCount('challenge', board.challengeIds[1]!)).toBe(0);
      await app.ok(CAST_VOTE, {
        input: { roundId: opened.id, participantId, challengeId: board.challengeIds[1], dots: 2 },
      });
      const spent = await app.graphql(CAST_VOTE, {
        input: { roundId: opened.id, participantId, challengeId: board.challengeIds[2] },
      });
      expect(spent.errors?.[0]?.extensions?.code).toBe('DOT_BUDGET_EXCEEDED');
      expect(spent.errors?.[0]?.message).toMatch(/no dots are left/);
    });

    it('should never overspend when one participant sends many votes at the same time', async () => {
      const board = await freshBoard();
      const opened = await openRound(board, { dotsPerParticipant: 5 });
      const [participantId] = board.participantIds as [string];
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          app.graphql(CAST_VOTE, {
            input: { roundId: opened.id, participantId, challengeId: board.challengeIds[i % 3] },
          }),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(5);
      expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'DOT_BUDGET_EXCEEDED')).toHaveLength(15);
      const read = await round(opened.id, participantId);
      expect(read.dotsUsedBy).toBe(5);
      expect(read.votes.totalCount).toBe(5);
    });

    it('should keep the budgets of different participants apart', async () => {
      const board = await freshBoard();
      const opened = await openRound(board, { dotsPerParticipant: 2 });
      const results = await Promise.all(
        board.participantIds.flatMap((participantId) =>
          [1, 2, 3].map(() =>
            app.graphql(CAST_VOTE, {
              input: { roundId: opened.id, participantId, challengeId: board.challengeIds[0] },
            }),
          ),
        ),
      );
      expect(results.filter((r) => !r.errors)).toHaveLength(6);
      for (const participantId of board.participantIds)
        expect((await round(opened.id, participantId)).dotsUsedBy).toBe(2);
      expect(await dotCount('challenge', board.challengeIds[0]!)).toBe(6);
    });

    it('should refuse a vote with VOTING_ROUND_CLOSED and record nothing when the round is closed', async () => {
      const board = await freshBoard();
      const opened = await openRound(board);
      await app.ok(CLOSE_ROUND, { input: { roundId: opened.id } });
      const result = await app.graphql(CAST_VOTE, {
        input: { roundId: opened.id, participantId: board.participantIds[0], challengeId: board.challengeIds[0] },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('VOTING_ROUND_CLOSED');
      expect((await round(opened.id)).votes.totalCount).toBe(0);
    });

    it('should refuse a vote with SESSION_NOT_OPEN and record nothing when the session is not live', async () => {
      const board = await freshBoard();
      const opened = await openRound(board);
      const result = await whileClosed(app.orm, board.sessionId, () =>
        app.graphql(CAST_VOTE, {
          input: { roundId: opened.id, participantId: board.participantIds[0], challengeId: board.challengeIds[0] },
        }),
      );
      expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
      expect((await round(opened.id)).votes.totalCount).toBe(0);
    });

    it('should refuse votes that break a rule with BAD_USER_INPUT and record nothing', async () => {
      const board = await freshBoard();
      const other = await app.ok(
        `mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { challenge { id } } }`,
        {
          input: { sessionId: board.otherSessionId, text: 'Elders', language: 'nl' },
        },
      );
      await app.ok(
        `mutation ($input: SetChallengeStatusInput!) { setChallengeStatus(input: $input) { challenge { id } } }`,
        {
          input: { challengeId: board.challengeIds[2], status: 'HIDDEN' },
        },
      );
      const opened = await openRound(board, { dotsPerParticipant: 3 });
      const participantId = board.participantIds[0];
      const [challengeId] = board.challengeIds;
      const cases: [Record<string, unknown>, string, RegExp][] = [
        [{ participantId, challengeId, ideaId: board.ideaIds[0] }, 'ideaId', /not both/],
        [{ participantId }, 'challengeId', /name the challenge/],
        [{ participantId, ideaId: board.ideaIds[0] }, 'challengeId', /votes on challenges/],
        [{ participantId, challengeId, dots: 4 }, 'dots', /1 to 3/],
        [{ participantId: board.absentParticipantId, challengeId }, 'participantId', /not checked in/],
        [{ participantId: board.outsiderId, challengeId }, 'participantId', /another project/],
        [{ participantId, challengeId: board.challengeIds[2] }, 'challengeId', /hidden or merged/],
        [
          { participantId, challengeId: other.createChallenge.challenge.id },
          'challengeId',
          /not on the board of this session/,
        ],
      ];
      for (const [input, field, message] of cases) {
        const result = await app.graphql(CAST_VOTE, { input: { roundId: opened.id, ...input } });
        expect(result.errors?.[0]?.extensions?.code, JSON.stringify(input)).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.extensions?.field).toBe(field);
        expect(result.errors?.[0]?.message).toMatch(message);
      }
      const zero = await app.graphql(CAST_VOTE, { input: { roundId: opened.id, participantId, challengeId, dots: 0 } });
      expect(zero.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await round(opened.id)).votes.totalCount).toBe(0);
    });

    it('should answer NOT_FOUND for a round, participant or challenge that does not exist', async () => {
      const board = await freshBoard();
      const opened = await openRound(board);
      for (const input of [
        { roundId: randomUUID(), participantId: board.participantIds[0], challengeId: board.challengeIds[0] },
        { roundId: opened.id, participantId: randomUUID(), challengeId: board.challengeIds[0] },
        { roundId: opened.id, participantId: board.participantIds[0], challengeId: randomUUID() },
      ]) {
        const result = await app.graphql(CAST_VOTE, { input });
        expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      }
    });

    it('should vote on ideas in a round on ideas, and refuse challenges and hidden ideas there', async () => {
      const board = await freshBoard();
      const opened = await openRound(board, { target: 'IDEAS', dotsPerParticipant: 4 });
      const participantId = board.participantIds[0];
      const cast = await app.ok(CAST_VOTE, {
        input: { roundId: opened.id, participantId, ideaId: board.ideaIds[1], dots: 2 },
      });
      expect(cast.castVote.vote).toMatchObject({ dots: 2, idea: { id: board.ideaIds[1] }, challenge: null });
      expect(await dotCount('idea', board.ideaIds[1]!)).toBe(2);
      expect(await dotCount('challenge', board.challengeIds[1]!)).toBe(0);
      const onChallenge = await app.graphql(CAST_VOTE, {
        input: { roundId: opened.id, participantId, challengeId: board.challengeIds[0] },
      });
      expect(onChallenge.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(onChallenge.errors?.[0]?.message).toMatch(/votes on ideas/);
      await app.ok(`mutation ($input: SetIdeaStatusInput!) { setIdeaStatus(input: $input) { idea { id } } }`, {
        input: { ideaId: board.ideaIds[0], status: 'HIDDEN' },
      });
      const onHidden = await app.graphql(CAST_VOTE, {
        input: { roundId: opened.id, participantId, ideaId: board.ideaIds[0] },
      });
      expect(onHidden.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect((await round(opened.id, participantId)).dotsUsedBy).toBe(2);
    });

    it('should record one vote only when the same clientMutationId is sent twice', async () => {
      const board = await freshBoard();
      const opened = await openRound(board);
      const input = {
        roundId: opened.id,
        participantId: board.participantIds[0],
        challengeId: board.challengeIds[0],
        clientMutationId: `vote-${opened.id}`,
      };
      const first = await app.ok(CAST_VOTE, { input });
      const second = await app.ok(CAST_VOTE, { input });
      expect(second.castVote.vote.id).toBe(first.castVote.vote.id);
      expect((await round(opened.id)).votes.totalCount).toBe(1);
    });
  });

  describe('withdrawVote', () => {
    it('should remove the vote and free its dots while the round is open', async () => {
      const board = await freshBoard();
      const opened = await openRound(board, { dotsPerParticipant: 2 });
      const participantId = board.participantIds[0]!;
      const cast = await app.ok(CAST_VOTE, {
        input: { roundId: opened.id, participantId, challengeId: board.challengeIds[0], dots: 2 },
      });
      const voteId = cast.castVote.vote.id;
      const withdrawn = await app.ok(WITHDRAW_VOTE, { input: { voteId } });
      expect(withdrawn.withdrawVote).toEqual({ withdrawnVoteId: voteId, round: { id: opened.id } });
      expect((await round(opened.id, participantId)).dotsUsedBy).toBe(0);
      expect(await dotCount('challenge', board.challengeIds[0]!)).toBe(0);
      await app.ok(CAST_VOTE, {
        input: { roundId: opened.id, participantId, challengeId: board.challengeIds[1], dots: 2 },
      });
    });

    it('should refuse to withdraw a vote with VOTING_ROUND_CLOSED once the round is closed, and keep it', async () => {
      const board = await freshBoard();
      const opened = await openRound(board);
      const cast = await app.ok(CAST_VOTE, {
        input: { roundId: opened.id, participantId: board.participantIds[0], challengeId: board.challengeIds[0] },
      });
      await app.ok(CLOSE_ROUND, { input: { roundId: opened.id } });
      const result = await app.graphql(WITHDRAW_VOTE, { input: { voteId: cast.castVote.vote.id } });
      expect(result.errors?.[0]?.extensions?.code).toBe('VOTING_ROUND_CLOSED');
      expect((await round(opened.id)).votes.totalCount).toBe(1);
    });

    it('should answer NOT_FOUND when the vote does not exist', async () => {
      const result = await app.graphql(WITHDRAW_VOTE, { input: { voteId: randomUUID() } });
      expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('recordPaperVotes', () => {
    it('should record dots counted on paper without a voter and beyond any personal budget', async () => {
      const board = await freshBoard();
      const opened = await openRound(board, { dotsPerParticipant: 3 });
      const recorded = await app.ok(PAPER_VOTES, {
        input: { roundId: opened.id, challengeId: board.challengeIds[0], dots: 120 },
      });
      expect(recorded.recordPaperVotes.vote).toMatchObject({
        dots: 120,
        source: 'PAPER',
        participant: null,
        challenge: { id: board.challengeIds[0] },
      });
      await app.ok(CAST_VOTE, {
        input: {
          roundId: opened.id,
          participantId: board.participantIds[0],
          challengeId: board.challengeIds[0],
          dots: 3,
        },
      });
      expect(await dotCount('challenge', board.challengeIds[0]!)).toBe(123);
    });

    it('should list every vote of a round in one page, up to every dot a full round can hold', async () => {
      const board = await freshBoard();
      const opened = await openRound(board);
      // More votes than any other list's page (200): the cockpit counts a round from all of them.
      const many = 210;
      for (let i = 0; i < many; i += 30) {
        await Promise.all(
          Array.from({ length: Math.min(30, many - i) }, () =>
            app.ok(PAPER_VOTES, { input: { roundId: opened.id, challengeId: board.challengeIds[1], dots: 1 } }),
          ),
        );
      }
      const votes = `query ($id: ID!, $first: Int) { votingRound(id: $id) { votes(first: $first) { totalCount edges { node { id } } } } }`;
      const all = (await app.ok(votes, { id: opened.id, first: ROUND_VOTES_MAX })).votingRound.votes;
      expect(all.totalCount).toBe(many);
      expect(all.edges).toHaveLength(many);
      const tooMany = await app.graphql(votes, { id: opened.id, first: ROUND_VOTES_MAX + 1 });
      expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('should keep the group of paper dots when the facilitator knows it, and nothing for an unknown value', async () => {
      const board = await freshBoard();
      const opened = await openRound(board);
      await app.ok(PAPER_VOTES, {
        input: { roundId: opened.id, challengeId: board.challengeIds[1], dots: 6, background: 'HOST_COMMUNITY' },
      });
      await app.ok(PAPER_VOTES, { input: { roundId: opened.id, challengeId: board.challengeIds[1], dots: 2 } });
      const stored = await app.orm.em.fork().find(Vote, { round: opened.id }, { orderBy: { dots: 'desc' } });
      expect(stored.map((v) => [v.dots, v.source, v.background])).toEqual([
        [6, 'PAPER', 'HOST_COMMUNITY'],
        [2, 'PAPER', null],
      ]);
      const wrong = await app.graphql(PAPER_VOTES, {
        input: { roundId: opened.id, challengeId: board.challengeIds[1], dots: 2, background: 'MARTIANS' },
      });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await dotCount('challenge', board.challengeIds[1]!)).toBe(8);
    });

    it('should record paper dots for an idea in a round on ideas', async () => {
      const board = await freshBoard();
      const opened = await openRound(board, { target: 'IDEAS' });
      await app.ok(PAPER_VOTES, { input: { roundId: opened.id, ideaId: board.ideaIds[2], dots: 7 } });
      expect(await dotCount('idea', board.ideaIds[2]!)).toBe(7);
    });

    it('should refuse paper dots out of range, for a closed round, or for the wrong target, and record nothing', async () => {
      const board = await freshBoard();
      const opened = await openRound(board);
      for (const dots of [0, 501]) {
        const result = await app.graphql(PAPER_VOTES, {
          input: { roundId: opened.id, challengeId: board.challengeIds[0], dots },
        });
        expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.message).toMatch(/dots must be between 1 and 500/);
      }
      const onIdea = await app.graphql(PAPER_VOTES, {
        input: { roundId: opened.id, ideaId: board.ideaIds[0], dots: 3 },
      });
      expect(onIdea.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      await app.ok(CLOSE_ROUND, { input: { roundId: opened.id } });
      const closed = await app.graphql(PAPER_VOTES, {
        input: { roundId: opened.id, challengeId: board.challengeIds[0], dots: 3 },
      });
      expect(closed.errors?.[0]?.extensions?.code).toBe('VOTING_ROUND_CLOSED');
      expect((await round(opened.id)).votes.totalCount).toBe(0);
      expect(await dotCount('challenge', board.challengeIds[0]!)).toBe(0);
    });
  });

  describe('dot counts', () => {
    it('should add up the dots of all rounds for a challenge and for the visible challenges of its theme', async () => {
      const board = await freshBoard();
      const theme = await app.ok(
        `mutation ($input: CreateThemeInput!) { createTheme(input: $input) { theme { id } } }`,
        {
          input: { sessionId: board.sessionId, title: 'Publieke ruimte' },
        },
      );
      const themeId = theme.createTheme.theme.id;
      for (const challengeId of board.challengeIds.slice(0, 2)) {
        await app.ok(
          `mutation ($input: AssignChallengeThemeInput!) { assignChallengeTheme(input: $input) { challenge { id } } }`,
          {
            input: { challengeId, themeId },
          },
        );
      }
      const first = await openRound(board);
      await app.ok(PAPER_VOTES, { input: { roundId: first.id, challengeId: board.challengeIds[0], dots: 4 } });
      await app.ok(PAPER_VOTES, { input: { roundId: first.id, challengeId: board.challengeIds[2], dots: 9 } });
      await app.ok(CLOSE_ROUND, { input: { roundId: first.id } });
      const second = await openRound(board);
      await app.ok(PAPER_VOTES, { input: { roundId: second.id, challengeId: board.challengeIds[0], dots: 1 } });
      await app.ok(PAPER_VOTES, { input: { roundId: second.id, challengeId: board.challengeIds[1], dots: 2 } });
      expect(await dotCount('challenge', board.challengeIds[0]!)).toBe(5);
      const read = await app.ok(`query ($id: ID!) { theme(id: $id) { dotCount } }`, { id: themeId });
      expect(read.theme.dotCount).toBe(7);
    });

    it("should tally a round's dots per visible challenge, most first, counting a merged one for the one kept", async () => {
      const board = await freshBoard();
      const [park, bib, bankjes] = board.challengeIds as [string, string, string];
      const first = await openRound(board);
      await app.ok(PAPER_VOTES, { input: { roundId: first.id, challengeId: park, dots: 9 } });
      await app.ok(CLOSE_ROUND, { input: { roundId: first.id } });
      const second = await openRound(board);
      await app.ok(PAPER_VOTES, { input: { roundId: second.id, challengeId: park, dots: 1 } });
      await app.ok(PAPER_VOTES, { input: { roundId: second.id, challengeId: bib, dots: 2 } });
      await app.ok(PAPER_VOTES, { input: { roundId: second.id, challengeId: bankjes, dots: 4 } });
      const tallies = async (roundId: string) =>
        (
          await app.ok(`query ($id: ID!) { votingRound(id: $id) { tallies { dots challenge { id } idea { id } } } }`, {
            id: roundId,
          })
        ).votingRound.tallies;
      // Only this round's dots: the park's 9 of the first round do not count here.
      expect(await tallies(second.id)).toEqual([tally(bankjes, 4), tally(bib, 2), tally(park, 1)]);

      // The benches are merged into the park: their 4 dots count for the park (1 + 4).
      await app.ok(`mutation ($input: MergeChallengesInput!) { mergeChallenges(input: $input) { challenge { id } } }`, {
        input: { targetId: park, sourceIds: [bankjes] },
      });
      expect(await tallies(second.id)).toEqual([tally(park, 5), tally(bib, 2)]);
      // A hidden challenge leaves the tally; the closed round keeps its result.
      await app.ok(
        `mutation ($input: SetChallengeStatusInput!) { setChallengeStatus(input: $input) { challenge { id } } }`,
        {
          input: { challengeId: bib, status: 'HIDDEN' },
        },
      );
      expect(await tallies(second.id)).toEqual([tally(park, 5)]);
      expect(await tallies(first.id)).toEqual([tally(park, 9)]);
    });
  });
});
