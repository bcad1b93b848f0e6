import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { GlobeIcon } from './GlobeIcon';
import { improveTranslationUrl, languageOf } from './i18n';
import { useHydrated } from './useHydrated';
import './LanguagePicker.css';

// The language picker as the page first has it: its label, a button that looks and reads as the picker's own, and the
// draft notice, without the popover and list machinery (the largest part of react-aria we use). That code loads
// when a pointer comes near or the button gets focus (`onIntent`) and takes over when the button is pressed
// (`onOpen`): a reader who never changes language never pays for it, and a slow phone's first seconds go to the page.
// In a page the server rendered it waits for the app (useHydrated), so that a press is never lost.
export function LanguagePickerPlaceholder({ onIntent, onOpen }: { onIntent?: () => void; onOpen?: () => void }) {
  const { t, i18n } = useTranslation();
  const current = languageOf(i18n.resolvedLanguage);
  const label = useId();
  const value = useId();
  const hydrated = useHydrated();
  return (
    <div className="language-picker">
      <span className="language-picker__label" id={label}>
        {t('language.label')}
      </span>
      <button
        type="button"
        className="language-picker__button"
        disabled={!hydrated}
        aria-haspopup="listbox"
        aria-expanded="false"
        aria-labelledby={`${label} ${value}`}
        onPointerEnter={onIntent}
        onTouchStart={onIntent}
        onFocus={onIntent}
        onClick={onOpen}
      >
        <GlobeIcon />
        {/* As the picker shows it: the short code for a phone, then the name (see LanguagePicker). */}
        <span className="react-aria-SelectValue" id={value}>
          <span className="language-picker__code">{current.code.toUpperCase()}</span>{' '}
          <span className="language-picker__name">{current.name}</span>
        </span>
        <span className="language-picker__chevron" aria-hidden="true">
          ▾
        </span>
      </button>
      {!current.reviewed && (
        <a className="language-picker__improve" href={improveTranslationUrl} target="_blank" rel="noreferrer">
          {t('language.draft')}
          <span className="visually-hidden">: {t('language.draftNotice')}</span>
        </a>
      )}
    </div>
  );
}
