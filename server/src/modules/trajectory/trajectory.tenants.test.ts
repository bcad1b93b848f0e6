import { newCode } from '../../core/auth/tokens.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSession, createTenant, signedInBrowser, type Tenant } from '../../test-support/matrix/tenant.js';
import { createTestApp, type GraphQLResult, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { ProjectCall } from '../call/project-call.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { SessionStatus } from '../session/session.entity.js';

// The trajectory's operations with another tenant's records: two tenants (A and B, test-support/matrix/tenant.ts),
// each with a live and a closed session, a call between sessions with a waiting challenge and idea, photos and a
// carried challenge. A's staff and participants name B's records; each request is refused (FORBIDDEN, as the guard
// answers for a record one may not reach) and nothing is written.

const CREATE_IDEA = /* GraphQL */ `
  mutation ($input: CreateIdeaInput!) {
    createIdea(input: $input) {
      idea {
        id
        text
      }
    }
  }
`;
const CAST_VOTE = /* GraphQL */ `
  mutation ($input: CastVoteInput!) {
    castVote(input: $input) {
      vote {
        dots
      }
    }
  }
`;
const CARRY = /* GraphQL */ `
  mutation ($input: CarryIntoSessionInput!) {
    carryIntoSession(input: $input) {
      added
    }
  }
`;
const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterForSessionInput!) {
    registerForSession(input: $input) {
      clientMutationId
    }
  }
`;
const PHOTO = /* GraphQL */ `
  query ($id: ID!) {
    sessionPhoto(id: $id) {
      id
      caption
    }
  }
`;
const SIGN_IN_TO_CALL = /* GraphQL */ `
  mutation ($input: SignInToCallInput!) {
    signInToCall(input: $input) {
      participant {
        id
      }
    }
  }
`;
const CONTRIBUTE_IDEA = /* GraphQL */ `
  mutation ($input: ContributeIdeaInput!) {
    contributeIdea(input: $input) {
      idea {
        id
      }
    }
  }
`;
const MODERATE_CHALLENGE = /* GraphQL */ `
  mutation ($input: ModerateChallengeInput!) {
    moderateChallenge(input: $input) {
      challenge {
        id
      }
    }
  }
`;
const MODERATE_IDEA = /* GraphQL */ `
  mutation ($input: ModerateIdeaInput!) {
    moderateIdea(input: $input) {
      idea {
        id
      }
    }
  }
