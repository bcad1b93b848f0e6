import type { MockLink } from '@apollo/client/testing';
import { projectPageQuery } from '../features/project/ProjectPage';
import { projectsPageQuery } from '../features/project/ProjectsPage';
import { sessionPageQuery } from '../features/session/SessionPage';
import { sessionEventCursorQuery } from '../app/live/earlyCursor';
import { serverTimeQuery } from '../app/live/serverClock';
import type {
  ProjectPageQuery,
  ProjectPageQueryVariables,
  ProjectsPageQuery,
  ProjectsPageQueryVariables,
  SessionPageQuery,
  SessionPageQueryVariables,
} from '../gql/graphql';

// Answers the server would give, typed by the generated operation types with every fragment unmasked.

interface Organisation {
  __typename: 'Organisation';
  id: string;
  name: string;
  locality: string | null;
}

const mechelen: Organisation = {
  __typename: 'Organisation',
  id: 'org-mechelen',
  name: 'Stad Mechelen',
  locality: 'Mechelen',
};
const samenSterk: Organisation = {
  __typename: 'Organisation',
  id: 'org-vzw',
  name: 'vzw Samen Sterk',
  locality: 'Mechelen',
};
const pageInfo = { __typename: 'PageInfo', hasNextPage: false, endCursor: null } as const;

const projectEdge = (id: string, title: string, grant: number, promoter: Organisation) => ({
  __typename: 'ProjectEdge' as const,
  cursor: id,
  node: {
    __typename: 'Project' as const,
    id,
    title,
    description: `${title}: residents and newcomers name what matters in their neighbourhood.`,
    startsOn: '2025-01-01',
    endsOn: '2026-12-31',
    grantEuros: grant,
    euFundEuros: grant * 0.75,
    regionalCofinancingEuros: grant * 0.25,
    promoter: { __typename: 'Organisation' as const, id: promoter.id, name: promoter.name },
  },
});

export function projectsMock(): MockLink.MockedResponse<ProjectsPageQuery, ProjectsPageQueryVariables> {
  return {
    request: { query: projectsPageQuery, variables: {} },
    result: {
      data: {
        projects: {
          __typename: 'ProjectConnection',
          totalCount: 2,
          edges: [
            projectEdge('p-mechelen', 'Samen Mechelen', 200_000, mechelen),
            projectEdge('p-kortrijk', 'Kortrijk spreekt', 120_000, {
              ...mechelen,
              id: 'org-kortrijk',
              name: 'Stad Kortrijk',
            }),
          ],
          pageInfo,
        },
      },
    },
  };
}

export function projectsErrorMock(
  message: string,
  code = 'INTERNAL_SERVER_ERROR',
): MockLink.MockedResponse<ProjectsPageQuery, ProjectsPageQueryVariables> {
  return {
    request: { query: projectsPageQuery, variables: {} },
    result: { errors: [{ message, extensions: { code } }] },
  };
}

export function projectMock(): MockLink.MockedResponse<ProjectPageQuery, ProjectPageQueryVariables> {
  return {
    request: { query: projectPageQuery, variables: { id: 'p-mechelen' } },
    result: {
      data: {
        project: {
          __typename: 'Project',
          id: 'p-mechelen',
          title: 'Samen Mechelen',
          description: 'Residents and newcomers name what matters in their neighbourhood.',
          startsOn: '2025-01-01',
          endsOn: '2026-12-31',
          goals: ['More newcomers take part in local policy', 'Every strategy gets an answer with a reason'],
          grantEuros: 200_000,
          euFundEuros: 150_000,
          regionalCofinancingEuros: 50_000,
          promoter: mechelen,
          partners: [
            { __typename: 'ProjectPartner', id: 'pp-1', role: 'PARTNER_ACTOR', organisation: samenSterk },
            {
              __typename: 'ProjectPartner',
              id: 'pp-2',
              role: 'EVALUATION_TEAM',
              organisation: {
                __typename: 'Organisation',
                id: 'org-uni',
                name: 'Universiteit Antwerpen',
                locality: null,
              },
            },
          ],
          sessions: {
            __typename: 'SessionConnection',
            totalCount: 1,
            edges: [
              {
                __typename: 'SessionEdge',
                node: {
                  __typename: 'Session',
                  id: 's-1',
                  title: 'Our park at night',
                  startsAt: '2025-03-12T18:00:00.000Z',
                  durationMinutes: 150,
                  location: 'Buurthuis De Brug, Mechelen',
                  status: 'LIVE',
                  languages: ['nl', 'ar', 'ti'],
                  capacity: 30,
                  attendanceCount: 18,
                },
              },
            ],
          },
        },
      },
    },
  };
}

export function projectNotFoundMock(id: string): MockLink.MockedResponse<ProjectPageQuery, ProjectPageQueryVariables> {
  return {
    request: { query: projectPageQuery, variables: { id } },
    result: { errors: [{ message: 'There is no project with this id.', extensions: { code: 'NOT_FOUND' } }] },
  };
}

