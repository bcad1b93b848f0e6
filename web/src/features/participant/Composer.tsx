import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueControls } from '../../app/offline/useQueueScope';
import { useHydrated } from '../../app/useHydrated';
import { TextBox } from './fields';
import { SendIcon } from './icons';
import { OutboxList, writtenOf, type ListedItem } from './OutboxList';
import { useStored } from './storage';
import './Composer.css';

const TEXT_MAX = 1000;

// A text box for a challenge or an idea. What is typed is kept on the phone as it is typed, so a
// reload, a lost connection or a flat battery loses nothing; sent texts wait in the outbox until
// the server has them. Used in a live session and between sessions (the call page) alike.
export function Composer(props: {
  draftKey: string;
  label: string;
  description: string;
  sendLabel: string;
  language: string;
  outbox: QueueControls;
  // The outbox entries that came from this box.
  pending: readonly ListedItem[];
  onSend: (text: string) => void;
  // Said once the server has what was sent (by default: "Sent. Thank you!").
  sentMessage?: string;
  // Sentences of the screen's own for the refusals it knows.
  refusalMessages?: Partial<Record<string, string>>;
  // A way to close the box (the call page's idea box).
  onCancel?: { label: string; onPress: () => void };
}) {
  const { t } = useTranslation('participant');
  const [draft, setDraft] = useStored(props.draftKey, '');
  const [sent, setSent] = useState(false);
  const hydrated = useHydrated();

  const edit = (item: ListedItem) => {
    const written = writtenOf(item);
    if (!written) return;
    setDraft(draft.trim() === '' ? written.text : `${draft}\n${written.text}`);
    props.outbox.remove(item.clientMutationId);
  };

  return (
    <form
      className="composer"
      onSubmit={(event) => {
        event.preventDefault();
        const text = draft.trim();
        if (text === '') return;
        props.onSend(text);
        setDraft('');
        setSent(true);
      }}
    >
      <TextBox
        className="composer__field"
        label={props.label}
        labelClassName="composer__label"
        description={props.description}
        descriptionClassName="composer__description"
        errorClassName="composer__error"
        value={draft}
        onChange={(value) => {
          setDraft(value);
          setSent(false);
        }}
        isRequired
        maxLength={TEXT_MAX}
        validate={(value) => (value.trim() === '' ? t('composer.empty') : null)}
        multiline={{ rows: 4 }}
        inputClassName="composer__input"
        inputProps={{ lang: props.language, dir: 'auto' }}
      />
      <div className="composer__actions">
        {/* Until the app runs the page the server rendered, a send would be a plain form that reloads it. */}
        <button type="submit" className="button composer__send" disabled={!hydrated}>
          <SendIcon />
          {props.sendLabel}
        </button>
        {props.onCancel && (
          <button type="button" className="button button--secondary composer__cancel" onClick={props.onCancel.onPress}>
            {props.onCancel.label}
          </button>
        )}
        {draft.length > TEXT_MAX * 0.8 && (
          <span className="composer__count">{t('composer.count', { length: draft.length, max: TEXT_MAX })}</span>
        )}
      </div>
      <OutboxList
        items={props.pending}
        outbox={props.outbox}
        onEdit={edit}
        refusalMessages={props.refusalMessages}
        // Said once the server has it, not when it is only queued.
        sentMessage={sent && props.pending.length === 0 ? (props.sentMessage ?? t('composer.sent')) : undefined}
      />
    </form>
  );
}
