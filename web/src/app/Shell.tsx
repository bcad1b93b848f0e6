import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, RouterProvider } from 'react-aria-components';
import { ErrorBoundary } from 'react-error-boundary';
import { Outlet, useLocation, useNavigate, type NavigateOptions } from 'react-router';
import { LanguagePickerPlaceholder } from './LanguagePickerPlaceholder';
import { RouteError } from './RouteError';
import { LoadingState } from './ui/QueryState';
import './Shell.css';

// The picker's popover and list machinery is the largest part of react-aria we use; it loads
// beside the page instead of before it (main.tsx starts the download at boot).
const LanguagePicker = lazy(async () => ({ default: (await import('./LanguagePicker')).LanguagePicker }));

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

// The layout of every page: skip link, header with navigation and language, main, footer.
export function Shell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);

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
          <Link href="/" className="brand">
            <Logo />
            <span className="brand__text">
              <span className="brand__name">{t('appName')}</span>
              <span className="brand__tagline">{t('tagline')}</span>
            </span>
          </Link>
          <nav className="site-nav" aria-label={t('nav.label')}>
            <ul>
              <li>
                <Link href="/" className="site-nav__link" aria-current={pathname === '/' ? 'page' : undefined}>
                  {t('nav.projects')}
                </Link>
              </li>
            </ul>
          </nav>
          <Suspense fallback={<LanguagePickerPlaceholder />}>
            <LanguagePicker />
          </Suspense>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="site-main container">
        {/* A failing page leaves the header usable; moving to another page clears the error. */}
        <ErrorBoundary FallbackComponent={RouteError} resetKeys={[pathname]}>
          <Suspense fallback={<LoadingState />}>
            <Outlet />
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
