import { useTranslation } from 'react-i18next';
import { Button, Label, ListBox, ListBoxItem, Popover, Select, SelectValue, type Key } from 'react-aria-components';
import { GlobeIcon } from './GlobeIcon';
import { languages } from './i18n';
import './LanguagePicker.css';

export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? 'en';
  const choose = (key: Key | null) => {
    if (typeof key === 'string' && key !== current) void i18n.changeLanguage(key);
  };
  return (
    <Select className="language-picker" value={current} onChange={choose}>
      <Label className="language-picker__label">{t('language.label')}</Label>
      <Button className="language-picker__button">
        <GlobeIcon />
        <SelectValue>
          {({ selectedText }) => (
            <>
              <span className="language-picker__name">{selectedText}</span>
              {/* On a phone the short code takes less room; the name stays for screen readers. */}
              <span className="language-picker__code" aria-hidden="true">
                {current.toUpperCase()}
              </span>
            </>
          )}
        </SelectValue>
        <span className="language-picker__chevron" aria-hidden="true">
          ▾
        </span>
      </Button>
      <Popover className="language-picker__popover">
        <ListBox className="language-picker__list" items={languages}>
          {(language) => (
            <ListBoxItem
              id={language.code}
              className="language-picker__option"
              textValue={language.name}
              lang={language.code}
            >
              {language.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </Select>
  );
}
