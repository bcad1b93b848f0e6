import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../participant/fields';
import { CheckIcon } from '../participant/icons';
import { CONSENT_TEXT_VERSION } from './joinCode';
import { SessionPreview, type Preview } from './SessionPreview';
import { StepHeading } from './StepHeading';

function Box() {
  return (
    <span className="join__box" aria-hidden="true">
      <CheckIcon />
    </span>
  );
}

// The session as it is, then what is recorded and why, in short sentences; taking part needs a
// yes, research is a separate and free choice.
export function ConsentStep(props: {
  focusHeading: boolean;
  preview: Preview;
  research: boolean;
  onBack: () => void;
  onNext: (research: boolean) => void;
}) {
  const { t } = useTranslation('join');
  const [agreed, setAgreed] = useState(false);
  const [research, setResearch] = useState(props.research);
  const [missing, setMissing] = useState(false);
  const back = (
    <button type="button" className="button button--secondary" onClick={props.onBack}>
      {t('back')}
    </button>
  );

  if (!props.preview.live) {
    return (
      <div className="join__step">
        <StepHeading focus={props.focusHeading}>{t('preview.heading')}</StepHeading>
        <SessionPreview preview={props.preview} />
        <output className="join__note">{t('preview.notLiveBody')}</output>
        <div className="join__actions">{back}</div>
      </div>
    );
  }

  return (
    <form
      className="join__step"
      aria-labelledby="join-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (!agreed) {
          setMissing(true);
          return;
        }
        props.onNext(research);
      }}
    >
      <StepHeading focus={props.focusHeading}>{t('preview.heading')}</StepHeading>
      <SessionPreview preview={props.preview} />
      <section className="consent-text" aria-labelledby="consent-heading">
        <h2 id="consent-heading">{t('consent.heading')}</h2>
        <ul className="consent-text__points">
          <li>{t('consent.what')}</li>
          <li>{t('consent.optional')}</li>
          <li>{t('consent.why')}</li>
          <li>{t('consent.private')}</li>
          <li>{t('consent.rights')}</li>
        </ul>
        <p className="consent-text__version">{t('consent.version', { version: CONSENT_TEXT_VERSION })}</p>
      </section>
      <div className="join__choices">
        <Checkbox
          className="join__checkbox"
          isSelected={agreed}
          onChange={(value) => {
            setAgreed(value);
            if (value) setMissing(false);
          }}
          isInvalid={missing}
          describedBy={missing ? 'consent-missing' : undefined}
        >
          <Box />
          {t('consent.agree')}
        </Checkbox>
        {missing && (
          <p className="join__field-error" id="consent-missing" role="alert">
            {t('consent.agreeRequired')}
          </p>
        )}
        <Checkbox className="join__checkbox" isSelected={research} onChange={setResearch}>
          <Box />
          {t('consent.research')}
        </Checkbox>
      </div>
      <div className="join__actions">
        {back}
        <button type="submit" className="button join__next">
          {t('next')}
        </button>
      </div>
    </form>
  );
}
