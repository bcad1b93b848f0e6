import { useTranslation } from 'react-i18next';

export interface Translated {
  language: string;
  text: string;
}

const primary = (tag: string) => tag.split('-')[0]?.toLowerCase() ?? tag;

// A contribution stays in the language it was written in; the reader also gets the translation
// into their own language, when there is one and the original is in another language.
export function useReaderTranslation(original: string, translations: readonly Translated[]): Translated | undefined {
  const { i18n } = useTranslation();
  const reader = primary(i18n.resolvedLanguage ?? i18n.language);
  if (primary(original) === reader) return undefined;
  return translations.find((translation) => primary(translation.language) === reader && translation.text.trim() !== '');
}
