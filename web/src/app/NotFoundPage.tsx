import { useTranslation } from 'react-i18next';
import { Link } from './router';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <section className="page-message" aria-labelledby="not-found-title">
      <title>{`${t('notFound.title')} · ${t('appName')}`}</title>
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <Link className="button" to="/">
        {t('notFound.home')}
      </Link>
    </section>
  );
}
