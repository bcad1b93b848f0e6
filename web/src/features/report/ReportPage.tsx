import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApolloClient } from '@apollo/client/react';
import { Button, Link } from 'react-aria-components';
import { useParams } from '../../app/router';
import { graphql } from '../../gql';
import type { WorkshopReportQuery } from '../../gql/graphql';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageBreadcrumbs } from '../../app/ui/PageBreadcrumbs';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { isNotFound } from '../../app/ui/errors';
import { DotsByGroup } from '../session/shared/DotsByGroup';
import { useFormat } from '../../app/useFormat';
import { useLiveSession } from '../../app/live/useLiveSession';
import { onSent } from '../../app/offline/useMutationQueue';
import { Badge } from '../../app/ui/Badge';
import { OutcomeQr } from '../outcome/OutcomeQr';
import { decisionTones, progressTones } from '../outcome/outcomeLabels';
import { SessionStatusBadge } from '../session/SessionStatusBadge';
import { SaveIndicator } from '../session/offline/SaveIndicator';
import { TableScroll } from '../../app/ui/TableScroll';
import { ReportRoom } from './ReportRoom';
import { pendingInputs, useWorkshopQueue } from '../session/offline/useWorkshopQueue';
import '../session/shared/workshop.css';
import './ReportPage.css';

export const reportPageQuery = graphql(`
  query WorkshopReport($id: ID!) {
    session(id: $id) {
      id
      title
      status
      capacity
      project {
        id
        title
      }
    }
    sessionReport(sessionId: $id) {
      smallGroupThreshold
      session {
        id
        title
        startsAt
        durationMinutes
        location
        languages
      }
      attendance {
        total
        returning {
          count
          suppressed
          hiddenBecause
        }
        byBackground {
          background
          count
          suppressed
          hiddenBecause
        }
      }
      contributions {
        challenges {
          total
          byBackground {
            background
            count
            suppressed
            hiddenBecause
          }
        }
        ideas {
          total
          byBackground {
            background
            count
            suppressed
            hiddenBecause
          }
        }
        dotsGiven {
          total
          byBackground {
            background
            count
            suppressed
            hiddenBecause
          }
        }
      }
      themes {
        id
        title
        dotCount
        challenges {
          id
          text
          language
          dotCount
          merged {
            id
            text
            language
          }
          ideas {
            id
            text
            language
            dotCount
          }
        }
      }
      votingRounds {
        id
        title
        target
        dotsPerParticipant
        digitalDots
        paperDots
        totalDots
        dotsByBackground {
          background
          count
          suppressed
          hiddenBecause
        }
      }
      ...ReportRoom_report
      strategies {
        id
        title
        description
        status
        ideas {
          id
          text
        }
        actions {
          what
          who
          due
          resources
        }
        response {
          decision
          reason
          responsible
          plannedFor
          respondedAt
        }
        latestUpdate {
          status
          text
          at
        }
      }
    }
  }
`);

type Data = WorkshopReportQuery;

// What the report page follows live: the session's status and details. The report's figures are counted by the
// server (with its rule for small groups); they are read again when the status changes, closing above all.
export const reportEvents = graphql(`
  subscription ReportEvents($sessionId: ID!, $after: String) {
    sessionEvents(sessionId: $sessionId, after: $after) {
      cursor
      type
      sessionId
      challengeId
      challengeIds
      themeId
      status
      session {
        id
        title
        status
        capacity
      }
    }
  }
`);

