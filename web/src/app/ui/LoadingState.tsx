import { useTranslation } from 'react-i18next';
import './LoadingState.css';

// A polite status message (<output> is a live region): screen readers announce it without taking focus.
// Its own module, without react-aria, because the shell shows it before any page has loaded.
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <output className="loading-state">
      <span className="loading-state__spinner" aria-hidden="true" />
      <span>{label ?? t('loading')}</span>
    </output>
  );
}
