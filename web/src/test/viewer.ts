import type { MockLink } from '@apollo/client/testing';
import { viewerQuery } from '../app/viewer';
import type { StaffRole, ViewerQuery, ViewerQueryVariables } from '../gql/graphql';

// Who the server says is signed in, for component tests.

export type TestViewer = ViewerQuery['viewer'];

export const anonymousViewer: TestViewer = {
  __typename: 'Viewer',
  kind: 'ANONYMOUS',
  sessionId: null,
  account: null,
  participant: null,
};

export function staffViewer(role: StaffRole = 'FACILITATOR', displayName = 'Sam Peeters'): TestViewer {
  return {
    __typename: 'Viewer',
    kind: 'STAFF',
    sessionId: null,
    participant: null,
    account: {
      __typename: 'Account',
      id: `account-${role.toLowerCase()}`,
      email: `${role.toLowerCase()}@mechelen.example`,
      displayName,
      role,
      organisations: [{ __typename: 'Organisation', id: 'org-mechelen', name: 'Stad Mechelen' }],
      projects: [{ __typename: 'Project', id: 'p-mechelen', title: 'Samen Mechelen' }],
    },
  };
}

// `times`: how often the server gives this answer (the shell asks once; a sign-in page, or a page
// whose data the server refused, asks again).
export function viewerMock(viewer: TestViewer, times = 1): MockLink.MockedResponse<ViewerQuery, ViewerQueryVariables> {
  return { request: { query: viewerQuery }, result: { data: { viewer } }, maxUsageCount: times };
}
