import { useTranslation } from 'react-i18next';
import { Link, Redirect, useUrl } from './router';
import type { StaffRole } from '../gql/graphql';
import type { LazyPage } from './lazyPage';
import { signInPath } from './navigation';
import { LoadingState } from './ui/LoadingState';
import { LazyErrorState as ErrorState } from './ui/LazyErrorState';
import { hasRole, useViewer } from './viewer';

// A page for signed-in staff: anyone else is sent to sign in and comes back here afterwards;
// a staff member whose role the page is not for is told so.
export function StaffOnly({ page: Page, roles }: { page: LazyPage; roles?: StaffRole[] }) {
  const { t } = useTranslation();
  const { pathname, search } = useUrl();
  const { viewer, account, error, refetch } = useViewer();
  if (!viewer) {
    // Most visitors of a staff page are staff: fetch the page while asking who this is.
    void Page.preload();
    return error ? <ErrorState error={error} onRetry={() => void refetch()} level={1} /> : <LoadingState />;
  }
  if (!account) return <Redirect to={signInPath(`${pathname}${search}`)} replace />;
  if (roles && !hasRole(account, ...roles)) {
    return (
      <section className="page-message" aria-labelledby="not-allowed-title">
        <title>{`${t('notAllowed.title')} · ${t('appName')}`}</title>
        <h1 id="not-allowed-title">{t('notAllowed.title')}</h1>
        <p>{t('notAllowed.body', { roles: roles.map((role) => t(`role.${role}`)).join(', ') })}</p>
        <Link className="button" to="/">
          {t('notFound.home')}
        </Link>
      </section>
    );
  }
  return <Page />;
}
