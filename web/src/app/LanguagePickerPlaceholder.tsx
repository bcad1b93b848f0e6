import { useTranslation } from 'react-i18next';
import { GlobeIcon } from './GlobeIcon';
import { languageOf } from './i18n';
import './LanguagePicker.css';

// Holds the picker's place, looking the same, for the moment its code is still on its way.
// A pointer coming near it (`onIntent`) fetches that code at once.
export function LanguagePickerPlaceholder({ onIntent }: { onIntent?: () => void }) {
  const { t, i18n } = useTranslation();
  const current = languageOf(i18n.resolvedLanguage);
  return (
    <div className="language-picker" aria-hidden="true" onPointerEnter={onIntent} onTouchStart={onIntent}>
      <span className="language-picker__label">{t('language.label')}</span>
      <span className="language-picker__button">
        <GlobeIcon />
        <span className="react-aria-SelectValue">
          <span className="language-picker__name">{current.name}</span>
          <span className="language-picker__code">{current.code.toUpperCase()}</span>
        </span>
        <span className="language-picker__chevron">▾</span>
      </span>
    </div>
  );
}
