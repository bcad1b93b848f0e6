import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link, Redirect } from '../../app/router';
import { graphql } from '../../gql';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';

export const translationProjectsQuery = graphql(`
  query TranslationProjects {
    projects(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

// Where the navigation's "Translations" leads: straight to the queue of a translator's one project, or a choice of
// project for staff who work in several.
export function TranslationProjectsPage() {
  const { t } = useTranslation(['translation', 'app']);
  const { data, error, refetch } = useQuery(translationProjectsQuery);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data) return <LoadingState />;
  const projects = data.projects.edges.map(({ node }) => node);
  if (projects.length === 1) return <Redirect to={`/projects/${projects[0]!.id}/translations`} replace />;
  return (
    <section className="translations-page" aria-labelledby="translation-projects-title">
      <title>{`${t('projects.title')} · ${t('app:appName')}`}</title>
      <header className="page-header">
        <h1 id="translation-projects-title">{t('projects.title')}</h1>
        <p className="page-header__lead">{t('projects.lead')}</p>
      </header>
      {projects.length === 0 ? (
        <p className="empty-state">{t('projects.empty')}</p>
      ) : (
        <ul className="stack translation-projects">
          {projects.map((project) => (
            <li key={project.id} className="card translation-projects__item">
              <Link to={`/projects/${project.id}/translations`}>
                <bdi>{project.title}</bdi>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
