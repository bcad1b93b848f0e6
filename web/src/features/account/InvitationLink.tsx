import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Input, Label, TextField } from 'react-aria-components';
import './InvitationLink.css';

// The link of a new invitation. Only its hash is kept on the server, so this is the one moment it can
// be copied.
export function InvitationLink({ link, email, expiresOn }: { link: string; email: string; expiresOn: string }) {
  const { t } = useTranslation('account');
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  // The form that was pressed is gone: the reading point moves to what replaced it.
  useEffect(() => title.current?.focus(), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      // Without clipboard access (an http address, or a refusal) the field can still be copied by hand.
      setCopied('no');
    }
  };
  return (
    <section className="invitation-link" aria-labelledby="invitation-link-title">
      <h2 id="invitation-link-title" className="invitation-link__title" ref={title} tabIndex={-1}>
        {t('invite.readyTitle')}
      </h2>
      <p>{t('invite.readyBody', { email })}</p>
      <TextField className="field invitation-link__field" value={link} isReadOnly>
        <Label className="field__label">{t('invite.link')}</Label>
        <div className="invitation-link__row">
          <Input
            dir="ltr"
            className="field__input invitation-link__input"
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button className="button" onPress={() => void copy()}>
            {t('invite.copy')}
          </Button>
        </div>
      </TextField>
      <output className="invitation-link__status">
        {copied === 'yes' ? t('invite.copied') : copied === 'no' ? t('invite.copyByHand') : ''}
      </output>
      <p className="invitation-link__expiry">
        <strong>{t('invite.expires', { date: expiresOn })}</strong> {t('invite.shownOnce')}
      </p>
    </section>
  );
}
