import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { staffViewer } from '../../test/viewer';
import { respondToStrategyMutation, updateStrategyResponseMutation } from './RespondForm';
import { strategiesPageQuery } from './strategiesPageQuery';

const reviewer = staffViewer('REVIEWER', 'Els Janssens');

const response = {
  __typename: 'MunicipalityResponse' as const,
  id: 'r-park',
  decision: 'UNDER_STUDY' as const,
  reason: 'We are checking the lighting budget with the city council.',
  followUp: null,
  respondedAt: '2026-03-02T10:00:00.000Z',
};

function strategy(id: string, title: string, submittedAt: string, answer: typeof response | null = null) {
  return {
    __typename: 'Strategy' as const,
    id,
    title,
    description: `What ${title} wants to change.`,
    status: answer ? ('ANSWERED' as const) : ('SUBMITTED' as const),
    submittedAt,
    session: {
      __typename: 'Session' as const,
      id: 's-1',
      title: 'Werken en pendelen',
      startsAt: '2026-02-10T18:00:00.000Z',
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
      },
    ],
    response: answer,
  };
}

const bus = strategy('st-bus', 'A bus that fits shift work', '2026-02-12T09:00:00.000Z');
const market = strategy('st-market', 'A weekend market', '2026-02-20T09:00:00.000Z');
const park = strategy('st-park', 'A safe and lit park', '2026-02-01T09:00:00.000Z', response);

type Node = ReturnType<typeof strategy>;

function page(awaiting: Node[], answered: Node[]): MockLink.MockedResponse {
  const connection = (nodes: Node[]) => ({
    __typename: 'StrategyConnection' as const,
    totalCount: nodes.length,
    edges: nodes.map((node) => ({ __typename: 'StrategyEdge' as const, node })),
  });
  return {
    request: { query: strategiesPageQuery },
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
                awaiting: connection(awaiting),
                answered: connection(answered),
              },
            },
          ],
        },
      },
    },
  };
}

