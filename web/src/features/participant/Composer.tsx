import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextBox } from './fields';
import { SendIcon } from './icons';
import { OutboxList } from './OutboxList';
import { useStored } from './storage';
import { isWritten, type Outbox, type OutboxItem } from './useOutbox';
import './Composer.css';

const TEXT_MAX = 1000;

// A text box for a challenge or an idea. What is typed is kept on the phone as it is typed, so a
// reload, a lost connection or a flat battery loses nothing; sent texts wait in the outbox until
// the server has them.
export function Composer(props: {
  draftKey: string;
  label: string;
  description: string;
  sendLabel: string;
  language: string;
  outbox: Outbox;
  // The outbox entries that came from this box.
  pending: OutboxItem[];
  onSend: (text: string) => void;
}) {
  const { t } = useTranslation('participant');
  const [draft, setDraft] = useStored(props.draftKey, '');
  const [sent, setSent] = useState(false);

  const edit = (item: OutboxItem) => {
    if (!isWritten(item)) return;
    setDraft(draft.trim() === '' ? item.input.text : `${draft}\n${item.input.text}`);
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
        <button type="submit" className="button composer__send">
          <SendIcon />
          {props.sendLabel}
        </button>
        {draft.length > TEXT_MAX * 0.8 && (
          <span className="composer__count">{t('composer.count', { length: draft.length, max: TEXT_MAX })}</span>
        )}
      </div>
      <OutboxList
        items={props.pending}
        outbox={props.outbox}
        onEdit={edit}
        // Said once the server has it, not when it is only queued.
        sentMessage={sent && props.pending.length === 0 ? t('composer.sent') : undefined}
      />
    </form>
  );
}
