import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApolloClient } from '@apollo/client/react';
import { Link, useUrl } from '../router';
import { graphQLMessages, isAccessDenied, isUnauthenticated } from './errors';
import { signInPath } from '../navigation';
import { viewerQuery } from '../viewer';
import './QueryState.css';

export { LoadingState } from './LoadingState';

// `level` 1 when the error stands in for a whole page, so that the page still has its main heading.
export function ErrorState({ error, onRetry, level = 2 }: { error: unknown; onRetry?: () => void; level?: 1 | 2 }) {
  const { t } = useTranslation();
  const { pathname, search } = useUrl();
  const messages = graphQLMessages(error);
  const Heading = level === 1 ? 'h1' : 'h2';
  const unauthenticated = isUnauthenticated(error);
  const client = useApolloClient();
  // The server no longer knows this browser (its sign-in ran out): the shell asks who this is again,
  // so that it stops showing staff navigation to a visitor.
  useEffect(() => {
    if (unauthenticated) void client.refetchQueries({ include: [viewerQuery] });
  }, [client, unauthenticated]);
  const title = unauthenticated ? t('error.signIn') : isAccessDenied(error) ? t('error.forbidden') : t('error.title');
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
      {/* A signed-out visitor (or one whose sign-in ran out) comes back here after signing in. */}
      {unauthenticated && (
        <Link className="button" to={signInPath(`${pathname}${search}`)}>
          {t('account.signIn')}
        </Link>
      )}
      {/* A plain button: the participant's pages show this too, and load no widget library. */}
      {onRetry && !isAccessDenied(error) && (
        <button type="button" className="button" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}
