import { lazy, Suspense, useCallback, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from 'react-error-boundary';
import { Link, useUrl } from './router';
import { AccountMenuPlaceholder } from './AccountMenuPlaceholder';
import { loadWithAriaProviders } from './lazyPage';
import { LanguagePickerPlaceholder } from './LanguagePickerPlaceholder';
import { currentNavigationKey, navigationByRole, signInPath } from './navigation';
import { RouteError } from './RouteError';
import { LoadingState } from './ui/LoadingState';
import { useForgetAccountData, useViewer } from './viewer';
import './Shell.css';

// The picker's popover and list machinery is the largest part of react-aria we use: it loads when the reader reaches
// for the picker (LanguagePickerPlaceholder), not with the page. The account menu loads after the page: only staff
// need it.
// Loaded once (hover, focus and press all ask); asked again only after a failed load.
let pickerLoading: Promise<ComponentType<{ openAtOnce?: boolean }>> | undefined;
const loadLanguagePicker = () =>
  (pickerLoading ??= loadWithAriaProviders(async () => (await import('./LanguagePicker')).LanguagePicker).catch(
    (error: unknown) => {
      pickerLoading = undefined;
      throw error;
    },
  ));
const AccountMenu = lazy(async () => ({
  default: await loadWithAriaProviders(async () => (await import('../features/account/AccountMenu')).AccountMenu),
}));

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
  const { pathname, search } = useUrl();
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
  const { pathname } = useUrl();
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

// The layout of every page: skip link, header with navigation and language, main, footer.
export function Shell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useUrl();
  const main = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);
  const [Picker, setPicker] = useState<ComponentType<{ openAtOnce?: boolean }>>();
  // Loaded before it is shown, so that the stand-in keeps its place (and focus) until the picker can take over.
  const preloadPicker = useCallback(() => void loadLanguagePicker().catch(() => undefined), []);
  const openPicker = useCallback(
    // Offline, the press does nothing (the stand-in stays); the next one tries again.
    () =>
      void loadLanguagePicker()
        .then((picker) => setPicker(() => picker))
        .catch(() => undefined),
    [],
  );
  useForgetAccountData(useViewer().account?.id);

  // After a client-side navigation, put keyboard and screen-reader focus at the start of the new page.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    main.current?.focus();
  }, [pathname]);

  return (
    <>
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
          {Picker ? <Picker openAtOnce /> : <LanguagePickerPlaceholder onIntent={preloadPicker} onOpen={openPicker} />}
          <HeaderAccount />
          <HeaderNavigation />
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main container">
        {/* A failing page leaves the header usable; moving to another page clears the error. */}
        <ErrorBoundary FallbackComponent={RouteError} resetKeys={[pathname]}>
          <Suspense fallback={<LoadingState />}>{children}</Suspense>
        </ErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer.about')}</p>
        </div>
      </footer>
    </>
  );
}
