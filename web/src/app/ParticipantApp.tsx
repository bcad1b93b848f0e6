import { useEffect, type ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { ErrorBoundary } from 'react-error-boundary';
import { I18nextProvider } from 'react-i18next';
import { Route, Switch, useUrl } from './router';
import { NotFoundPage } from './NotFoundPage';
import { isParticipantPath, participantRoutes } from './participantRoutes';
import { RootError } from './RouteError';
import { LoadingState } from './ui/LoadingState';

// A path this entry does not know: one of the participant's that does not exist is not found; any other belongs to
// the whole app, which a full page load fetches (the server sends index.html for it).
function ElsewhereInTheApp({ leave }: { leave: (url: string) => void }) {
  const { pathname, search } = useUrl();
  const ours = isParticipantPath(pathname);
  useEffect(() => {
    // The router follows no fragment: the address bar still has it.
    if (!ours) leave(`${pathname}${search}${window.location.hash}`);
  }, [leave, ours, pathname, search]);
  return ours ? (
    <main id="main" className="site-main container">
      <NotFoundPage />
    </main>
  ) : (
    <LoadingState />
  );
}

const fullPageLoad = (url: string) => window.location.assign(url);

// The providers of the participant's pages; the router comes from outside, as in App (and how to leave for the whole
// app, in tests).
export function ParticipantApp({
  client,
  i18n,
  router,
  leave = fullPageLoad,
}: {
  client: ApolloClient;
  i18n: I18n;
  router: (routes: ReactNode) => ReactNode;
  leave?: (url: string) => void;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <ErrorBoundary FallbackComponent={RootError}>
          {router(
            <Switch>
              {participantRoutes()}
              <Route>
                <ElsewhereInTheApp leave={leave} />
              </Route>
            </Switch>,
          )}
        </ErrorBoundary>
      </ApolloProvider>
    </I18nextProvider>
  );
}
