import type { Page } from 'playwright-core';

// What a page asks the API over HTTP, and whether it follows the session over its WebSocket: a live screen loads its
// data once and then only listens, so after it subscribed, nothing happening means no request at all.
export interface GraphqlWatch {
  // Requests to /graphql over HTTP since the last reset.
  readonly requests: string[];
  reset(): void;
  // Resolves once the page sent a subscribe message on its WebSocket.
  subscribed: Promise<void>;
}

// How many `ServerTime` questions a page asks as it opens (FIRST_SAMPLES in web/src/app/live/serverClock.ts).
const CLOCK_SAMPLES = 3;

// Call before the page opens the screen: the WebSocket is only seen from its opening.
export function watchGraphql(page: Page): GraphqlWatch {
  const requests: string[] = [];
  let clockSamples = 0;
  const signal: { resolve?: () => void } = {};
  const subscribed = new Promise<void>((resolve) => {
    signal.resolve = resolve;
  });
  page.on('request', (request) => {
    if (new URL(request.url()).pathname !== '/graphql' || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { operationName?: string; query?: string } | null;
    // A screen with a countdown learns how far its clock is from the server's from its first few `ServerTime`
    // answers (web/src/app/live/serverClock.ts: three within seconds of opening, then one every five minutes). Those
    // first samples are its start, not polling; any more within a test's minutes still count.
    if (body?.operationName === 'ServerTime' && clockSamples < CLOCK_SAMPLES) {
      clockSamples += 1;
      return;
    }
    requests.push(body?.operationName ?? body?.query?.slice(0, 60) ?? '?');
  });
  page.on('websocket', (socket) => {
    socket.on('framesent', (frame) => {
      if (typeof frame.payload === 'string' && frame.payload.includes('"type":"subscribe"')) signal.resolve?.();
    });
  });
  return {
    requests,
    reset: () => void requests.splice(0, requests.length),
    subscribed,
  };
}
