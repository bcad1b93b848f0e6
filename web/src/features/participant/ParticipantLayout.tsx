import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBoundary } from 'react-error-boundary';
import { useUrl } from '../../app/router';
import { RouteError } from '../../app/RouteError';
import { LoadingState } from '../../app/ui/QueryState';
import './ParticipantLayout.css';

function Logo() {
  return (
    <svg className="participant-header__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="12" cy="14" r="9" fill="var(--color-brand)" />
      <circle cx="21" cy="18" r="9" fill="var(--color-accent)" fillOpacity="0.9" />
      <path d="M9 14h6M18 18h6" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}

// The frame of a participant's phone: the name of the app, an optional tool on the other side,
// and the page. No staff navigation, no footer: a small screen keeps room for the work.
export function ParticipantLayout(props: { children: ReactNode; tool?: ReactNode }) {
  const { t } = useTranslation();
  const { pathname } = useUrl();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="participant-header">
        <div className="participant-header__inner">
          <p className="participant-header__brand">
            <Logo />
            <span>{t('appName')}</span>
          </p>
          {props.tool}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="participant-main">
        <ErrorBoundary FallbackComponent={RouteError} resetKeys={[pathname]}>
          <Suspense fallback={<LoadingState />}>{props.children}</Suspense>
        </ErrorBoundary>
      </main>
    </>
  );
}
