import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Composer } from './Composer';
import { Disclosure } from './Disclosure';
import { IdeaIcon } from './icons';
import { readStored } from './storage';
import type { Outbox } from './useOutbox';

// "Add an idea" under a challenge: opens a text box for an idea that answers it. It opens by itself
// when an idea for this challenge was being written or is still on its way.
export function IdeaDisclosure(props: {
  challengeId: string;
  labelId: string;
  draftKey: string;
  language: string;
  outbox: Outbox;
  onSend: (text: string) => void;
}) {
  const { t } = useTranslation('participant');
  const pending = props.outbox.items.filter(
    (item) => item.kind === 'idea' && item.input.challengeId === props.challengeId,
  );
  const [open, setOpen] = useState(() => pending.length > 0 || readStored(props.draftKey, '') !== '');
  return (
    <Disclosure
      className="idea-disclosure"
      headingLevel={4}
      headingClassName="idea-disclosure__heading"
      triggerClassName="button button--secondary idea-disclosure__trigger"
      triggerDescribedBy={props.labelId}
      trigger={
        <>
          <IdeaIcon />
          {t('idea.add')}
        </>
      }
      panelClassName="idea-disclosure__panel"
      isExpanded={open}
      onExpandedChange={setOpen}
    >
      {/* Only an open box is built: a board of fifty challenges stays light. */}
      {open && (
        <Composer
          draftKey={props.draftKey}
          label={t('idea.label')}
          description={t('idea.description')}
          sendLabel={t('idea.send')}
          language={props.language}
          outbox={props.outbox}
          pending={pending}
          onSend={props.onSend}
        />
      )}
    </Disclosure>
  );
}
