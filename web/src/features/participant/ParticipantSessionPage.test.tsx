import { act, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { QUEUE_STORAGE_KEY } from '../../app/offline/queue';
import { renderApp } from '../../test/renderApp';
import {
  castVoteMock,
  challengeEdge,
  createChallengeMutation,
  PARTICIPANT_ID,
  SESSION_ID,
  sessionMock,
  viewerMock,
} from './participant.fixtures';

const page = `/s/${SESSION_ID}`;

describe('ParticipantSessionPage', () => {
  it('should show the phase large and a box for a challenge when the room is naming challenges', async () => {
    await renderApp(page, { mocks: [viewerMock(), sessionMock({ phase: 'CHALLENGES' })] });

    expect(await screen.findByRole('heading', { level: 2, name: 'Challenges' })).toBeInTheDocument();
    expect(screen.getByText('What is hard here?')).toBeInTheDocument();
    expect(screen.getByText(/part 2 of 5/)).toBeInTheDocument();
    expect(screen.getByText('You are Blue Heron 12')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Your challenge' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Give a dot' })).not.toBeInTheDocument();
    // No staff navigation on a participant's phone.
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it("should count down the phase's time box, and say the time is up rather than count minutes over", async () => {
    const view = await renderApp(page, {
      mocks: [viewerMock(), sessionMock({ phase: 'IDEAS', endsAt: new Date(Date.now() + 5 * 60_000).toISOString() })],
    });
    expect(await screen.findByRole('timer', { name: 'Time left' })).toHaveTextContent(/^0[45]:\d\d$/);
    expect(screen.queryByText('Time is up')).not.toBeInTheDocument();
    view.unmount();

    await renderApp(page, {
      mocks: [viewerMock(), sessionMock({ phase: 'IDEAS', endsAt: new Date(Date.now() - 90_000).toISOString() })],
    });
    expect(await screen.findByText('Time is up')).toBeInTheDocument();
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(screen.queryByText(/−/)).not.toBeInTheDocument();
  });

  it("should show a challenge in the reader's language beside the original when a translation exists", async () => {
    await renderApp(page, { mocks: [viewerMock(), sessionMock({ phase: 'CLUSTERING' })] });

    const board = await screen.findByRole('region', { name: 'Board' });
    const safety = within(board).getByRole('region', { name: 'Safety at night' });
    const card = within(safety).getByRole('article', { name: /Het park heeft geen licht/ });
    expect(within(card).getByText('The park has no light after eight.')).toHaveAttribute('lang', 'en');
    expect(within(board).getByRole('region', { name: 'Not in a group yet' })).toHaveTextContent(
      'The library closes before my shift ends.',
    );
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('should send a challenge with a client mutation id and send it again with the same id when the connection comes back', async () => {
    const sent: Record<string, unknown>[] = [];
    const matches = (variables: Record<string, unknown>) => {
      sent.push(variables);
      return true;
    };
    const challengeResult = {
      data: {
        createChallenge: {
          __typename: 'ChallengePayload',
          clientMutationId: 'x',
          challenge: {
            __typename: 'Challenge',
            id: 'c-new',
            status: 'VISIBLE',
            createdAt: '2026-11-20T18:30:00.000Z',
            theme: null,
            session: { __typename: 'Session', id: SESSION_ID },
            origin: {
              __typename: 'ContributionOrigin',
              sessionId: SESSION_ID,
              sessionTitle: 'Our park at night',
              betweenSessions: false,
            },
            text: 'There is no bench near the bus stop.',
            language: 'en',
            translations: [],
            dotCount: 0,
            ideas: { __typename: 'IdeaConnection', totalCount: 0, edges: [] },
          },
        },
      },
    };
    const mocks: MockLink.MockedResponse[] = [
      viewerMock(),
      sessionMock({ phase: 'CHALLENGES' }),
      { request: { query: createChallengeMutation, variables: matches }, error: new TypeError('Failed to fetch') },
      { request: { query: createChallengeMutation, variables: matches }, result: challengeResult },
    ];
    const { user } = await renderApp(page, { mocks });

    await user.type(
      await screen.findByRole('textbox', { name: 'Your challenge' }),
      'There is no bench near the bus stop.',
    );
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(await screen.findByText(/No connection\. Your text is kept on this phone/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Waiting to be sent' })).toHaveTextContent(
      'There is no bench near the bus stop.',
    );
    expect(screen.getByRole('textbox', { name: 'Your challenge' })).toHaveValue('');

    act(() => {
      window.dispatchEvent(new Event('online'));
    });

    expect(await screen.findByText('Sent. Thank you!')).toBeInTheDocument();
    // The answer puts it on the board as the live event would.
    expect(
      within(screen.getByRole('region', { name: 'Board' })).getByRole('article', {
        name: 'There is no bench near the bus stop.',
      }),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(2);
    const [first, second] = sent.map((variables) => variables['input'] as Record<string, string>);
    expect(first?.['clientMutationId']).toMatch(/^[0-9a-f-]{36}$/);
    expect(second?.['clientMutationId']).toBe(first?.['clientMutationId']);
    expect(second?.['id']).toBe(first?.['id']);
    expect(second).toMatchObject({
      sessionId: SESSION_ID,
      authorId: PARTICIPANT_ID,
      text: 'There is no bench near the bus stop.',
      language: 'en',
    });
    expect(localStorage.getItem(QUEUE_STORAGE_KEY)).toBeNull();
  });

  it('should keep a challenge sent too fast and send it by itself once the server’s wait is over', async () => {
    const sent: Record<string, unknown>[] = [];
    const matches = (variables: Record<string, unknown>) => {
      sent.push(variables);
      return true;
    };
    const mocks: MockLink.MockedResponse[] = [
      viewerMock(),
      sessionMock({ phase: 'CHALLENGES' }),
      {
        request: { query: createChallengeMutation, variables: matches },
        result: {
          errors: [
            {
              message: 'You are adding challenges and ideas faster than anyone can read them. Please wait 1 second.',
              extensions: { code: 'RATE_LIMITED', limit: 'CONTRIBUTIONS', retryAfterSeconds: 1 },
            },
          ],
        },
      },
      {
        request: { query: createChallengeMutation, variables: matches },
        result: {
          data: {
            createChallenge: {
              __typename: 'ChallengePayload',
              clientMutationId: 'x',
              challenge: { __typename: 'Challenge', id: 'c-new', text: 'No bench', language: 'en', dotCount: 0 },
            },
          },
        },
      },
    ];
    const { user } = await renderApp(page, { mocks });

    await user.type(await screen.findByRole('textbox', { name: 'Your challenge' }), 'No bench at the bus stop.');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(await screen.findByText('Sent too fast: it goes out by itself in a moment.')).toBeInTheDocument();
    expect(screen.queryByText(/Not sent\./)).not.toBeInTheDocument();
    expect(await screen.findByText('Sent. Thank you!', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(sent).toHaveLength(2);
  });

  it('should keep what is typed on the phone when the page is opened again', async () => {
    const first = await renderApp(page, { mocks: [viewerMock(), sessionMock()] });
    await first.user.type(await screen.findByRole('textbox', { name: 'Your challenge' }), 'Half a thought');
    first.unmount();

    await renderApp(page, { mocks: [viewerMock(), sessionMock()] });
    expect(await screen.findByRole('textbox', { name: 'Your challenge' })).toHaveValue('Half a thought');
  });

  it('should ask for some text when Send is pressed on an empty box', async () => {
    const { user } = await renderApp(page, { mocks: [viewerMock(), sessionMock()] });
    await user.click(await screen.findByRole('button', { name: 'Send' }));
    expect(screen.getByRole('textbox', { name: 'Your challenge' })).toHaveAccessibleDescription(
      /Write something first\./,
    );
  });

  it('should offer to add an idea under each challenge when the room is at ideas', async () => {
    const { user } = await renderApp(page, { mocks: [viewerMock(), sessionMock({ phase: 'IDEAS' })] });

    const card = await screen.findByRole('article', { name: /The library closes/ });
    await user.click(within(card).getByRole('button', { name: 'Add an idea' }));
    expect(within(card).getByRole('textbox', { name: 'Your idea' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Your challenge' })).not.toBeInTheDocument();
  });

  it('should count the dots left and spend one when a dot is given in an open round', async () => {
    const { user } = await renderApp(page, {
      mocks: [viewerMock(), sessionMock({ phase: 'VOTING', round: { target: 'CHALLENGES' } }), castVoteMock(1)],
    });

    expect(await screen.findByRole('heading', { level: 2, name: /^Which challenges first\?/ })).toBeInTheDocument();
    const counter = screen.getAllByRole('status').find((s) => s.textContent?.includes('left'));
    expect(counter).toHaveTextContent('3 dots left');

    const card = screen.getByRole('article', { name: /The library closes/ });
    await user.click(within(card).getByRole('button', { name: 'Give a dot' }));

    await waitFor(() => expect(counter).toHaveTextContent('2 dots left'));
    expect(await within(card).findByText('You gave 1 dot')).toBeInTheDocument();
  });

  it('should say in plain words that no dots are left when the server refuses a dot over the budget', async () => {
    const { user } = await renderApp(page, {
      mocks: [
        viewerMock(),
        sessionMock({ phase: 'VOTING', round: { target: 'CHALLENGES', dotsUsed: 2 } }),
        {
          request: { query: castVoteMock(3).request.query, variables: () => true },
          result: {
            errors: [{ message: 'You have given all 3 of your dots.', extensions: { code: 'DOT_BUDGET_EXCEEDED' } }],
          },
        },
      ],
    });

    const card = await screen.findByRole('article', { name: /The library closes/ });
    await user.click(within(card).getByRole('button', { name: 'Give a dot' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Not sent. You have no dots left in this round.');
    await user.click(within(alert).getByRole('button', { name: 'OK' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('should read right to left, in Arabic, with the board translated when the participant chose Arabic', async () => {
    await renderApp(page, {
      language: 'ar',
      mocks: [viewerMock(), sessionMock({ phase: 'CHALLENGES' })],
    });

    expect(await screen.findByRole('heading', { level: 2, name: 'التحديات' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(screen.getByRole('textbox', { name: 'تحدّيك' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'أرسل' })).toBeInTheDocument();
    const card = screen.getByRole('article', { name: /Het park heeft geen licht/ });
    expect(within(card).getByText('لا يوجد ضوء في الحديقة بعد الساعة الثامنة.')).toHaveAttribute('lang', 'ar');
  });

  it('should show that the session ended and keep the board when the session is closed', async () => {
    await renderApp(page, { mocks: [viewerMock(), sessionMock({ status: 'CLOSED' })] });

    expect(await screen.findByRole('heading', { level: 2, name: 'This session has ended' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Board' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('should ask to join first when this phone has not joined the session', async () => {
    await renderApp(page, { mocks: [viewerMock('ANONYMOUS')] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Join this session first' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Join with a code' })).toHaveAttribute('href', '/join');
  });

  it('should mark a challenge as yours when this phone sent it', async () => {
    localStorage.setItem(`samenspraak.mine.${SESSION_ID}`, JSON.stringify(['c-3']));
    await renderApp(page, {
      mocks: [
        viewerMock(),
        sessionMock({
          phase: 'CLUSTERING',
          extraChallenges: [challengeEdge('c-3', 'No bench at the stop.', 'en', null)],
        }),
      ],
    });

    const mine = await screen.findByRole('article', { name: 'No bench at the stop.' });
    expect(within(mine).getByText('Yours')).toBeInTheDocument();
    expect(within(screen.getByRole('article', { name: /The library closes/ })).queryByText('Yours')).toBeNull();
  });
});
