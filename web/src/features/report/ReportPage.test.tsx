import { screen, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../test/renderApp';
import { operations } from '../session/offline/operations';
import { reportPageQuery } from './ReportPage';

const group = (
  background: string,
  count: number | null,
  hiddenBecause: string | null = count === null ? 'SMALL_GROUP' : null,
) => ({
  __typename: 'ReportGroupFigure' as const,
  background,
  count,
  suppressed: count === null,
  hiddenBecause,
});

const grouped = (total: number, counts: (number | null)[], hiddenBecause?: string) => ({
  __typename: 'ReportGroupedFigure' as const,
  total,
  byBackground: ['THIRD_COUNTRY_NATIONAL', 'HOST_COMMUNITY', 'EU_CITIZEN', 'PREFERS_NOT_TO_SAY'].map((b, i) =>
    group(b, counts[i] ?? null, hiddenBecause),
  ),
});

function reportMock(
  strategyStatus: 'DRAFT' | 'SUBMITTED',
  sessionStatus: 'CLOSED' | 'LIVE' = 'CLOSED',
): MockLink.MockedResponse {
  const live = sessionStatus === 'LIVE';
  return {
    request: { query: reportPageQuery, variables: { id: 's-1' } },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: {
      data: {
        session: {
          __typename: 'Session',
          id: 's-1',
          title: 'Our park at night',
          status: sessionStatus,
          capacity: 25,
          project: { __typename: 'Project', id: 'p-1', title: 'Samen Mechelen' },
        },
        sessionReport: {
          __typename: 'SessionReport',
          smallGroupThreshold: 5,
          phases: [
            {
              __typename: 'ReportPhase',
              id: 'ph-1',
              position: 0,
              title: 'Challenges',
              kind: 'CHALLENGES',
              plannedMinutes: 20,
              actualSeconds: 1500,
              startedAt: '2026-03-14T18:00:00.000Z',
              endedAt: '2026-03-14T18:25:00.000Z',
              produced: {
                __typename: 'ReportPhaseOutput',
                themes: 0,
                challenges: 3,
                ideas: 0,
                dots: 0,
                strategies: 0,
                photos: 1,
              },
            },
            {
              __typename: 'ReportPhase',
              id: 'ph-2',
              position: 1,
              title: 'Break',
              kind: 'BREAK',
              plannedMinutes: 10,
              actualSeconds: null,
              startedAt: null,
              endedAt: null,
              produced: {
                __typename: 'ReportPhaseOutput',
                themes: 0,
                challenges: 0,
                ideas: 0,
                dots: 0,
                strategies: 0,
                photos: 0,
              },
            },
            ...[
              { id: 'ph-3', title: 'Welcome', seconds: 8 },
              { id: 'ph-4', title: 'Evaluation', seconds: 750 },
            ].map((phase, i) => ({
              __typename: 'ReportPhase',
              id: phase.id,
              position: 2 + i,
              title: phase.title,
              kind: 'FREE',
              plannedMinutes: 10,
              actualSeconds: phase.seconds,
              startedAt: '2026-03-14T18:30:00.000Z',
              endedAt: '2026-03-14T18:40:00.000Z',
              produced: {
                __typename: 'ReportPhaseOutput',
                themes: 0,
                challenges: 0,
                ideas: 0,
                dots: 0,
                strategies: 0,
                photos: 0,
              },
            })),
          ],
          minutesHtml: '<p>We met in the <strong>library</strong>.</p>',
          photos: [
            {
              __typename: 'ReportPhoto',
              id: 'photo-1',
              caption: 'Flipchart of the challenges',
              url: '/sessions/s-1/photos/photo-1.jpg',
              width: 1200,
              height: 800,
            },
          ],
          session: {
            __typename: 'ReportSession',
            id: 's-1',
            title: 'Our park at night',
            startsAt: '2026-03-12T18:00:00.000Z',
            durationMinutes: 120,
            location: 'Buurthuis De Brug',
            languages: ['nl', 'ar'],
          },
          attendance: {
            __typename: 'ReportAttendance',
            total: 12,
            returning: {
              __typename: 'ReportFigure',
              count: null,
              suppressed: true,
              hiddenBecause: live ? 'NOT_FINAL' : 'SMALL_GROUP',
            },
            byBackground: live
              ? grouped(12, [], 'NOT_FINAL').byBackground
              : [
                  group('THIRD_COUNTRY_NATIONAL', 6),
                  group('HOST_COMMUNITY', null),
                  group('EU_CITIZEN', null),
                  group('PREFERS_NOT_TO_SAY', null),
                ],
          },
          contributions: {
            __typename: 'ReportContributions',
            challenges: grouped(2, [], live ? 'NOT_FINAL' : undefined),
            ideas: grouped(1, [], live ? 'NOT_FINAL' : undefined),
            dotsGiven: grouped(5, live ? [] : [5], live ? 'NOT_FINAL' : undefined),
          },
          themes: [
            {
              __typename: 'ReportTheme',
              id: 't-1',
              title: 'Safety',
              dotCount: 7,
              challenges: [
                {
                  __typename: 'ReportChallenge',
                  id: 'c-1',
                  text: 'The park is dark',
                  language: 'nl',
                  dotCount: 7,
                  merged: [
                    { __typename: 'ReportMergedChallenge', id: 'c-3', text: 'No light in the park', language: 'nl' },
                  ],
                  ideas: [{ __typename: 'ReportIdea', id: 'i-1', text: 'Solar lamps', language: 'nl', dotCount: 9 }],
                },
              ],
            },
            {
              __typename: 'ReportTheme',
              id: null,
              title: null,
              dotCount: 0,
              challenges: [
                {
                  __typename: 'ReportChallenge',
                  id: 'c-2',
                  text: 'Forms only in Dutch',
                  language: 'nl',
                  dotCount: 0,
                  merged: [],
                  ideas: [],
                },
              ],
            },
          ],
          votingRounds: [
            {
              __typename: 'ReportVotingRound',
              id: 'v-1',
              title: 'Which ideas?',
              target: 'IDEAS',
              dotsPerParticipant: 3,
              digitalDots: 5,
              paperDots: 4,
              totalDots: 9,
              dotsByBackground: [],
            },
          ],
          strategies: [
            {
              __typename: 'ReportStrategy',
              id: 'st-1',
              title: 'Light the park',
              description: 'Lamps on the main path.',
              status: strategyStatus,
              ideas: [{ __typename: 'ReportStrategyIdea', id: 'i-1', text: 'Solar lamps' }],
              response: null,
              latestUpdate: null,
              actions: [
                {
                  __typename: 'ReportStrategyAction',
                  what: 'Walk the park',
                  who: 'Public works',
                  due: 'April',
                  resources: '',
                },
              ],
            },
          ],
        },
      },
    },
  };
}

describe('ReportPage', () => {
  it('should show the figures with small groups hidden and link to the downloads when the session is closed', async () => {
    await renderApp('/workshops/s-1/report', { mocks: [reportMock('DRAFT')] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Report: Our park at night' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'In figures' })).toHaveTextContent('12 of 25');
    expect(screen.getByRole('region', { name: 'In figures' })).toHaveTextContent('Dots9, 5 in the app, 4 on paper');
    const attendance = screen.getByRole('region', { name: 'Attendance by background' });
    expect(within(attendance).getByRole('row', { name: /Third-country national/ })).toHaveTextContent('6');
    // A hidden figure reads the same whether it is small or hidden to protect a small one.
    expect(within(attendance).getByRole('row', { name: /Host community/ })).toHaveTextContent('not shown');
    expect(within(attendance).getByRole('row', { name: /EU citizen/ })).toHaveTextContent('not shown');
    expect(attendance).toHaveTextContent('Figures about fewer than 5 people are not shown');
    const contributions = screen.getByRole('region', { name: 'Contributions by background' });
    expect(within(contributions).getByRole('row', { name: /Third-country national/ })).toHaveTextContent(
      /not shown\s*not shown\s*5/,
    );
    const safety = screen.getByRole('region', { name: /^Safety/ });
    const row = within(safety).getByRole('row', { name: /The park is dark/ });
    expect(row).toHaveTextContent('Merged with: “No light in the park”');
    expect(row).toHaveTextContent('Solar lamps (9 dots)');
    expect(screen.getByRole('region', { name: /^Not in a theme yet/ })).toHaveTextContent('Forms only in Dutch');
    expect(screen.getByRole('link', { name: 'Download PDF' })).toHaveAttribute('href', '/sessions/s-1/report.pdf');
    expect(screen.getByRole('link', { name: 'Download CSV' })).toHaveAttribute('href', '/sessions/s-1/report.csv');
    expect(screen.getByRole('link', { name: 'Download JSON' })).toHaveAttribute('href', '/sessions/s-1/report.json');
  });

  it('should show each phase’s planned against actual time and what it produced, the minutes and the photos', async () => {
    await renderApp('/workshops/s-1/report', { mocks: [reportMock('DRAFT')] });

    const room = await screen.findByRole('table', { name: 'Phases: planned and actual time' });
    const rows = within(room).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['20 min', '25 min', '3 challenges, 1 photo'],
      ['10 min', 'Not run', 'Nothing recorded'],
      // A short phase in seconds alone, a longer one to the second.
      ['10 min', '8 s', 'Nothing recorded'],
      ['10 min', '12 min 30 s', 'Nothing recorded'],
    ]);
    const minutes = screen.getByRole('region', { name: 'Minutes' });
    expect(within(minutes).getByText('library').tagName).toBe('STRONG');
    expect(screen.getByRole('img', { name: 'Flipchart of the challenges' })).toHaveAttribute(
      'src',
      '/sessions/s-1/photos/photo-1.jpg',
    );
  });

  it('should say that figures by group come when the session closes while it is live', async () => {
    await renderApp('/workshops/s-1/report', { mocks: [reportMock('DRAFT', 'LIVE')] });

    const attendance = await screen.findByRole('region', { name: 'Attendance by background' });
    expect(attendance).toHaveTextContent('Figures by group appear once the session has closed');
    for (const row of within(attendance).getAllByRole('row').slice(1, 5))
      expect(row).toHaveTextContent('after closing');
    expect(within(attendance).getByRole('row', { name: /Total/ })).toHaveTextContent('12');
    expect(screen.getByRole('region', { name: 'In figures' })).toHaveTextContent('Came beforeafter closing');
  });

  it('should send the drafted strategies to the municipality when the facilitator submits them', async () => {
    const sent: Record<string, unknown>[] = [];
    let answered = false;
    const { user } = await renderApp('/workshops/s-1/report', {
      mocks: [
        {
          ...reportMock('DRAFT'),
          maxUsageCount: 1,
        },
        reportMock('SUBMITTED'),
        {
          request: { query: operations.submitSessionStrategies, variables: () => true },
          result: (variables: Record<string, unknown>) => {
            const input = variables['input'] as Record<string, unknown>;
            sent.push(input);
            answered = true;
            return {
              data: {
                submitSessionStrategies: {
                  __typename: 'SubmitSessionStrategiesPayload',
                  clientMutationId: input['clientMutationId'],
                  strategies: [
                    {
                      __typename: 'Strategy',
                      id: 'st-1',
                      status: 'SUBMITTED',
                      submittedAt: '2026-03-12T20:00:00.000Z',
                    },
                  ],
                },
              },
            };
          },
        },
      ],
    });

    const strategy = await screen.findByRole('article', { name: 'Light the park' });
    expect(strategy).toHaveTextContent('Draft');
    await user.click(screen.getByRole('button', { name: 'Submit strategies to the municipality' }));

    expect(await screen.findByText('1 strategy sent to the municipality.')).toBeInTheDocument();
    expect(await within(strategy).findByText('Submitted to the municipality')).toBeInTheDocument();
    expect(answered).toBe(true);
    expect(sent).toEqual([expect.objectContaining({ sessionId: 's-1' })]);
  });
});