// The record of a workshop once it is closed, as the server reports it (the same figures as its PDF,
// CSV and JSON): who came and what they contributed by background group (released when the session
// closes, small groups hidden so nobody can be singled out), the challenges by theme with their dots and
// ideas, the voting rounds and the strategies. Readable here, printable, and the strategies go to the
// municipality from here.
export function ReportPage() {
  const { sessionId = '' } = useParams();
  const client = useApolloClient();
  const variables = useMemo(() => ({ id: sessionId }), [sessionId]);
  const reread = useCallback(() => void client.refetchQueries({ include: [reportPageQuery] }), [client]);
  const { data, error, refetch } = useLiveSession({
    sessionId,
    query: reportPageQuery,
    variables,
    events: reportEvents,
    onEvent: (event) => {
      if (event.type === 'SESSION_STATUS_CHANGED') reread();
    },
  });
  // This device's own closing and submitting change the figures too, also while the socket is away.
  useEffect(
    () =>
      onSent((entry) => {
        const input = entry.variables.input;
        if (input['sessionId'] !== sessionId) return;
        if (['workshop.changeSessionStatus', 'workshop.submitSessionStrategies'].includes(entry.operation)) reread();
      }),
    [sessionId, reread],
  );
  if (error && isNotFound(error)) return <NotFoundPage />;
  if (error && !data) return <ErrorState error={error} onRetry={refetch} level={1} />;
  if (!data) return <LoadingState />;
  return <Report data={data} />;
}

