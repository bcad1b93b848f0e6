import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button } from 'react-aria-components';
import { graphql } from '../../gql';
import type { AuditAction, AuditLogFilter } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { SelectInput } from '../../app/ui/SelectInput';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextInput } from '../../app/ui/TextInput';
import { useFormat } from '../../app/useFormat';
import './AuditLogPage.css';

export const auditLogPageQuery = graphql(`
  query AuditLogPage($after: String, $filter: AuditLogFilter) {
    auditLog(first: 50, after: $after, filter: $filter) {
      totalCount
      edges {
        cursor
        node {
          id
          at
          actorKind
          actorName
          actor
          action
          detail
          subjectId
          participantPseudonym
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const auditLogPeopleQuery = graphql(`
  query AuditLogPeople {
    accounts(first: 200) {
      edges {
        node {
          id
          displayName
        }
      }
    }
  }
`);

export const auditLogCsvQuery = graphql(`
  query AuditLogCsv($filter: AuditLogFilter) {
    auditLogCsv(filter: $filter)
  }
`);

const ACTIONS: AuditAction[] = ['READ', 'CREATE', 'UPDATE', 'EXPORT', 'ERASE'];
const ALL = 'all';

export interface AuditFilters {
  person: string;
  action: string;
  // Days as the date fields give them (yyyy-mm-dd), both included.
  from: string;
  to: string;
  participant: { id: string; pseudonym: string } | null;
}

const NO_FILTERS: AuditFilters = { person: ALL, action: ALL, from: '', to: '', participant: null };

// A day in the reader's own time zone, from its first moment; `to` is the day after the last one asked for.
const startOf = (day: string, plusDays = 0): string | null => {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return null;
  return new Date(y, m - 1, d + plusDays).toISOString();
};

export function filterOf(filters: AuditFilters): AuditLogFilter {
  return {
    actorAccountId: filters.person === ALL ? null : filters.person,
    action: filters.action === ALL ? null : (filters.action as AuditAction),
    from: filters.from ? startOf(filters.from) : null,
    to: filters.to ? startOf(filters.to, 1) : null,
    participantId: filters.participant?.id ?? null,
  };
}

// The CSV as a file the browser saves, named after the day it was made.
function save(csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `audit-log-${new Date().toISOString().slice(0, 10)}.csv`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

// Who read or changed which participant's personal data, and when: newest first, filtered by person, action
// and days, and exported as CSV.
export function AuditLogPage() {
  const { t } = useTranslation(['audit', 'app']);
  const format = useFormat();
  const client = useApolloClient();
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const [exporting, setExporting] = useState(false);
  const [exportFailed, setExportFailed] = useState(false);
  const variables = { filter: filterOf(filters) };
  const { data, loading, error, refetch, fetchMore } = useQuery(auditLogPageQuery, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const people = useQuery(auditLogPeopleQuery).data?.accounts.edges.map(({ node }) => node) ?? [];
  const log = data?.auditLog;
  const dateTime = new Intl.DateTimeFormat(format.language, { dateStyle: 'medium', timeStyle: 'short' });
  const set = (change: Partial<AuditFilters>) => setFilters((current) => ({ ...current, ...change }));
  const datesBackwards = !!filters.from && !!filters.to && filters.from > filters.to;
  const filtered = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);

  const exportCsv = async () => {
    if (datesBackwards) return;
    setExporting(true);
    setExportFailed(false);
    try {
      const result = await client.query({ query: auditLogCsvQuery, variables, fetchPolicy: 'no-cache' });
      if (!result.data) throw new Error('No CSV came back.');
      save(result.data.auditLogCsv);
    } catch {
      setExportFailed(true);
    } finally {
      setExporting(false);
    }
  };

  const detail = (value: string) => t(`auditDetail.${value}` as 'auditDetail.background', { defaultValue: value });

  return (
    <section className="admin-page audit-page" aria-labelledby="audit-log-title">
      <title>{`${t('auditLog.title')} · ${t('app:appName')}`}</title>
      <header className="page-header">
        <h1 id="audit-log-title">{t('auditLog.title')}</h1>
        <p className="page-header__lead">{t('auditLog.lead')}</p>
      </header>

      <search className="audit-filters" aria-label={t('auditLog.filters')}>
        <SelectInput
          label={t('auditLog.person')}
          selectedKey={filters.person}
          onSelectionChange={(key) => set({ person: String(key) })}
          items={[
            { id: ALL, label: t('auditLog.everyone') },
            ...people.map((p) => ({ id: p.id, label: p.displayName })),
          ]}
        />
        <SelectInput
          label={t('auditLog.action')}
          selectedKey={filters.action}
          onSelectionChange={(key) => set({ action: String(key) })}
          items={[
            { id: ALL, label: t('auditLog.allActions') },
            ...ACTIONS.map((action) => ({ id: action, label: t(`auditAction.${action}`) })),
          ]}
        />
        <TextInput label={t('auditLog.from')} type="date" value={filters.from} onChange={(from) => set({ from })} />
        <TextInput
          label={t('auditLog.to')}
          type="date"
          value={filters.to}
          onChange={(to) => set({ to })}
          validationBehavior="aria"
          validate={() => (datesBackwards ? t('auditLog.datesBackwards') : null)}
        />
        <div className="audit-filters__actions">
          {filters.participant && (
            <p className="audit-filters__chip">
              <span>
                {t('auditLog.onlyParticipant')} <bdi>{filters.participant.pseudonym}</bdi>
              </span>
              <Button
                className="audit-filters__chip-remove"
                aria-label={t('auditLog.removeParticipant', { pseudonym: filters.participant.pseudonym })}
                onPress={() => set({ participant: null })}
              >
                ×
              </Button>
            </p>
          )}
          {filtered && (
            <Button className="button button--secondary button--small" onPress={() => setFilters(NO_FILTERS)}>
              {t('auditLog.clearFilters')}
            </Button>
          )}
          <SubmitButton
            type="button"
            className="button button--small"
            pending={exporting}
            onPress={() => void exportCsv()}
          >
            {t('auditLog.exportCsv')}
          </SubmitButton>
        </div>
      </search>
      {exportFailed && (
        <p className="form-alert" role="alert">
          {t('auditLog.exportFailed')}
        </p>
      )}

      {log && (
        <p className="audit-page__count" aria-live="polite">
          {t(filtered ? 'auditLog.countFiltered' : 'auditLog.count', {
            count: log.totalCount,
            formatted: format.number(log.totalCount),
          })}
        </p>
      )}
      {datesBackwards ? null : error && !log ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !log ? (
        <LoadingState />
      ) : log.edges.length === 0 ? (
        <p className="empty-state">{t(filtered ? 'auditLog.noneMatch' : 'auditLog.empty')}</p>
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
                  <th scope="col">{t('auditLog.participantColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {log.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <td>
                      <time dateTime={node.at}>{dateTime.format(new Date(node.at))}</time>
                    </td>
                    <td>
                      {node.actorKind === 'STAFF' ? (
                        <bdi title={node.actor}>{node.actorName ?? node.actor}</bdi>
                      ) : (
                        t(node.actorKind === 'PARTICIPANT' ? 'auditLog.participant' : 'auditLog.anonymous')
                      )}
                    </td>
                    <td>{t(`auditAction.${node.action}`)}</td>
                    <td>{detail(node.detail)}</td>
                    <td>
                      {node.participantPseudonym ? (
                        <Button
                          className="audit-log__participant"
                          aria-label={t('auditLog.showOnly', { pseudonym: node.participantPseudonym })}
                          onPress={() =>
                            set({ participant: { id: node.subjectId, pseudonym: node.participantPseudonym ?? '' } })
                          }
                        >
                          <bdi>{node.participantPseudonym}</bdi>
                        </Button>
                      ) : (
                        '–'
                      )}
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
              onPress={() => void fetchMore({ variables: { ...variables, after: log.pageInfo.endCursor } })}
            >
              {t('auditLog.more')}
            </SubmitButton>
          )}
        </div>
      )}
    </section>
  );
}
