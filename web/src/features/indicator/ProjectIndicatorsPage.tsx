import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-aria-components';
import { useParams } from '../../app/router';
import { graphql } from '../../gql';
import type { ProjectIndicatorsPageQuery } from '../../gql/graphql';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageBreadcrumbs } from '../../app/ui/PageBreadcrumbs';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { isNotFound } from '../../app/ui/errors';
import { useFormat } from '../../app/useFormat';
import { ChangeChart, GroupBarChart } from './IndicatorCharts';
import { ResearchDownload } from './ResearchDownload';
import { useFigureWords } from './useFigureWords';
import './IndicatorCharts.css';

export const projectIndicatorsPageQuery = graphql(`
  query ProjectIndicatorsPage($projectId: ID!) {
    projectIndicators(projectId: $projectId) {
      projectId
      title
      smallGroupThreshold
      step {
        number
        takenAt
        sessionCount
        final
        sessionsSince
      }
      participation {
        people {
          total
          projects
          byBackground {
            background
            value
            hiddenBecause
          }
        }
        returning {
          total
          projects
          byBackground {
            background
            value
            hiddenBecause
          }
        }
        minutes {
          total
          projects
          byBackground {
            background
            value
            hiddenBecause
          }
        }
      }
      contributions {
        challenges {
          total
          projects
          byBackground {
            background
            value
            hiddenBecause
          }
        }
        ideas {
          total
          projects
          byBackground {
            background
            value
            hiddenBecause
          }
        }
        dots {
          total
          projects
          byBackground {
            background
            value
            hiddenBecause
          }
        }
      }
      priorities {
        kendallTau
        comparedItems
        items {
          id
          kind
          text
          language
          dots {
            total
          }
          rankThirdCountryNationals
          rankHostCommunity
        }
      }
      strategies {
        submitted
        answered
        adopted
        partlyAdopted
        underStudy
        declined
        done
      }
      competence {
        dimension
        all {
          background
          n
          meanChange
          ciLow
          ciHigh
          hiddenBecause
        }
        byBackground {
          background
          n
          meanChange
          ciLow
          ciHigh
          hiddenBecause
        }
      }
      sessions {
        sessionId
        title
        startsAt
        status
        attendance {
          total
        }
        evaluation {
          itemCode
          respondents
          agreed
          notAgreed
          hiddenBecause
        }
      }
    }
  }
`);

type Data = NonNullable<ProjectIndicatorsPageQuery['projectIndicators']>;

// Minutes as hours, to one decimal.
const hours = (minutes: number) => Math.round((minutes / 60) * 10) / 10;
// One project's indicators for its evaluator: released figures only (the server never shows a person, a pseudonym,
// an author or an answer), each chart with its table, and why a figure is not shown.
export function ProjectIndicatorsPage() {
  const { projectId = '' } = useParams();
  const { data, error, refetch } = useQuery(projectIndicatorsPageQuery, { variables: { projectId } });
  if (error && isNotFound(error)) return <NotFoundPage />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data) return <LoadingState />;
  return <ProjectIndicators data={data.projectIndicators} />;
}

