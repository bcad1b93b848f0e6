import { useEffect, useRef } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { StaffRole, ViewerQuery } from '../gql/graphql';

export const viewerQuery = graphql(`
  query Viewer {
    viewer {
      kind
      sessionId
      account {
        id
        email
        displayName
        role
        organisations {
          id
          name
        }
        projects {
          id
          title
        }
      }
      participant {
        id
        pseudonym
      }
    }
  }
`);

export type Viewer = ViewerQuery['viewer'];
export type StaffAccount = NonNullable<Viewer['account']>;

// Who is signed in on this browser. The shell asks once; every other caller reads Apollo's cache.
// Signing in or out resets the store, which asks again.
export function useViewer() {
  const { data, error, refetch } = useQuery(viewerQuery);
  const viewer = data?.viewer;
  return {
    viewer,
    account: viewer?.kind === 'STAFF' ? (viewer.account ?? undefined) : undefined,
    error: viewer ? undefined : error,
    refetch,
  };
}

export const hasRole = (account: StaffAccount | undefined, ...roles: StaffRole[]): account is StaffAccount =>
  account !== undefined && roles.includes(account.role);

// When the account signed in on this browser goes (signed out, or another person signs in), everything
// loaded for it is forgotten, so that the next person at a shared computer sees none of it. It runs
// after the render in which the pages stopped showing that data, so no page asks for it again.
export function useForgetAccountData(accountId: string | undefined): void {
  const client = useApolloClient();
  const previous = useRef(accountId);
  useEffect(() => {
    const before = previous.current;
    previous.current = accountId;
    if (!before || before === accountId) return;
    const root = (client.cache.extract() as Record<string, object | undefined>)['ROOT_QUERY'] ?? {};
    for (const key of Object.keys(root)) {
      const fieldName = key.split(/[(:]/)[0] ?? key;
      if (fieldName !== 'viewer' && fieldName !== '__typename') client.cache.evict({ id: 'ROOT_QUERY', fieldName });
    }
    client.cache.gc();
  }, [client, accountId]);
}
