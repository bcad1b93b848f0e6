import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import { languageOf } from '../../app/i18n';
import { GlobeIcon } from './icons';
import { LanguageChoice } from './LanguageChoice';

// The header's way to another language: the current one, named in itself, opens the big choice.
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(false);
  const current = languageOf(i18n.resolvedLanguage);
  return (
    <Disclosure className="language-switch" isExpanded={open} onExpandedChange={setOpen}>
      <Heading level={2} className="language-switch__heading">
        <Button slot="trigger" className="language-switch__button">
          <GlobeIcon />
          <span className="visually-hidden">{t('language.label')}: </span>
          <span lang={current.code}>{current.name}</span>
        </Button>
      </Heading>
      <DisclosurePanel className="language-switch__panel">
        <LanguageChoice label={t('language.label')} labelHidden onChosen={() => setOpen(false)} />
      </DisclosurePanel>
    </Disclosure>
  );
}
