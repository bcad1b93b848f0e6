import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { staffViewer } from '../../test/viewer';
import { respondToStrategyMutation } from './RespondForm';
import { inboxProjectsQuery, strategyInboxQuery } from './inboxQuery';

const reviewer = staffViewer('REVIEWER', 'Els Janssens');

function strategy(id: string, title: string, submittedAt: string) {
  return {
    __typename: 'Strategy' as const,
    id,
    title,
    description: `What ${title} wants to change.`,
    status: 'SUBMITTED' as const,
    submittedAt,
    session: {
      __typename: 'Session' as const,
      id: 's-1',
      title: 'Werken en pendelen',
      startsAt: '2026-02-10T18:00:00.000Z',
      project: { __typename: 'Project' as const, id: 'p-1', title: 'Samen aan tafel in Mechelen' },
    },
    ideas: [{ __typename: 'Idea' as const, id: `${id}-idea`, text: 'An early bus at 5 o’clock' }],
    actions: [
      {
        __typename: 'StrategyAction' as const,
        id: `${id}-action`,
        position: 0,
        what: 'Ask De Lijn for an extra early ride',
        who: 'Mobility department',
        due: 'Before summer',
        resources: 'One meeting',
        progress: null,
      },
    ],
    response: null,
    updates: [],
  };
}

const projects: MockLink.MockedResponse = {
  request: { query: inboxProjectsQuery },
  result: {
    data: {
      projects: {
        __typename: 'ProjectConnection',
        edges: [
          {
            __typename: 'ProjectEdge',
            node: {
              __typename: 'Project',
              id: 'p-1',
              title: 'Samen aan tafel in Mechelen',
              outcomesPublic: true,
              promoter: { __typename: 'Organisation', id: 'o-1' },
              sessions: { __typename: 'SessionConnection', edges: [] },
            },
          },
        ],
      },
    },
  },
};

function inbox(nodes: ReturnType<typeof strategy>[]): MockLink.MockedResponse {
  return {
    request: { query: strategyInboxQuery, variables: () => true },
    result: {
      data: {
        strategyInbox: {
          __typename: 'StrategyConnection',
          totalCount: nodes.length,
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
          edges: nodes.map((node) => ({ __typename: 'StrategyEdge', cursor: node.id, node })),
        },
      },
    },
  };
}

const bus = strategy('st-bus', 'A bus that fits shift work', '2026-02-12T09:00:00.000Z');
const market = strategy('st-market', 'A weekend market', '2026-02-20T09:00:00.000Z');

describe('StrategiesPage', () => {
  it('should list the strategies waiting for a decision in the order the server gives when the page opens', async () => {
    await renderApp('/strategies', { viewer: reviewer, mocks: [projects, inbox([bus, market])] });

    await screen.findByRole('article', { name: 'A bus that fits shift work' }, { timeout: 5000 });
    const articles = screen.getAllByRole('article');
    expect(
      articles.map(
        (article) => article.getAttribute('aria-label') ?? within(article).getAllByRole('heading')[0]!.textContent,
      ),
    ).toEqual(['A bus that fits shift work', 'A weekend market']);
    expect(screen.getByText('2 strategies')).toBeInTheDocument();
    expect(within(articles[0]!).getByText('Ask De Lijn for an extra early ride')).toBeInTheDocument();
  });

  it('should ask for a longer reason and send nothing when the reason is too short', async () => {
    const sent: unknown[] = [];
    const { user } = await renderApp('/strategies', {
      viewer: reviewer,
      mocks: [
        projects,
        inbox([bus]),
        {
          request: { query: respondToStrategyMutation, variables: () => true },
          result: (variables: unknown) => {
            sent.push(variables);
            return { data: null };
          },
        },
      ],
    });
    const card = await screen.findByRole('article', { name: 'A bus that fits shift work' });

    await user.click(within(card).getByRole('radio', { name: /^Declined/ }));
    await user.type(within(card).getByRole('textbox', { name: 'Reason' }), 'No');
    await user.click(within(card).getByRole('button', { name: 'Send answer' }));

    expect(within(card).getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription(
      expect.stringContaining('Give a reason of at least 10 characters, so participants see why.'),
    );
    expect(sent).toEqual([]);
  });
});
