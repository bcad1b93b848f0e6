import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Button, Link } from 'react-aria-components';
import { useParams } from '../../app/router';
import { graphql } from '../../gql';
import type { FunderReportPageQuery } from '../../gql/graphql';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageBreadcrumbs } from '../../app/ui/PageBreadcrumbs';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { isNotFound } from '../../app/ui/errors';
import { useFormat } from '../../app/useFormat';
import { useFigureWords } from './useFigureWords';
import './IndicatorCharts.css';

export const funderReportPageQuery = graphql(`
  query FunderReportPage($projectId: ID!, $year: Int!) {
    funderReport(projectId: $projectId, year: $year) {
      projectId
      title
      year
      smallGroupThreshold
      final
      sessionsHeld
      peopleReached {
        total
        byBackground {
          background
          value
          hiddenBecause
        }
      }
      minutes {
        total
        byBackground {
          background
          value
          hiddenBecause
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
      helped {
        respondents
        agreed
        share
        hiddenBecause
      }
      competence {
        dimension
        all {
          n
          meanChange
          ciLow
          ciHigh
          hiddenBecause
        }
      }
    }
  }
`);

type Data = FunderReportPageQuery['funderReport'];

// A mean change, to two decimals.
const decimals = (value: number) => (Math.round(value * 100) / 100).toFixed(2);
// One page per project and year with the figures a promoter reports to the funder, printable, and as PDF and CSV.
export function FunderReportPage() {
  const { projectId = '', year = '' } = useParams();
  const { data, error, refetch } = useQuery(funderReportPageQuery, { variables: { projectId, year: Number(year) } });
  if (error && isNotFound(error)) return <NotFoundPage />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data) return <LoadingState />;
  return <FunderReport data={data.funderReport} />;
}

function FunderReport({ data }: { data: Data }) {
  const { t } = useTranslation(['indicator', 'session', 'app']);
  const format = useFormat();
  const words = useFigureWords();
  const n = (value: number) => format.number(value);
  const hours = (minutes: number) => format.number(Math.round((minutes / 60) * 10) / 10);
  const base = `/projects/${data.projectId}/funder-report-${data.year}`;
  return (
    <article className="page indicators" aria-labelledby="funder-title">
      <title>{`${t('funder.pageTitle', { title: data.title, year: data.year })} · ${t('app:appName')}`}</title>
      <PageBreadcrumbs
        crumbs={[
          { href: '/indicators', label: t('overview.crumb') },
          { href: `/indicators/${data.projectId}`, label: data.title },
          { label: t('funder.crumb', { year: data.year }) },
        ]}
      />
      <header>
        <h1 id="funder-title">
          {t('funder.heading', { year: data.year })}: <bdi>{data.title}</bdi>
        </h1>
      </header>
      <p className="indicators__note">
        {data.final ? t('funder.final') : t('funder.provisional')}{' '}
        {t('release.why', { threshold: n(data.smallGroupThreshold) })}
      </p>
      <nav className="ws-toolbar ws-no-print" aria-label={t('funder.downloads')}>
        <Link className="button button--secondary button--small" href={`${base}.pdf`} download>
          {t('funder.pdf')}
        </Link>
        <Link className="button button--secondary button--small" href={`${base}.csv`} download>
          {t('funder.csv')}
        </Link>
        <Button className="button button--secondary button--small" onPress={() => window.print()}>
          {t('funder.print')}
        </Button>
      </nav>
      <dl className="indicators__figures">
        <div>
          <dt>{t('funder.sessionsHeld')}</dt>
          <dd>{n(data.sessionsHeld)}</dd>
        </div>
        <div>
          <dt>{t('funder.peopleReached')}</dt>
          <dd>{n(data.peopleReached.total)}</dd>
        </div>
        <div>
          <dt>{t('funder.hours')}</dt>
          <dd>{hours(data.minutes.total)}</dd>
        </div>
        <div>
          <dt>{t('funder.helped')}</dt>
          <dd>
            {data.helped.share === null || data.helped.share === undefined ? (
              <span className="indicator-hidden">{words(data.helped.hiddenBecause)}</span>
            ) : (
              format.percent(data.helped.share)
            )}
          </dd>
        </div>
      </dl>
      <section className="indicators__section" aria-labelledby="funder-groups">
        <h2 id="funder-groups">{t('funder.byGroup')}</h2>
        <div className="ws-table-wrap">
          <table className="ws-table">
            <caption className="visually-hidden">{t('funder.byGroup')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('table.group')}</th>
                <th scope="col" className="ws-table__number">
                  {t('funder.peopleReached')}
                </th>
                <th scope="col" className="ws-table__number">
                  {t('funder.hours')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.peopleReached.byBackground.map((f, i) => {
                const m = data.minutes.byBackground[i];
                return (
                  <tr key={f.background}>
                    <th scope="row">{t(`session:background.${f.background}`)}</th>
                    <td className="ws-table__number">
                      {f.value === null || f.value === undefined ? (
                        <span className="indicator-hidden">{words(f.hiddenBecause)}</span>
                      ) : (
                        n(f.value)
                      )}
                    </td>
                    <td className="ws-table__number">
                      {m?.value === null || m?.value === undefined ? (
                        <span className="indicator-hidden">{words(m?.hiddenBecause)}</span>
                      ) : (
                        hours(m.value)
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
      <section className="indicators__section" aria-labelledby="funder-strategies">
        <h2 id="funder-strategies">{t('strategies.heading')}</h2>
        <dl className="indicators__figures">
          {(['submitted', 'answered', 'adopted', 'partlyAdopted', 'underStudy', 'declined'] as const).map((key) => (
            <div key={key}>
              <dt>{t(`strategies.${key}`)}</dt>
              <dd>{n(data.strategies[key])}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="indicators__section" aria-labelledby="funder-competence">
        <h2 id="funder-competence">{t('competence.heading')}</h2>
        <div className="ws-table-wrap">
          <table className="ws-table">
            <caption className="visually-hidden">{t('competence.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('competence.dimensionHeader')}</th>
                <th scope="col" className="ws-table__number">
                  {t('competence.n')}
                </th>
                <th scope="col" className="ws-table__number">
                  {t('competence.mean')}
                </th>
                <th scope="col">{t('competence.ci')}</th>
              </tr>
            </thead>
            <tbody>
              {data.competence.map((c) => (
                <tr key={c.dimension}>
                  <th scope="row">{t(`competence.dimension.${c.dimension}`)}</th>
                  <td className="ws-table__number">{c.all.n === null || c.all.n === undefined ? '' : n(c.all.n)}</td>
                  {c.all.meanChange === null || c.all.meanChange === undefined ? (
                    <td colSpan={2}>
                      <span className="indicator-hidden">{words(c.all.hiddenBecause)}</span>
                    </td>
                  ) : (
                    <>
                      <td className="ws-table__number">{decimals(c.all.meanChange)}</td>
                      <td>
                        {c.all.ciLow !== null &&
                        c.all.ciLow !== undefined &&
                        c.all.ciHigh !== null &&
                        c.all.ciHigh !== undefined
                          ? t('competence.interval', { low: decimals(c.all.ciLow), high: decimals(c.all.ciHigh) })
                          : t('competence.noInterval')}
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </article>
  );
}