`;

const TABLES = [
  'challenge',
  'idea',
  'carried_item',
  'registration',
  'session_photo',
  'login_session',
  'text_translation',
] as const;

const codeOf = (result: GraphQLResult): string | undefined => result.errors?.[0]?.extensions?.code;

// The tenant's records, in the order test-support/matrix/tenant.ts makes them.
const challenge = (t: Tenant, which: 'park' | 'closed' | 'waiting') =>
  t.ids.Challenge![{ park: 0, closed: 3, waiting: 4 }[which]]!;
const idea = (t: Tenant, which: 'light' | 'waiting') => t.ids.Idea![{ light: 0, waiting: 4 }[which]]!;

describe("the trajectory's operations across tenants", () => {
  let app: TestApp;
  let A: Tenant;
  let B: Tenant;
  // A's facilitator; Amira, a participant of A checked in to A's live session.
  let facilitator: TestClient;
  let amira: TestClient;
  // A session of A's project that is being planned, to carry work into.
  let plannedId: string;
  const callCodes = { A: newCode(6), B: newCode(6) };

  beforeAll(async () => {
    app = await createTestApp();
    A = await createTenant(app.orm, 'A');
    B = await createTenant(app.orm, 'B');
    facilitator = await signedInBrowser(app, { accountId: A.ids.Account![1]! });
    amira = await signedInBrowser(app, { participantId: A.participantId, sessionId: A.liveSessionId });
    plannedId = await addSession(app.orm, A, SessionStatus.SCHEDULED);
    const em = app.orm.em.fork();
    await em.nativeUpdate(ProjectCall, { id: A.ids.ProjectCall![0]! }, { code: callCodes.A });
    await em.nativeUpdate(ProjectCall, { id: B.ids.ProjectCall![0]! }, { code: callCodes.B });
  });
  afterAll(() => app.close());

  const counts = async (): Promise<Record<string, number>> => {
    const connection = app.orm.em.fork().getConnection();
    const result: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = await connection.execute<{ n: string }[]>(`select count(*) as n from ${table}`);
      result[table] = Number(row!.n);
    }
    return result;
  };
  const statusOf = async (table: 'challenge' | 'idea', id: string): Promise<string> => {
    const [row] = await app.orm.em
      .fork()
      .getConnection()
      .execute<{ status: string }[]>(`select status from ${table} where id = ?`, [id]);
    return row!.status;
  };

  const expectRefused = async (client: TestClient, query: string, variables: Record<string, unknown>) => {
    const before = await counts();
    const result = await client.graphql(query, variables);
    expect(codeOf(result), JSON.stringify(result.errors)).toBe('FORBIDDEN');
    expect(result.data ?? null).toBeNull();
    expect(await counts()).toEqual(before);
  };

  const ideaInput = (challengeId: string, sessionId: string) => ({
    challengeId,
    sessionId,
    authorId: A.participantId,
    text: 'Een idee van Amira',
    language: 'nl',
  });

  it("should refuse a participant's idea on another tenant's challenge when they name their own session", async () => {
    await expectRefused(amira, CREATE_IDEA, { input: ideaInput(challenge(B, 'park'), A.liveSessionId) });
  });

  it("should refuse a participant's idea made in another tenant's live session when the challenge is their own", async () => {
    await expectRefused(amira, CREATE_IDEA, { input: ideaInput(challenge(A, 'park'), B.liveSessionId) });
  });

  it("should take a participant's idea on a challenge carried into their session when they name it", async () => {
    const result = await amira.ok(CREATE_IDEA, { input: ideaInput(challenge(A, 'closed'), A.liveSessionId) });
    expect(result.createIdea.idea.text).toBe('Een idee van Amira');
  });

  it("should take a participant's idea on a challenge of their session when they leave the session out", async () => {
    const { sessionId: _, ...input } = ideaInput(challenge(A, 'park'), A.liveSessionId);
    const result = await amira.ok(CREATE_IDEA, { input });
    expect(result.createIdea.idea.text).toBe('Een idee van Amira');
  });

  it("should take a participant's dot on a challenge carried into their session, and refuse one on another tenant's", async () => {
    // A's live round is about challenges; Amira has used 2 of its 3 dots.
    const vote = (challengeId: string) => ({
      input: { roundId: A.ids.VotingRound![0], participantId: A.participantId, challengeId, dots: 1 },
    });
    await expectRefused(amira, CAST_VOTE, vote(challenge(B, 'park')));
    const result = await amira.ok(CAST_VOTE, vote(challenge(A, 'closed')));
    expect(result.castVote.vote.dots).toBe(1);
  });

  it("should refuse to carry another tenant's theme, challenge or idea into a session when a facilitator names one", async () => {
    await expectRefused(facilitator, CARRY, { input: { sessionId: plannedId, themeIds: [B.ids.Theme![2]] } });
    await expectRefused(facilitator, CARRY, {
      input: { sessionId: plannedId, challengeIds: [challenge(B, 'closed')] },
    });
    await expectRefused(facilitator, CARRY, { input: { sessionId: plannedId, ideaIds: [idea(B, 'light')] } });
    // And A's own work into B's session.
    await expectRefused(facilitator, CARRY, { input: { sessionId: B.liveSessionId, themeIds: [A.ids.Theme![2]] } });
  });

  it("should refuse to register another tenant's participant for a session when a facilitator names one", async () => {
    await expectRefused(facilitator, REGISTER, {
      input: { sessionId: A.liveSessionId, participantIds: [B.participantId] },
    });
  });

  it("should refuse another tenant's photo, by the API and by its address, when a facilitator asks for it", async () => {
    const photoId = B.ids.SessionPhoto![0]!;
    await expectRefused(facilitator, PHOTO, { id: photoId });
    const cookie = [...facilitator.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const image = await fetch(`${app.url}/sessions/${B.liveSessionId}/photos/${photoId}.jpg`, { headers: { cookie } });
    expect(image.status).toBe(403);
    expect(image.headers.get('content-type')).not.toMatch(/image/);
  });

  it("should refuse a photo uploaded to another tenant's session when a facilitator sends one", async () => {
    const before = await counts();
    const cookie = [...facilitator.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await fetch(`${app.url}/sessions/${B.liveSessionId}/photos?caption=Flap`, {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg', cookie },
      body: new Uint8Array([0xff, 0xd8, 0xff, 0xd9]),
    });
    expect(response.status).toBe(403);
    expect(await counts()).toEqual(before);
  });

  it("should not sign in to another project's call with a personal code of one's own project", async () => {
    const before = await counts();
    const personalCode = (await app.orm.em.fork().findOneOrFail(Participant, { id: A.participantId })).personalCode!;
    const result = await app.client().graphql(SIGN_IN_TO_CALL, { input: { code: callCodes.B, personalCode } });
    expect(codeOf(result)).toBe('NOT_FOUND');
    expect(await counts()).toEqual(before);
  });

  it("should refuse an idea sent between sessions on another tenant's challenge or to another tenant's call", async () => {
    const personalCode = (await app.orm.em.fork().findOneOrFail(Participant, { id: A.participantId })).personalCode!;
    const phone = app.client();
    await phone.ok(SIGN_IN_TO_CALL, { input: { code: callCodes.A, personalCode } });
    const input = {
      callId: A.ids.ProjectCall![0],
      challengeId: challenge(A, 'park'),
      text: 'Van thuis',
      language: 'nl',
    };
    await expectRefused(phone, CONTRIBUTE_IDEA, { input: { ...input, challengeId: challenge(B, 'park') } });
    await expectRefused(phone, CONTRIBUTE_IDEA, { input: { ...input, callId: B.ids.ProjectCall![0] } });
  });

  it("should refuse to moderate another tenant's waiting challenge or idea and leave it waiting", async () => {
    await expectRefused(facilitator, MODERATE_CHALLENGE, {
      input: { challengeId: challenge(B, 'waiting'), decision: 'APPROVE' },
    });
    await expectRefused(facilitator, MODERATE_IDEA, {
      input: { ideaId: idea(B, 'waiting'), decision: 'APPROVE', text: 'Anders gezegd' },
    });
    expect(await statusOf('challenge', challenge(B, 'waiting'))).toBe('PENDING');
    expect(await statusOf('idea', idea(B, 'waiting'))).toBe('PENDING');
  });
});
