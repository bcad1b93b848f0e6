import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Challenge } from '../modules/challenge/challenge.entity.js';
import { Idea } from '../modules/idea/idea.entity.js';
import { Organisation, OrganisationKind } from '../modules/organisation/organisation.entity.js';
import { Attendance, Participant } from '../modules/participant/participant.entity.js';
import { Project } from '../modules/project/project.entity.js';
import { Session, SessionStatus } from '../modules/session/session.entity.js';
import { Theme } from '../modules/theme/theme.entity.js';
import { TranslatableField } from '../modules/translation/translatable.js';
import { TextTranslation } from '../modules/translation/translation.entity.js';
import { RoundStatus, Vote, VoteSource, VoteTarget, VotingRound } from '../modules/vote/vote.entity.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

const PARTICIPANTS = 6;
const THEMES = 3;

// Everything a projector board shows, nested as deep as a client would ask for it, with what was carried onto the
// board (`includeCarried`, as the phone, the cockpit and the projector ask).
const BOARD = /* GraphQL */ `
  query ($id: ID!) {
    session(id: $id) {
      id
      themes {
        id
        title
        dotCount
        challenges {
          id
        }
      }
      challenges(first: 100, includeCarried: true) {
        totalCount
        edges {
          node {
            id
            text
            author {
              id
              pseudonym
            }
            theme {
              id
              title
            }
            translations {
              language
              text
            }
            dotCount
            ideas {
              totalCount
              edges {
                node {
                  id
                  text
                  author {
                    id
                    pseudonym
                  }
                  dotCount
                }
              }
            }
          }
        }
      }
      votingRounds {
        id
        votes(first: 200) {
          totalCount
          edges {
            node {
              id
              dots
              participant {
                id
                pseudonym
              }
            }
          }
        }
      }
    }
  }
`;

// A live session with `challenges` challenges, built through the ORM for speed: themes, authors,
// translations, two ideas per challenge, and a round of votes on challenges and one on ideas
// by every checked-in participant (plus paper dots).
async function buildSession(app: TestApp, challenges: number): Promise<string> {
  const em = app.orm.em.fork();
  const promoter = em.create(Organisation, { name: `Gemeente N=${challenges}`, kind: OrganisationKind.MUNICIPALITY });
  const project = em.create(Project, {
    title: `Project N=${challenges}`,
    promoter,
    description: '',
    goals: [],
    grantEuros: 200_000,
    startsOn: '2026-01-01',
    endsOn: '2027-12-31',
  });
  const session = em.create(Session, {
    project,
    title: `Workshop N=${challenges}`,
    startsAt: new Date('2026-11-20T18:00:00Z'),
    location: 'Buurthuis',
    capacity: 60,
    languages: ['nl', 'ar'],
    status: SessionStatus.LIVE,
  });
  const people = Array.from({ length: PARTICIPANTS }, (_, i) =>
    em.create(Participant, { project, pseudonym: `Deelnemer ${i + 1}`, languages: ['nl'] }),
  );
  for (const participant of people) em.create(Attendance, { session, participant });
  const themes = Array.from({ length: THEMES }, (_, position) =>
    em.create(Theme, { session, title: `Thema ${position + 1}`, position }),
  );
  const byChallenge = em.create(VotingRound, {
    session,
    title: 'Challenges',
    target: VoteTarget.CHALLENGES,
    dotsPerParticipant: 5,
    status: RoundStatus.CLOSED,
  });
  const byIdea = em.create(VotingRound, { session, title: 'Ideas', target: VoteTarget.IDEAS, dotsPerParticipant: 5 });
  const all: Challenge[] = [];
  const ideas: Idea[] = [];
  for (let i = 0; i < challenges; i++) {
    const challenge = em.create(Challenge, {
      project: session.project,
      session,
      author: people[i % PARTICIPANTS]!,
      theme: i % 4 === 3 ? null : themes[i % THEMES]!,
      text: `Uitdaging ${i + 1}`,
      language: 'nl',
    });
    for (const [language, text] of [
      ['en', `Challenge ${i + 1}`],
      ['ar', `تحدي ${i + 1}`],
    ] as const) {
      em.create(TextTranslation, {
        subjectId: challenge.id,
        field: TranslatableField.CHALLENGE_TEXT,
        project,
        session,
        language,
        text,
      });
    }
    all.push(challenge);
    for (const n of [1, 2]) {
      ideas.push(
        em.create(Idea, {
          challenge,
          project: session.project,
          session,
          author: people[(i + n) % PARTICIPANTS]!,
          text: `Idee ${i + 1}.${n}`,
          language: 'nl',
        }),
      );
    }
  }
  people.forEach((participant, p) => {
    for (let k = 0; k < 5; k++) {
      em.create(Vote, { round: byChallenge, participant, challenge: all[(p * 5 + k) % all.length]!, dots: 1 });
      em.create(Vote, { round: byIdea, participant, idea: ideas[(p * 7 + k) % ideas.length]!, dots: 1 });
    }
  });
  em.create(Vote, { round: byChallenge, challenge: all[0]!, dots: 12, source: VoteSource.PAPER });
  await em.flush();
  return session.id;
}

describe('N+1', () => {
  let app: TestApp;

  beforeAll(async () => {
    // No background releaser of indicator figures: its statements would land in the count now and then.
    app = await createTestApp({ config: { RELEASE_INDICATORS: false } });
  });
  afterAll(() => app.close());

  async function countStatements(challenges: number): Promise<number> {
    const sessionId = await buildSession(app, challenges);
    app.resetQueries();
    const data = await app.ok(BOARD, { id: sessionId });
    const statements = app.queries.length;
    // The answer is complete, so the count covers every level of the query.
    const board = data.session;
    expect(board.challenges.totalCount).toBe(challenges);
    expect(board.challenges.edges).toHaveLength(challenges);
    for (const { node } of board.challenges.edges) {
      expect(node.author).not.toBeNull();
      expect(node.translations).toHaveLength(2);
      expect(node.ideas.totalCount).toBe(2);
    }
    expect(board.themes).toHaveLength(THEMES);
    const votes = board.votingRounds.map((r: { votes: { totalCount: number } }) => r.votes.totalCount);
    expect(votes.toSorted((a: number, b: number) => a - b)).toEqual([PARTICIPANTS * 5, PARTICIPANTS * 5 + 1]);
    const challengeDots = board.challenges.edges.reduce(
      (sum: number, e: { node: { dotCount: number } }) => sum + e.node.dotCount,
      0,
    );
    expect(challengeDots).toBe(PARTICIPANTS * 5 + 12);
    return statements;
  }

  it('should run as many SQL statements when a session has 50 challenges as when it has 10, give or take one batch', async () => {
    const small = await countStatements(10);
    const large = await countStatements(50);
    console.log(`SQL statements for the nested board query: ${small} with 10 challenges, ${large} with 50 challenges`);
    // Loaders batch what is asked for in one turn of the event loop, so a small board can split the translations
    // into two batches where a large one makes one (16 against 15). A statement per record would add at least 40.
    expect(Math.abs(large - small)).toBeLessThanOrEqual(1);
  });
});
