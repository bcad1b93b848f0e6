import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { challengeEdge, SESSION_ID, sessionMock, viewerMock } from './participant.fixtures';

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

  subscription() {
    return this.sent.find((message) => message.type === 'subscribe');
  }
}

describe('useLiveSession', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    FakeSocket.all = [];
  });

  it('should fetch the board again when an event arrives, and ask for what it missed with the last cursor when the socket comes back', async () => {
    vi.stubGlobal('WebSocket', FakeSocket);
    const added = challengeEdge('c-9', 'Nobody clears the snow on the bridge.', 'en', null);
    await renderApp(`/s/${SESSION_ID}`, {
      mocks: [viewerMock(), { ...sessionMock(), maxUsageCount: 2 }, sessionMock({ extraChallenges: [added] })],
    });

    await screen.findByRole('heading', { level: 2, name: 'Challenges' });
    await waitFor(() => expect(FakeSocket.all[0]?.subscription()).toBeDefined());
    const socket = FakeSocket.all[0];
    expect(socket?.url).toBe('ws://localhost:3000/graphql');
    const first = socket?.subscription();
    expect(first?.payload?.variables).toEqual({ sessionId: SESSION_ID, after: null });
    expect(screen.queryByText('Nobody clears the snow on the bridge.')).not.toBeInTheDocument();

    act(() => {
      socket?.reply({
        id: first?.id,
        type: 'next',
        payload: {
          data: { sessionEvents: { __typename: 'SessionEvent', cursor: 'cur-41', type: 'CHALLENGE_CREATED' } },
        },
      });
    });
    expect(await screen.findByText('Nobody clears the snow on the bridge.')).toBeInTheDocument();

    act(() => socket?.close(1006, 'Wi-Fi gone'));
    await waitFor(() => expect(FakeSocket.all[1]?.subscription()).toBeDefined(), { timeout: 3000 });
    expect(FakeSocket.all[1]?.subscription()?.payload?.variables).toEqual({ sessionId: SESSION_ID, after: 'cur-41' });
  });
});
