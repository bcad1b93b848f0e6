import type { ReactNode } from 'react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { i18n as I18n } from 'i18next';
import { I18nProvider } from 'react-aria-components';
import { ErrorBoundary } from 'react-error-boundary';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { RootError } from './RouteError';
import { AppRoutes } from './routes';

// react-aria formats dates and numbers, words its own labels and lays out popovers (right to left or
// not) by its locale: the reader's language, not the browser's.
function AriaLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return <I18nProvider locale={i18n.resolvedLanguage ?? i18n.language}>{children}</I18nProvider>;
}

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
        <AriaLocale>
          <ErrorBoundary FallbackComponent={RootError}>{router(<AppRoutes />)}</ErrorBoundary>
        </AriaLocale>
      </ApolloProvider>
    </I18nextProvider>
  );
}
