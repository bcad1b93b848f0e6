import { useEffect, useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate, useUrl } from '../../app/router';
import { graphql } from '../../gql';
import { viewerQuery } from '../../app/viewer';

export const signOutMutation = graphql(`
  mutation SignOut {
    signOut {
      signedOut
    }
  }
`);

// Ends the session of this browser. The home page opens first, and only then does the shell learn that
// nobody is signed in: had it learnt that on a staff page, that page would send the visitor to sign in
// again. The shell then forgets what was loaded for the account (useForgetAccountData).
export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { pathname } = useUrl();
  const [signedOut, setSignedOut] = useState(false);
  const [signOut, { loading, error }] = useMutation(signOutMutation);

  useEffect(() => {
    if (!signedOut || pathname !== '/') return;
    client.writeQuery({
      query: viewerQuery,
      data: { viewer: { __typename: 'Viewer', kind: 'ANONYMOUS', sessionId: null, account: null, participant: null } },
    });
  }, [client, signedOut, pathname]);

  const run = async () => {
    try {
      await signOut();
    } catch {
      // `error` says so; the account stays signed in.
      return;
    }
    setSignedOut(true);
    navigate('/');
  };
  return { signOut: run, loading, error };
}
