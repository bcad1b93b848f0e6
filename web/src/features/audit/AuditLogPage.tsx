import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { useFormat } from '../../app/useFormat';
import './AuditLogPage.css';

export const auditLogPageQuery = graphql(`
  query AuditLogPage($after: String) {
    auditLog(first: 50, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          at
          actor
          action
          detail
          subjectType
          subjectId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// Who read or changed which personal data, and when: newest first.
export function AuditLogPage() {
  const { t } = useTranslation(['audit', 'app']);
  const format = useFormat();
  const { data, loading, error, refetch, fetchMore } = useQuery(auditLogPageQuery, {
    notifyOnNetworkStatusChange: true,
  });
  const log = data?.auditLog;
  const dateTime = new Intl.DateTimeFormat(format.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="admin-page" aria-labelledby="audit-log-title">
      <title>{`${t('auditLog.title')} · ${t('app:appName')}`}</title>
      <header className="page-header">
        <h1 id="audit-log-title">{t('auditLog.title')}</h1>
        <p className="page-header__lead">{t('auditLog.lead')}</p>
        {log && (
          <p className="page-header__meta">
            {t('auditLog.count', { count: log.totalCount, formatted: format.number(log.totalCount) })}
          </p>
        )}
      </header>
      {error && !log ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !log ? (
        <LoadingState />
      ) : log.edges.length === 0 ? (
        <p className="empty-state">{t('auditLog.empty')}</p>
      ) : (
        <div className="admin-page__main">
          {/* A wide table scrolls on its own on a phone; focusable, so that a keyboard can scroll it. */}
          {/* oxlint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
          <section className="audit-log__scroller" aria-labelledby="audit-log-title" tabIndex={0}>
            <table className="audit-log">
              <thead>
                <tr>
                  <th scope="col">{t('auditLog.when')}</th>
                  <th scope="col">{t('auditLog.who')}</th>
                  <th scope="col">{t('auditLog.action')}</th>
                  <th scope="col">{t('auditLog.data')}</th>
                  <th scope="col">{t('auditLog.record')}</th>
                </tr>
              </thead>
              <tbody>
                {log.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <td>
                      <time dateTime={node.at}>{dateTime.format(new Date(node.at))}</time>
                    </td>
                    <td>
                      <bdi>{node.actor === 'participant' ? t('auditLog.participant') : node.actor}</bdi>
                    </td>
                    <td>{t(`auditAction.${node.action}`)}</td>
                    <td>
                      <bdi>{node.detail}</bdi>
                    </td>
                    <td>
                      {node.subjectType}{' '}
                      <code className="audit-log__id" title={node.subjectId}>
                        {node.subjectId.slice(0, 8)}
                      </code>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          {log.pageInfo.hasNextPage && (
            <SubmitButton
              type="button"
              className="button button--secondary"
              pending={loading}
              onPress={() => void fetchMore({ variables: { after: log.pageInfo.endCursor } })}
            >
              {t('auditLog.more')}
            </SubmitButton>
          )}
        </div>
      )}
    </section>
  );
}
