import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
  type Key,
} from 'react-aria-components';
import { GlobeIcon } from './GlobeIcon';
import { improveTranslationUrl, languageOf, staffLanguages } from './i18n';
import './LanguagePicker.css';

// `openAtOnce`: it takes over from its stand-in (LanguagePickerPlaceholder) because the reader pressed it, so it
// opens as it appears, with focus on its button to come back to when it closes.
export function LanguagePicker({ openAtOnce = false }: { openAtOnce?: boolean }) {
  const { t, i18n } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  // Focus goes to its button as it takes the stand-in's place (the stand-in had it), and the list opens from there, so
  // that closing the list brings focus back to that button.
  const pending = useRef(openAtOnce);
  const takeFocus = (button: HTMLButtonElement | null) => {
    if (pending.current) button?.focus();
  };
  const openIfPending = () => {
    if (!pending.current) return;
    pending.current = false;
    setOpen(true);
  };
  const current = i18n.resolvedLanguage ?? 'en';
  // The staff screens' languages; a participant's language that is chosen stays in the list, so that it shows.
  const offered = staffLanguages.some((language) => language.code === current)
    ? staffLanguages
    : [...staffLanguages, languageOf(current)];
  const draft = !languageOf(current).reviewed;
  const choose = (key: Key | null) => {
    if (typeof key === 'string' && key !== current) void i18n.changeLanguage(key);
  };
  return (
    <Select className="language-picker" value={current} onChange={choose} isOpen={isOpen} onOpenChange={setOpen}>
      <Label className="language-picker__label">{t('language.label')}</Label>
      <Button className="language-picker__button" ref={takeFocus} onFocus={openIfPending}>
        <GlobeIcon />
        <SelectValue>
          {({ selectedText }) => (
            <>
              {/* On a phone the short code takes less room; the name stays for screen readers, and the code is part
                  of the button's name too (a word of its own), so that what one sees is what one says to voice
                  control. */}
              <span className="language-picker__code">{current.toUpperCase()}</span>{' '}
              <span className="language-picker__name">{selectedText}</span>
            </>
          )}
        </SelectValue>
        <span className="language-picker__chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      <Popover className="language-picker__popover">
        <ListBox className="language-picker__list" items={offered}>
          {(language) => (
            <ListBoxItem
              id={language.code}
              className="language-picker__option"
              textValue={language.name}
              lang={language.code}
              dir={language.dir}
            >
              <Text slot="label">{language.name}</Text>
              {!language.reviewed && (
                <Text slot="description" className="language-picker__draft" lang={i18n.language} dir={i18n.dir()}>
                  {t('language.draft')}
                </Text>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
      {draft && (
        <a className="language-picker__improve" href={improveTranslationUrl} target="_blank" rel="noreferrer">
          {/* Short in the header, so that it never pushes the account menu to a row of its own; the whole sentence
              is part of the link's name for screen readers. */}
          {t('language.draft')}
          <span className="visually-hidden">: {t('language.draftNotice')}</span>
        </a>
      )}
    </Select>
  );
}