const themeOf = (id: string, title: string, position: number, challengeIds: string[], dotCount: number) => ({
  __typename: 'Theme' as const,
  id,
  title,
  position,
  dotCount,
  challenges: challengeIds.map((challengeId) => ({ __typename: 'Challenge' as const, id: challengeId })),
});
const challengeEdge = (
  id: string,
  text: string,
  language: string,
  themeId: string | null,
  translations: { language: string; text: string }[],
  dotCount: number,
  ideas: { id: string; text: string; dotCount: number }[] = [],
) => ({
  __typename: 'ChallengeEdge' as const,
  node: {
    __typename: 'Challenge' as const,
    id,
    text,
    language,
    status: 'VISIBLE' as const,
    dotCount,
    theme: themeId ? { __typename: 'Theme' as const, id: themeId } : null,
    author: { __typename: 'Participant' as const, id: `author-${id}`, pseudonym: `Neighbour ${id}` },
    translations: translations.map((t) => ({ __typename: 'Translation' as const, ...t })),
    ideas: {
      __typename: 'IdeaConnection' as const,
      totalCount: ideas.length,
      edges: ideas.map((idea) => ({
        __typename: 'IdeaEdge' as const,
        node: { __typename: 'Idea' as const, language: 'en', translations: [], ...idea },
      })),
    },
  },
});

export function sessionMock(): MockLink.MockedResponse<SessionPageQuery, SessionPageQueryVariables> {
  return {
    request: { query: sessionPageQuery, variables: { id: 's-1' } },
    result: {
      data: {
        session: {
          __typename: 'Session',
          id: 's-1',
          title: 'Our park at night',
          status: 'LIVE',
          project: { __typename: 'Project', id: 'p-mechelen', title: 'Samen Mechelen' },
          startsAt: '2025-03-12T18:00:00.000Z',
          durationMinutes: 150,
          location: 'Buurthuis De Brug, Mechelen',
          languages: ['nl', 'ar'],
          capacity: 30,
          attendanceCount: 18,
          agenda: [
            {
              __typename: 'AgendaPhase',
              id: 'ph-1',
              position: 0,
              kind: 'WELCOME',
              title: 'Coffee and names',
              durationMinutes: 15,
            },
            {
              __typename: 'AgendaPhase',
              id: 'ph-2',
              position: 1,
              kind: 'CHALLENGES',
              title: 'What is hard here?',
              durationMinutes: 30,
            },
            {
              __typename: 'AgendaPhase',
              id: 'ph-3',
              position: 2,
              kind: 'CLUSTERING',
              title: 'Putting them together',
              durationMinutes: 20,
            },
          ],
          currentPhase: { __typename: 'AgendaPhase', id: 'ph-2' },
          themes: [
            themeOf('t-safety', 'Safety at night', 0, ['c-1', 'c-2'], 9),
            themeOf('t-library', 'Library hours', 1, ['c-3'], 4),
          ],
          challenges: {
            __typename: 'ChallengeConnection',
            totalCount: 4,
            edges: [
              challengeEdge('c-1', 'The park has no light after eight.', 'en', 't-safety', [], 6, [
                { id: 'i-1', text: 'Solar lamps along the main path', dotCount: 5 },
              ]),
              challengeEdge(
                'c-2',
                'لا أشعر بالأمان في الحديقة ليلاً',
                'ar',
                't-safety',
                [
                  { language: 'en', text: 'I do not feel safe in the park at night' },
                  { language: 'nl', text: "Ik voel me 's avonds niet veilig in het park" },
                ],
                3,
              ),
              challengeEdge('c-3', 'The library closes before my shift ends.', 'en', 't-library', [], 4),
              challengeEdge('c-4', 'Forms at the town hall are only in Dutch.', 'en', null, [], 0),
            ],
          },
          votingRounds: [
            {
              __typename: 'VotingRound',
              id: 'v-1',
              title: 'Which challenges first?',
              target: 'CHALLENGES',
              dotsPerParticipant: 3,
              status: 'CLOSED',
            },
          ],
          strategies: [
            {
              __typename: 'Strategy',
              id: 'st-1',
              title: 'Light the park path',
              description: 'Put lamps along the main path so that people coming home from work feel safe.',
              status: 'ANSWERED',
              actions: [
                {
                  __typename: 'StrategyAction',
                  id: 'a-1',
                  position: 0,
                  what: 'Walk the park at night with residents',
                  who: 'Public works and the residents',
                  due: 'April 2025',
                  resources: 'Two evenings',
                },
              ],
              response: {
                __typename: 'MunicipalityResponse',
                id: 'r-1',
                decision: 'ADOPTED',
                reason: 'Lighting the path is in this year’s budget for public space.',
                responsible: 'Public works',
                plannedFor: '2025-09-01',
                respondedAt: '2025-05-02T09:00:00.000Z',
                decidedAt: '2025-05-02T09:00:00.000Z',
              },
            },
          ],
        },
      },
    },
  };
}

// The cursor of a session's event log, which every live screen reads before its own query (app/live).
export function cursorMock(sessionId: string, cursor = '40'): MockLink.MockedResponse {
  return {
    request: { query: sessionEventCursorQuery, variables: { sessionId } },
    result: { data: { sessionEventCursor: cursor } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

// The server's clock, `aheadMs` ahead of this device's (every countdown asks for it).
export function serverTimeMock(aheadMs = 0): MockLink.MockedResponse {
  return {
    request: { query: serverTimeQuery },
    result: () => ({ data: { serverTime: new Date(Date.now() + aheadMs).toISOString() } }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}
