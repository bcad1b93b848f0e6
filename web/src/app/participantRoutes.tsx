import { Suspense } from 'react';
import { Route } from 'react-router';
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

// A function rather than a component: <Routes> reads its <Route> children (through fragments) as they are.
export function participantRoutes() {
  return (
    <>
      <Route
        path="join/:code?"
        element={
          <Suspense fallback={<LoadingState />}>
            <JoinPage />
          </Suspense>
        }
      />
      <Route
        path="s/:sessionId"
        element={
          <Suspense fallback={<LoadingState />}>
            <ParticipantSessionPage />
          </Suspense>
        }
      />
      <Route
        path="s/:sessionId/my-data"
        element={
          <Suspense fallback={<LoadingState />}>
            <MyDataPage />
          </Suspense>
        }
      />
    </>
  );
}
