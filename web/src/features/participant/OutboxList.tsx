import { useTranslation } from 'react-i18next';
import { CheckIcon, CloudOffIcon } from './icons';
import { isKnownRefusal, type Refusal } from './participantErrors';
import { isWritten, type Outbox, type OutboxItem } from './useOutbox';
import './OutboxList.css';

// A refusal in the reader's words: our own sentence for the codes a participant meets, otherwise
// the server's message (it answers in the reader's language where it can).
export function useRefusalText(): (refusal: Refusal) => string {
  const { t } = useTranslation('participant');
  return (refusal) =>
    isKnownRefusal(refusal.code)
      ? t(`errors.${refusal.code}`)
      : refusal.message
        ? t('errors.other', { message: refusal.message })
        : t('errors.unknown');
}

// Texts on their way: sending, waiting for a connection, or refused with the reason and a way out.
export function OutboxList(props: {
  items: OutboxItem[];
  outbox: Outbox;
  onEdit: (item: OutboxItem) => void;
  sentMessage?: string | undefined;
}) {
  const { t } = useTranslation('participant');
  const refusalText = useRefusalText();
  const waiting = props.items.filter((item) => !item.refusal);
  const refused = props.items.filter((item) => item.refusal);
  return (
    <div className="outbox">
      {/* One live region that is always there, so that screen readers hear each change. */}
      <output className="outbox__status">
        {waiting.length > 0 &&
          (props.outbox.slowedDown ? (
            <span className="outbox__notice">{t('errors.RATE_LIMITED')}</span>
          ) : props.outbox.waiting ? (
            <span className="outbox__notice outbox__notice--waiting">
              <CloudOffIcon />
              <span>{t('outbox.waiting', { count: waiting.length })}</span>
            </span>
          ) : (
            <span className="outbox__notice">{t('outbox.sending')}</span>
          ))}
        {waiting.length === 0 && refused.length === 0 && props.sentMessage && (
          <span className="outbox__notice outbox__notice--sent">
            <CheckIcon />
            {props.sentMessage}
          </span>
        )}
      </output>
      {waiting.length > 0 && (
        <ul className="outbox__items" aria-label={t('outbox.label')}>
          {waiting.map((item) =>
            !isWritten(item) ? null : (
              <li key={item.clientMutationId} className="outbox__item" lang={item.input.language} dir="auto">
                {item.input.text}
              </li>
            ),
          )}
        </ul>
      )}
      {props.outbox.waiting && waiting.length > 0 && (
        <button
          type="button"
          className="button button--secondary outbox__retry"
          onClick={() => props.outbox.retryNow()}
        >
          {t('outbox.retry')}
        </button>
      )}
      {refused.map((item) => (
        <div key={item.clientMutationId} role="alert" className="outbox__refused">
          <p className="outbox__reason">
            <strong>{t('outbox.notSent')}</strong> {item.refusal && refusalText(item.refusal)}
          </p>
          {isWritten(item) && (
            <p className="outbox__item" lang={item.input.language} dir="auto">
              {item.input.text}
            </p>
          )}
          <div className="outbox__actions">
            {isWritten(item) && (
              <button type="button" className="button" onClick={() => props.onEdit(item)}>
                {t('outbox.edit')}
              </button>
            )}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => props.outbox.remove(item.clientMutationId)}
            >
              {isWritten(item) ? t('outbox.remove') : t('outbox.dismiss')}
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
