import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/useFormat';
import { useReaderTranslation, type Translated } from '../challenge/useReaderTranslation';

// A text in the reader's language where a translation exists, with the original one tap away. A <details> element,
// so that the tap works without JavaScript too (the outcome pages are read before, or without, the app).
export function ReaderText(props: {
  text: string;
  language: string;
  translations: readonly Translated[];
  className?: string;
}) {
  const { t } = useTranslation('outcome');
  const format = useFormat();
  const translation = useReaderTranslation(props.language, props.translations);
  if (!translation) {
    return (
      <p className={props.className} lang={props.language} dir="auto">
        {props.text}
      </p>
    );
  }
  return (
    <div className={`reader-text ${props.className ?? ''}`}>
      <p lang={translation.language} dir="auto">
        {translation.text}
      </p>
      <details className="reader-text__original">
        <summary>{t('original', { language: format.languageName(props.language) })}</summary>
        <p lang={props.language} dir="auto">
          {props.text}
        </p>
      </details>
    </div>
  );
}
