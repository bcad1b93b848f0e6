import type { ApolloClient } from '@apollo/client';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockLink } from '@apollo/client/testing';
import { MemoryRouter } from './memoryRouter';
import { App } from '../app/App';
import { createApolloClient } from '../app/apollo';
import { catalogs } from '../app/catalogs';
import { createI18n, type LanguageCode } from '../app/i18n';
import { sessionEventCursorQuery } from '../app/live/earlyCursor';
import { cursorMock, serverTimeMock } from './fixtures';
import { staffViewer, viewerMock, type TestViewer } from './viewer';

// Renders the whole app at a path, as a person would open it, with the server answered by mocks.
// The shell first asks who is signed in: a facilitator, unless `viewer` says otherwise; the answer
// stays the same however often it is asked. With `viewer: null` the test's own mocks answer it, in
// order (to sign in: first anonymous, then staff).
export async function renderApp(
  path: string,
  options: {
    mocks?: ReadonlyArray<MockLink.MockedResponse>;
    language?: LanguageCode;
    viewer?: TestViewer | null;
    // What the page's entry asks the server for before it renders (boot's `start`).
    start?: (client: ApolloClient) => void;
  } = {},
) {
  const viewer = options.viewer === undefined ? staffViewer() : options.viewer;
  const mocks = [
    ...(viewer ? [viewerMock(viewer, Number.POSITIVE_INFINITY)] : []),
    ...(options.mocks ?? []),
    // Every live screen first reads where the session's event log stands (app/live); a test may answer it itself.
    { ...cursorMock('any'), request: { query: sessionEventCursorQuery, variables: () => true } },
    // Every countdown first asks for the server's clock; a test may answer it itself (a device whose clock is off).
    serverTimeMock(),
  ];
  const i18n = await createI18n({ ...(options.language ? { language: options.language } : {}), catalogs });
  const client = createApolloClient({
    link: new MockLink(mocks, { defaultOptions: { delay: 0 } }),
    language: () => i18n.language,
  });
  options.start?.(client);
  const user = userEvent.setup();
  const view = render(
    <App client={client} i18n={i18n} router={(routes) => <MemoryRouter path={path}>{routes}</MemoryRouter>} />,
  );
  return { ...view, user, i18n, client };
}
