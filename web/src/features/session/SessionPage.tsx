import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { useParams } from '../../app/router';
import { graphql } from '../../gql';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageBreadcrumbs } from '../../app/ui/PageBreadcrumbs';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { isNotFound } from '../../app/ui/errors';
import { ChallengeBoard } from '../challenge/ChallengeBoard';
import { StrategyList } from '../strategy/StrategyList';
import { VotingRoundList } from '../vote/VotingRoundList';
import { AgendaList } from './AgendaList';
import { SessionFacts } from './SessionFacts';
import { SessionStatusBadge } from './SessionStatusBadge';
import { SessionWorkshopLinks } from './WorkshopLinks';
import './SessionPage.css';

// The minutes and photos, with their editor: a chunk of their own, fetched when a session has them to show.
const SessionRecord = lazy(() => import('../minutes/SessionRecord'));

export const sessionPageQuery = graphql(`
  query SessionPage($id: ID!) {
    session(id: $id) {
      id
      title
      status
      project {
        id
        title
      }
      ...SessionFacts_session
      ...AgendaList_session
      ...ChallengeBoard_session
      ...VotingRoundList_session
      ...StrategyList_session
    }
  }
`);

// Every namespace the page's parts speak in, loaded together rather than one after another.
const namespaces = ['session', 'challenge', 'theme', 'idea', 'vote', 'strategy', 'review', 'app'] as const;

// One workshop: its facts and agenda, then the board, the voting rounds and the strategies.
export function SessionPage() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation(namespaces);
  const { data, error, refetch } = useQuery(sessionPageQuery, { variables: { id: sessionId } });

  if (error && isNotFound(error)) return <NotFoundPage />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data) return <LoadingState />;

  const session = data.session;
  return (
    <article className="session-page" aria-labelledby="session-title">
      <title>{`${session.title} · ${t('app:appName')}`}</title>
      <PageBreadcrumbs
        crumbs={[
          { href: '/', label: t('app:nav.projects') },
          { href: `/projects/${session.project.id}`, label: session.project.title },
          { label: session.title },
        ]}
      />
      <header className="page-header session-page__header">
        <h1 id="session-title">
          <bdi>{session.title}</bdi>
        </h1>
        <SessionStatusBadge status={session.status} />
        <SessionWorkshopLinks sessionId={session.id} status={session.status} />
      </header>

      <div className="session-page__overview">
        <section className="panel" aria-labelledby="session-details">
          <h2 id="session-details">{t('details')}</h2>
          <SessionFacts session={session} />
        </section>
        <section className="panel" aria-labelledby="session-agenda">
          <h2 id="session-agenda">{t('agenda.title')}</h2>
          <AgendaList session={session} />
        </section>
      </div>

      <section className="session-page__section" aria-labelledby="session-board">
        <h2 id="session-board">{t('challenge:board.title')}</h2>
        <p className="section-lead">{t('challenge:board.lead')}</p>
        <ChallengeBoard session={session} />
      </section>

      <section className="session-page__section" aria-labelledby="session-votes">
        <h2 id="session-votes">{t('vote:title')}</h2>
        <VotingRoundList session={session} />
      </section>

      <section className="session-page__section" aria-labelledby="session-strategies">
        <h2 id="session-strategies">{t('strategy:title')}</h2>
        <p className="section-lead">{t('strategy:lead')}</p>
        <StrategyList session={session} />
      </section>

      {session.status !== 'DRAFT' && session.status !== 'SCHEDULED' && (
        <Suspense fallback={<LoadingState />}>
          <SessionRecord sessionId={session.id} />
        </Suspense>
      )}
    </article>
  );
}
