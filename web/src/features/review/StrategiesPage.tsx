import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../gql';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { useFormat } from '../../app/useFormat';
import { strategiesPageQuery } from './strategiesPageQuery';
import { StrategyReview, strategyReviewFragment } from './StrategyReview';
import './StrategiesPage.css';

// The municipality's reviewer: per project, the strategies waiting for an answer (longest waiting
// first), each with a form to answer it, and below them the strategies already answered.
export function StrategiesPage() {
  const { t } = useTranslation(['review', 'app']);
  const format = useFormat();
  const { data, error, refetch } = useQuery(strategiesPageQuery);
  const [announcement, setAnnouncement] = useState('');
  const projects = (data?.projects.edges ?? [])
    .map(({ node }) => node)
    .filter((project) => project.awaiting.totalCount + project.answered.totalCount > 0);
  const awaitingCount = projects.reduce((sum, project) => sum + project.awaiting.totalCount, 0);

  const bySubmitted = (list: (typeof projects)[number]['awaiting']['edges']) =>
    list
      .map(({ node }) => node)
      .toSorted((a, b) =>
        (getFragmentData(strategyReviewFragment, a).submittedAt ?? '').localeCompare(
          getFragmentData(strategyReviewFragment, b).submittedAt ?? '',
        ),
      );

  return (
    <section className="strategies-page" aria-labelledby="strategies-title">
      <title>{`${t('page.title')} · ${t('app:appName')}`}</title>
      <header className="page-header">
        <h1 id="strategies-title">{t('page.title')}</h1>
        <p className="page-header__lead">{t('page.lead')}</p>
        {data && (
          <p className="page-header__meta">
            {t('page.count', { count: awaitingCount, formatted: format.number(awaitingCount) })}
          </p>
        )}
      </header>
      <output className="strategies-page__status">{announcement}</output>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState />
      ) : projects.length === 0 ? (
        <p className="empty-state">{t('page.empty')}</p>
      ) : (
        projects.map((project) => (
          <section key={project.id} className="strategies-page__project" aria-labelledby={`project-${project.id}`}>
            <h2 id={`project-${project.id}`}>
              <bdi>{project.title}</bdi>
            </h2>
            <section className="strategies-page__group" aria-labelledby={`awaiting-${project.id}`}>
              <h3 id={`awaiting-${project.id}`}>
                {t('page.awaiting')} <span className="count">{format.number(project.awaiting.totalCount)}</span>
              </h3>
              {project.awaiting.edges.length === 0 ? (
                <p className="empty-state">{t('page.nothingAwaiting')}</p>
              ) : (
                <ul className="strategies-page__list">
                  {bySubmitted(project.awaiting.edges).map((strategy) => (
                    <li key={strategy.id}>
                      <StrategyReview
                        strategy={strategy}
                        onAnswered={(title) => setAnnouncement(t('page.answeredMessage', { title }))}
                        onEdited={(title) => setAnnouncement(t('page.editedMessage', { title }))}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {project.answered.edges.length > 0 && (
              <section className="strategies-page__group" aria-labelledby={`answered-${project.id}`}>
                <h3 id={`answered-${project.id}`}>
                  {t('page.answered')} <span className="count">{format.number(project.answered.totalCount)}</span>
                </h3>
                <ul className="strategies-page__list">
                  {project.answered.edges.map(({ node: strategy }) => (
                    <li key={strategy.id}>
                      <StrategyReview
                        strategy={strategy}
                        onAnswered={(title) => setAnnouncement(t('page.answeredMessage', { title }))}
                        onEdited={(title) => setAnnouncement(t('page.editedMessage', { title }))}
                      />
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </section>
        ))
      )}
    </section>
  );
}
