import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { Challenge, ContributionStatus } from '../challenge/challenge.entity.js';
import { Idea } from '../idea/idea.entity.js';
import { Organisation, OrganisationKind } from '../organisation/organisation.entity.js';
import { Participant } from '../participant/participant.entity.js';
import { Project } from '../project/project.entity.js';
import { Session, SessionStatus } from '../session/session.entity.js';
import { Theme } from '../theme/theme.entity.js';

// A project with a closed first session (a theme with two shown challenges and one hidden, an idea) and a planned
// second one; and another project with a challenge of its own. Made through the ORM: sessions have their own tests.
interface World {
  firstSessionId: string;
  secondSessionId: string;
  themeId: string;
  amiraChallengeId: string;
  jorisChallengeId: string;
  hiddenChallengeId: string;
  ideaId: string;
  secondSessionIdeaId: string;
  otherProjectChallengeId: string;
}

async function createWorld(app: TestApp): Promise<World> {
  const em = app.orm.em.fork();
  const promoter = em.create(Organisation, { name: 'Gemeente Trajectdorp', kind: OrganisationKind.MUNICIPALITY });
  const project = (title: string) =>
    em.create(Project, {
      title,
      promoter,
      description: '',
      goals: [],
      grantEuros: 90_000,
      startsOn: '2026-01-01',
      endsOn: '2027-12-31',
    });
  const session = (p: Project, title: string, startsAt: string, status: SessionStatus) =>
    em.create(Session, {
      project: p,
      title,
      startsAt: new Date(startsAt),
      location: 'Buurthuis',
      capacity: 30,
      languages: ['nl'],
      status,
    });
  const main = project('Samen in de wijk');
  const elsewhere = project('Een ander project');
  const first = session(main, 'Sessie 1', '2026-10-01T18:00:00Z', SessionStatus.CLOSED);
  const second = session(main, 'Sessie 2', '2026-11-01T18:00:00Z', SessionStatus.SCHEDULED);
  const theirs = session(elsewhere, 'Hun sessie', '2026-09-01T18:00:00Z', SessionStatus.CLOSED);
  const amira = em.create(Participant, { project: main, pseudonym: 'Amira', languages: ['ar', 'nl'] });
  const joris = em.create(Participant, { project: main, pseudonym: 'Joris', languages: ['nl'] });
  const theme = em.create(Theme, { session: first, title: 'Werk vinden', position: 0 });
  const challenge = (text: string, author: Participant, status = ContributionStatus.VISIBLE) =>
    em.create(Challenge, { project: main, session: first, author, theme, text, language: 'nl', status });
  const amiraChallenge = challenge('Mijn diploma telt hier niet', amira);
  const jorisChallenge = challenge('Werkgevers kennen nieuwkomers niet', joris);
  const hidden = challenge('Dubbel ingestuurd', joris, ContributionStatus.HIDDEN);
  const idea = em.create(Idea, {
    project: main,
    session: first,
    challenge: amiraChallenge,
    author: joris,
    text: 'Een loket voor diploma-erkenning',
    language: 'nl',
  });
  const secondIdea = em.create(Idea, {
    project: main,
    session: second,
    challenge: jorisChallenge,
    author: amira,
    text: 'Een banenmarkt in het buurthuis',
    language: 'nl',
  });
  const outsider = em.create(Participant, { project: elsewhere, pseudonym: 'Elders', languages: ['en'] });
  const theirChallenge = em.create(Challenge, {
    project: elsewhere,
    session: theirs,
    author: outsider,
    text: 'Not your project',
    language: 'en',
  });
  await em.flush();
  return {
    firstSessionId: first.id,
    secondSessionId: second.id,
    themeId: theme.id,
    amiraChallengeId: amiraChallenge.id,
    jorisChallengeId: jorisChallenge.id,
    hiddenChallengeId: hidden.id,
    ideaId: idea.id,
    secondSessionIdeaId: secondIdea.id,
    otherProjectChallengeId: theirChallenge.id,
  };
}