describe('StrategiesPage', () => {
  it('should list the strategies awaiting an answer, oldest first, with their session, ideas and actions when the page opens', async () => {
    await renderApp('/strategies', { viewer: reviewer, mocks: [page([market, bus], [park])] });

    const awaiting = await screen.findByRole('region', { name: /Awaiting an answer/ });
    const articles = within(awaiting).getAllByRole('article');
    expect(articles.map((article) => within(article).getByRole('heading', { level: 4 }).textContent)).toEqual([
      'A bus that fits shift work',
      'A weekend market',
    ]);
    const first = articles[0]!;
    expect(first).toHaveTextContent(/From the session “Werken en pendelen”/);
    expect(within(first).getByText('An early bus at 5 o’clock')).toBeInTheDocument();
    expect(within(first).getByText('Ask De Lijn for an extra early ride')).toBeInTheDocument();
    expect(within(first).getByText('Mobility department')).toBeInTheDocument();
    expect(within(first).getByText('Before summer')).toBeInTheDocument();
    expect(within(first).getByRole('radiogroup', { name: 'Decision' })).toBeInTheDocument();
    expect(screen.getByText('2 strategies await an answer')).toBeInTheDocument();

    const answered = screen.getByRole('region', { name: /^Answered/ });
    const card = within(answered).getByRole('article', { name: 'A safe and lit park' });
    expect(card).toHaveTextContent('Under study');
    expect(card).toHaveTextContent('We are checking the lighting budget with the city council.');
    expect(within(card).getByRole('button', { name: 'Edit answer: A safe and lit park' })).toBeInTheDocument();
  });

  it('should ask for a longer reason and send nothing when the reason is too short', async () => {
    const sent: unknown[] = [];
    const { user } = await renderApp('/strategies', {
      viewer: reviewer,
      mocks: [
        page([bus], []),
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

    await user.click(within(card).getByRole('radio', { name: /^Adopted/ }));
    await user.type(within(card).getByRole('textbox', { name: 'Reason' }), 'Fine');
    await user.click(within(card).getByRole('button', { name: 'Send answer' }));

    expect(within(card).getByRole('textbox', { name: 'Reason' })).toHaveAccessibleDescription(
      expect.stringContaining('Give a reason of at least 10 characters, so participants see why.'),
    );
    expect(sent).toEqual([]);
  });

  it('should send the answer with a client mutation id and move the strategy to Answered when it succeeds', async () => {
    const sent: Record<string, unknown>[] = [];
    const reason = 'We add an early ride from September, together with De Lijn.';
    const answered = {
      ...strategy('st-bus', 'A bus that fits shift work', '2026-02-12T09:00:00.000Z', {
        ...response,
        id: 'r-bus',
        decision: 'ADOPTED',
        reason,
        followUp: 'Timetable in August',
      } as unknown as typeof response),
    };
    const { user } = await renderApp('/strategies', {
      viewer: reviewer,
      mocks: [
        page([bus], []),
        {
          request: { query: respondToStrategyMutation, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            const input = variables['input'] as Record<string, unknown>;
            sent.push(input);
            return {
              data: {
                respondToStrategy: {
                  __typename: 'MunicipalityResponsePayload',
                  clientMutationId: input['clientMutationId'],
                  response: answered.response,
                },
              },
            };
          },
        },
        page([], [answered]),
      ],
    });
    const card = await screen.findByRole('article', { name: 'A bus that fits shift work' });

    await user.click(within(card).getByRole('radio', { name: /^Adopted/ }));
    await user.type(within(card).getByRole('textbox', { name: 'Reason' }), reason);
    await user.type(within(card).getByRole('textbox', { name: /What happens next/ }), 'Timetable in August');
    await user.click(within(card).getByRole('button', { name: 'Send answer' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Your answer to “A bus that fits shift work” has been sent.',
    );
    const section = await screen.findByRole('region', { name: /^Answered/ });
    const moved = within(section).getByRole('article', { name: 'A bus that fits shift work' });
    expect(moved).toHaveTextContent('Adopted');
    expect(moved).toHaveTextContent(reason);
    expect(screen.getByText('Every strategy of this project has been answered.')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        clientMutationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        strategyId: 'st-bus',
        decision: 'ADOPTED',
        reason,
        followUp: 'Timetable in August',
      },
    ]);
  });

  it('should change an answer from its prefilled form when Edit answer is pressed', async () => {
    const newReason = 'The council approved the lighting budget in March.';
    const { user } = await renderApp('/strategies', {
      viewer: reviewer,
      mocks: [
        page([], [park]),
        {
          request: {
            query: updateStrategyResponseMutation,
            variables: (variables: Record<string, unknown>) => {
              const input = variables['input'] as Record<string, unknown>;
              return input['responseId'] === 'r-park' && input['decision'] === 'ADOPTED' && !!input['clientMutationId'];
            },
          },
          result: {
            data: {
              updateStrategyResponse: {
                __typename: 'MunicipalityResponsePayload',
                clientMutationId: 'x',
                response: { ...response, decision: 'ADOPTED', reason: newReason },
              },
            },
          },
        },
      ],
    });
    const card = await screen.findByRole('article', { name: 'A safe and lit park' });
    await user.click(within(card).getByRole('button', { name: 'Edit answer: A safe and lit park' }));

    const reason = await within(card).findByRole('textbox', { name: 'Reason' });
    expect(reason).toHaveValue(response.reason);
    expect(within(card).getByRole('radio', { name: /^Under study/ })).toBeChecked();
    await user.click(within(card).getByRole('radio', { name: /^Adopted/ }));
    await user.clear(reason);
    await user.type(reason, newReason);
    await user.click(within(card).getByRole('button', { name: 'Save answer' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'The answer to “A safe and lit park” has been changed.',
    );
    expect(card).toHaveTextContent('Adopted');
    expect(card).toHaveTextContent(newReason);
  });
});
