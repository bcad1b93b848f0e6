import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-aria-components';
import { ErrorBoundary } from 'react-error-boundary';
import { Link, Outlet, useLocation, useNavigate, type NavigateOptions } from 'react-router';
import { AccountMenuPlaceholder } from './AccountMenuPlaceholder';
import { LanguagePickerPlaceholder } from './LanguagePickerPlaceholder';
import { currentNavigationKey, navigationByRole, signInPath } from './navigation';
import { RouteError } from './RouteError';
import { LoadingState } from './ui/LoadingState';
import { useForgetAccountData, useViewer } from './viewer';
import './Shell.css';

// The picker's popover and list machinery is the largest part of react-aria we use; it loads after
// the page (or as soon as a pointer comes near it), so that it does not compete with the page for a
// slow connection. The account menu is built the same way and only staff need it.
const LanguagePicker = lazy(async () => ({ default: (await import('./LanguagePicker')).LanguagePicker }));
const AccountMenu = lazy(async () => ({ default: (await import('../features/account/AccountMenu')).AccountMenu }));

declare module 'react-aria-components' {
  interface RouterConfig {
    routerOptions: NavigateOptions;
  }
}

function Logo() {
  return (
    <svg className="brand__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="12" cy="14" r="9" fill="var(--color-brand)" />
      <circle cx="21" cy="18" r="9" fill="var(--color-accent)" fillOpacity="0.9" />
      <path d="M9 14h6M18 18h6" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}

// Staff find their account menu at the end of the header; everyone else a way to sign in.
function HeaderAccount() {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const { viewer, account } = useViewer();
  if (!viewer) return null;
  if (account) {
    return (
      <Suspense fallback={<AccountMenuPlaceholder name={account.displayName} />}>
        <AccountMenu account={account} />
      </Suspense>
    );
  }
  // The landing page and the sign-in page offer it themselves; an invitation is for a new account.
  if (pathname === '/sign-in' || pathname === '/' || pathname.startsWith('/invitations/')) return null;
  // Back to this page after signing in.
  const next = `${pathname}${search}`;
  return (
    <Link to={signInPath(next)} className="button button--secondary site-header__sign-in">
      {t('account.signIn')}
    </Link>
  );
}

// The navigation of the signed-in staff member's role, on a row of its own below the header's top row.
function HeaderNavigation() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const { account } = useViewer();
  if (!account) return null;
  const items = navigationByRole[account.role];
  const current = currentNavigationKey(items, pathname);
  return (
    <nav className="site-nav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <Link to={item.href} className="site-nav__link" aria-current={item.key === current ? 'page' : undefined}>
              {t(`nav.${item.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// Rendered beside the page, inside its Suspense boundary: it mounts once the page's code has arrived.
function PageShown({ onShown }: { onShown: () => void }) {
  useEffect(onShown, [onShown]);
  return null;
}

// The layout of every page: skip link, header with navigation and language, main, footer.
export function Shell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);
  const [pickerWanted, setPickerWanted] = useState(false);
  const wantPicker = useCallback(() => setPickerWanted(true), []);
  useForgetAccountData(useViewer().account?.id);

  // After a client-side navigation, put keyboard and screen-reader focus at the start of the new page.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    main.current?.focus();
  }, [pathname]);

  return (
    // Links inside navigate client-side; the app has no base path, so hrefs need no rewriting (no useHref).
    <RouterProvider navigate={(to, options) => void navigate(to, options)}>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__inner container">
          <Link to="/" className="brand">
            <Logo />
            <span className="brand__text">
              <span className="brand__name">{t('appName')}</span>
              <span className="brand__tagline">{t('tagline')}</span>
            </span>
          </Link>
          {pickerWanted ? (
            <Suspense fallback={<LanguagePickerPlaceholder />}>
              <LanguagePicker />
            </Suspense>
          ) : (
            <LanguagePickerPlaceholder onIntent={wantPicker} />
          )}
          <HeaderAccount />
          <HeaderNavigation />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main container">
        {/* A failing page leaves the header usable; moving to another page clears the error. */}
        <ErrorBoundary FallbackComponent={RouteError} resetKeys={[pathname]}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
            <PageShown onShown={wantPicker} />
          </Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer.about')}</p>
        </div>
      </footer>
    </RouterProvider>
  );
}
