import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { useFormat } from '../../app/useFormat';
import { ProjectCard } from './ProjectCard';
import './ProjectsPage.css';

export const projectsPageQuery = graphql(`
  query ProjectsPage($after: String) {
    projects(first: 24, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...ProjectCard_project
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// Home: every local project this person may see, as cards.
export function ProjectsPage() {
  const { t } = useTranslation(['project', 'app']);
  const format = useFormat();
  const { data, loading, error, refetch, fetchMore } = useQuery(projectsPageQuery, {
    notifyOnNetworkStatusChange: true,
  });
  const projects = data?.projects;

  return (
    <section className="projects-page" aria-labelledby="projects-title">
      <title>{`${t('list.title')} · ${t('app:appName')}`}</title>
      <header className="page-header">
        <h1 id="projects-title">{t('list.title')}</h1>
        <p className="page-header__lead">{t('list.lead')}</p>
        {projects && (
          <p className="page-header__meta">
            {t('list.count', { count: projects.totalCount, formatted: format.number(projects.totalCount) })}
          </p>
        )}
      </header>
      {error && !projects ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !projects ? (
        <LoadingState />
      ) : projects.edges.length === 0 ? (
        <p className="empty-state">{t('list.empty')}</p>
      ) : (
        <>
          <ul className="projects-page__grid" aria-labelledby="projects-title">
            {projects.edges.map(({ node }) => (
              <li key={node.id}>
                <ProjectCard project={node} />
              </li>
            ))}
          </ul>
          {projects.pageInfo.hasNextPage && (
            <Button
              className="button button--secondary projects-page__more"
              isPending={loading}
              onPress={() => void fetchMore({ variables: { after: projects.pageInfo.endCursor } })}
            >
              {t('list.more')}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
