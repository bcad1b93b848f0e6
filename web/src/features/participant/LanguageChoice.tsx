import { useTranslation } from 'react-i18next';
import { improveTranslationUrl, languageOf, languages } from '../../app/i18n';
import { useHydrated } from '../../app/useHydrated';
import { Radio, RadioGroup } from './fields';
import { CheckIcon } from './icons';
import './LanguageChoice.css';

// Big buttons, one per language, each named in itself: someone who reads only Arabic finds العربية.
// Choosing one switches the whole app at once (and right to left where the language needs it): so the choice waits
// for the app, in a page the server rendered (useHydrated).
export function LanguageChoice(props: { label: string; labelHidden?: boolean; onChosen?: () => void }) {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? 'en';
  const hydrated = useHydrated();
  return (
    <RadioGroup
      isDisabled={!hydrated}
      className="language-choice"
      label={props.label}
      labelClassName={props.labelHidden ? 'visually-hidden' : 'language-choice__label'}
      value={current}
      onChange={(code) => {
        if (code !== current) void i18n.changeLanguage(code);
        props.onChosen?.();
      }}
      after={
        !languageOf(current).reviewed && (
          <p className="language-choice__notice">
            <a href={improveTranslationUrl} target="_blank" rel="noreferrer">
              {t('language.draftNotice')}
            </a>
          </p>
        )
      }
    >
      <div className="language-choice__options">
        {languages.map((language) => (
          <Radio
            key={language.code}
            value={language.code}
            className="language-choice__option"
            describedBy={language.reviewed ? undefined : `language-draft-${language.code}`}
          >
            <span className="language-choice__name">
              <span lang={language.code} dir={language.dir}>
                {language.name}
              </span>
              {!language.reviewed && (
                // Said as the option's description, not as part of its name.
                <span id={`language-draft-${language.code}`} className="language-choice__draft" aria-hidden="true">
                  {t('language.draft')}
                </span>
              )}
            </span>
            <span className="language-choice__check">
              <CheckIcon />
            </span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
