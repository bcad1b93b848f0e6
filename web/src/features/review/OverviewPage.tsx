import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link } from '../../app/router';
import { getFragmentData, graphql } from '../../gql';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { useFormat, type Format } from '../../app/useFormat';
import { OutcomesPublicSwitch } from '../outcome/OutcomesPublicSwitch';
import './StrategiesPage.css';

export const outcomeOverviewQuery = graphql(`
  query OutcomeOverview {
    outcomeOverview {
      municipality {
        ...OverviewFigures
      }
      projects {
        project {
          id
          title
          outcomesPublic
        }
        figures {
          ...OverviewFigures
        }
      }
    }
  }
`);

export const overviewFiguresFragment = graphql(`
  fragment OverviewFigures on OutcomeFigures {
    submitted
    waiting
    unanswered
    underStudy
    decided
    adopted
    declined
    adoptedShare
    medianDaysToDecision
    oldestWaitingDays
    waitingByAge {
      minDays
      maxDays
      count
    }
    actionsPlanned
    actionsInProgress
    actionsDone
    actionsDropped
  }
`);

const share = (format: Format, value: number | null | undefined, none: string) =>
  value == null ? none : format.percent(value);

// The municipality's overview: for all its projects and for each, how many strategies wait and for how long, the
// share adopted, the median days to a decision, and the actions done against those planned. It also opens and
// closes each project's public outcome pages.
export function OverviewPage() {
  const { t } = useTranslation(['review', 'app']);
  const format = useFormat();
  const { data, error, refetch } = useQuery(outcomeOverviewQuery);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data) return <LoadingState />;
  const all = getFragmentData(overviewFiguresFragment, data.outcomeOverview.municipality);
  const none = t('overview.none');
  const days = (value: number | null | undefined) =>
    value == null ? none : t('overview.days', { count: value, formatted: format.number(value) });
  return (
    <section className="strategies-page" aria-labelledby="overview-title">
      <title>{`${t('overview.title')} · ${t('app:appName')}`}</title>
      <header className="page-header">
        <h1 id="overview-title">{t('overview.title')}</h1>
        <p className="page-header__lead">{t('overview.lead')}</p>
        <p className="page-header__meta">
          <Link to="/strategies">{t('overview.toInbox')}</Link>
        </p>
      </header>

      <section aria-labelledby="overview-all" className="overview-section">
        <h2 id="overview-all">{t('overview.all')}</h2>
        <dl className="overview-figures">
          <div>
            <dt>{t('overview.waiting')}</dt>
            <dd>{format.number(all.waiting)}</dd>
            <dd className="overview-figures__note">
              {t('overview.waitingDetail', {
                unanswered: format.number(all.unanswered),
                underStudy: format.number(all.underStudy),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('overview.oldest')}</dt>
            <dd>{days(all.oldestWaitingDays)}</dd>
          </div>
          <div>
            <dt>{t('overview.adoptedShare')}</dt>
            <dd>{share(format, all.adoptedShare, none)}</dd>
            <dd className="overview-figures__note">
              {t('overview.ofDecided', { adopted: format.number(all.adopted), decided: format.number(all.decided) })}
            </dd>
          </div>
          <div>
            <dt>{t('overview.median')}</dt>
            <dd>{days(all.medianDaysToDecision)}</dd>
          </div>
          <div>
            <dt>{t('overview.actions')}</dt>
            <dd>
              {t('overview.ofPlanned', {
                done: format.number(all.actionsDone),
                planned: format.number(all.actionsPlanned),
              })}
            </dd>
            <dd className="overview-figures__note">
              {t('overview.inProgress', {
                count: all.actionsInProgress,
                formatted: format.number(all.actionsInProgress),
              })}
            </dd>
          </div>
        </dl>
        <h3 id="overview-ages">{t('overview.ages')}</h3>
        <ul className="overview-ages" aria-labelledby="overview-ages">
          {all.waitingByAge.map((step) => (
            <li key={step.minDays}>
              <span className="overview-ages__count">{format.number(step.count)}</span>
              <span>
                {step.maxDays == null
                  ? t('overview.ageFrom', { min: step.minDays })
                  : t('overview.ageRange', { min: step.minDays, max: step.maxDays })}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="overview-projects" className="overview-section">
        <h2 id="overview-projects">{t('overview.projects')}</h2>
        {data.outcomeOverview.projects.length === 0 ? (
          <p className="empty-state">{t('overview.noProjects')}</p>
        ) : (
          /* A wide table scrolls on its own on a phone; focusable, so that a keyboard can scroll it. */
          /* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex */
          <section className="overview-table-wrap" aria-labelledby="overview-projects" tabIndex={0}>
            <table className="overview-table">
              <thead>
                <tr>
                  <th scope="col">{t('overview.project')}</th>
                  <th scope="col">{t('overview.submitted')}</th>
                  <th scope="col">{t('overview.waiting')}</th>
                  <th scope="col">{t('overview.oldest')}</th>
                  <th scope="col">{t('overview.adoptedShare')}</th>
                  <th scope="col">{t('overview.median')}</th>
                  <th scope="col">{t('overview.actions')}</th>
                  <th scope="col">{t('overview.public')}</th>
                </tr>
              </thead>
              <tbody>
                {data.outcomeOverview.projects.map(({ project, figures: raw }) => {
                  const f = getFragmentData(overviewFiguresFragment, raw);
                  return (
                    <tr key={project.id}>
                      <th scope="row">
                        <Link to={`/strategies?project=${project.id}`} dir="auto">
                          {project.title}
                        </Link>
                      </th>
                      <td>{format.number(f.submitted)}</td>
                      <td>{format.number(f.waiting)}</td>
                      <td>{days(f.oldestWaitingDays)}</td>
                      <td>{share(format, f.adoptedShare, none)}</td>
                      <td>{days(f.medianDaysToDecision)}</td>
                      <td>
                        {t('overview.ofPlanned', {
                          done: format.number(f.actionsDone),
                          planned: format.number(f.actionsPlanned),
                        })}
                      </td>
                      <td>
                        <OutcomesPublicSwitch
                          projectId={project.id}
                          projectTitle={project.title}
                          outcomesPublic={project.outcomesPublic}
                        />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        )}
      </section>
    </section>
  );
}