function ProjectIndicators({ data }: { data: Data }) {
  const { t } = useTranslation(['indicator', 'session', 'app']);
  const format = useFormat();
  const words = useFigureWords();
  const [thisYear] = useState(() => new Date().getUTCFullYear());
  const { step } = data;
  const n = (value: number) => format.number(value);
  const groups = (figure: Data['participation']['people'], scale = 1) =>
    figure.byBackground.map((f) => ({
      label: t(`session:background.${f.background}`),
      value: f.value === null ? null : Math.round((f.value / scale) * 10) / 10,
      hidden: words(f.hiddenBecause),
    }));
  const change = (figure: Data['competence'][number]['all'], label: string) => ({
    label,
    n: figure.n ?? null,
    mean: figure.meanChange ?? null,
    low: figure.ciLow ?? null,
    high: figure.ciHigh ?? null,
    hidden: words(figure.hiddenBecause),
  });
  const year = step ? new Date(step.takenAt).getUTCFullYear() : thisYear;

  return (
    <article className="page indicators" aria-labelledby="indicators-title">
      <title>{`${t('project.pageTitle', { title: data.title })} · ${t('app:appName')}`}</title>
      <PageBreadcrumbs crumbs={[{ href: '/indicators', label: t('overview.crumb') }, { label: data.title }]} />
      <header>
        <h1 id="indicators-title">
          {t('project.heading')}: <bdi>{data.title}</bdi>
        </h1>
      </header>

      <section className="indicators__note" aria-labelledby="indicators-release">
        <h2 id="indicators-release">{t('release.heading')}</h2>
        <p>
          {step
            ? t(step.final ? 'release.final' : 'release.step', {
                number: n(step.number),
                date: format.dayOf(step.takenAt),
                sessions: n(step.sessionCount),
              })
            : t('release.none', { threshold: n(data.smallGroupThreshold) })}
        </p>
        {step && step.sessionsSince > 0 && <p>{t('release.since', { count: step.sessionsSince })}</p>}
        <p>{t('release.why', { threshold: n(data.smallGroupThreshold) })}</p>
      </section>

      <section className="indicators__section" aria-labelledby="indicators-participation">
        <h2 id="indicators-participation">{t('participation.heading')}</h2>
        <div className="indicators__grid">
          <GroupBarChart
            title={t('participation.people')}
            unit={t('unit.people')}
            data={groups(data.participation.people)}
            total={{ label: t('table.total'), value: data.participation.people.total }}
          />
          <GroupBarChart
            title={t('participation.returning')}
            unit={t('unit.people')}
            data={groups(data.participation.returning)}
            total={{ label: t('table.total'), value: data.participation.returning.total }}
          />
          <GroupBarChart
            title={t('participation.hours')}
            unit={t('unit.hours')}
            data={groups(data.participation.minutes, 60)}
            total={{ label: t('table.total'), value: hours(data.participation.minutes.total) }}
          />
        </div>
        <p className="section-lead">{t('participation.hoursNote')}</p>
      </section>

      <section className="indicators__section" aria-labelledby="indicators-contributions">
        <h2 id="indicators-contributions">{t('contributions.heading')}</h2>
        <div className="indicators__grid">
          <GroupBarChart
            title={t('contributions.challenges')}
            unit={t('unit.challenges')}
            data={groups(data.contributions.challenges)}
            total={{ label: t('table.total'), value: data.contributions.challenges.total }}
          />
          <GroupBarChart
            title={t('contributions.dots')}
            unit={t('unit.dots')}
            data={groups(data.contributions.dots)}
            total={{ label: t('table.total'), value: data.contributions.dots.total }}
          />
        </div>
      </section>

      <section className="indicators__section" aria-labelledby="indicators-priorities">
        <h2 id="indicators-priorities">{t('priorities.heading')}</h2>
        <p className="section-lead">
          {data.priorities.kendallTau === null
            ? t('priorities.noCorrelation', { count: data.priorities.comparedItems })
            : t('priorities.correlation', {
                tau: (Math.round(data.priorities.kendallTau * 100) / 100).toFixed(2),
                count: data.priorities.comparedItems,
              })}
        </p>
        <div className="ws-table-wrap">
          <table className="ws-table">
            <caption className="visually-hidden">{t('priorities.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('priorities.item')}</th>
                <th scope="col" className="ws-table__number">
                  {t('priorities.dots')}
                </th>
                <th scope="col" className="ws-table__number">
                  {t('priorities.rankThird')}
                </th>
                <th scope="col" className="ws-table__number">
                  {t('priorities.rankHost')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.priorities.items.map((item) => (
                <tr key={item.id}>
                  <th scope="row" lang={item.language}>
                    <bdi>{item.text}</bdi>
                  </th>
                  <td className="ws-table__number">{n(item.dots.total)}</td>
                  <td className="ws-table__number">
                    {item.rankThirdCountryNationals ?? <span className="indicator-hidden">{words('SMALL_GROUP')}</span>}
                  </td>
                  <td className="ws-table__number">
                    {item.rankHostCommunity ?? <span className="indicator-hidden">{words('SMALL_GROUP')}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="section-lead">{t('priorities.method')}</p>
      </section>

      <section className="indicators__section" aria-labelledby="indicators-strategies">
        <h2 id="indicators-strategies">{t('strategies.heading')}</h2>
        <GroupBarChart
          title={t('strategies.heading')}
          unit={t('unit.strategies')}
          data={[
            { label: t('strategies.submitted'), value: data.strategies.submitted },
            { label: t('strategies.answered'), value: data.strategies.answered },
            { label: t('strategies.adopted'), value: data.strategies.adopted },
            { label: t('strategies.partlyAdopted'), value: data.strategies.partlyAdopted },
            { label: t('strategies.underStudy'), value: data.strategies.underStudy },
            { label: t('strategies.declined'), value: data.strategies.declined },
            { label: t('strategies.done'), value: data.strategies.done ?? null, hidden: t('strategies.notTracked') },
          ]}
        />
      </section>

      <section className="indicators__section" aria-labelledby="indicators-competence">
        <h2 id="indicators-competence">{t('competence.heading')}</h2>
        <p className="section-lead">{t('competence.lead')}</p>
        <div className="indicators__grid">
          {data.competence.map((dimension) => (
            <ChangeChart
              key={dimension.dimension}
              title={t(`competence.dimension.${dimension.dimension}`)}
              data={[
                change(dimension.all, t('table.everyone')),
                ...dimension.byBackground.map((g) =>
                  change(g, t(`session:background.${g.background ?? 'PREFERS_NOT_TO_SAY'}`)),
                ),
              ]}
            />
          ))}
        </div>
      </section>

      <section className="indicators__section" aria-labelledby="indicators-evaluation">
        <h2 id="indicators-evaluation">{t('evaluation.heading')}</h2>
        <div className="ws-table-wrap">
          <table className="ws-table">
            <caption className="visually-hidden">{t('evaluation.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('evaluation.session')}</th>
                <th scope="col">{t('evaluation.item')}</th>
                <th scope="col" className="ws-table__number">
                  {t('evaluation.respondents')}
                </th>
                <th scope="col" className="ws-table__number">
                  {t('evaluation.agreed')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.sessions.flatMap((session) =>
                session.evaluation.length
                  ? session.evaluation.map((item, i) => (
                      <tr key={`${session.sessionId}-${item.itemCode}`}>
                        <th scope="row">
                          {i === 0 ? (
                            <>
                              <bdi>{session.title}</bdi> · {format.dayOf(session.startsAt)}
                            </>
                          ) : (
                            <span className="visually-hidden">{session.title}</span>
                          )}
                        </th>
                        <td>{t(`evaluation.items.${item.itemCode}`, { defaultValue: item.itemCode })}</td>
                        <td className="ws-table__number">{n(item.respondents)}</td>
                        <td className="ws-table__number">
                          {item.agreed === null ? (
                            <span className="indicator-hidden">{words(item.hiddenBecause ?? 'SMALL_GROUP')}</span>
                          ) : (
                            t('evaluation.share', { agreed: n(item.agreed), respondents: n(item.respondents) })
                          )}
                        </td>
                      </tr>
                    ))
                  : [
                      <tr key={session.sessionId}>
                        <th scope="row">
                          <bdi>{session.title}</bdi> · {format.dayOf(session.startsAt)}
                        </th>
                        <td colSpan={3}>
                          <span className="indicator-hidden">{t('evaluation.none')}</span>
                        </td>
                      </tr>,
                    ],
              )}
            </tbody>
          </table>
        </div>
      </section>

      <section className="indicators__section" aria-labelledby="indicators-research">
        <h2 id="indicators-research">{t('research.heading')}</h2>
        <ResearchDownload projectId={data.projectId} />
      </section>

      <section className="indicators__section" aria-labelledby="indicators-funder">
        <h2 id="indicators-funder">{t('funder.heading', { year })}</h2>
        <p>
          <Link className="button button--secondary" href={`/indicators/${data.projectId}/funder/${year}`}>
            {t('funder.open', { year })}
          </Link>
        </p>
      </section>
    </article>
  );
}
