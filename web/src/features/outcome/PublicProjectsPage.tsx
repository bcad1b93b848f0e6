import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link } from '../../app/router';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { useFormat } from '../../app/useFormat';
import { publicProjectsQuery } from './publicProjectQuery';

// /outcomes: the projects whose municipality has made their outcomes public.
export function PublicProjectsPage() {
  const { t } = useTranslation(['outcome', 'app']);
  const format = useFormat();
  const { data, error, refetch } = useQuery(publicProjectsQuery);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data) return <LoadingState />;
  return (
    <section className="outcome-page" aria-labelledby="public-projects-title">
      <title>{`${t('list.title')} · ${t('app:appName')}`}</title>
      <header className="outcome-hero">
        <p className="outcome-hero__eyebrow">{t('eyebrow')}</p>
        <h1 id="public-projects-title">{t('list.title')}</h1>
        <p className="outcome-hero__lead">{t('list.lead')}</p>
      </header>
      {data.publicProjects.length === 0 ? (
        <p className="empty-state">{t('list.empty')}</p>
      ) : (
        <ul className="outcome-project-list">
          {data.publicProjects.map((project) => (
            <li key={project.id} className="outcome-card">
              <h2>
                <Link to={`/outcomes/${project.id}`}>
                  <bdi>{project.title}</bdi>
                </Link>
              </h2>
              <p className="outcome-hero__meta">
                <bdi>{project.promoter}</bdi>
                <span aria-hidden="true"> · </span>
                {format.dateRange(project.startsOn, project.endsOn)}
              </p>
              {project.description && <p dir="auto">{project.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
