import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { JoinPreviewQuery, JoinSessionMutation } from '../../gql/graphql';
import { renderApp } from '../../test/renderApp';
import { SESSION_ID, sessionMock, viewerMock } from '../participant/participant.fixtures';
import { joinPreviewQuery, joinSessionMutation } from './JoinPage';

const preview = (live = true): JoinPreviewQuery['joinPreview'] => ({
  __typename: 'JoinPreview',
  title: 'Our park at night',
  startsAt: '2026-03-12T18:00:00.000Z',
  languages: ['nl', 'ar'],
  live,
});

function previewMock(code: string, live = true): MockLink.MockedResponse<JoinPreviewQuery> {
  return {
    request: { query: joinPreviewQuery, variables: { code } },
    result: { data: { joinPreview: preview(live) } },
  };
}

function refusedPreview(
  code: string,
  message: string,
  errorCode: string,
  extensions: Record<string, unknown> = {},
): MockLink.MockedResponse<JoinPreviewQuery> {
  return {
    request: { query: joinPreviewQuery, variables: { code } },
    result: { errors: [{ message, extensions: { code: errorCode, ...extensions } }] },
  };
}

function joinMock(
  check: (input: Record<string, unknown>) => boolean,
  answer: { pseudonym?: string; returning?: boolean } = {},
): MockLink.MockedResponse<JoinSessionMutation> {
  return {
    request: {
      query: joinSessionMutation,
      variables: (variables) => check(variables['input'] as Record<string, unknown>),
    },
    result: {
      data: {
        joinSession: {
          __typename: 'JoinSessionPayload',
          clientMutationId: 'x',
          personalCode: 'K7QM4X',
          returning: answer.returning ?? false,
          participant: { __typename: 'Participant', id: 'p-me', pseudonym: answer.pseudonym ?? 'Blue Heron 12' },
          session: { __typename: 'Session', id: SESSION_ID, title: 'Our park at night' },
        },
      },
    },
  };
}

