import { createClient } from 'graphql-ws';
import { WebSocket } from 'ws';
import type { GraphQLResult } from '../test-app.js';

// A subscription as a browser makes it: over WebSocket, with the browser's login cookie on the upgrade request.
// Answers like a request does: the first event as `data`, or the errors the subscription ended with. A subscription
// that neither sends an event nor fails within `waitMs` answers `{ data: null }` with no errors.
export async function subscribeOnce(
  httpUrl: string,
  cookies: ReadonlyMap<string, string>,
  query: string,
  variables: Record<string, unknown>,
  waitMs = 5_000,
): Promise<GraphQLResult & { events: unknown[] }> {
  const cookie = [...cookies].map(([key, value]) => `${key}=${value}`).join('; ');
  class CookieSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  const client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: CookieSocket,
    retryAttempts: 0,
  });
  const events: unknown[] = [];
  try {
    return await new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ data: null, events }), waitMs);
      const done = (result: GraphQLResult) => {
        clearTimeout(timer);
        resolve({ ...result, events });
      };
      client.subscribe(
        { query, variables },
        {
          next: (result) => {
            events.push(result);
            done(result as GraphQLResult);
          },
          error: (error) =>
            done({
              errors: Array.isArray(error)
                ? (error as GraphQLResult['errors'])
                : [{ message: error instanceof Error ? error.message : JSON.stringify(error) }],
            }),
          complete: () => done({ data: null }),
        },
      );
    });
  } finally {
    await client.dispose();
  }
}
