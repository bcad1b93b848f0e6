import { useTranslation } from 'react-i18next';
import { StepHeading } from './StepHeading';

// The personal code, once: with it the person is recognised next time, without anything personal.
export function DoneStep(props: {
  focusHeading: boolean;
  joined: { personalCode: string; returning: boolean; participant: { pseudonym: string } };
  onGo: () => void;
}) {
  const { t } = useTranslation('join');
  const { personalCode, returning, participant } = props.joined;
  return (
    <div className="join__step">
      <StepHeading focus={props.focusHeading}>
        {returning
          ? t('done.welcomeBack', { pseudonym: participant.pseudonym })
          : t('done.welcome', { pseudonym: participant.pseudonym })}
      </StepHeading>
      <section className="personal-code" aria-labelledby="personal-code-label">
        <h2 className="personal-code__label" id="personal-code-label">
          {t('done.codeLabel')}
        </h2>
        {/* Read out one character at a time; shown as one word. */}
        <p className="personal-code__value" dir="ltr" translate="no" aria-hidden="true">
          {personalCode}
        </p>
        <p className="visually-hidden">{personalCode.split('').join(' ')}</p>
        <p className="personal-code__keep">{t('done.keep')}</p>
      </section>
      <div className="join__actions">
        <button type="button" className="button join__next" onClick={props.onGo}>
          {t('done.go')}
        </button>
      </div>
    </div>
  );
}
