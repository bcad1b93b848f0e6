import { useTranslation } from 'react-i18next';
import { Link } from './router';
import './LandingPage.css';

// The home page of a visitor who is not signed in: what Samenspraak is, and the two ways in.
export function LandingPage() {
  const { t } = useTranslation();
  return (
    <section className="landing" aria-labelledby="landing-title">
      <title>{`${t('appName')} · ${t('tagline')}`}</title>
      <header className="landing__intro">
        <h1 id="landing-title">{t('landing.title')}</h1>
        <p className="landing__lead">{t('landing.lead')}</p>
      </header>
      <ul className="landing__ways">
        <li className="landing__way landing__way--participant">
          <h2>{t('landing.participant.title')}</h2>
          <p>{t('landing.participant.body')}</p>
          <Link className="button landing__cta" to="/join">
            {t('landing.participant.action')}
          </Link>
        </li>
        <li className="landing__way">
          <h2>{t('landing.staff.title')}</h2>
          <p>{t('landing.staff.body')}</p>
          <Link className="button button--secondary landing__cta" to="/sign-in">
            {t('landing.staff.action')}
          </Link>
        </li>
      </ul>
    </section>
  );
}
