import type { ApolloClient } from '@apollo/client';
import { graphql } from '../../gql';

// Where a live screen starts following its session's event log (useLiveSession), and how a page asks for it before
// its screen has mounted. A module of its own: the phone's entry asks for it without loading the live screens.
export const sessionEventCursorQuery = graphql(`
  query SessionEventCursor($sessionId: ID!) {
    sessionEventCursor(sessionId: $sessionId)
  }
`);

// Not kept in the cache: a cursor there is one the server sent with its rendering of the page (serverCursor).
export const readCursor = async (client: ApolloClient, sessionId: string): Promise<string | undefined> =>
  (await client.query({ query: sessionEventCursorQuery, variables: { sessionId }, fetchPolicy: 'no-cache' })).data
    ?.sessionEventCursor;

// The cursor the server read before the data it rendered the page from (web/src/ssr/entry.tsx renderSessionPage),
// when this page came that way: the data in the cache is as fresh as a load after it would be.
export const serverCursor = (client: ApolloClient, sessionId: string): string | undefined =>
  client.readQuery({ query: sessionEventCursorQuery, variables: { sessionId } })?.sessionEventCursor;

// Once taken, the server's cursor is forgotten: a screen that starts again later reads a fresh one.
export function forgetServerCursor(client: ApolloClient, sessionId: string): void {
  client.cache.evict({ fieldName: 'sessionEventCursor', args: { sessionId } });
}

// Cursors asked for before their screen mounted, each taken by that screen's first start.
const earlyCursors = new WeakMap<ApolloClient, Map<string, Promise<string | undefined>>>();

// Asks for a session's cursor now, for the screen that will follow it: the phone's entry asks as it loads the page's
// code and strings (web/src/app/participantRoutes.tsx), so that the session page waits for one answer fewer before
// its board. A cursor read earlier than the board is as good as one read just before it: what happened in between
// comes again as events, and applying an event the board already shows changes nothing.
export function askCursorEarly(client: ApolloClient, sessionId: string): void {
  let bySession = earlyCursors.get(client);
  if (!bySession) earlyCursors.set(client, (bySession = new Map()));
  if (bySession.has(sessionId)) return;
  const asked = readCursor(client, sessionId);
  // A refusal is the screen's to show, when it takes this answer: not an unhandled rejection before then.
  asked.catch(() => undefined);
  bySession.set(sessionId, asked);
}

export function takeEarlyCursor(client: ApolloClient, sessionId: string): Promise<string | undefined> | undefined {
  const bySession = earlyCursors.get(client);
  const asked = bySession?.get(sessionId);
  bySession?.delete(sessionId);
  return asked;
}