function Report({ data }: { data: Data }) {
  const { t } = useTranslation(['report', 'session', 'review', 'outcome', 'app']);
  const format = useFormat();
  const { entries, enqueue } = useWorkshopQueue();
  const [submitted, setSubmitted] = useState(0);
  const { session, sessionReport: report } = data;
  const n = (value: number) => format.number(value);
  const byGroup = report.contributions;
  const groupsReleased = !report.attendance.byBackground.some((g) => g.hiddenBecause === 'NOT_FINAL');

  const closing = pendingInputs(entries, 'changeSessionStatus').some(
    (input) => input.sessionId === session.id && input.status === 'CLOSED',
  );
  const submitting = pendingInputs(entries, 'submitSessionStrategies').some((input) => input.sessionId === session.id);
  const status = closing ? 'CLOSED' : session.status;
  const ready = report.strategies.filter((s) => s.status === 'DRAFT' && s.actions.length > 0);
  const canSubmit = status === 'CLOSED' && ready.length > 0 && !submitting;
  const digitalDots = report.votingRounds.reduce((sum, round) => sum + round.digitalDots, 0);
  const paperDots = report.votingRounds.reduce((sum, round) => sum + round.paperDots, 0);
  const base = `/sessions/${session.id}/report`;

  return (
    <article className="ws-page report" aria-labelledby="report-title">
      <title>{`${t('report.pageTitle', { title: session.title })} · ${t('app:appName')}`}</title>
      <PageBreadcrumbs
        crumbs={[
          { href: '/', label: t('app:nav.projects') },
          { href: `/projects/${session.project.id}`, label: session.project.title },
          { href: `/sessions/${session.id}`, label: session.title },
          { label: t('report.crumb') },
        ]}
      />
      <header className="ws-page__header">
        <h1 id="report-title">
          {t('report.heading')}: <bdi>{session.title}</bdi>
        </h1>
        <SessionStatusBadge status={status} />
      </header>
      <p className="report__meta">
        {format.weekdayDate(report.session.startsAt)},{' '}
        {format.timeRange(report.session.startsAt, report.session.durationMinutes)} ·{' '}
        <bdi>{report.session.location}</bdi> ·{' '}
        {report.session.languages.map((tag) => format.languageName(tag)).join(', ')}
      </p>

      <div className="report__actions ws-no-print">
        <SaveIndicator />
        <nav className="ws-toolbar" aria-label={t('report.downloads')}>
          <Link className="button button--secondary button--small" href={`${base}.pdf`} download>
            {t('report.pdf')}
          </Link>
          <Link className="button button--secondary button--small" href={`${base}.csv`} download>
            {t('report.csv')}
          </Link>
          <Link className="button button--secondary button--small" href={`${base}.json`} download>
            {t('report.json')}
          </Link>
          <Button className="button button--secondary button--small" onPress={() => window.print()}>
            {t('report.print')}
          </Button>
        </nav>
      </div>

      <section className="report__section" aria-labelledby="report-summary">
        <h2 id="report-summary">{t('report.summary')}</h2>
        <dl className="report__figures">
          <div>
            <dt>{t('report.attendance')}</dt>
            <dd>{t('report.ofCapacity', { count: n(report.attendance.total), capacity: n(session.capacity) })}</dd>
          </div>
          <div>
            <dt>{t('report.returning')}</dt>
            <dd>
              <Figure figure={report.attendance.returning} />
            </dd>
          </div>
          <div>
            <dt>{t('report.challenges')}</dt>
            <dd>{n(report.contributions.challenges.total)}</dd>
          </div>
          <div>
            <dt>{t('report.ideas')}</dt>
            <dd>{n(report.contributions.ideas.total)}</dd>
          </div>
          <div>
            <dt>{t('report.dots')}</dt>
            <dd>
              {n(digitalDots + paperDots)}
              <span className="visually-hidden">, </span>
              <span className="report__figure-detail">
                {t('report.dotsDetail', { digital: n(digitalDots), paper: n(paperDots) })}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('report.strategies')}</dt>
            <dd>{n(report.strategies.length)}</dd>
          </div>
        </dl>
      </section>

      <section className="report__section" aria-labelledby="report-attendance">
        <h2 id="report-attendance">{t('report.byBackground')}</h2>
        <p className="section-lead">
          {groupsReleased
            ? t('report.smallGroups', { threshold: n(report.smallGroupThreshold) })
            : t('report.groupsAfterClose')}
        </p>
        <TableScroll label={t('report.byBackground')}>
          <table className="ws-table report__table">
            <caption className="visually-hidden">{t('report.byBackground')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('session:participant.background')}</th>
                <th scope="col" className="ws-table__number">
                  {t('report.people')}
                </th>
              </tr>
            </thead>
            <tbody>
              {report.attendance.byBackground.map((group) => (
                <tr key={group.background}>
                  <th scope="row">{t(`session:background.${group.background}`)}</th>
                  <td className="ws-table__number">
                    <Figure figure={group} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('report.total')}</th>
                <td className="ws-table__number">{n(report.attendance.total)}</td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      </section>

      <section className="report__section" aria-labelledby="report-contributions">
        <h2 id="report-contributions">{t('report.contributionsByBackground')}</h2>
        <TableScroll label={t('report.contributionsByBackground')}>
          <table className="ws-table report__table">
            <caption className="visually-hidden">{t('report.contributionsByBackground')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('session:participant.background')}</th>
                <th scope="col" className="ws-table__number">
                  {t('report.challenges')}
                </th>
                <th scope="col" className="ws-table__number">
                  {t('report.ideas')}
                </th>
                <th scope="col" className="ws-table__number">
                  {t('report.dotsGiven')}
                </th>
              </tr>
            </thead>
            <tbody>
              {byGroup.challenges.byBackground.map((group, i) => (
                <tr key={group.background}>
                  <th scope="row">{t(`session:background.${group.background}`)}</th>
                  <td className="ws-table__number">
                    <Figure figure={group} />
                  </td>
                  <td className="ws-table__number">
                    <Figure figure={byGroup.ideas.byBackground[i] ?? group} />
                  </td>
                  <td className="ws-table__number">
                    <Figure figure={byGroup.dotsGiven.byBackground[i] ?? group} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('report.allContributions')}</th>
                <td className="ws-table__number">{n(byGroup.challenges.total)}</td>
                <td className="ws-table__number">{n(byGroup.ideas.total)}</td>
                <td className="ws-table__number">{n(byGroup.dotsGiven.total)}</td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      </section>

      <section className="report__section" aria-labelledby="report-board">
        <h2 id="report-board">{t('report.byTheme')}</h2>
        {report.themes.length === 0 && <p className="empty-state">{t('report.noChallenges')}</p>}
        {report.themes.map((theme) => {
          const headingId = `report-theme-${theme.id ?? 'none'}`;
          const title = theme.title ?? t('session:board.unthemed');
          return (
            <section key={theme.id ?? 'none'} className="report__theme" aria-labelledby={headingId}>
              <h3 id={headingId}>
                <bdi>{title}</bdi>{' '}
                <span className="report__theme-dots">
                  {t('session:board.dots', { count: theme.dotCount, formatted: n(theme.dotCount) })}
                </span>
              </h3>
              <TableScroll label={title}>
                <table className="ws-table report__table">
                  <caption className="visually-hidden">{title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('session:vote.challenge')}</th>
                      <th scope="col" className="ws-table__number">
                        {t('report.dotsColumn')}
                      </th>
                      <th scope="col">{t('report.ideasColumn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {theme.challenges.map((challenge) => (
                      <tr key={challenge.id}>
                        <th scope="row">
                          <span lang={challenge.language} dir="auto">
                            {challenge.text}
                          </span>
                          {challenge.merged.length > 0 && (
                            <span className="report__merged">
                              {t('report.merged', {
                                texts: challenge.merged.map((m) => `“${m.text}”`).join(', '),
                              })}
                            </span>
                          )}
                        </th>
                        <td className="ws-table__number">{n(challenge.dotCount)}</td>
                        <td>
                          {challenge.ideas.length > 0 ? (
                            <ul className="report__ideas">
                              {challenge.ideas.map((idea) => (
                                <li key={idea.id}>
                                  <span lang={idea.language} dir="auto">
                                    {idea.text}
                                  </span>{' '}
                                  <span className="report__idea-dots">
                                    ({t('session:board.dots', { count: idea.dotCount, formatted: n(idea.dotCount) })})
                                  </span>
                                </li>
                              ))}
                            </ul>
                          ) : (
                            <>
                              <span aria-hidden="true">—</span>
                              <span className="visually-hidden">{t('report.noIdeas')}</span>
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </section>
          );
        })}
      </section>

      {report.votingRounds.length > 0 && (
        <section className="report__section" aria-labelledby="report-rounds">
          <h2 id="report-rounds">{t('report.rounds')}</h2>
          <TableScroll label={t('report.rounds')}>
            <table className="ws-table report__table">
              <caption className="visually-hidden">{t('report.rounds')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('session:vote.title')}</th>
                  <th scope="col">{t('session:vote.target')}</th>
                  <th scope="col" className="ws-table__number">
                    {t('session:vote.dotsPerParticipant')}
                  </th>
                  <th scope="col" className="ws-table__number">
                    {t('session:vote.digital')}
                  </th>
                  <th scope="col" className="ws-table__number">
                    {t('session:vote.paper')}
                  </th>
                  <th scope="col" className="ws-table__number">
                    {t('session:vote.total')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.votingRounds.map((round) => (
                  <tr key={round.id}>
                    <th scope="row" dir="auto">
                      {round.title}
                    </th>
                    <td>{t(`session:vote.${round.target}`)}</td>
                    <td className="ws-table__number">{n(round.dotsPerParticipant)}</td>
                    <td className="ws-table__number">{n(round.digitalDots)}</td>
                    <td className="ws-table__number">{n(round.paperDots)}</td>
                    <td className="ws-table__number">{n(round.totalDots)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {report.votingRounds.map((round) => (
            <DotsByGroup
              key={round.id}
              labelId={`report-round-groups-${round.id}`}
              roundTitle={round.title}
              total={round.totalDots}
              byBackground={round.dotsByBackground}
            />
          ))}
        </section>
      )}

      <ReportRoom report={report} />

      <section className="report__section" aria-labelledby="report-strategies">
        <div className="ws-section__header">
          <h2 id="report-strategies">{t('report.strategies')}</h2>
          <Button
            className="button ws-no-print"
            isDisabled={!canSubmit}
            onPress={() => {
              enqueue('submitSessionStrategies', { sessionId: session.id });
              setSubmitted(ready.length);
            }}
          >
            {t('report.submit')}
          </Button>
        </div>
        <output className="ws-no-print">
          {submitted > 0 && t('report.submitted', { count: submitted, formatted: n(submitted) })}
        </output>
        {report.strategies.length === 0 && <p className="empty-state">{t('session:strategy.none')}</p>}
        {report.strategies.map((strategy) => {
          const shown =
            submitting && strategy.status === 'DRAFT' && strategy.actions.length > 0 ? 'SUBMITTED' : strategy.status;
          return (
            <article key={strategy.id} className="report__strategy" aria-labelledby={`report-strategy-${strategy.id}`}>
              <header className="report__strategy-header">
                <h3 id={`report-strategy-${strategy.id}`}>
                  <bdi>{strategy.title}</bdi>
                </h3>
                <Badge tone={shown === 'DRAFT' ? 'neutral' : 'info'}>{t(`session:strategy.status.${shown}`)}</Badge>
              </header>
              {strategy.description && <p dir="auto">{strategy.description}</p>}
              {strategy.ideas.length > 0 && (
                <p>
                  <strong>{t('session:strategy.builtOn')}:</strong> {strategy.ideas.map((idea) => idea.text).join('; ')}
                </p>
              )}
              <TableScroll label={t('session:strategy.actions')}>
                <table className="ws-table report__table">
                  <caption>{t('session:strategy.actions')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('session:strategy.what')}</th>
                      <th scope="col">{t('session:strategy.who')}</th>
                      <th scope="col">{t('session:strategy.due')}</th>
                      <th scope="col">{t('session:strategy.resources')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {strategy.actions.map((action, index) => (
                      <tr key={`${strategy.id}-${index}`}>
                        <td dir="auto">{action.what}</td>
                        <td dir="auto">{action.who}</td>
                        <td dir="auto">{action.due}</td>
                        <td dir="auto">{action.resources}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              {strategy.response && (
                <dl className="report__answer">
                  <div>
                    <dt>{t('report.decision')}</dt>
                    <dd>
                      <Badge tone={decisionTones[strategy.response.decision]}>
                        {t(`review:decision.${strategy.response.decision}`)}
                      </Badge>{' '}
                      <span className="report__answer-date">{format.dayOf(strategy.response.respondedAt)}</span>
                    </dd>
                  </div>
                  {strategy.response.reason && (
                    <div>
                      <dt>{t('report.reason')}</dt>
                      <dd dir="auto">{strategy.response.reason}</dd>
                    </div>
                  )}
                  {strategy.response.responsible && (
                    <div>
                      <dt>{t('review:responsible')}</dt>
                      <dd>
                        <bdi>{strategy.response.responsible}</bdi>
                        {strategy.response.plannedFor && <> · {format.date(strategy.response.plannedFor)}</>}
                      </dd>
                    </div>
                  )}
                  <div>
                    <dt>{t('report.latestStatus')}</dt>
                    <dd>
                      {strategy.latestUpdate ? (
                        <>
                          <Badge tone={progressTones[strategy.latestUpdate.status]}>
                            {t(`outcome:progress.${strategy.latestUpdate.status}`)}
                          </Badge>{' '}
                          <span className="report__answer-date">{format.dayOf(strategy.latestUpdate.at)}</span>
                          <span className="report__answer-text" dir="auto">
                            {strategy.latestUpdate.text}
                          </span>
                        </>
                      ) : (
                        t('report.noUpdate')
                      )}
                    </dd>
                  </div>
                </dl>
              )}
            </article>
          );
        })}
      </section>
      <OutcomeQr projectId={session.project.id} sessionId={session.id} />
    </article>
  );
}

interface FigureData {
  count: number | null;
  suppressed: boolean;
  hiddenBecause?: 'SMALL_GROUP' | 'NOT_FINAL' | null;
}

// A figure about a group of people, or why it is not shown: the same words for a small group and for a
// figure hidden to protect one, so that the words tell nothing about its size.
function Figure({ figure }: { figure: FigureData }) {
  const { t } = useTranslation('report');
  const format = useFormat();
  if (!figure.suppressed && figure.count !== null) return <>{format.number(figure.count)}</>;
  return (
    <span className="report__hidden">
      {figure.hiddenBecause === 'NOT_FINAL' ? t('report.hiddenUntilClosed') : t('report.hidden')}
    </span>
  );
}