describe('JoinPage', () => {
  // The board is polled here; useLiveSession.test.tsx follows it over a (fake) WebSocket.
  beforeEach(() => vi.stubGlobal('WebSocket', undefined));
  afterEach(() => vi.unstubAllGlobals());

  it('should fill in the code from the QR link and show the session when the code is right', async () => {
    const { user } = await renderApp('/join/mech-47', { mocks: [viewerMock('ANONYMOUS'), previewMock('MECH47')] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Join a session' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Session code' })).toHaveValue('MECH47');
    // No staff navigation on a participant's phone.
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'This is the session' })).toHaveFocus();
    const session = screen.getByRole('region', { name: 'Our park at night' });
    expect(session).toHaveTextContent('Open now');
    expect(session).toHaveTextContent('Dutch and Arabic');
    expect(screen.getByRole('region', { name: 'Before you start' })).toHaveTextContent('Text version 2026-01');
  });

  it('should forgive small letters and spaces in the code when it is typed', async () => {
    const { user } = await renderApp('/join', { mocks: [viewerMock('ANONYMOUS'), previewMock('MECH47')] });

    await user.type(await screen.findByRole('textbox', { name: 'Session code' }), 'me ch47');
    expect(screen.getByRole('textbox', { name: 'Session code' })).toHaveValue('ME CH47');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'This is the session' })).toBeInTheDocument();
  });

  it('should ask for the code when Next is pressed without one', async () => {
    const { user } = await renderApp('/join', { mocks: [viewerMock('ANONYMOUS')] });

    await user.click(await screen.findByRole('button', { name: 'Next' }));
    expect(screen.getByRole('textbox', { name: 'Session code' })).toHaveAccessibleDescription(
      /Type the code you see on the screen\./,
    );
  });

  it('should say plainly that the code is unknown when the server does not know it', async () => {
    const { user } = await renderApp('/join/WRONG1', {
      mocks: [viewerMock('ANONYMOUS'), refusedPreview('WRONG1', 'No live session has this code.', 'NOT_FOUND')],
    });

    await user.click(await screen.findByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('We do not know this code. Check it and try again.');
  });

  it('should say how long to wait, in the reader’s language, when this phone tried too many wrong codes', async () => {
    const message = 'Too many wrong codes from this device. Please wait 10 minutes and try again.';
    const { user } = await renderApp('/join/WRONG1', {
      mocks: [
        viewerMock('ANONYMOUS'),
        refusedPreview('WRONG1', message, 'RATE_LIMITED', { limit: 'JOIN_CODES', retryAfterSeconds: 570 }),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many wrong codes from this phone. Wait 10 minutes and try again.',
    );
  });

  it('should say many are joining from this network and try again by itself when the server asks to wait', async () => {
    const sent: Record<string, unknown>[] = [];
    const paced: MockLink.MockedResponse<JoinSessionMutation> = {
      request: {
        query: joinSessionMutation,
        variables: (variables) => (sent.push(variables['input'] as Record<string, unknown>), true),
      },
      result: {
        errors: [
          {
            message: 'Many people are joining this session from the same network at once. Please wait 1 second.',
            extensions: { code: 'RATE_LIMITED', limit: 'JOIN_PACE', retryAfterSeconds: 1 },
          },
        ],
      },
    };
    const { user } = await renderApp('/join/MECH47', {
      mocks: [
        viewerMock('ANONYMOUS'),
        previewMock('MECH47'),
        paced,
        joinMock((input) => (sent.push(input), true), { pseudonym: 'Sam' }),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('checkbox', { name: 'I agree to take part' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.type(await screen.findByRole('textbox', { name: 'Name to show' }), 'Sam');
    await user.click(screen.getByRole('button', { name: 'Join the session' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Many people are joining from this network at once. This phone tries again by itself in a few seconds.',
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome, Sam!' }, { timeout: 5_000 }),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(2);
    // A refused attempt is over: the one after it is a new attempt with its own id.
    expect(sent[1]?.['clientMutationId']).not.toBe(sent[0]?.['clientMutationId']);
  });

  it('should say the session is not open yet and offer no way in when it is not live', async () => {
    const { user } = await renderApp('/join/MECH47', {
      mocks: [viewerMock('ANONYMOUS'), previewMock('MECH47', false)],
    });

    await user.click(await screen.findByRole('button', { name: 'Next' }));
    expect(await screen.findByText('You can join when the session starts. Ask the facilitator.')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Back' })).toBeInTheDocument();
  });

  it('should not go on without a yes to taking part when the consent box is left empty', async () => {
    const { user } = await renderApp('/join/MECH47', { mocks: [viewerMock('ANONYMOUS'), previewMock('MECH47')] });

    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tick this box to take part.');
    expect(screen.getByRole('checkbox', { name: 'I agree to take part' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('should join with the consent, the chosen name and background, then show the personal code once and go on', async () => {
    let sent: Record<string, unknown> | undefined;
    const { user } = await renderApp('/join/MECH47', {
      mocks: [
        viewerMock('ANONYMOUS'),
        previewMock('MECH47'),
        joinMock((input) => ((sent = input), true), { pseudonym: 'Sam' }),
        viewerMock(),
        sessionMock(),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('checkbox', { name: 'I agree to take part' }));
    await user.click(screen.getByRole('checkbox', { name: /Researchers may also use my answers/ }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'About you' })).toHaveFocus();
    await user.type(screen.getByRole('textbox', { name: 'Name to show' }), 'Sam');
    const background = screen.getByRole('radiogroup', { name: 'Your background' });
    expect(within(background).getAllByRole('radio')).toHaveLength(4);
    await user.click(within(background).getByRole('radio', { name: 'I prefer not to say' }));
    await user.click(screen.getByRole('radio', { name: '30 to 44' }));
    await user.click(screen.getByRole('button', { name: 'Join the session' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Sam!' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Your personal code' })).toHaveTextContent('K7QM4X');
    expect(sent).toMatchObject({
      code: 'MECH47',
      language: 'en',
      pseudonym: 'Sam',
      background: 'PREFERS_NOT_TO_SAY',
      ageBand: 'FROM_30_TO_44',
      consent: { textVersion: '2026-01', research: true },
    });
    expect(sent?.['clientMutationId']).toMatch(/^[0-9a-f-]{36}$/);
    expect(sent).not.toHaveProperty('personalCode');

    await user.click(screen.getByRole('button', { name: 'Go to the session' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Challenges' })).toBeInTheDocument();
  });

  it('should send only the personal code when someone who came before says so', async () => {
    let sent: Record<string, unknown> | undefined;
    const { user } = await renderApp('/join/MECH47', {
      mocks: [
        viewerMock('ANONYMOUS'),
        previewMock('MECH47'),
        joinMock((input) => ((sent = input), true), { pseudonym: 'Amal', returning: true }),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('checkbox', { name: 'I agree to take part' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(await screen.findByRole('radio', { name: 'Yes, I have a personal code' }));
    expect(screen.queryByRole('textbox', { name: 'Name to show' })).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Your personal code' }), 'k7q m4x');
    await user.click(screen.getByRole('button', { name: 'Join the session' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome back, Amal!' })).toBeInTheDocument();
    expect(sent).toMatchObject({ personalCode: 'K7QM4X', consent: { research: false } });
    expect(sent).not.toHaveProperty('pseudonym');
  });

  it('should switch the whole flow to Arabic, right to left, when Arabic is chosen', async () => {
    const { user } = await renderApp('/join/MECH47', { mocks: [viewerMock('ANONYMOUS'), previewMock('MECH47')] });

    const languages = await screen.findByRole('radiogroup', { name: 'Choose your language' });
    await user.click(within(languages).getByRole('radio', { name: 'العربية' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'انضم إلى جلسة' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(screen.getByRole('radiogroup', { name: 'اختر لغتك' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'التالي' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'هذه هي الجلسة' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'أوافق على المشاركة' })).toBeInTheDocument();
  });

  it('should offer the way back to the session when this phone already joined one', async () => {
    await renderApp('/join', { mocks: [viewerMock()] });

    expect(await screen.findByRole('link', { name: 'Go back to my session' })).toHaveAttribute(
      'href',
      `/s/${SESSION_ID}`,
    );
  });
});
