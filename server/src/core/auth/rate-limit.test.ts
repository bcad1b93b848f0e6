import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginKind, LoginSession } from '../../modules/account/login-session.entity.js';
import { createBoardFixture, type BoardFixture } from '../../modules/challenge/challenge.fixtures.js';
import { Participant } from '../../modules/participant/participant.entity.js';
import { Session } from '../../modules/session/session.entity.js';
import { createTestApp, type GraphQLResult, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { LOGIN_COOKIE } from './cookies.js';
import { DEFAULT_RATE_LIMITS, SESSION_FACTOR } from './rate-limit.js';
import { hashToken, newToken } from './tokens.js';
import { PARTICIPANT_LOGIN_HOURS } from './viewer.js';

const CREATE_CHALLENGE = /* GraphQL */ `
  mutation ($input: CreateChallengeInput!) {
    createChallenge(input: $input) {
      challenge {
        id
      }
    }
  }
`;
const CREATE_IDEA = /* GraphQL */ `
  mutation ($input: CreateIdeaInput!) {
    createIdea(input: $input) {
      idea {
        id
      }
    }
  }
`;
const OPEN_ROUND = /* GraphQL */ `
  mutation ($input: OpenVotingRoundInput!) {
    openVotingRound(input: $input) {
      round {
        id
      }
    }
  }
`;
const CAST_VOTE = /* GraphQL */ `
  mutation ($input: CastVoteInput!) {
    castVote(input: $input) {
      vote {
        id
      }
    }
  }
`;

const outcome = (result: GraphQLResult): string => result.errors?.[0]?.extensions?.code ?? 'OK';
const count = (outcomes: string[], code: string): number => outcomes.filter((o) => o === code).length;

// What the steady pace lets through while a burst lasts: one, or two when the burst outlasts one interval
// (the machine is shared and busy); the burst allowance comes on top.
const steady = (outcomes: string[], allowedAtOnce: number, refused: string): number => {
  const passed = outcomes.length - count(outcomes, refused) - allowedAtOnce;
  expect(passed).toBeGreaterThanOrEqual(1);
  expect(passed).toBeLessThanOrEqual(2);
  return passed;
};

// One person sending as fast as a script can: everything at once.
const burst = <T>(n: number, send: (i: number) => Promise<T>): Promise<T[]> =>
  Promise.all(Array.from({ length: n }, (_, i) => send(i)));

describe('the pace of contributions and votes', () => {
  let app: TestApp;
  let board: BoardFixture;

  // A participant's phone: a login made straight in the database, as joining leaves it.
  const phoneOf = async (participantId: string, sessionId = board.sessionId): Promise<TestClient> => {
    const em = app.orm.em.fork();
    const token = newToken();
    em.create(LoginSession, {
      kind: LoginKind.PARTICIPANT,
      tokenHash: hashToken(token),
      participant: em.getReference(Participant, participantId),
      session: em.getReference(Session, sessionId),
      expiresAt: new Date(Date.now() + PARTICIPANT_LOGIN_HOURS * 3_600_000),
    });
    await em.flush();
    const phone = app.client();
    phone.cookies.set(LOGIN_COOKIE, token);
    return phone;
  };

  const challengeBy = (phone: TestClient, participantId: string, text: string) =>
    phone.graphql(CREATE_CHALLENGE, {
      input: { sessionId: board.sessionId, text, language: 'nl', authorId: participantId },
    });

  const boardCount = async () =>
    (
      await app.orm.em
        .fork()
        .getConnection()
        .execute<{ n: number }[]>('select count(*)::int as n from challenge where session_id = ?', [board.sessionId])
    )[0]!.n;

  beforeAll(async () => {
    app = await createTestApp({ rateLimits: DEFAULT_RATE_LIMITS });
    board = await createBoardFixture(app.orm, 'Pace project', 4);
  });
  afterAll(() => app.close());

  it('should refuse most of 300 challenges one participant sends at once with RATE_LIMITED, and not touch the others', async () => {
    const [spammer, neighbour] = board.participantIds as [string, string];
    const phone = await phoneOf(spammer);
    const before = await boardCount();
    const results = await burst(300, (i) => challengeBy(phone, spammer, `Spam ${i}`));
    const outcomes = results.map(outcome);
    // The steady one and a minute's worth at once (an outbox sending what it kept offline); the rest waits.
    const allowed =
      steady(outcomes, DEFAULT_RATE_LIMITS.contributionsPerMinute, 'RATE_LIMITED') +
      DEFAULT_RATE_LIMITS.contributionsPerMinute;
    expect(count(outcomes, 'OK')).toBe(allowed);
    expect(count(outcomes, 'RATE_LIMITED')).toBe(300 - allowed);
    expect(await boardCount()).toBe(before + allowed);
    const refused = results.find((result) => outcome(result) === 'RATE_LIMITED')!.errors![0]!;
    expect(refused.extensions).toMatchObject({ limit: 'CONTRIBUTIONS' });
    expect(refused.message).toMatch(
      /^You are adding challenges and ideas faster than anyone can read them\. Please wait \d+ seconds? and send it again\.$/,
    );
    expect(Number(refused.extensions?.retryAfterSeconds)).toBeGreaterThan(0);
    // Ideas count with challenges.
    const ideas = await phone.graphql(CREATE_IDEA, {
      input: {
        challengeId: results.find((r) => outcome(r) === 'OK')!.data!.createChallenge.challenge.id,
        text: 'Nog een',
        language: 'nl',
        authorId: spammer,
      },
    });
    expect(outcome(ideas)).toBe('RATE_LIMITED');

    // Someone else in the room posts as usual, and so does the facilitator recording what the room says.
    expect(outcome(await challengeBy(await phoneOf(neighbour), neighbour, 'Te weinig bankjes'))).toBe('OK');
    const recorded = await burst(30, (i) =>
      app.graphql(CREATE_CHALLENGE, {
        input: { sessionId: board.sessionId, text: `Van de flip-over ${i}`, language: 'nl' },
      }),
    );
    expect(recorded.map(outcome)).toEqual(Array(30).fill('OK'));
  });

  it('should refuse most of a burst of votes from one participant with RATE_LIMITED, before the dot budget', async () => {
    const voter = board.participantIds[2]!;
    const phone = await phoneOf(voter);
    const { createChallenge } = await app.ok(CREATE_CHALLENGE, {
      input: { sessionId: board.sessionId, text: 'Om op te stemmen', language: 'nl' },
    });
    const { openVotingRound } = await app.ok(OPEN_ROUND, {
      input: { sessionId: board.sessionId, title: 'Wat eerst?', target: 'CHALLENGES', dotsPerParticipant: 20 },
    });
    const results = await burst(50, () =>
      phone.graphql(CAST_VOTE, {
        input: {
          roundId: openVotingRound.round.id,
          participantId: voter,
          challengeId: createChallenge.challenge.id,
          dots: 1,
        },
      }),
    );
    const outcomes = results.map(outcome);
    const allowed =
      steady(outcomes, DEFAULT_RATE_LIMITS.votesPerMinute, 'RATE_LIMITED') + DEFAULT_RATE_LIMITS.votesPerMinute;
    // Of those the pace lets through, 20 spend the budget and the rest find it spent.
    expect(count(outcomes, 'OK')).toBe(20);
    expect(count(outcomes, 'DOT_BUDGET_EXCEEDED')).toBe(allowed - 20);
    expect(count(outcomes, 'RATE_LIMITED')).toBe(50 - allowed);
    expect(results.find((r) => outcome(r) === 'RATE_LIMITED')!.errors![0]!.extensions).toMatchObject({
      limit: 'VOTES',
    });
  });
});

describe('the pace of one session', () => {
  let app: TestApp;

  it('should refuse contributions beyond the session’s share with RATE_LIMITED when many participants post at once', async () => {
    // One contribution a minute per participant (and one more at once): a session takes 60 a minute.
    app = await createTestApp({ rateLimits: { contributionsPerMinute: 1 } });
    const perSession = SESSION_FACTOR;
    const participants = 40;
    const board = await createBoardFixture(app.orm, 'Busy session', participants);
    const em = app.orm.em.fork();
    const phones = board.participantIds.map((participantId) => {
      const token = newToken();
      em.create(LoginSession, {
        kind: LoginKind.PARTICIPANT,
        tokenHash: hashToken(token),
        participant: em.getReference(Participant, participantId),
        session: em.getReference(Session, board.sessionId),
        expiresAt: new Date(Date.now() + PARTICIPANT_LOGIN_HOURS * 3_600_000),
      });
      const phone = app.client();
      phone.cookies.set(LOGIN_COOKIE, token);
      return { phone, participantId };
    });
    await em.flush();
    // Each participant sends two, within their own pace: 80 in all, 60 of which the session takes.
    const outcomes: string[] = [];
    for (const round of [0, 1]) {
      for (const { phone, participantId } of phones) {
        outcomes.push(
          outcome(
            await phone.graphql(CREATE_CHALLENGE, {
              input: { sessionId: board.sessionId, text: `Punt ${round}`, language: 'nl', authorId: participantId },
            }),
          ),
        );
      }
    }
    expect(count(outcomes, 'OK')).toBe(perSession);
    expect(outcomes.slice(perSession)).toEqual(Array(2 * participants - perSession).fill('RATE_LIMITED'));
    await app.close();
  });
});
