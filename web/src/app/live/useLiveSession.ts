import { startTransition, useEffect, useRef, useState } from 'react';
import type { OperationVariables } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { refusalOf } from '../offline/refusal';
import type { Refusal } from '../offline/queue';
import { applySessionEvent, type LiveEvent } from './applySessionEvent';
import { forgetServerCursor, readCursor, serverCursor, takeEarlyCursor } from './earlyCursor';
import { installLiveLink, onLiveConnection } from './liveLink';

type EventsDocument = TypedDocumentNode<{ sessionEvents: LiveEvent }, { sessionId: string; after?: string | null }>;

export interface LiveSessionOptions<TData, TVariables extends OperationVariables> {
  sessionId: string;
  // The screen's own query, loaded once the cursor to follow from is known.
  query: TypedDocumentNode<TData, TVariables>;
  variables: TVariables;
  // The screen's subscription to sessionEvents: the ids every event has, and the records it needs in the fragments
  // its components use, so that each event brings what the screen shows.
  events: EventsDocument;
  // Told of each event after it is in the cache (a screen that shows something no event can bring reloads that).
  onEvent?: (event: LiveEvent) => void;
}

const RESUBSCRIBE_FIRST_MS = 1_000;
const RESUBSCRIBE_MAX_MS = 30_000;

// One live path for every screen that follows a session (a participant's phone, the cockpit, the projector, the
// plan and report pages): read the cursor of the session's event log, load the screen's query, then follow the
// session's events from that cursor, each applied to the Apollo cache as it arrives (applySessionEvent.ts). After an
// interruption it subscribes again with the last cursor it saw and the server sends exactly what was missed, in
// order. It loads again only after a gap the log cannot fill: a cursor the server no longer knows, or an event this
// version does not understand. It never polls.
export function useLiveSession<TData, TVariables extends OperationVariables>(
  options: LiveSessionOptions<TData, TVariables>,
) {
  const { sessionId, query, variables, events } = options;
  const client = useApolloClient();
  // The cursor read before the query; a new one (after a gap) loads the query again.
  // On a page the server rendered, the cursor it read before the data it rendered: the screen shows that data at once
  // (the same as the HTML it takes over) and follows from there.
  const [start, setStart] = useState<{ cursor: string; again: boolean; fromServer?: boolean } | null>(() => {
    const cursor = serverCursor(client, sessionId);
    return cursor === undefined ? null : { cursor, again: false, fromServer: true };
  });
  const [gaps, setGaps] = useState(0);
  const [startError, setStartError] = useState<unknown>();
  const [connected, setConnected] = useState<boolean | undefined>(undefined);
  const [refusal, setRefusal] = useState<Refusal>();
  const onEvent = useRef(options.onEvent);
  useEffect(() => {
    onEvent.current = options.onEvent;
  });

  // What the server rendered the page from is read from the cache, and watched there like a loaded answer (a
  // `network-only` query would wait for an answer from the network before it watched the cache).
  const [startedFromServer] = useState(() => start?.fromServer === true);
  const result = useQuery(query, {
    variables,
    skip: !start,
    // Loaded after the cursor, so that nothing that changes in between is missed; later, the cache is kept up
    // to date by the events.
    fetchPolicy: startedFromServer ? 'cache-first' : 'network-only',
    nextFetchPolicy: 'cache-first',
  } as useQuery.Options<TData, TVariables>);
  const loaded = result.data !== undefined;

  // 1. The cursor to follow from, read before the screen's data (on the first start, the one the page asked for as
  // it loaded, when it did).
  const fromServer = gaps === 0 && start?.fromServer === true;
  useEffect(() => {
    if (fromServer) {
      forgetServerCursor(client, sessionId);
      return undefined;
    }
    let stale = false;
    const early = gaps === 0 ? takeEarlyCursor(client, sessionId) : undefined;
    (early ?? readCursor(client, sessionId))
      .then(async (cursor) => {
        if (stale || cursor === undefined) return;
        const again = gaps > 0;
        // After a gap, the screen's data is loaded again from after the new cursor.
        if (again) await client.refetchQueries({ include: [query] });
        if (!stale) setStart({ cursor, again });
      })
      .catch((error: unknown) => {
        if (!stale) setStartError(error);
      });
    return () => {
      stale = true;
    };
  }, [client, sessionId, gaps, query, fromServer]);

  // 2. The events from that cursor on.
  useEffect(() => {
    if (!start || !loaded) return undefined;
    let stopped = false;
    let last = start.cursor;
    let subscription: { unsubscribe(): void } | undefined;
    let restart: ReturnType<typeof setTimeout> | undefined;
    let delay = RESUBSCRIBE_FIRST_MS;

    const stop = () => {
      subscription?.unsubscribe();
      subscription = undefined;
      clearTimeout(restart);
    };
    const again = (wait = delay) => {
      stop();
      if (stopped) return;
      restart = setTimeout(() => void begin(), wait);
      delay = Math.min(delay * 2, RESUBSCRIBE_MAX_MS);
    };
    const gap = () => {
      stop();
      if (!stopped) setGaps((n) => n + 1);
    };
    const failed = (error: unknown) => {
      const refused = refusalOf(error);
      if (refused?.code === 'BAD_USER_INPUT') {
        // A cursor the log cannot continue from: start over from the latest one.
        gap();
      } else if (refused && ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'].includes(refused.code)) {
        // No longer allowed to follow (a participant's access ended): the screen says so.
        stop();
        setRefusal(refused);
      } else {
        again();
      }
    };

    // The screen shows its data: what the server rendered the page from was only for its first render
    // (web/src/app/participantRoutes.tsx), and from now on a question the screen asks goes to the server. Once the
    // other effects of this render have run: the page's own queries above this one start after it.
    const served = setTimeout(() => (client.prioritizeCacheValues = false));

    async function begin() {
      if (!(await installLiveLink(client)) || stopped) return;
      const following = { sessionId, after: last };
      subscription = client.subscribe({ query: events, variables: following, fetchPolicy: 'no-cache' }).subscribe({
        next: ({ data, error }) => {
          if (error) {
            failed(error);
            return;
          }
          const event = data?.sessionEvents;
          if (!event) return;
          delay = RESUBSCRIBE_FIRST_MS;
          last = event.cursor;
          if (applySessionEvent(client.cache, { document: events, variables: following, data }, event)) {
            onEvent.current?.(event);
          } else {
            gap();
          }
        },
        error: failed,
        complete: () => again(),
      });
    }

    // The socket came back, or the person came back to the page: try now rather than at the next turn.
    // A transition: the screen under it (a whole board) renders again in slices, not in one long task.
    const stopListening = onLiveConnection((value) => startTransition(() => setConnected(value)));
    const wake = () => {
      if (!subscription && !document.hidden) again(0);
    };
    window.addEventListener('online', wake);
    document.addEventListener('visibilitychange', wake);
    void begin();
    return () => {
      clearTimeout(served);
      stopped = true;
      stop();
      stopListening();
      window.removeEventListener('online', wake);
      document.removeEventListener('visibilitychange', wake);
    };
  }, [client, sessionId, events, start, loaded]);

  return {
    data: result.data ?? result.previousData,
    error: result.error ?? (startError as Error | undefined),
    refetch: () => {
      setStartError(undefined);
      setGaps((n) => n + 1);
    },
    // Whether the socket is open (undefined until it was first tried).
    connected,
    // The server no longer lets this screen follow the session.
    refusal,
  };
}
