import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderApp } from '../../test/renderApp';
import { betweenSessionsQuery } from './callQueries';
import { moderateChallengeMutation, moderateIdeaMutation } from './ModerationItem';
import { queueProjectQuery } from './ModerationQueuePage';

const PATH = '/projects/p-mechelen/between-sessions';
const yonas = { __typename: 'Participant' as const, id: 'pa-yonas', pseudonym: 'Yonas' };
const farid = { __typename: 'Participant' as const, id: 'pa-farid', pseudonym: 'Farid' };

const playground = (status: 'PENDING' | 'VISIBLE' | 'HIDDEN') => ({
  __typename: 'Challenge' as const,
  id: 'c-playground',
  text: 'The playground near the school has been broken since the storm.',
  originalText: null,
  language: 'en',
  status,
  createdAt: '2026-11-13T18:30:00.000Z',
  author: yonas,
});

const carShare = (status: 'PENDING' | 'VISIBLE' | 'HIDDEN', text: string, originalText: string | null) => ({
  __typename: 'Idea' as const,
  id: 'i-car',
  text,
  originalText,
  language: 'nl',
  status,
  createdAt: '2026-11-16T18:30:00.000Z',
  author: farid,
  challenge: {
    __typename: 'Challenge' as const,
    id: 'c-bus',
    text: 'De laatste bus vertrekt om negen uur.',
    language: 'nl',
  },
});

const TYPED = 'een deelauto voor nachtdiensten via buurthuis';
const CORRECTED = 'Een deelauto voor wie nachtdiensten draait, te boeken via het buurthuis.';

const queue = (parts: {
  waitingChallenges?: unknown[];
  waitingIdeas?: unknown[];
  approvedIdeas?: unknown[];
  hiddenChallenges?: unknown[];
}): MockLink.MockedResponse => ({
  request: { query: betweenSessionsQuery, variables: { projectId: 'p-mechelen' } },
  result: {
    data: {
      betweenSessions: {
        __typename: 'BetweenSessions',
        projectId: 'p-mechelen',
        calls: [],
        waitingChallenges: parts.waitingChallenges ?? [],
        waitingIdeas: parts.waitingIdeas ?? [],
        approvedChallenges: [],
        approvedIdeas: parts.approvedIdeas ?? [],
        hiddenChallenges: parts.hiddenChallenges ?? [],
        hiddenIdeas: [],
      },
    },
  },
});

const project: MockLink.MockedResponse = {
  request: { query: queueProjectQuery, variables: { id: 'p-mechelen' } },
  result: { data: { project: { __typename: 'Project', id: 'p-mechelen', title: 'Samen Mechelen' } } },
  maxUsageCount: Number.POSITIVE_INFINITY,
};

describe('ModerationQueuePage', () => {
  it('should send the corrected text with the approval and show the idea on the board with what the participant wrote when a facilitator edits it', async () => {
    const sent: unknown[] = [];
    const { user } = await renderApp(PATH, {
      mocks: [
        project,
        queue({ waitingChallenges: [playground('PENDING')], waitingIdeas: [carShare('PENDING', TYPED, null)] }),
        {
          request: {
            query: moderateIdeaMutation,
            variables: (variables: { input: unknown }) => {
              sent.push(variables.input);
              return true;
            },
          },
          result: {
            data: {
              moderateIdea: { __typename: 'ModerateIdeaPayload', idea: carShare('VISIBLE', CORRECTED, TYPED) },
            },
          },
        },
        queue({ waitingChallenges: [playground('PENDING')], approvedIdeas: [carShare('VISIBLE', CORRECTED, TYPED)] }),
      ],
    });

    const waiting = await screen.findByRole('region', { name: /^Waiting/ });
    expect(within(waiting).getAllByRole('article')).toHaveLength(2);
    const idea = within(waiting).getByRole('article', { name: 'Idea' });
    expect(within(idea).getByText(TYPED)).toBeTruthy();
    expect(within(idea).getByText(/Farid/)).toBeTruthy();

    await user.click(within(idea).getByRole('button', { name: 'Edit' }));
    const box = within(idea).getByRole('textbox', { name: 'Text' });
    expect(document.activeElement).toBe(box);
    await user.clear(box);
    await user.type(box, CORRECTED);
    await user.click(within(idea).getByRole('button', { name: 'Save and approve' }));

    await screen.findByText('Approved: it is on the project board.');
    expect(sent).toEqual([
      { clientMutationId: expect.any(String), decision: 'APPROVE', ideaId: 'i-car', text: CORRECTED },
    ]);
    const board = screen.getByRole('region', { name: /^On the project board/ });
    const approved = within(board).getByRole('article', { name: 'Idea' });
    expect(within(approved).getByText(CORRECTED)).toBeTruthy();
    expect(within(approved).getByText('As the participant wrote it')).toBeTruthy();
    expect(within(approved).getByText(TYPED)).toBeTruthy();
    expect(within(approved).getByText('Added between sessions')).toBeTruthy();
    // Approved already: it can be hidden or edited again, not approved twice.
    expect(within(approved).queryByRole('button', { name: 'Approve' })).toBeNull();
    expect(within(screen.getByRole('region', { name: /^Waiting/ })).getAllByRole('article')).toHaveLength(1);
  });

  it('should hide a challenge without a text and offer to approve it after all when a facilitator hides it', async () => {
    const sent: unknown[] = [];
    const { user } = await renderApp(PATH, {
      mocks: [
        project,
        queue({ waitingChallenges: [playground('PENDING')] }),
        {
          request: {
            query: moderateChallengeMutation,
            variables: (variables: { input: unknown }) => {
              sent.push(variables.input);
              return true;
            },
          },
          result: {
            data: {
              moderateChallenge: { __typename: 'ModerateChallengePayload', challenge: playground('HIDDEN') },
            },
          },
        },
        queue({ hiddenChallenges: [playground('HIDDEN')] }),
      ],
    });

    const waiting = await screen.findByRole('region', { name: /^Waiting/ });
    await user.click(within(waiting).getByRole('button', { name: 'Hide' }));
    await screen.findByText('Hidden: it is kept, off the board.');
    expect(sent).toEqual([{ clientMutationId: expect.any(String), decision: 'HIDE', challengeId: 'c-playground' }]);
    expect(screen.getByText('Nothing waits for moderation.')).toBeTruthy();
    const hidden = screen.getByRole('region', { name: /^Hidden/ });
    expect(within(hidden).getByRole('button', { name: 'Approve after all' })).toBeTruthy();
    expect(within(hidden).queryByText('Added between sessions')).toBeNull();
  });
});
