import { useTranslation } from 'react-i18next';
import { Button } from 'react-aria-components';
import { graphQLMessages, isAccessDenied, isUnauthenticated } from './errors';
import './QueryState.css';

// A polite status message (<output> is a live region): screen readers announce it without taking focus.
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <output className="loading-state">
      <span className="loading-state__spinner" aria-hidden="true" />
      <span>{label ?? t('loading')}</span>
    </output>
  );
}

// `level` 1 when the error stands in for a whole page, so that the page still has its main heading.
export function ErrorState({ error, onRetry, level = 2 }: { error: unknown; onRetry?: () => void; level?: 1 | 2 }) {
  const { t } = useTranslation();
  const messages = graphQLMessages(error);
  const Heading = level === 1 ? 'h1' : 'h2';
  const title = isUnauthenticated(error)
    ? t('error.signIn')
    : isAccessDenied(error)
      ? t('error.forbidden')
      : t('error.title');
  return (
    <div className="error-state" role="alert">
      <Heading className="error-state__title">{title}</Heading>
      {messages.length === 0 && <p>{t('error.network')}</p>}
      {messages.length === 1 && <p>{messages[0]}</p>}
      {messages.length > 1 && (
        <ul className="error-state__messages">
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      {onRetry && !isAccessDenied(error) && (
        <Button className="button" onPress={onRetry}>
          {t('error.retry')}
        </Button>
      )}
    </div>
  );
}
