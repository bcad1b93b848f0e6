import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-aria-components';
import { graphql } from '../../gql';
import type { IndicatorsOverviewPageQuery } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { useFormat } from '../../app/useFormat';
import { ChangeChart, GroupBarChart } from './IndicatorCharts';
import { useFigureWords } from './useFigureWords';
import './IndicatorCharts.css';

export const indicatorsOverviewPageQuery = graphql(`
  query IndicatorsOverviewPage {
    indicatorsOverview {
      projects {
        projectId
        title
        smallGroupThreshold
        step {
          number
          takenAt
          final
        }
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

type Data = IndicatorsOverviewPageQuery['indicatorsOverview'];

// Across the projects the evaluator is linked to: each figure adds up what the projects released (a group adds
// the projects that show it, and says how many), competence change pools the projects' released figures.
export function IndicatorsPage() {
  const { data, error, refetch } = useQuery(indicatorsOverviewPageQuery);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data) return <LoadingState />;
  return <Overview data={data.indicatorsOverview} />;
}

function Overview({ data }: { data: Data }) {
  const { t } = useTranslation(['indicator', 'session', 'app']);
  const format = useFormat();
  const words = useFigureWords();
  const people = data.participation.people;
  return (
    <article className="page indicators" aria-labelledby="overview-title">
      <title>{`${t('overview.heading')} · ${t('app:appName')}`}</title>
      <header>
        <h1 id="overview-title">{t('overview.heading')}</h1>
        <p className="section-lead">{t('overview.lead', { count: data.projects.length })}</p>
      </header>

      <section className="indicators__section" aria-labelledby="overview-projects">
        <h2 id="overview-projects">{t('overview.projects')}</h2>
        <ul className="indicators__projects">
          {data.projects.map((project) => (
            <li key={project.projectId}>
              <Link href={`/indicators/${project.projectId}`}>
                <bdi>{project.title}</bdi>
              </Link>{' '}
              ·{' '}
              {project.step
                ? t('overview.step', { number: project.step.number, date: format.dayOf(project.step.takenAt) })
                : t('overview.noStep')}
            </li>
          ))}
        </ul>
      </section>

      <section className="indicators__section" aria-labelledby="overview-participation">
        <h2 id="overview-participation">{t('participation.heading')}</h2>
        <p className="section-lead">{t('overview.adding', { count: people.projects })}</p>
        <div className="indicators__grid">
          <GroupBarChart
            title={t('participation.people')}
            unit={t('unit.people')}
            data={people.byBackground.map((f) => ({
              label: t(`session:background.${f.background}`),
              value: f.value ?? null,
              hidden: words(f.hiddenBecause),
            }))}
            total={{ label: t('table.total'), value: people.total }}
          />
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
            ]}
          />
        </div>
      </section>

      <section className="indicators__section" aria-labelledby="overview-competence">
        <h2 id="overview-competence">{t('competence.heading')}</h2>
        <p className="section-lead">{t('overview.pooled')}</p>
        <ChangeChart
          title={t('competence.everyoneByDimension')}
          data={data.competence.map((c) => ({
            label: t(`competence.dimension.${c.dimension}`),
            n: c.all.n ?? null,
            mean: c.all.meanChange ?? null,
            low: c.all.ciLow ?? null,
            high: c.all.ciHigh ?? null,
            hidden: words(c.all.hiddenBecause),
          }))}
        />
      </section>
    </article>
  );
}
