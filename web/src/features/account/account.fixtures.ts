import type { MockLink } from '@apollo/client/testing';
import type { StaffRole } from '../../gql/graphql';
import { accountsPageQuery } from './AccountsPage';

// Answers the server would give to the account pages.

const pageInfo = { __typename: 'PageInfo', hasNextPage: false, endCursor: null } as const;

export const account = (
  id: string,
  displayName: string,
  role: StaffRole,
  projects: { id: string; title: string }[],
  active = true,
) => ({
  __typename: 'Account' as const,
  id,
  displayName,
  email: `${displayName.split(' ')[0]?.toLowerCase()}@mechelen.example`,
  role,
  active,
  lastSignInAt: '2025-03-10T09:00:00.000Z',
  organisations: [{ __typename: 'Organisation' as const, id: 'org-mechelen', name: 'Stad Mechelen' }],
  projects: projects.map((project) => ({ __typename: 'Project' as const, ...project })),
});

export const samenMechelen = { id: 'p-mechelen', title: 'Samen Mechelen' };
export const kortrijk = { id: 'p-kortrijk', title: 'Kortrijk spreekt' };

export function accountsMock(accounts: ReturnType<typeof account>[]): MockLink.MockedResponse {
  return {
    request: { query: accountsPageQuery, variables: {} },
    result: {
      data: {
        accounts: {
          __typename: 'AccountConnection',
          totalCount: accounts.length,
          edges: accounts.map((node) => ({ __typename: 'AccountEdge', cursor: node.id, node })),
          pageInfo,
        },
        projects: {
          __typename: 'ProjectConnection',
          edges: [samenMechelen, kortrijk].map((node) => ({
            __typename: 'ProjectEdge',
            node: { __typename: 'Project', ...node },
          })),
        },
      },
    },
  };
}
