import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from '../../app/router';
import { graphql } from '../../gql';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageBreadcrumbs } from '../../app/ui/PageBreadcrumbs';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { isNotFound } from '../../app/ui/errors';
import { useFormat } from '../../app/useFormat';
import { hasRole, useViewer } from '../../app/viewer';
import { ProjectCallPanel } from '../call/ProjectCallPanel';
import { QuestionnaireItemsPanel } from '../questionnaire/QuestionnaireItemsPanel';
import { ProjectAdminSlot } from './ProjectAdminSlot';
import { ProjectTrajectory } from './ProjectTrajectory';
import { SessionListItem } from '../session/SessionListItem';
import { NewSessionLink } from '../session/WorkshopLinks';
import { GrantSplit } from './GrantSplit';
import { PartnerList } from './PartnerList';
import './ProjectPage.css';

export const projectPageQuery = graphql(`
  query ProjectPage($id: ID!) {
    project(id: $id) {
      id
      title
      description
      startsOn
      endsOn
      goals
      promoter {
        id
        name
      }
      ...GrantSplit_project
      ...PartnerList_project
      sessions(first: 100) {
        totalCount
        edges {
          node {
            id
            ...SessionListItem_session
          }
        }
      }
    }
  }
`);

// One local project: who runs it, with what money and goals, and its workshops.
export function ProjectPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation(['project', 'session', 'translation', 'app']);
  const format = useFormat();
  const { data, error, refetch } = useQuery(projectPageQuery, { variables: { id: projectId } });
  const { account } = useViewer();

  if (error && isNotFound(error)) return <NotFoundPage />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data) return <LoadingState />;

  const project = data.project;
  const sessions = project.sessions.edges.map((edge) => edge.node);
  return (
    <article className="project-page" aria-labelledby="project-title">
      <title>{`${project.title} · ${t('app:appName')}`}</title>
      <PageBreadcrumbs crumbs={[{ href: '/', label: t('app:nav.projects') }, { label: project.title }]} />
      <header className="page-header">
        <h1 id="project-title">
          <bdi>{project.title}</bdi>
        </h1>
        <p className="page-header__meta">
          {t('card.promotedBy', { name: project.promoter.name })}
          <span aria-hidden="true"> · </span>
          {format.dateRange(project.startsOn, project.endsOn)}
        </p>
        {project.description && (
          <p className="page-header__lead" dir="auto">
            {project.description}
          </p>
        )}
        {hasRole(account, 'TRANSLATOR', 'FACILITATOR', 'ADMINISTRATOR') && (
          <p className="project-page__translations">
            <Link className="button button--secondary" to={`/projects/${project.id}/translations`}>
              {t('translation:page.link')}
            </Link>
            <span>{t('translation:page.linkLead')}</span>
          </p>
        )}
      </header>

      <div className="project-page__layout">
        <div className="project-page__main">
          <section className="project-page__section" aria-labelledby="project-goals">
            <h2 id="project-goals">{t('goals.title')}</h2>
            {project.goals.length > 0 ? (
              <ol className="project-page__goals">
                {project.goals.map((goal) => (
                  <li key={goal}>
                    <bdi>{goal}</bdi>
                  </li>
                ))}
              </ol>
            ) : (
              <p className="empty-state">{t('goals.empty')}</p>
            )}
          </section>

          <section className="project-page__section" aria-labelledby="project-sessions">
            <h2 id="project-sessions">
              {t('sessions.title')} <span className="count">{format.number(project.sessions.totalCount)}</span>
            </h2>
            <NewSessionLink projectId={project.id} />
            {sessions.length > 0 ? (
              <ul className="stack">
                {sessions.map((session) => (
                  <li key={session.id}>
                    <SessionListItem session={session} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="empty-state">{t('sessions.empty')}</p>
            )}
          </section>

          <ProjectTrajectory projectId={project.id} />
          <QuestionnaireItemsPanel
            projectId={project.id}
            canEdit={hasRole(account, 'FACILITATOR', 'ADMINISTRATOR', 'EVALUATOR')}
          />
        </div>

        <aside className="project-page__aside" aria-label={t('aside')}>
          <section className="panel" aria-labelledby="project-period">
            <h2 id="project-period">{t('period')}</h2>
            <p>{format.dateRange(project.startsOn, project.endsOn)}</p>
          </section>
          <section className="panel" aria-labelledby="project-grant">
            <h2 id="project-grant">{t('grant.title')}</h2>
            <GrantSplit project={project} />
          </section>
          <section className="panel" aria-labelledby="project-partners">
            <h2 id="project-partners">{t('partners.title')}</h2>
            <PartnerList project={project} />
          </section>
          <ProjectCallPanel projectId={project.id} />
          <ProjectAdminSlot projectId={project.id} promoterId={project.promoter.id} />
        </aside>
      </div>
    </article>
  );
}
