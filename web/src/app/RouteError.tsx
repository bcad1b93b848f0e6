import { useTranslation } from 'react-i18next';
import { getErrorMessage, type FallbackProps } from 'react-error-boundary';

// Shown when a page cannot be shown at all, for example when its code failed to download.
export function RouteError({ error }: FallbackProps) {
  const { t } = useTranslation();
  const detail = getErrorMessage(error);
  return (
    <section className="page-message" role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.page')}</p>
      {detail && <p className="page-message__detail">{detail}</p>}
      {/* A full page load: it fetches the app's code afresh. */}
      <a className="button" href="/">
        {t('error.reload')}
      </a>
    </section>
  );
}

export function RootError(props: FallbackProps) {
  return (
    <main id="main" className="site-main container">
      <RouteError {...props} />
    </main>
  );
}
