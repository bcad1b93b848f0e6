import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../test-support/test-app.js';
import { StaffRole } from '../account/account.entity.js';
import { Challenge } from '../challenge/challenge.entity.js';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { Project } from '../project/project.entity.js';
import { Session, SessionStatus } from '../session/session.entity.js';

const OPEN_CALL = /* GraphQL */ `
  mutation ($input: OpenProjectCallInput!) {
    openProjectCall(input: $input) {
      call {
        id
        code
        open
      }
    }
  }
`;
const SIGN_IN = /* GraphQL */ `
  mutation ($input: SignInToCallInput!) {
    signInToCall(input: $input) {
      participant {
        pseudonym
      }
    }
  }
`;
const CONTRIBUTE_CHALLENGE = /* GraphQL */ `
  mutation ($input: ContributeChallengeInput!) {
    contributeChallenge(input: $input) {
      challenge {
        id
        status
        session {
          id
        }
      }
    }
  }
`;
const CONTRIBUTE_IDEA = /* GraphQL */ `
  mutation ($input: ContributeIdeaInput!) {
    contributeIdea(input: $input) {
      idea {
        id
        status
      }
    }
  }
`;
const MODERATE_CHALLENGE = /* GraphQL */ `
  mutation ($input: ModerateChallengeInput!) {
    moderateChallenge(input: $input) {
      challenge {
        id
        status
        text
        originalText
        author {
          pseudonym
        }
        origin {
          sessionId
        }
      }
    }
  }
`;
const MODERATE_IDEA = /* GraphQL */ `
  mutation ($input: ModerateIdeaInput!) {
    moderateIdea(input: $input) {
      idea {
        id
        status
      }
    }
  }
`;
const QUEUE = /* GraphQL */ `
  query ($projectId: ID!) {
    betweenSessions(projectId: $projectId) {
      waitingChallenges {
        id
        text
      }
      waitingIdeas {
        id
        text
      }
      approvedChallenges {
        id
      }
      hiddenIdeas {
        id
      }
    }
  }
`;
const CALL_BOARD = /* GraphQL */ `
  query {
    myCall {
      call {
        board {
          id
          text
        }
      }
    }
  }
`;