const CARRY = /* GraphQL */ `
  mutation ($input: CarryIntoSessionInput!) {
    carryIntoSession(input: $input) {
      added
      session {
        id
      }
    }
  }
`;
const BOARD = /* GraphQL */ `
  query ($id: ID!) {
    session(id: $id) {
      carriedItems {
        kind
        withTheme
        theme {
          id
        }
        challenge {
          id
        }
        idea {
          id
        }
      }
      challenges(includeCarried: true) {
        edges {
          node {
            id
            text
            author {
              pseudonym
            }
            session {
              id
            }
            origin {
              sessionTitle
            }
          }
        }
      }
    }
  }
`;

interface Board {
  carriedItems: {
    kind: string;
    withTheme: boolean;
    theme: { id: string } | null;
    challenge: { id: string } | null;
    idea: { id: string } | null;
  }[];
  challenges: {
    edges: {
      node: {
        id: string;
        text: string;
        author: { pseudonym: string } | null;
        session: { id: string } | null;
        origin: { sessionTitle: string | null };
      };
    }[];
  };
}

describe('carrying work forward between sessions', () => {
  let app: TestApp;
  let world: World;

  beforeAll(async () => {
    app = await createTestApp();
    world = await createWorld(app);
  });
  afterAll(() => app.close());

  const board = async (): Promise<Board> =>
    (await app.ok<{ session: Board }>(BOARD, { id: world.secondSessionId })).session;
  const rowCounts = async () => {
    const em = app.orm.em.fork();
    return {
      challenges: await em.count(Challenge, {}),
      ideas: await em.count(Idea, {}),
      themes: await em.count(Theme, {}),
    };
  };

  it('should put the theme and its two shown challenges on the later board, with their authors and first session, when a theme is carried', async () => {
    const before = await rowCounts();
    const result = await app.ok(CARRY, { input: { sessionId: world.secondSessionId, themeIds: [world.themeId] } });
    // The theme, and the two challenges shown in it (not the hidden one).
    expect(result.carryIntoSession).toEqual({ added: 3, session: { id: world.secondSessionId } });

    const { carriedItems, challenges } = await board();
    expect(carriedItems).toHaveLength(3);
    expect(carriedItems).toEqual(
      expect.arrayContaining([
        { kind: 'THEME', withTheme: false, theme: { id: world.themeId }, challenge: null, idea: null },
        { kind: 'CHALLENGE', withTheme: true, theme: null, challenge: { id: world.amiraChallengeId }, idea: null },
        { kind: 'CHALLENGE', withTheme: true, theme: null, challenge: { id: world.jorisChallengeId }, idea: null },
      ]),
    );
    const shown = challenges.edges.map((edge) => edge.node);
    expect(shown).toEqual(
      expect.arrayContaining([
        {
          id: world.amiraChallengeId,
          text: 'Mijn diploma telt hier niet',
          author: { pseudonym: 'Amira' },
          session: { id: world.firstSessionId },
          origin: { sessionTitle: 'Sessie 1' },
        },
        {
          id: world.jorisChallengeId,
          text: 'Werkgevers kennen nieuwkomers niet',
          author: { pseudonym: 'Joris' },
          session: { id: world.firstSessionId },
          origin: { sessionTitle: 'Sessie 1' },
        },
      ]),
    );
    expect(shown.map((challenge) => challenge.id)).not.toContain(world.hiddenChallengeId);
    // Carried, not copied: no new rows.
    expect(await rowCounts()).toEqual(before);
  });

  it("should page the board's own and carried challenges together, in creation order, when a client pages with first and after", async () => {
    // Two challenges raised in the second session itself: one dated before the carried ones, one after; and a hidden
    // one, which no page shows.
    const em = app.orm.em.fork();
    const project = await em.findOneOrFail(Session, world.secondSessionId, { populate: ['project'] });
    const author = await em.findOneOrFail(Participant, { pseudonym: 'Joris' });
    const own = (text: string, createdAt: Date, status = ContributionStatus.VISIBLE) =>
      em.create(Challenge, {
        project: project.project,
        session: project,
        author,
        text,
        language: 'nl',
        status,
        createdAt,
      });
    const early = own('Eerder gemeld dan de meegenomen', new Date('2026-01-01T10:00:00Z'));
    const late = own('Later gemeld dan de meegenomen', new Date('2099-01-01T10:00:00Z'));
    own('Verborgen', new Date('2026-01-02T10:00:00Z'), ContributionStatus.HIDDEN);
    await em.flush();

    const PAGE = /* GraphQL */ `
      query ($id: ID!, $after: String) {
        session(id: $id) {
          challenges(first: 1, after: $after, includeCarried: true) {
            totalCount
            edges {
              cursor
              node {
                id
              }
            }
            pageInfo {
              hasNextPage
            }
          }
        }
      }
    `;
    interface Page {
      challenges: {
        totalCount: number;
        edges: { cursor: string; node: { id: string } }[];
        pageInfo: { hasNextPage: boolean };
      };
    }
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      const answer: { session: Page } = await app.ok(PAGE, { id: world.secondSessionId, after });
      const { totalCount, edges, pageInfo }: Page['challenges'] = answer.session.challenges;
      expect(totalCount).toBe(4);
      expect(edges).toHaveLength(1);
      const [edge] = edges;
      if (!edge) break;
      seen.push(edge.node.id);
      if (!pageInfo.hasNextPage) break;
      after = edge.cursor;
    }
    // The early own one, the two carried ones (raised in the first session), the late own one.
    expect(seen).toHaveLength(4);
    expect(seen[0]).toBe(early.id);
    expect(seen.slice(1, 3).toSorted()).toEqual([world.amiraChallengeId, world.jorisChallengeId].toSorted());
    expect(seen[3]).toBe(late.id);
    // The same order as the whole board in one page.
    const whole = await board();
    expect(whole.challenges.edges.map((edge) => edge.node.id)).toEqual(seen);
  });

  it("should read the next level of a phone's board in one statement for its own and its carried challenges alike", async () => {
    // The second session is live, and a phone joins it: its board holds the second session's own challenges (the
    // previous test's) and the two carried from the first.
    const em = app.orm.em.fork();
    await em.nativeUpdate(Session, { id: world.secondSessionId }, { status: SessionStatus.LIVE, joinCode: 'TRAJ42' });
    const phone = app.client();
    await phone.ok(`mutation ($input: JoinSessionInput!) { joinSession(input: $input) { participant { id } } }`, {
      input: { code: 'TRAJ42', language: 'nl', consent: { textVersion: 'join-v3', research: false } },
    });
    const PHONE_BOARD = /* GraphQL */ `
      query ($id: ID!) {
        session(id: $id) {
          challenges(first: 200, includeCarried: true) {
            edges {
              node {
                id
                translations {
                  text
                }
                origin {
                  sessionTitle
                }
                ideas(first: 100) {
                  edges {
                    node {
                      id
                      translations {
                        text
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    `;
    app.resetQueries();
    const answer = await phone.ok<{
      session: { challenges: { edges: { node: { id: string; ideas: { edges: { node: { id: string } }[] } } }[] } };
    }>(PHONE_BOARD, { id: world.secondSessionId });
    const statements = [...app.queries];
    const shown = answer.session.challenges.edges.map((edge) => edge.node);
    expect(shown.map((challenge) => challenge.id)).toEqual(
      expect.arrayContaining([world.amiraChallengeId, world.jorisChallengeId]),
    );
    expect(shown.length).toBeGreaterThan(2);
    expect(shown.find((challenge) => challenge.id === world.amiraChallengeId)?.ideas.edges).toHaveLength(1);
    // The ideas of every challenge on the board in one page statement, and the translations of the challenges and
    // of the ideas with the pages that read them: a carried challenge's check, which needs where it was raised, holds
    // nothing back for a second batch, and no statement reads translations by the ids of the board's rows.
    const ideaPages = statements.filter((sql) => /from "idea" t where t\."challenge_id" = p\.id/.test(sql));
    expect(ideaPages, statements.join('\n')).toHaveLength(1);
    expect(ideaPages[0]).toMatch(/from text_translation x where x\.subject_id = t\.id and x\.field = 'IDEA_TEXT'/);
    const translationReads = statements.filter((sql) => /from text_translation\s+where subject_id in/.test(sql));
    expect(translationReads, statements.join('\n')).toHaveLength(0);
  });

  it('should add nothing when items already on the board are carried a second time', async () => {
    const before = await board();
    const result = await app.ok(CARRY, {
      input: {
        sessionId: world.secondSessionId,
        themeIds: [world.themeId],
        challengeIds: [world.amiraChallengeId, world.jorisChallengeId],
      },
    });
    expect(result.carryIntoSession.added).toBe(0);
    expect((await board()).carriedItems).toHaveLength(before.carriedItems.length);
  });

  it('should add the idea alone when an idea whose challenge is already carried is carried', async () => {
    const result = await app.ok(CARRY, { input: { sessionId: world.secondSessionId, ideaIds: [world.ideaId] } });
    expect(result.carryIntoSession.added).toBe(1);
    const ideas = (await board()).carriedItems.filter((item) => item.kind === 'IDEA');
    expect(ideas).toEqual([
      { kind: 'IDEA', withTheme: false, theme: null, challenge: null, idea: { id: world.ideaId } },
    ]);
  });

  it('should refuse the request and change nothing when one of the items named belongs to another project', async () => {
    const before = await board();
    const result = await app.graphql(CARRY, {
      input: {
        sessionId: world.secondSessionId,
        challengeIds: [world.amiraChallengeId, world.otherProjectChallengeId],
      },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/another project/);
    expect((await board()).carriedItems).toEqual(before.carriedItems);
  });

  it('should refuse a hidden challenge with a clear message when it is named to be carried', async () => {
    const result = await app.graphql(CARRY, {
      input: { sessionId: world.secondSessionId, challengeIds: [world.hiddenChallengeId] },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/hidden or merged/);
  });

  it('should refuse to carry an idea into the first session when it was made in the later one', async () => {
    const result = await app.graphql(CARRY, {
      input: { sessionId: world.firstSessionId, ideaIds: [world.secondSessionIdeaId] },
    });
    // The first session is closed: its board is a record and takes nothing more.
    expect(result.errors?.[0]?.extensions?.code).toBe('SESSION_NOT_OPEN');
  });

  it('should name both sessions in Strategy.sessions when a strategy draws on ideas of two sessions of the project', async () => {
    await app.orm.em.fork().nativeUpdate(Session, { id: world.secondSessionId }, { status: SessionStatus.LIVE });
    const result = await app.ok(
      /* GraphQL */ `
        mutation ($input: CreateStrategyInput!) {
          createStrategy(input: $input) {
            strategy {
              sessions {
                title
              }
            }
          }
        }
      `,
      {
        input: {
          sessionId: world.secondSessionId,
          title: 'Werk en diploma',
          ideaIds: [world.ideaId, world.secondSessionIdeaId],
        },
      },
    );
    expect(result.createStrategy.strategy.sessions).toEqual([{ title: 'Sessie 1' }, { title: 'Sessie 2' }]);
  });
  it("should read a carried board's themes and the themes its carried challenges sit under in one statement", async () => {
    // A challenge carried on its own, under a theme of the first session that stays behind.
    const em = app.orm.em.fork();
    const first = await em.findOneOrFail(Session, world.firstSessionId);
    const behind = em.create(Theme, { session: first, title: 'Taal leren', position: 1 });
    const alone = em.create(Challenge, {
      project: first.project,
      session: first,
      theme: behind,
      text: 'De taallessen zijn alleen overdag',
      language: 'nl',
    });
    await em.flush();
    // With the theme the first test carried (carried again, it adds nothing), so that this test also runs alone.
    await app.ok(CARRY, {
      input: { sessionId: world.secondSessionId, themeIds: [world.themeId], challengeIds: [alone.id] },
    });
    app.resetQueries();
    const answer = await app.ok<{
      session: {
        themes: { id: string }[];
        challenges: { edges: { node: { id: string; theme: { id: string } | null } }[] };
      };
    }>(
      `query ($id: ID!) {
        session(id: $id) {
          themes(includeCarried: true) { id }
          challenges(first: 200, includeCarried: true) { edges { node { id theme { id } } } }
        }
      }`,
      { id: world.secondSessionId },
    );
    const themeIds = answer.session.themes.map((theme) => theme.id);
    expect(themeIds).toContain(world.themeId);
    expect(themeIds).not.toContain(behind.id);
    const shown = answer.session.challenges.edges.find((edge) => edge.node.id === alone.id);
    expect(shown?.node.theme).toEqual({ id: behind.id });
    const themeReads = app.queries.filter((sql) => /from "theme" as "t0" where "t0"\."id" in/.test(sql));
    expect(themeReads, app.queries.join('\n')).toHaveLength(1);
  });
});
