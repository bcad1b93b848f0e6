import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { installLiveLink, onLiveConnection } from './liveLink';
import { refusalOf, type Refusal } from './participantErrors';

export const participantSessionQuery = graphql(`
  query ParticipantSession($id: ID!, $participantId: ID!) {
    session(id: $id) {
      id
      title
      status
      currentPhase {
        id
        kind
        questionnaireWave
      }
      openVotingRound {
        id
        title
        target
        dotsPerParticipant
        dotsUsedBy(participantId: $participantId)
      }
      ...PhaseBanner_session
      ...ParticipantBoard_session
    }
  }
`);

export const participantSessionEvents = graphql(`
  subscription ParticipantSessionEvents($sessionId: ID!, $after: String) {
    sessionEvents(sessionId: $sessionId, after: $after) {
      cursor
      type
    }
  }
`);

// Without the socket the page asks every few seconds; with it, only now and then, to be sure.
const POLL_MS = 5_000;
const SAFETY_POLL_MS = 60_000;
// Events come in bursts (a round of votes): one refetch for a burst.
const BURST_MS = 400;
const RESUBSCRIBE_FIRST_MS = 1_000;
const RESUBSCRIBE_MAX_MS = 30_000;

// The session as it changes in the room. Each event on the socket is a sign to fetch the board again;
// the last cursor goes with the next subscription, so a phone that lost the Wi-Fi for a minute gets
// told about everything it missed. A failed fetch keeps what was on screen.
export function useLiveSession(sessionId: string, participantId: string) {
  const client = useApolloClient();
  const variables = useMemo(() => ({ id: sessionId, participantId }), [sessionId, participantId]);
  const result = useQuery(participantSessionQuery, { variables });
  const [offline, setOffline] = useState(false);
  const [refusal, setRefusal] = useState<Refusal>();
  const [connected, setConnected] = useState(false);
  const cursor = useRef<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      await client.query({ query: participantSessionQuery, variables, fetchPolicy: 'network-only' });
      setOffline(false);
      setRefusal(undefined);
    } catch (error) {
      const refused = refusalOf(error);
      if (refused) setRefusal(refused);
      else setOffline(true);
    }
  }, [client, variables]);

  // The subscription, started again after every interruption with the last cursor seen.
  useEffect(() => {
    let stopped = false;
    let subscription: { unsubscribe(): void } | undefined;
    let restart: ReturnType<typeof setTimeout> | undefined;
    let burst: ReturnType<typeof setTimeout> | undefined;
    let delay = RESUBSCRIBE_FIRST_MS;
    // Catch up as soon as the socket is (back) up: what happened before the subscription started.
    const stopListening = onLiveConnection((up) => {
      setConnected(up);
      if (up) void refresh();
    });

    const again = () => {
      subscription?.unsubscribe();
      subscription = undefined;
      if (stopped) return;
      restart = setTimeout(() => void start(), delay);
      delay = Math.min(delay * 2, RESUBSCRIBE_MAX_MS);
    };

    const start = async () => {
      if (!(await installLiveLink(client)) || stopped) return;
      subscription = client
        .subscribe({ query: participantSessionEvents, variables: { sessionId, after: cursor.current } })
        .subscribe({
          next: ({ data, error }) => {
            if (error) {
              again();
              return;
            }
            const event = data?.sessionEvents;
            if (!event) return;
            cursor.current = event.cursor;
            delay = RESUBSCRIBE_FIRST_MS;
            burst ??= setTimeout(() => {
              burst = undefined;
              void refresh();
            }, BURST_MS);
          },
          error: again,
          complete: again,
        });
    };

    void start();
    return () => {
      stopped = true;
      stopListening();
      clearTimeout(restart);
      clearTimeout(burst);
      subscription?.unsubscribe();
    };
  }, [client, sessionId, refresh]);

  // Polling while there is no socket, and now and then to be sure while there is.
  useEffect(() => {
    const timer = setInterval(
      () => {
        if (!document.hidden) void refresh();
      },
      connected ? SAFETY_POLL_MS : POLL_MS,
    );
    const onVisible = () => {
      if (!document.hidden) void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('online', onVisible);
    return () => {
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('online', onVisible);
    };
  }, [refresh, connected]);

  return {
    data: result.data ?? result.previousData,
    error: result.error,
    refetch: result.refetch,
    refresh,
    offline,
    refusal,
    live: connected,
  };
}
