import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-aria-components';
import { graphql } from '../../gql';
import type { WorkshopListQuery } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { useFormat } from '../../app/useFormat';
import { SessionStatusBadge } from './SessionStatusBadge';
import './shared/workshop.css';
import './WorkshopsPage.css';

export const workshopListQuery = graphql(`
  query WorkshopList {
    projects(first: 50) {
      edges {
        node {
          id
          title
          sessions(first: 100) {
            edges {
              node {
                id
                title
                status
                startsAt
                durationMinutes
                location
              }
            }
          }
        }
      }
    }
  }
`);

type Project = WorkshopListQuery['projects']['edges'][number]['node'];
type Item = Project['sessions']['edges'][number]['node'] & { project: { id: string; title: string } };

// The facilitator's workshops across their projects: what runs now, what is coming, what is done.
export function WorkshopsPage() {
  const { t } = useTranslation(['session', 'app']);
  const { data, error, refetch } = useQuery(workshopListQuery);
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data) return <LoadingState />;

  const projects = data.projects.edges.map((edge) => edge.node);
  const items: Item[] = projects.flatMap((project) =>
    project.sessions.edges.map((edge) => ({ ...edge.node, project: { id: project.id, title: project.title } })),
  );
  const byStart = (a: Item, b: Item) => a.startsAt.localeCompare(b.startsAt);
  const groups = [
    { id: 'live', title: t('list.live'), items: items.filter((i) => i.status === 'LIVE').toSorted(byStart) },
    {
      id: 'coming',
      title: t('list.coming'),
      items: items.filter((i) => i.status === 'DRAFT' || i.status === 'SCHEDULED').toSorted(byStart),
    },
    {
      id: 'done',
      title: t('list.done'),
      items: items
        .filter((i) => i.status === 'CLOSED' || i.status === 'REVIEWED')
        .toSorted(byStart)
        .toReversed(),
    },
  ];

  return (
    <article className="ws-page workshops-page" aria-labelledby="workshops-title">
      <title>{`${t('list.title')} · ${t('app:appName')}`}</title>
      <header className="page-header">
        <h1 id="workshops-title">{t('list.title')}</h1>
        <p className="page-header__lead">{t('list.lead')}</p>
      </header>
      {projects.length > 0 && (
        <nav className="ws-toolbar" aria-label={t('list.newIn')}>
          {projects.map((project) => (
            <Link key={project.id} className="button button--secondary" href={`/projects/${project.id}/sessions/new`}>
              {t('list.newInProject', { project: project.title })}
            </Link>
          ))}
        </nav>
      )}
      {groups.map((group) => (
        <section key={group.id} className="ws-section" aria-labelledby={`workshops-${group.id}`}>
          <h2 id={`workshops-${group.id}`}>
            {group.title} <span className="count">{group.items.length}</span>
          </h2>
          {group.items.length === 0 ? (
            <p className="empty-state">{t('list.none')}</p>
          ) : (
            <ul className="workshops-page__list">
              {group.items.map((item) => (
                <li key={item.id}>
                  <WorkshopItem item={item} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </article>
  );
}

function WorkshopItem({ item }: { item: Item }) {
  const { t } = useTranslation('session');
  const format = useFormat();
  const base = `/workshops/${item.id}`;
  const closed = item.status === 'CLOSED' || item.status === 'REVIEWED';
  const headingId = `workshop-${item.id}`;
  return (
    <article className="workshops-page__item card" aria-labelledby={headingId}>
      <div className="workshops-page__text">
        <h3 id={headingId}>
          <Link href={`/sessions/${item.id}`}>
            <bdi>{item.title}</bdi>
          </Link>
        </h3>
        <p className="workshops-page__meta">
          <bdi>{item.project.title}</bdi> · {format.weekdayDate(item.startsAt)},{' '}
          {format.timeRange(item.startsAt, item.durationMinutes)} · <bdi>{item.location}</bdi>
        </p>
      </div>
      <SessionStatusBadge status={item.status} />
      <div className="ws-toolbar">
        {!closed && (
          <Link
            className="button button--secondary button--small"
            href={`${base}/plan`}
            aria-label={t('list.planLabel', { title: item.title })}
          >
            {t('nav.plan')}
          </Link>
        )}
        {(item.status === 'LIVE' || item.status === 'SCHEDULED') && (
          <Link
            className="button button--small"
            href={`${base}/run`}
            aria-label={t('list.runLabel', { title: item.title })}
          >
            {t('nav.run')}
          </Link>
        )}
        {closed && (
          <Link
            className="button button--secondary button--small"
            href={`${base}/report`}
            aria-label={t('list.reportLabel', { title: item.title })}
          >
            {t('nav.report')}
          </Link>
        )}
      </div>
    </article>
  );
}
