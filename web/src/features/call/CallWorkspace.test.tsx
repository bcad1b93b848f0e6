import { act, screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { QUEUE_STORAGE_KEY } from '../../app/offline/queue';
import { renderApp } from '../../test/renderApp';
import { anonymousViewer } from '../../test/viewer';
import { myCallQuery } from './CallPage';
import { callPreviewQuery } from './CallSignIn';
import { contributeChallengeMutation, contributeIdeaMutation } from './useCallOutbox';

const CODE = 'BUS742';
const CALL_ID = 'call-bus';
const BUS = 'The last bus leaves at nine, before the evening shifts end.';
const IDEA = 'A night bus on Fridays and Saturdays, paid by the city and the employers together.';
const CHALLENGE = 'There is no safe place to park a bike near the station.';

const myCall: MockLink.MockedResponse = {
  request: { query: myCallQuery },
  result: {
    data: {
      myCall: {
        __typename: 'CallParticipation',
        participant: { __typename: 'Participant', id: 'pa-fatima', pseudonym: 'Fatima' },
        call: {
          __typename: 'ProjectCall',
          id: CALL_ID,
          code: CODE,
          open: true,
          prompt: 'What would make the late bus better?',
          board: [
            {
              __typename: 'Challenge',
              id: 'c-bus',
              text: BUS,
              language: 'en',
              translations: [],
              origin: { __typename: 'ContributionOrigin', betweenSessions: false },
              ideas: { __typename: 'IdeaConnection', totalCount: 0, edges: [] },
            },
          ],
          myContributions: { __typename: 'CallContributions', challenges: [], ideas: [] },
        },
      },
    },
  },
};

const preview: MockLink.MockedResponse = {
  request: { query: callPreviewQuery, variables: { code: CODE } },
  result: {
    data: {
      callPreview: {
        __typename: 'CallPreview',
        projectTitle: 'Samen aan tafel in Mechelen',
        prompt: 'What would make the late bus better?',
        open: true,
      },
    },
  },
};

const ideaTaken = {
  data: {
    contributeIdea: {
      __typename: 'ContributeIdeaPayload',
      clientMutationId: 'x',
      idea: {
        __typename: 'Idea',
        id: 'i-night-bus',
        text: IDEA,
        language: 'en',
        status: 'PENDING',
        challenge: { __typename: 'Challenge', id: 'c-bus', text: BUS, language: 'en' },
      },
    },
  },
};

describe('CallWorkspace', () => {
  it('should keep an idea on the phone while the network fails and send it once, with one clientMutationId, when the connection comes back', async () => {
    const sent: Record<string, unknown>[] = [];
    const matches = (variables: Record<string, unknown>) => {
      sent.push(variables);
      return true;
    };
    const { user } = await renderApp(`/call/${CODE}`, {
      viewer: anonymousViewer,
      mocks: [
        myCall,
        preview,
        { request: { query: contributeIdeaMutation, variables: matches }, error: new TypeError('Failed to fetch') },
        { request: { query: contributeIdeaMutation, variables: matches }, result: ideaTaken },
      ],
    });

    await user.click(await screen.findByRole('button', { name: /^Add an idea/ }));
    await user.type(screen.getByRole('textbox', { name: 'Your idea for this challenge' }), IDEA);
    await user.click(screen.getByRole('button', { name: 'Send idea' }));

    // No network: the idea stays on the phone, shown as waiting, and the box is free for the next one.
    expect(await screen.findByText(/No connection\. Your text is kept on this phone/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Waiting to be sent' })).toHaveTextContent(IDEA);
    expect(screen.getByRole('textbox', { name: 'Your idea for this challenge' })).toHaveValue('');
    const mine = screen.getByRole('region', { name: 'What you sent' });
    expect(within(mine).getByText('You have not sent anything yet.')).toBeInTheDocument();

    act(() => {
      window.dispatchEvent(new Event('online'));
    });

    expect(await screen.findByText('Sent. A facilitator will read it soon.')).toBeInTheDocument();
    // Under "What you sent" at once, from the answer, waiting for a facilitator.
    const item = within(mine).getByRole('listitem');
    expect(item).toHaveTextContent(IDEA);
    expect(within(item).getByText('Waiting', { exact: true })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Waiting to be sent' })).not.toBeInTheDocument();

    // Two tries, the first of which never reached the server: both carry the same ids, so the server records one.
    expect(sent).toHaveLength(2);
    const [first, second] = sent.map((variables) => variables['input'] as Record<string, string>);
    expect(first?.['clientMutationId']).toMatch(/^[0-9a-f-]{36}$/);
    expect(second?.['clientMutationId']).toBe(first?.['clientMutationId']);
    expect(second?.['id']).toBe(first?.['id']);
    expect(second).toMatchObject({ callId: CALL_ID, challengeId: 'c-bus', text: IDEA, language: 'en' });
    expect(localStorage.getItem(QUEUE_STORAGE_KEY)).toBeNull();
  });

  it('should say that the call closed and offer to change or delete the text when the server refuses a challenge', async () => {
    const { user } = await renderApp(`/call/${CODE}`, {
      viewer: anonymousViewer,
      mocks: [
        myCall,
        preview,
        {
          request: { query: contributeChallengeMutation, variables: () => true },
          result: {
            errors: [{ message: 'This call is closed.', extensions: { code: 'CALL_CLOSED' } }],
          },
        },
      ],
    });

    await user.type(await screen.findByRole('textbox', { name: 'Your challenge' }), CHALLENGE);
    await user.click(screen.getByRole('button', { name: 'Send challenge' }));

    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('Not sent. This call is closed: it takes no more contributions.');
    expect(refusal).toHaveTextContent(CHALLENGE);

    await user.click(within(refusal).getByRole('button', { name: 'Change it' }));
    expect(screen.getByRole('textbox', { name: 'Your challenge' })).toHaveValue(CHALLENGE);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(localStorage.getItem(QUEUE_STORAGE_KEY)).toBeNull();
  });
});
