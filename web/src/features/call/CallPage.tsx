import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { useParams } from '../../app/router';
import { graphql } from '../../gql';
import { isUnauthenticated } from '../../app/ui/errors';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { LanguageSwitch } from '../participant/LanguageSwitch';
import { ParticipantLayout } from '../participant/ParticipantLayout';
import { CallSignIn } from './CallSignIn';
import { CallWorkspace } from './CallWorkspace';
import './CallPage.css';

export const myCallQuery = graphql(`
  query MyCall {
    myCall {
      participant {
        id
        pseudonym
      }
      call {
        id
        code
        open
        prompt
        ...CallWorkspace_call
      }
    }
  }
`);

// /call and /call/:code (the poster's QR code links here with the code filled in): a participant of a project signs
// in with the call's code and the personal code on their card, and adds challenges and ideas between sessions. The
// phone's frame is the session page's; the page is its own chunk, so the join and session pages carry none of it.
export function CallPage() {
  return (
    <ParticipantLayout tool={<LanguageSwitch />}>
      <CallFlow />
    </ParticipantLayout>
  );
}

function CallFlow() {
  const { code = '' } = useParams();
  const { t } = useTranslation(['call', 'app']);
  // Who this browser is signed in as, for a call: asked again after signing in.
  const mine = useQuery(myCallQuery, { fetchPolicy: 'network-only', errorPolicy: 'none' });
  const signedIn = mine.data?.myCall;
  // Signed in to another call (of another project, or one whose code was typed anew): sign in to this one.
  const otherCall = signedIn && code !== '' && signedIn.call.code !== null && signedIn.call.code !== code.toUpperCase();

  let body;
  if (mine.loading && !mine.data) body = <LoadingState />;
  else if (signedIn && !otherCall) body = <CallWorkspace participation={signedIn} />;
  else if (mine.error && !isUnauthenticated(mine.error))
    body = <ErrorState error={mine.error} onRetry={() => void mine.refetch()} level={1} />;
  else body = <CallSignIn code={code} onSignedIn={() => void mine.refetch()} />;

  return (
    <div className="call">
      <title>{`${t('title')} · ${t('app:appName')}`}</title>
      {body}
    </div>
  );
}
