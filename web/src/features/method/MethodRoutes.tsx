import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Route, Switch } from '../../app/router';
import { NotFoundPage } from '../../app/NotFoundPage';
import { hasRole, useViewer } from '../../app/viewer';
import { MethodFormPage } from './MethodFormPage';
import { MethodPage } from './MethodPage';
import { MethodsPage } from './MethodsPage';

// Those who write their organisation's methods: the roles that plan sessions.
const planners = ['FACILITATOR' as const, 'ADMINISTRATOR' as const];

// The shell's <StaffOnly roles> says the same for a whole page; importing it here would split it out of the first page.
function PlannersOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { account } = useViewer();
  if (hasRole(account, ...planners)) return children;
  return (
    <section className="page-message" aria-labelledby="not-allowed-title">
      <title>{`${t('notAllowed.title')} · ${t('appName')}`}</title>
      <h1 id="not-allowed-title">{t('notAllowed.title')}</h1>
      <p>{t('notAllowed.body', { roles: planners.map((role) => t(`role.${role}`)).join(', ') })}</p>
      <Link className="button" to="/">
        {t('notFound.home')}
      </Link>
    </section>
  );
}

// The library's pages, one chunk loaded when the library is first opened (the app's first page stays as small as it
// was): the list, a method, and the form to write or change one.
export function MethodRoutes() {
  return (
    <Switch>
      <Route path="/methods">
        <MethodsPage />
      </Route>
      <Route path="/methods/new">
        <PlannersOnly>
          <MethodFormPage />
        </PlannersOnly>
      </Route>
      <Route path="/methods/:methodId">
        <MethodPage />
      </Route>
      <Route path="/methods/:methodId/edit">
        <PlannersOnly>
          <MethodFormPage />
        </PlannersOnly>
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
