import type { ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { ErrorBoundary } from 'react-error-boundary';
import { I18nextProvider } from 'react-i18next';
import { RootError } from './RouteError';
import { AppRoutes } from './routes';

// The providers every page needs; the router comes from outside (a browser router in the app,
// a memory router in tests).
export function App({
  client,
  i18n,
  router,
}: {
  client: ApolloClient;
  i18n: I18n;
  router: (routes: ReactNode) => ReactNode;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        {/* react-aria's providers come with the parts of the app built with it (./AriaProviders). */}
        <ErrorBoundary FallbackComponent={RootError}>{router(<AppRoutes />)}</ErrorBoundary>
      </ApolloProvider>
    </I18nextProvider>
  );
}
