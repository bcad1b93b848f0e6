import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../app/useFormat';
import { useReaderTranslation, type Translated } from './useReaderTranslation';
import './ContributionText.css';

// What a participant wrote, as written, and below it the translation into the reader's language.
export function ContributionText(props: {
  text: string;
  language: string;
  translations: readonly Translated[];
  size?: 'large' | 'small';
}) {
  const { t } = useTranslation('challenge');
  const format = useFormat();
  const translation = useReaderTranslation(props.language, props.translations);
  const labelId = useId();
  return (
    <div className={`contribution-text contribution-text--${props.size ?? 'large'}`}>
      <p className="contribution-text__original" lang={props.language} dir="auto">
        {props.text}
      </p>
      {translation && (
        <figure className="contribution-text__translation" aria-labelledby={labelId}>
          <figcaption className="contribution-text__label" id={labelId}>
            {t('translatedFrom', { language: format.languageName(props.language) })}
          </figcaption>
          <p lang={translation.language} dir="auto">
            {translation.text}
          </p>
        </figure>
      )}
    </div>
  );
}
