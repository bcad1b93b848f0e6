import { Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from 'react-error-boundary';
import { Link, useSearchParams, useUrl } from '../../app/router';
import { languages } from '../../app/i18n';
import { RouteError } from '../../app/RouteError';
import { LoadingState } from '../../app/ui/LoadingState';
import './outcome.css';

function Logo() {
  return (
    <svg className="outcomes-header__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="12" cy="14" r="9" fill="var(--color-brand)" />
      <circle cx="21" cy="18" r="9" fill="var(--color-accent)" fillOpacity="0.9" />
      <path d="M9 14h6M18 18h6" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}

// The frame of the public outcome pages: no sign-in, no staff navigation. The languages are plain links
// (`?lang=`), so that they work before the app has loaded, or without it: the server renders these pages.
export function OutcomesLayout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation(['outcome', 'app']);
  const [params] = useSearchParams();
  const { pathname } = useUrl();
  const asked = params.get('lang');
  const current = i18n.resolvedLanguage ?? i18n.language;
  useEffect(() => {
    if (asked && asked !== current && languages.some((l) => l.code === asked)) void i18n.changeLanguage(asked);
  }, [asked, current, i18n]);
  return (
    <div className="outcomes">
      <a className="skip-link" href="#main">
        {t('app:skipToContent')}
      </a>
      <header className="outcomes-header">
        <div className="outcomes-header__inner">
          <Link to="/outcomes" className="outcomes-header__brand">
            <Logo />
            <span>{t('app:appName')}</span>
          </Link>
          <nav aria-label={t('languages')} className="outcomes-languages">
            <ul>
              {languages.map((language) => (
                <li key={language.code}>
                  <Link
                    to={`${pathname}?lang=${language.code}`}
                    lang={language.code}
                    hrefLang={language.code}
                    aria-current={language.code === current ? 'true' : undefined}
                  >
                    {language.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="outcomes-main">
        <ErrorBoundary FallbackComponent={RouteError} resetKeys={[pathname]}>
          <Suspense fallback={<LoadingState />}>{children}</Suspense>
        </ErrorBoundary>
      </main>
      <footer className="outcomes-footer">
        <p>{t('footer')}</p>
      </footer>
    </div>
  );
}
