import { useTranslation } from 'react-i18next';
import { graphQLMessages } from '../../../app/ui/errors';

// What the server said when it refused a change (in the reader's language), or that it could not be reached.
export function MutationError({ error }: { error: unknown }) {
  const { t } = useTranslation('session');
  const messages = graphQLMessages(error);
  return (
    <div className="ws-error" role="alert">
      <p>
        <strong>{messages.length > 0 ? t('form.refused') : t('form.network')}</strong>
      </p>
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
