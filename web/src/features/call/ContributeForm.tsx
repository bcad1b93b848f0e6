import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Form } from 'react-aria-components';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextInput } from '../../app/ui/TextInput';

const TEXT_MAX = 1000;

// A box for a challenge or an idea, in the reader's language. The text stays in the box until the server has it, so
// a refused or lost request loses nothing.
export function ContributeForm(props: {
  label: string;
  description: string;
  sendLabel: string;
  language: string;
  pending: boolean;
  error: unknown;
  onSend: (text: string) => Promise<void>;
  onCancel?: () => void;
  // Opened by a button that is gone now: the writer goes on in the box.
  focusOnMount?: boolean;
}) {
  const { t } = useTranslation(['call', 'form']);
  const [text, setText] = useState('');
  const box = useRef<HTMLFormElement>(null);
  const focusOnMount = props.focusOnMount ?? false;
  useEffect(() => {
    if (focusOnMount) box.current?.querySelector('textarea')?.focus();
  }, [focusOnMount]);
  return (
    <Form
      ref={box}
      className="call__form"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = text.trim();
        if (props.pending || trimmed === '') return;
        props.onSend(trimmed).then(
          () => setText(''),
          () => undefined,
        );
      }}
    >
      <FormAlert
        error={props.error}
        messages={{ CALL_CLOSED: t('errors.closed'), SESSION_NOT_OPEN: t('errors.live') }}
      />
      <TextInput
        label={props.label}
        description={props.description}
        value={text}
        onChange={setText}
        multiline
        isRequired
        maxLength={TEXT_MAX}
        validate={(value) => (value.trim() ? null : t('form:required'))}
      />
      <div className="call__form-actions">
        <SubmitButton pending={props.pending}>{props.sendLabel}</SubmitButton>
        {props.onCancel && (
          <Button className="button button--secondary" onPress={props.onCancel}>
            {t('cancel')}
          </Button>
        )}
      </div>
    </Form>
  );
}
