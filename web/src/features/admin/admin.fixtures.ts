import type { MockLink } from '@apollo/client/testing';
import type { OrganisationKind, StaffRole } from '../../gql/graphql';
import { accountsPageQuery } from './AccountsPage';
import { organisationsPageQuery } from './OrganisationsPage';

// Answers the server would give to the administrator pages.

const pageInfo = { __typename: 'PageInfo', hasNextPage: false, endCursor: null } as const;

export const organisation = (id: string, name: string, kind: OrganisationKind, locality: string | null = null) => ({
  __typename: 'Organisation' as const,
  id,
  name,
  kind,
  locality,
});

export const mechelen = organisation('org-mechelen', 'Stad Mechelen', 'MUNICIPALITY', 'Mechelen');
export const buurtwerk = organisation('org-buurtwerk', 'vzw Buurtwerk', 'PARTNER_ACTOR', 'Mechelen');
export const universiteit = organisation('org-uni', 'Universiteit Antwerpen', 'EVALUATION_TEAM');

export function organisationsMock(organisations = [mechelen, buurtwerk]): MockLink.MockedResponse {
  return {
    request: { query: organisationsPageQuery, variables: {} },
    result: {
      data: {
        organisations: {
          __typename: 'OrganisationConnection',
          totalCount: organisations.length,
          edges: organisations.map((node) => ({ __typename: 'OrganisationEdge', cursor: node.id, node })),
          pageInfo,
        },
      },
    },
  };
}

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
