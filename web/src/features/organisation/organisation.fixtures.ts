import type { MockLink } from '@apollo/client/testing';
import type { OrganisationKind } from '../../gql/graphql';
import { organisationsPageQuery } from './OrganisationsPage';

// Answers the server would give to the organisation pages (and organisations for the project pages' tests).

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
