import { act, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { challengeEdge, SESSION_ID, sessionData, viewerMock } from '../../features/participant/participant.fixtures';
import { participantSessionQuery } from '../../features/participant/useParticipantSession';
import { renderApp } from '../../test/renderApp';
import { startParticipantData } from '../participantRoutes';
import { sessionEventCursorQuery } from './earlyCursor';

interface Message {
  id?: string;
  type: string;
  payload?: { variables?: Record<string, unknown> };
}

// Just enough of a server speaking graphql-transport-ws to watch what the page subscribes to.
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static all: FakeSocket[] = [];
  readyState = FakeSocket.CONNECTING;
  protocol = 'graphql-transport-ws';
  sent: Message[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: ((event: { code: number; reason: string; wasClean: boolean }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;

  constructor(readonly url: string) {
    FakeSocket.all.push(this);
    setTimeout(() => {
      this.readyState = FakeSocket.OPEN;
      this.onopen?.();
    }, 0);
  }

  send(data: string) {
    const message = JSON.parse(data) as Message;
    this.sent.push(message);
    if (message.type === 'connection_init') this.reply({ type: 'connection_ack' });
  }

  reply(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }

  close(code = 1000, reason = '') {
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.({ code, reason, wasClean: true });
  }

  subscriptions() {
    return this.sent.filter((message) => message.type === 'subscribe');
  }
}

// The server's answers, counted: a live screen asks for its data once, and again only after a gap.
function countingMocks(cursors: string[]) {
  const asked = { cursor: 0, board: 0 };
  const mocks: MockLink.MockedResponse[] = [
    viewerMock(),
    {
      request: { query: sessionEventCursorQuery, variables: { sessionId: SESSION_ID } },
      result: () => ({ data: { sessionEventCursor: cursors[Math.min(asked.cursor++, cursors.length - 1)] } }),
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
    {
      request: { query: participantSessionQuery, variables: () => true },
      result: () => {
        asked.board += 1;
        return { data: sessionData() };
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
    },
  ];
  return { asked, mocks };
}

const added = challengeEdge('c-9', 'Nobody clears the snow on the bridge.', 'en', null).node;

const created = (cursor: string) => ({
  data: {
    sessionEvents: {
      __typename: 'SessionEvent',
      cursor,
      type: 'CHALLENGE_CREATED',
      sessionId: SESSION_ID,
      challengeId: added.id,
      challengeIds: null,
      themeId: null,
      status: null,
      challenge: { ...added, status: 'VISIBLE', createdAt: '2026-11-20T18:30:00.000Z' },
      idea: null,
      theme: null,
      round: null,
      session: null,
    },
  },
});

describe('useLiveSession', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeSocket.all = [];
  });

  it('should follow the session from the cursor read before the board, and show an event without asking again', async () => {
    vi.stubGlobal('WebSocket', FakeSocket);
    const { asked, mocks } = countingMocks(['41']);
    await renderApp(`/s/${SESSION_ID}`, { mocks });

    await screen.findByRole('heading', { level: 2, name: 'Challenges' });
    await waitFor(() => expect(FakeSocket.all[0]?.subscriptions()).toHaveLength(1));
    const socket = FakeSocket.all[0];
    expect(socket?.url).toBe('ws://localhost:3000/graphql');
    const [subscription] = socket?.subscriptions() ?? [];
    expect(subscription?.payload?.variables).toEqual({ sessionId: SESSION_ID, after: '41' });
    expect(asked).toEqual({ cursor: 1, board: 1 });

    act(() => socket?.reply({ id: subscription?.id, type: 'next', payload: created('42') }));
    const board = screen.getByRole('region', { name: 'Board' });
    expect(await within(board).findByRole('article', { name: added.text })).toBeInTheDocument();
    expect(within(board).getByRole('region', { name: 'Not in a group yet' })).toHaveTextContent(/2 challenges/);
    expect(asked).toEqual({ cursor: 1, board: 1 });

    // The Wi-Fi drops: the page subscribes again after the last cursor it saw, and the server sends what was missed.
    act(() => socket?.close(1006, 'Wi-Fi gone'));
    await waitFor(() => expect(FakeSocket.all[1]?.subscriptions()).toHaveLength(1), { timeout: 3000 });
    expect(FakeSocket.all[1]?.subscriptions()[0]?.payload?.variables).toEqual({ sessionId: SESSION_ID, after: '42' });
    expect(asked).toEqual({ cursor: 1, board: 1 });
  });

  it('should follow from the cursor the phone asked for as the page loaded, and not ask for it again', async () => {
    vi.stubGlobal('WebSocket', FakeSocket);
    const { asked, mocks } = countingMocks(['41', '99']);
    await renderApp(`/s/${SESSION_ID}`, {
      mocks,
      start: (client) => startParticipantData(`/s/${SESSION_ID}`, client),
    });

    await screen.findByRole('heading', { level: 2, name: 'Challenges' });
    await waitFor(() => expect(FakeSocket.all[0]?.subscriptions()).toHaveLength(1));
    expect(FakeSocket.all[0]?.subscriptions()[0]?.payload?.variables).toEqual({ sessionId: SESSION_ID, after: '41' });
    expect(asked).toEqual({ cursor: 1, board: 1 });
  });

  it('should load the board again, once, when the server no longer knows the cursor it follows from', async () => {
    vi.stubGlobal('WebSocket', FakeSocket);
    const { asked, mocks } = countingMocks(['41', '7']);
    await renderApp(`/s/${SESSION_ID}`, { mocks });
    await screen.findByRole('heading', { level: 2, name: 'Challenges' });
    await waitFor(() => expect(FakeSocket.all[0]?.subscriptions()).toHaveLength(1));
    const socket = FakeSocket.all[0];
    const [subscription] = socket?.subscriptions() ?? [];

    act(() =>
      socket?.reply({
        id: subscription?.id,
        type: 'error',
        payload: [
          { message: 'That event cursor does not belong to this session.', extensions: { code: 'BAD_USER_INPUT' } },
        ],
      }),
    );

    await waitFor(() => expect(asked).toEqual({ cursor: 2, board: 2 }));
    await waitFor(() => expect(FakeSocket.all.flatMap((s) => s.subscriptions())).toHaveLength(2));
    const again = FakeSocket.all.flatMap((s) => s.subscriptions())[1];
    expect(again?.payload?.variables).toEqual({ sessionId: SESSION_ID, after: '7' });
  });
});
