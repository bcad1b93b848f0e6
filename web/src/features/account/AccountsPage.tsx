import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-aria-components';
import { graphql } from '../../gql';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { useFormat } from '../../app/useFormat';
import { useViewer } from '../../app/viewer';
import { AccountCard } from './AccountCard';
import '../../app/ui/AdminPages.css';

export const accountsPageQuery = graphql(`
  query AccountsPage($after: String) {
    accounts(first: 100, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...AccountCard_account
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    projects(first: 200) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

// The staff accounts of the administrator's organisations: role, projects, and whether they can sign in.
export function AccountsPage() {
  const { t } = useTranslation(['account', 'app']);
  const format = useFormat();
  const { account: viewer } = useViewer();
  const { data, loading, error, refetch, fetchMore } = useQuery(accountsPageQuery, {
    notifyOnNetworkStatusChange: true,
  });
  const accounts = data?.accounts;
  const projects = data?.projects.edges.map((edge) => edge.node) ?? [];
  return (
    <section className="admin-page" aria-labelledby="accounts-title">
      <title>{`${t('accounts.title')} · ${t('app:appName')}`}</title>
      <header className="page-header">
        <h1 id="accounts-title">{t('accounts.title')}</h1>
        <p className="page-header__lead">{t('accounts.lead')}</p>
        {accounts && (
          <p className="page-header__meta">
            {t('accounts.count', { count: accounts.totalCount, formatted: format.number(accounts.totalCount) })}
          </p>
        )}
        <div className="admin-page__toolbar">
          <Link className="button" href="/admin/accounts/invite">
            <span aria-hidden="true">+</span> {t('accounts.invite')}
          </Link>
        </div>
      </header>
      {error && !accounts ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !accounts ? (
        <LoadingState />
      ) : (
        <div className="admin-page__main">
          <ul className="stack" aria-labelledby="accounts-title">
            {accounts.edges.map(({ node }) => (
              <li key={node.id}>
                <AccountCard account={node} projects={projects} isSelf={node.id === viewer?.id} />
              </li>
            ))}
          </ul>
          {accounts.pageInfo.hasNextPage && (
            <SubmitButton
              type="button"
              className="button button--secondary"
              pending={loading}
              onPress={() => void fetchMore({ variables: { after: accounts.pageInfo.endCursor } })}
            >
              {t('accounts.more')}
            </SubmitButton>
          )}
        </div>
      )}
    </section>
  );
}
