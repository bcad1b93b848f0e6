import { Suspense } from 'react';
import type { ApolloClient } from '@apollo/client';
import { matchPath, Route } from './router';
import { lazyPage } from './lazyPage';
import { LoadingState } from './ui/LoadingState';

// Participants' phones: no account, no staff shell; each page brings its own small frame. One route set for both
// ways in: the whole app (routes.tsx, for a facilitator who opens a join link, and `pnpm dev`) and the phone's own
// entry (src/participant.tsx, the page the server sends for the paths below), which loads nothing of the staff app.
const JoinPage = lazyPage(async () => (await import('../features/join/JoinPage')).JoinPage);
const ParticipantSessionPage = lazyPage(
  async () => (await import('../features/participant/ParticipantSessionPage')).ParticipantSessionPage,
);
const MyDataPage = lazyPage(async () => (await import('../features/participant/MyDataPage')).MyDataPage);

// The paths these routes answer; the server sends participant.html for them (server/src/core/http/web-app.ts
// spells the same rule).
export const isParticipantPath = (pathname: string): boolean => /^\/(join|s)(\/|$)/.test(pathname);

const paths = { join: '/join/:code?', session: '/s/:sessionId', myData: '/s/:sessionId/my-data' } as const;

// The page at a path, started before anything else waits: its code downloads while the app's strings do, and the
// namespaces it returns come with them (instead of one after the other: strings, page, then the page's strings).
export function startParticipantPage(pathname: string): readonly string[] {
  if (matchPath(paths.join, pathname)) {
    void JoinPage.preload();
    return ['join', 'participant'];
  }
  if (matchPath(paths.session, pathname)) {
    void ParticipantSessionPage.preload();
    // The page numbers its phases and dots (app/useFormat.ts): the first number format a phone makes loads Intl's data,
    // the slowest first use of Intl (~100 ms at a 4x slowed CPU). Made in a task of its own, before React takes the
    // page over, rather than inside React's render of the phase banner: the page's own formatter (formatFor), which
    // the banner then finds made.
    const language = document.documentElement.lang;
    if (language) void import('./useFormat').then(({ formatFor }) => formatFor(language).number(1));
    return ['participant', 'challenge'];
  }
  if (matchPath(paths.myData, pathname)) {
    void MyDataPage.preload();
    return ['participant'];
  }
  return [];
}

// What the page at a path asks the server for before it renders, for the client the app is about to render with: the
// session page's event cursor, so that its board is the only answer it waits for after knowing who the phone is.
// A session page the server rendered brings its data in the cache (web/src/ssr/entry.tsx renderSessionPage): its
// first render reads that cache instead of asking again, as the HTML it takes over shows it, until the page follows
// its session's events (useLiveSession) or, should it never get there, for a few seconds.
export function startParticipantData(pathname: string, client: ApolloClient): void {
  const sessionId = matchPath(paths.session, pathname)?.params.sessionId;
  if (!sessionId) return;
  const serverRendered = document.getElementById('root')?.dataset['rendered'] === 'server';
  if (serverRendered) {
    client.prioritizeCacheValues = true;
    setTimeout(() => (client.prioritizeCacheValues = false), SERVER_DATA_FIRST_MS);
    return;
  }
  // Its own small chunk, which the session page loads anyway: the join page carries none of it.
  void import('./live/earlyCursor').then(({ askCursorEarly }) => askCursorEarly(client, sessionId));
}
const SERVER_DATA_FIRST_MS = 15_000;

// A function rather than a component: <Switch> reads its <Route> children (through fragments) as they are.
export function participantRoutes() {
  return (
    <>
      <Route path={paths.join}>
        <Suspense fallback={<LoadingState />}>
          <JoinPage />
        </Suspense>
      </Route>
      <Route path={paths.session}>
        <Suspense fallback={<LoadingState />}>
          <ParticipantSessionPage />
        </Suspense>
      </Route>
      <Route path={paths.myData}>
        <Suspense fallback={<LoadingState />}>
          <MyDataPage />
        </Suspense>
      </Route>
    </>
  );
}
