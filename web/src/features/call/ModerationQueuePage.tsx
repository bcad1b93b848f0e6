import { useState, type ComponentProps, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { useParams } from '../../app/router';
import { graphql } from '../../gql';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageBreadcrumbs } from '../../app/ui/PageBreadcrumbs';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { isNotFound } from '../../app/ui/errors';
import { useFormat } from '../../app/useFormat';
import { betweenSessionsQuery } from './callQueries';
import { ModerationItem } from './ModerationItem';
import './ModerationQueuePage.css';

export const queueProjectQuery = graphql(`
  query ModerationQueueProject($id: ID!) {
    project(id: $id) {
      id
      title
    }
  }
`);

function Section(props: { id: string; title: string; count: number; empty?: string; children: ReactNode }) {
  const format = useFormat();
  if (props.count === 0 && !props.empty) return null;
  return (
    <section className="moderation-queue__section" aria-labelledby={props.id}>
      <h2 id={props.id}>
        {props.title} <span className="count">{format.number(props.count)}</span>
      </h2>
      {props.count === 0 ? <p className="empty-state">{props.empty}</p> : props.children}
    </section>
  );
}

// /projects/:projectId/between-sessions: what participants sent to the project's calls, the oldest first, for a
// facilitator to approve, correct or hide; below, what was decided already (a decision can be changed).
export function ModerationQueuePage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation(['call', 'app']);
  const [decided, setDecided] = useState<string>();
  const project = useQuery(queueProjectQuery, { variables: { id: projectId } });
  // What came in since the project page was open shows at once: the cached list first, then the server's.
  const { data, error, refetch } = useQuery(betweenSessionsQuery, {
    variables: { projectId },
    fetchPolicy: 'cache-and-network',
  });

  if (isNotFound(error) || isNotFound(project.error)) return <NotFoundPage />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data || !project.data) return <LoadingState />;

  const queue = data.betweenSessions;
  const title = project.data.project.title;
  const waiting = queue.waitingChallenges.length + queue.waitingIdeas.length;
  const item = { projectId, onDecided: setDecided };
  return (
    <article className="moderation-queue" aria-labelledby="moderation-title">
      <title>{`${t('queue.title')} · ${title} · ${t('app:appName')}`}</title>
      <PageBreadcrumbs
        crumbs={[
          { href: '/', label: t('app:nav.projects') },
          { href: `/projects/${projectId}`, label: title },
          { label: t('queue.title') },
        ]}
      />
      <header className="page-header">
        <h1 id="moderation-title">{t('queue.title')}</h1>
        <p className="page-header__lead">{t('queue.lead')}</p>
      </header>
      {decided && <output className="form-success">{decided}</output>}
      <Section id="moderation-waiting" title={t('queue.waiting')} count={waiting} empty={t('queue.empty')}>
        <ModerationList challenges={queue.waitingChallenges} ideas={queue.waitingIdeas} {...item} />
      </Section>
      <Section
        id="moderation-approved"
        title={t('queue.approved')}
        count={queue.approvedChallenges.length + queue.approvedIdeas.length}
      >
        <ModerationList challenges={queue.approvedChallenges} ideas={queue.approvedIdeas} {...item} />
      </Section>
      <Section
        id="moderation-hidden"
        title={t('queue.hidden')}
        count={queue.hiddenChallenges.length + queue.hiddenIdeas.length}
      >
        <ModerationList challenges={queue.hiddenChallenges} ideas={queue.hiddenIdeas} {...item} />
      </Section>
    </article>
  );
}

type ItemOf<K> = Extract<ComponentProps<typeof ModerationItem>, { kind: K }>;

// One group of the queue: its challenges, then its ideas.
function ModerationList(props: {
  challenges: readonly (ItemOf<'challenge'>['challenge'] & { id: string })[];
  ideas: readonly (ItemOf<'idea'>['idea'] & { id: string })[];
  projectId: string;
  onDecided: (message: string) => void;
}) {
  const item = { projectId: props.projectId, onDecided: props.onDecided };
  return (
    <ul className="moderation-queue__list">
      {props.challenges.map((challenge) => (
        <li key={challenge.id}>
          <ModerationItem kind="challenge" challenge={challenge} {...item} />
        </li>
      ))}
      {props.ideas.map((idea) => (
        <li key={idea.id}>
          <ModerationItem kind="idea" idea={idea} {...item} />
        </li>
      ))}
    </ul>
  );
}
