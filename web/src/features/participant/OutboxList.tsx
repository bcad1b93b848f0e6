import { useTranslation } from 'react-i18next';
import { CheckIcon, CloudOffIcon } from './icons';
import type { QueueControls } from '../../app/offline/useQueueScope';
import { isKnownRefusal, type Refusal } from './participantErrors';
import './OutboxList.css';

// What the list needs of an entry of the device's queue: its id, the server's refusal if any, and its input (a
// written one, a challenge or an idea, has a text and the language it is written in).
export interface ListedItem {
  clientMutationId: string;
  refusal?: Refusal | undefined;
  input: object;
}

// The text of a written entry, to show it while it waits; undefined for a dot or an answer.
export function writtenOf(item: ListedItem): { text: string; language: string | undefined } | undefined {
  const { text, language } = item.input as { text?: unknown; language?: unknown };
  return typeof text === 'string' ? { text, language: typeof language === 'string' ? language : undefined } : undefined;
}

// A refusal in the reader's words: the screen's own sentence for a code it knows (`messages`), ours for the codes a
// participant meets, otherwise the server's message (it answers in the reader's language where it can).
export function useRefusalText(messages: Partial<Record<string, string>> = {}): (refusal: Refusal) => string {
  const { t } = useTranslation('participant');
  return (refusal) =>
    messages[refusal.code] ??
    (isKnownRefusal(refusal.code)
      ? t(`errors.${refusal.code}`)
      : refusal.message
        ? t('errors.other', { message: refusal.message })
        : t('errors.unknown'));
}

// Texts on their way: sending, waiting for a connection, or refused with the reason and a way out.
export function OutboxList<T extends ListedItem>(props: {
  items: readonly T[];
  outbox: QueueControls;
  onEdit: (item: T) => void;
  sentMessage?: string | undefined;
  // Sentences of the screen's own for the refusals it knows (a closed call).
  refusalMessages?: Partial<Record<string, string>> | undefined;
}) {
  const { t } = useTranslation('participant');
  const refusalText = useRefusalText(props.refusalMessages);
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
          {waiting.map((item) => {
            const written = writtenOf(item);
            return written ? (
              <li key={item.clientMutationId} className="outbox__item" lang={written.language} dir="auto">
                {written.text}
              </li>
            ) : null;
          })}
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
      {refused.map((item) => {
        const written = writtenOf(item);
        return (
          <div key={item.clientMutationId} role="alert" className="outbox__refused">
            <p className="outbox__reason">
              <strong>{t('outbox.notSent')}</strong> {item.refusal && refusalText(item.refusal)}
            </p>
            {written && (
              <p className="outbox__item" lang={written.language} dir="auto">
                {written.text}
              </p>
            )}
            <div className="outbox__actions">
              {written && (
                <button type="button" className="button" onClick={() => props.onEdit(item)}>
                  {t('outbox.edit')}
                </button>
              )}
              <button
                type="button"
                className="button button--secondary"
                onClick={() => props.outbox.remove(item.clientMutationId)}
              >
                {written ? t('outbox.remove') : t('outbox.dismiss')}
              </button>
            </div>
          </div>
        );
      })}
    </div>
  );
}
