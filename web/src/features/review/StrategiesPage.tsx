import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from '../../app/router';
import type { InboxOrder, InboxState, ResponseDecision, StrategyInboxFilter } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { SelectInput } from '../../app/ui/SelectInput';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { useFormat } from '../../app/useFormat';
import { decisions } from './RespondForm';
import { inboxProjectsQuery, strategyInboxQuery } from './inboxQuery';
import { StrategyReview } from './StrategyReview';
import './StrategiesPage.css';

const ALL = 'all';
const STATES = ['WAITING', 'DECIDED', ALL] as const;
const AGES = [ALL, '14', '30', '90'] as const;
const ORDERS: readonly InboxOrder[] = ['OLDEST_FIRST', 'NEWEST_FIRST'];

// What the reviewer chose, kept in the address so that a filtered inbox can be bookmarked or shared.
function useInboxFilter() {
  const [params, setParams] = useSearchParams();
  const state = (STATES as readonly string[]).includes(params.get('state') ?? '') ? params.get('state')! : 'WAITING';
  const project = params.get('project') ?? ALL;
  const session = params.get('session') ?? ALL;
  const decision = params.get('decision') ?? ALL;
  const age = (AGES as readonly string[]).includes(params.get('age') ?? '') ? params.get('age')! : ALL;
  const order: InboxOrder = params.get('order') === 'NEWEST_FIRST' ? 'NEWEST_FIRST' : 'OLDEST_FIRST';
  const set = (key: string, value: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value === ALL || (key === 'state' && value === 'WAITING') || (key === 'order' && value === 'OLDEST_FIRST'))
          next.delete(key);
        else next.set(key, value);
        // Another project's sessions are not this one's.
        if (key === 'project') next.delete('session');
        return next;
      },
      { replace: true },
    );
  const filter: StrategyInboxFilter = {
    ...(state !== ALL ? { state: state as InboxState } : {}),
    ...(project !== ALL ? { projectId: project } : {}),
    ...(session !== ALL ? { sessionId: session } : {}),
    ...(decision !== ALL ? { decisions: [decision as ResponseDecision] } : {}),
    ...(age !== ALL ? { minDaysOld: Number(age) } : {}),
  };
  return { state, project, session, decision, age, order, filter, set };
}

// The municipality's inbox: the strategies sent to it across its projects, waiting longest first unless the
// reviewer asks otherwise, a page at a time. "Waiting for a decision" holds the unanswered and those under study.
export function StrategiesPage() {
  const { t } = useTranslation(['review', 'app']);
  const format = useFormat();
  const { state, project, session, decision, age, order, filter, set } = useInboxFilter();
  const projects = useQuery(inboxProjectsQuery);
  const { data, error, refetch, fetchMore, loading } = useQuery(strategyInboxQuery, {
    variables: { filter, order },
    notifyOnNetworkStatusChange: true,
  });
  const [announcement, setAnnouncement] = useState('');
  const projectList = (projects.data?.projects.edges ?? []).map(({ node }) => node);
  const sessions = projectList.find((p) => p.id === project)?.sessions.edges.map(({ node }) => node) ?? [];
  const inbox = data?.strategyInbox;
  const announce = (key: 'answeredMessage' | 'editedMessage' | 'postedMessage') => (title: string) => {
    setAnnouncement(t(`page.${key}`, { title }));
    void refetch();
  };

  return (
    <section className="strategies-page" aria-labelledby="strategies-title">
      <title>{`${t('page.title')} · ${t('app:appName')}`}</title>
      <header className="page-header">
        <h1 id="strategies-title">{t('page.title')}</h1>
        <p className="page-header__lead">{t('page.lead')}</p>
        <p className="page-header__meta">
          <Link to="/strategies/overview">{t('page.toOverview')}</Link>
        </p>
      </header>

      <search className="strategies-page__filters" aria-label={t('filter.label')}>
        <SelectInput
          label={t('filter.state')}
          selectedKey={state}
          onSelectionChange={(key) => set('state', String(key))}
          items={STATES.map((id) => ({ id, label: t(`filter.states.${id}`) }))}
        />
        <SelectInput
          label={t('filter.project')}
          selectedKey={project}
          onSelectionChange={(key) => set('project', String(key))}
          items={[
            { id: ALL, label: t('filter.allProjects') },
            ...projectList.map((p) => ({ id: p.id, label: p.title })),
          ]}
        />
        <SelectInput
          label={t('filter.session')}
          selectedKey={session}
          isDisabled={project === ALL}
          onSelectionChange={(key) => set('session', String(key))}
          items={[
            { id: ALL, label: t('filter.allSessions') },
            ...sessions.map((s) => ({ id: s.id, label: `${s.title} (${format.dayOf(s.startsAt)})` })),
          ]}
        />
        <SelectInput
          label={t('filter.decision')}
          selectedKey={decision}
          onSelectionChange={(key) => set('decision', String(key))}
          items={[
            { id: ALL, label: t('filter.anyDecision') },
            ...decisions.map((d) => ({ id: d, label: t(`decision.${d}`) })),
          ]}
        />
        <SelectInput
          label={t('filter.age')}
          selectedKey={age}
          onSelectionChange={(key) => set('age', String(key))}
          items={AGES.map((id) => ({ id, label: t(`filter.ages.${id}`) }))}
        />
        <SelectInput
          label={t('filter.order')}
          selectedKey={order}
          onSelectionChange={(key) => set('order', String(key))}
          items={ORDERS.map((id) => ({ id, label: t(`filter.orders.${id}`) }))}
        />
      </search>

      <output className="strategies-page__status">{announcement}</output>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !inbox ? (
        <LoadingState />
      ) : (
        <>
          <output className="strategies-page__count">
            {t('page.count', { count: inbox.totalCount, formatted: format.number(inbox.totalCount) })}
          </output>
          {inbox.edges.length === 0 ? (
            <p className="empty-state">{t('page.empty')}</p>
          ) : (
            <ul className="strategies-page__list">
              {inbox.edges.map(({ node }) => (
                <li key={node.id}>
                  <StrategyReview
                    strategy={node}
                    onAnswered={announce('answeredMessage')}
                    onEdited={announce('editedMessage')}
                    onPosted={announce('postedMessage')}
                  />
                </li>
              ))}
            </ul>
          )}
          {inbox.pageInfo.hasNextPage && (
            <div className="strategies-page__more">
              <SubmitButton
                type="button"
                className="button button--secondary"
                pending={loading}
                onPress={() => void fetchMore({ variables: { after: inbox.pageInfo.endCursor } })}
              >
                {t('page.more')}
              </SubmitButton>
            </div>
          )}
        </>
      )}
    </section>
  );
}