describe('contributions between sessions and their moderation', () => {
  let app: TestApp;
  let projectId: string;
  let sessionId: string;
  let facilitator: TestClient;
  let callId: string;
  let callCode: string;

  beforeAll(async () => {
    app = await createTestApp();
    const em = app.orm.em.fork();
    const promoter = em.create(Organisation, { name: 'Gemeente Tussendorp', kind: OrganisationKind.MUNICIPALITY });
    const project = em.create(Project, {
      title: 'Tussen de sessies',
      promoter,
      description: '',
      goals: [],
      grantEuros: 80_000,
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
    });
    const session = em.create(Session, {
      project,
      title: 'Sessie 2',
      startsAt: new Date('2026-12-10T18:00:00Z'),
      location: 'Bibliotheek',
      capacity: 25,
      languages: ['nl'],
      status: SessionStatus.SCHEDULED,
    });
    em.create(Participant, { project, pseudonym: 'Samira', languages: ['nl'], personalCode: 'SAMI2345' });
    em.create(Participant, { project, pseudonym: 'Pieter', languages: ['nl'], personalCode: 'PIET6789' });
    await em.flush();
    projectId = project.id;
    sessionId = session.id;
    facilitator = await app.staff({
      role: StaffRole.FACILITATOR,
      organisationIds: [promoter.id],
      projectIds: [projectId],
    });
    const opened = await facilitator.ok(OPEN_CALL, {
      input: { projectId, prompt: 'Wat speelt er sinds de eerste avond?' },
    });
    callId = opened.openProjectCall.call.id;
    callCode = opened.openProjectCall.call.code;
  });
  afterAll(() => app.close());

  const phone = async (personalCode: string): Promise<TestClient> => {
    const client = app.client();
    await client.ok(SIGN_IN, { input: { code: callCode, personalCode } });
    return client;
  };
  const queue = async () => (await facilitator.ok(QUEUE, { projectId })).betweenSessions;

  it('should keep a challenge off the board until a facilitator approves it, then show the corrected text with the original kept', async () => {
    const samira = await phone('sami-2345');
    const pieter = await phone('PIET6789');
    const sent = (
      await samira.ok(CONTRIBUTE_CHALLENGE, {
        input: { callId, text: 'De bus rijd niet meer naar het AZC', language: 'nl' },
      })
    ).contributeChallenge.challenge;
    expect(sent).toEqual({ id: expect.any(String), status: 'PENDING', session: null });

    expect((await queue()).waitingChallenges).toEqual([{ id: sent.id, text: 'De bus rijd niet meer naar het AZC' }]);
    // Another participant does not see it on the project board while it waits.
    expect((await pieter.ok(CALL_BOARD)).myCall.call.board).toEqual([]);

    const approved = (
      await facilitator.ok(MODERATE_CHALLENGE, {
        input: { challengeId: sent.id, decision: 'APPROVE', text: 'De bus rijdt niet meer naar het AZC' },
      })
    ).moderateChallenge.challenge;
    expect(approved).toEqual({
      id: sent.id,
      status: 'VISIBLE',
      text: 'De bus rijdt niet meer naar het AZC',
      originalText: 'De bus rijd niet meer naar het AZC',
      author: { pseudonym: 'Samira' },
      // Marked as contributed between sessions: no session.
      origin: { sessionId: null },
    });
    const after = await queue();
    expect(after.waitingChallenges).toEqual([]);
    expect(after.approvedChallenges).toEqual([{ id: sent.id }]);
    expect((await pieter.ok(CALL_BOARD)).myCall.call.board).toEqual([
      { id: sent.id, text: 'De bus rijdt niet meer naar het AZC' },
    ]);
  });

  it('should put a hidden idea in the hidden list and off the waiting list when a facilitator hides it', async () => {
    const pieter = await phone('PIET6789');
    const [challenge] = (await pieter.ok(CALL_BOARD)).myCall.call.board;
    const idea = (
      await pieter.ok(CONTRIBUTE_IDEA, {
        input: { callId, challengeId: challenge.id, text: 'Koop een auto voor iedereen', language: 'nl' },
      })
    ).contributeIdea.idea;
    expect(idea.status).toBe('PENDING');
    expect((await queue()).waitingIdeas).toEqual([{ id: idea.id, text: 'Koop een auto voor iedereen' }]);

    const hidden = (await facilitator.ok(MODERATE_IDEA, { input: { ideaId: idea.id, decision: 'HIDE' } })).moderateIdea
      .idea;
    expect(hidden).toEqual({ id: idea.id, status: 'HIDDEN' });
    const after = await queue();
    expect(after.waitingIdeas).toEqual([]);
    expect(after.hiddenIdeas).toEqual([{ id: idea.id }]);
  });

  it('should refuse a contribution from the phone and store nothing when a session of the project is live', async () => {
    const samira = await phone('SAMI2345');
    const before = await app.orm.em.fork().count(Challenge, { project: projectId });
    await app.orm.em.fork().nativeUpdate(Session, { id: sessionId }, { status: SessionStatus.LIVE });
    try {
      const result = await samira.graphql(CONTRIBUTE_CHALLENGE, {
        input: { callId, text: 'Nog iets', language: 'nl' },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
      expect(result.errors?.[0]?.message).toMatch(/live now/);
      expect(await app.orm.em.fork().count(Challenge, { project: projectId })).toBe(before);
    } finally {
      await app.orm.em.fork().nativeUpdate(Session, { id: sessionId }, { status: SessionStatus.SCHEDULED });
    }
  });

  it('should refuse to sign in to the call when the personal code is not of the project', async () => {
    const result = await app.client().graphql(SIGN_IN, { input: { code: callCode, personalCode: 'NOPE2222' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.message).toBe(
      'No participant of this project has this personal code. Check the code on your card.',
    );
  });

  it('should refuse a contribution when the browser has not signed in to the call', async () => {
    const result = await app.client().graphql(CONTRIBUTE_CHALLENGE, {
      input: { callId, text: 'Anoniem', language: 'nl' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('should refuse moderation by a facilitator of another organisation', async () => {
    const em = app.orm.em.fork();
    const other = em.create(Organisation, { name: 'Gemeente Elders', kind: OrganisationKind.MUNICIPALITY });
    await em.flush();
    const stranger = await app.staff({ role: StaffRole.FACILITATOR, organisationIds: [other.id] });
    const [challenge] = (await queue()).approvedChallenges;
    const result = await stranger.graphql(MODERATE_CHALLENGE, {
      input: { challengeId: challenge.id, decision: 'HIDE' },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await queue()).approvedChallenges).toEqual([{ id: challenge.id }]);
  });
});
