import { createClient, type Client } from 'graphql-ws';
import { vi } from 'vitest';
import { WebSocket } from 'ws';
import type { SessionEvent } from '../modules/live/live.input.js';

// Every field of a session event, as a board that follows one live asks for them.
export const SESSION_EVENTS = /* GraphQL */ `
  subscription ($sessionId: ID!, $after: String) {
    sessionEvents(sessionId: $sessionId, after: $after) {
      cursor
      type
      at
      sessionId
      challengeId
      challengeIds
      ideaId
      themeId
      themeIds
      roundId
      phaseId
      voteId
      status
      dots
      participantCount
      language
    }
  }
`;

export interface ErrorLike {
  message: string;
  extensions?: { code?: string };
}

// One subscription, collecting what arrives.
export interface Follower {
  events: SessionEvent[];
  errors: ErrorLike[];
  stop(): void;
  waitFor(count: number): Promise<SessionEvent[]>;
  waitForError(): Promise<ErrorLike>;
}

// A WebSocket client that sends the browser's login cookie with its upgrade request, as a browser does.
export function socketClient(httpUrl: string, cookies: Map<string, string>): Client {
  const cookie = [...cookies].map(([key, value]) => `${key}=${value}`).join('; ');
  class CookieSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  return createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: CookieSocket,
    retryAttempts: 0,
  });
}

export function follow(client: Client, sessionId: string, after?: string | null): Follower {
  const events: SessionEvent[] = [];
  const errors: ErrorLike[] = [];
  const stop = client.subscribe<{ sessionEvents: SessionEvent }>(
    { query: SESSION_EVENTS, variables: { sessionId, after: after ?? null } },
    {
      next: (result) => {
        if (result.data) events.push(result.data.sessionEvents);
        if (result.errors) errors.push(...(result.errors as ErrorLike[]));
      },
      error: (error) => {
        if (Array.isArray(error)) errors.push(...(error as ErrorLike[]));
        else if (error instanceof Error) errors.push({ message: error.message });
        // A closed socket: its close code and reason.
        else
          errors.push({
            message: `closed ${(error as { code?: number }).code}: ${(error as { reason?: string }).reason}`,
          });
      },
      complete: () => undefined,
    },
  );
  return {
    events,
    errors,
    stop,
    waitFor: (count) =>
      vi.waitFor(
        () => {
          if (errors.length) throw new Error(`subscription failed: ${JSON.stringify(errors)}`);
          if (events.length < count) throw new Error(`${events.length} of ${count} events so far`);
          return events;
        },
        { timeout: 10_000, interval: 10 },
      ),
    waitForError: () =>
      vi.waitFor(
        () => {
          const [error] = errors;
          if (!error) throw new Error('no error yet');
          return error;
        },
        { timeout: 10_000, interval: 10 },
      ),
  };
}
