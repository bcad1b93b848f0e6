import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createApolloClient } from '../../app/apollo';
import { createI18n } from '../../app/i18n';
import { CarryPanel, carryIntoSessionMutation, carryPanelQuery } from './CarryPanel';
import { catalogs } from '../../app/catalogs';

// A project of three sessions: the first made two themes (one already carried into the third) and a loose challenge
// with an idea; the second made one challenge; the third, whose plan page this is, carries into itself.
const origin = (sessionId: string, sessionTitle: string) => ({
  __typename: 'ContributionOrigin' as const,
  sessionId,
  sessionTitle,
  sessionStartsAt: '2026-10-01T17:30:00.000Z',
  betweenSessions: false,
});
const person = (pseudonym: string) => ({ __typename: 'Participant' as const, id: `pa-${pseudonym}`, pseudonym });
const idea = (id: string, text: string, sessionId: string, author: string | null) => ({
  __typename: 'IdeaEdge' as const,
  node: {
    __typename: 'Idea' as const,
    id,
    text,
    author: author ? person(author) : null,
    origin: { __typename: 'ContributionOrigin' as const, sessionId, betweenSessions: false },
  },
});
const challenge = (
  id: string,
  text: string,
  themeId: string | null,
  author: string | null,
  ideas: ReturnType<typeof idea>[] = [],
  status = 'VISIBLE',
) => ({
  __typename: 'ChallengeEdge' as const,
  node: {
    __typename: 'Challenge' as const,
    id,
    text,
    status,
    theme: themeId ? { __typename: 'Theme' as const, id: themeId } : null,
    author: author ? person(author) : null,
    ideas: { __typename: 'IdeaConnection' as const, edges: ideas },
  },
});

const carriedSafety = {
  __typename: 'CarriedItem' as const,
  id: 'ci-1',
  kind: 'THEME',
  withTheme: false,
  carriedAt: '2026-11-01T10:00:00.000Z',
  origin: origin('s-1', 'Session one'),
  theme: { __typename: 'Theme' as const, id: 't-safety', title: 'Safety at night' },
  challenge: null,
  idea: null,
};

function panelMock(carried: unknown[]): MockLink.MockedResponse {
  return {
    request: { query: carryPanelQuery, variables: { sessionId: 's-3', projectId: 'p-1' } },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        session: {
          __typename: 'Session',
          id: 's-3',
          status: 'SCHEDULED',
          startsAt: '2026-12-20T17:30:00.000Z',
          carriedItems: carried,
        },
        projectTrajectory: {
          __typename: 'ProjectTrajectory',
          projectId: 'p-1',
          steps: [
            {
              __typename: 'TrajectoryStep',
              session: {
                __typename: 'Session',
                id: 's-1',
                title: 'Session one',
                startsAt: '2026-10-01T17:30:00.000Z',
                themes: [
                  { __typename: 'Theme', id: 't-safety', title: 'Safety at night' },
                  { __typename: 'Theme', id: 't-bus', title: 'Buses to work' },
                ],
                challenges: {
                  __typename: 'ChallengeConnection',
                  edges: [
                    challenge('c-dark', 'The park is dark', 't-safety', 'Fatima'),
                    challenge('c-late', 'The last bus leaves at nine', 't-bus', 'Bram'),
                    challenge('c-hidden', 'A hidden note', 't-bus', null, [], 'HIDDEN'),
                    challenge('c-library', 'The library closes early', null, 'Amal', [
                      idea('i-sunday', 'Open on Sundays', 's-1', 'Amal'),
                    ]),
                  ],
                },
              },
            },
            {
              __typename: 'TrajectoryStep',
              session: {
                __typename: 'Session',
                id: 's-3',
                title: 'Session three',
                startsAt: '2026-12-20T17:30:00.000Z',
                themes: [],
                challenges: {
                  __typename: 'ChallengeConnection',
                  edges: [challenge('c-own', 'Made here', null, null)],
                },
              },
            },
          ],
        },
      },
    },
  };
}

// The panel on its own, as the plan page mounts it, in English.
async function renderPanel(mocks: MockLink.MockedResponse[]) {
  const i18n = await createI18n({ language: 'en', catalogs });
  const client = createApolloClient({
    link: new MockLink(mocks, { defaultOptions: { delay: 0 } }),
    language: () => i18n.language,
  });
  const user = userEvent.setup();
  render(
    <ApolloProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <CarryPanel sessionId="s-3" projectId="p-1" />
      </I18nextProvider>
    </ApolloProvider>,
  );
  return { user };
}

describe('CarryPanel', () => {
  it('should mark what is on the board already and offer only the rest of the earlier sessions when it opens', async () => {
    await renderPanel([panelMock([carriedSafety])]);
    const panel = await screen.findByRole('region', { name: 'Carried forward from earlier sessions' });
    const carried = within(panel).getByRole('list', { name: /^On this board from earlier sessions/ });
    expect(within(carried).getByText('Safety at night')).toBeInTheDocument();
    expect(within(carried).getByText('from Session one')).toBeInTheDocument();

    const themes = within(panel).getByRole('list', { name: 'Themes of Session one' });
    // The carried theme is shown, not offered; the other one is.
    expect(within(themes).queryByRole('checkbox', { name: /Safety at night/ })).toBeNull();
    expect(within(themes).getByRole('checkbox', { name: /Buses to work/ })).toBeInTheDocument();
    // Hidden challenges and the session's own work are not offered.
    expect(within(panel).queryByText('A hidden note')).toBeNull();
    expect(within(panel).queryByText('Made here')).toBeNull();
    expect(within(panel).queryByText('Session three')).toBeNull();
    // A loose challenge with its author, and its idea.
    const loose = within(panel).getByRole('list', { name: 'Challenges of Session one outside a theme' });
    expect(within(loose).getByRole('checkbox', { name: /The library closes early\s*by Amal/ })).toBeInTheDocument();
    expect(within(loose).getByRole('checkbox', { name: /Open on Sundays/ })).toBeInTheDocument();
  });

  it('should send the theme without its challenges and the idea when the facilitator picks them and carries', async () => {
    const sent: Record<string, unknown>[] = [];
    const { user } = await renderPanel([
      panelMock([carriedSafety]),
      {
        request: { query: carryIntoSessionMutation, variables: () => true },
        result: (variables: Record<string, unknown>) => {
          sent.push(variables['input'] as Record<string, unknown>);
          return {
            data: {
              carryIntoSession: {
                __typename: 'CarryIntoSessionPayload',
                clientMutationId: 'x',
                added: 3,
                session: { __typename: 'Session', id: 's-3', carriedItems: [carriedSafety] },
              },
            },
          };
        },
      },
    ]);
    const panel = await screen.findByRole('region', { name: 'Carried forward from earlier sessions' });
    const carry = within(panel).getByRole('button', { name: 'Carry into this session' });
    expect(carry).toBeDisabled();

    await user.click(within(panel).getByText('Buses to work'));
    // Its challenge comes along: shown as picked, not to be named on its own.
    const late = within(panel).getByRole('checkbox', { name: /The last bus leaves at nine/ });
    expect(late).toBeChecked();
    expect(late).toBeDisabled();
    await user.click(within(panel).getByText('Open on Sundays'));
    await user.click(carry);

    expect(await within(panel).findByText('3 items carried into this session.')).toBeInTheDocument();
    expect(sent).toEqual([
      expect.objectContaining({ sessionId: 's-3', themeIds: ['t-bus'], challengeIds: [], ideaIds: ['i-sunday'] }),
    ]);
  });
});
