import { ApolloLink, type ApolloClient } from '@apollo/client';
import { getMainDefinition } from '@apollo/client/utilities';

type Listener = (connected: boolean) => void;

const installed = new WeakMap<ApolloClient, Promise<boolean>>();
const listeners = new Set<Listener>();

// Whether the WebSocket is open: pages poll less while it is.
export function onLiveConnection(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function socketUrl(): string {
  const url = new URL('/graphql', window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

const isSubscription: (operation: ApolloLink.Operation) => boolean = ({ query }) => {
  const definition = getMainDefinition(query);
  return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
};

// Subscriptions over a WebSocket (graphql-ws, same path and cookie as HTTP), everything else as before.
// graphql-ws is fetched here, by the pages that follow a session live, not with every page. The socket
// does not retry by itself: the subscriber starts again with the last cursor it saw, so that the
// server sends what was missed and nothing twice.
export function installLiveLink(client: ApolloClient): Promise<boolean> {
  let done = installed.get(client);
  if (!done) {
    done = (async () => {
      if (typeof WebSocket !== 'function') return false;
      const [{ createClient }, { GraphQLWsLink }] = await Promise.all([
        import('graphql-ws/client'),
        import('@apollo/client/link/subscriptions'),
      ]);
      const socket = createClient({
        url: socketUrl(),
        lazy: true,
        retryAttempts: 0,
        on: {
          connected: () => listeners.forEach((listener) => listener(true)),
          closed: () => listeners.forEach((listener) => listener(false)),
        },
      });
      client.setLink(ApolloLink.split(isSubscription, new GraphQLWsLink(socket), client.link));
      return true;
    })();
    installed.set(client, done);
  }
  return done;
}
