import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../../app/i18n';
import { Disclosure } from './Disclosure';
import { GlobeIcon } from './icons';
import { LanguageChoice } from './LanguageChoice';

// The header's way to another language: the current one, named in itself, opens the big choice.
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const current = languageOf(i18n.resolvedLanguage);
  return (
    <Disclosure
      className="language-switch"
      headingLevel={2}
      headingClassName="language-switch__heading"
      triggerClassName="language-switch__button"
      trigger={
        <>
          <GlobeIcon />
          <span className="visually-hidden">{t('language.label')}: </span>
          <span lang={current.code}>{current.name}</span>
        </>
      }
      panelClassName="language-switch__panel"
      isExpanded={open}
      onExpandedChange={setOpen}
    >
      <LanguageChoice label={t('language.label')} labelHidden onChosen={() => setOpen(false)} />
    </Disclosure>
  );
}
