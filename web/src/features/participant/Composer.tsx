import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FieldError, Form, Label, Text, TextArea, TextField } from 'react-aria-components';
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
    <Form
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
      <TextField
        className="composer__field"
        value={draft}
        onChange={(value) => {
          setDraft(value);
          setSent(false);
        }}
        isRequired
        maxLength={TEXT_MAX}
        validate={(value) => (value.trim() === '' ? t('composer.empty') : null)}
      >
        <Label className="composer__label">{props.label}</Label>
        <Text slot="description" className="composer__description">
          {props.description}
        </Text>
        <TextArea className="composer__input" lang={props.language} dir="auto" rows={4} />
        <FieldError className="composer__error" />
      </TextField>
      <div className="composer__actions">
        <Button type="submit" className="button composer__send">
          <SendIcon />
          {props.sendLabel}
        </Button>
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
    </Form>
  );
}
