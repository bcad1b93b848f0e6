import { useTranslation } from 'react-i18next';
import { Link } from '../../app/router';

// A project that does not exist and one whose municipality keeps its outcomes closed look the same to a visitor.
export function PublicNotFound() {
  const { t } = useTranslation('outcome');
  return (
    <section className="page-message" aria-labelledby="outcome-missing">
      <title>{t('missing.title')}</title>
      <h1 id="outcome-missing">{t('missing.title')}</h1>
      <p>{t('missing.body')}</p>
      <Link className="button" to="/outcomes">
        {t('missing.all')}
      </Link>
    </section>
  );
}
