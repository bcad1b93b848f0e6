import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../app/ui/LoadingState';
import { useHydrated } from '../../app/useHydrated';
import { TextBox } from '../participant/fields';
import { LanguageChoice } from '../participant/LanguageChoice';
import { StepHeading } from './StepHeading';

// The first screen: the language (so that everything after it reads in it) and the code from the room.
export function StartStep(props: {
  focusHeading: boolean;
  code: string;
  onCodeChange: (code: string) => void;
  fromLink: boolean;
  checking: boolean;
  error: string | undefined;
  onNext: () => void;
}) {
  const { t } = useTranslation('join');
  const hydrated = useHydrated();
  return (
    <form
      className="join__step"
      aria-labelledby="join-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (props.checking) return;
        props.onNext();
      }}
    >
      <StepHeading focus={props.focusHeading}>{t('title')}</StepHeading>
      <LanguageChoice label={t('start.language')} />
      <TextBox
        className="join__field"
        label={t('start.code')}
        labelClassName="join__label"
        description={t('start.codeHelp')}
        descriptionClassName="join__help"
        errorClassName="join__field-error"
        value={props.code}
        onChange={(value) => props.onCodeChange(value.toUpperCase())}
        isRequired
        maxLength={40}
        validate={(value) => (value.trim() === '' ? t('start.codeEmpty') : null)}
        inputClassName="join__input join__input--code"
        inputProps={{
          dir: 'ltr',
          autoComplete: 'off',
          autoCorrect: 'off',
          autoCapitalize: 'characters',
          spellCheck: false,
          enterKeyHint: 'go',
        }}
      />
      {props.error && (
        <p className="join__error" role="alert">
          {props.error}
        </p>
      )}
      <div className="join__actions">
        <button type="submit" className="button join__next" disabled={!hydrated}>
          {t('next')}
        </button>
      </div>
      {/* A status of its own rather than a pending button: the button is gone once the answer comes. */}
      {props.checking && <LoadingState label={t('checking')} />}
      <p className="join__help">
        {/* The call page is the main app's, not this page's: a full page load. */}
        {t('start.betweenLead')} <a href="/call">{t('start.between')}</a>
      </p>
    </form>
  );
}
