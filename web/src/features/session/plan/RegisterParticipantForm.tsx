import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Form } from 'react-aria-components';
import type { AgeBand, Background, ConsentMethod } from '../../../gql/graphql';
import { useFormat } from '../../../app/useFormat';
import { useDraft } from '../offline/useDraft';
import { newId, useWorkshopQueue } from '../offline/useWorkshopQueue';
import { AGE_BANDS, BACKGROUNDS, COMMON_LANGUAGES, CONSENT_TEXT_VERSION } from '../shared/consent';
import { CheckboxField, CheckboxGroupField, RadioField, SelectField, TextInput } from '../shared/Fields';
import './RegisterParticipantForm.css';

interface Registration {
  pseudonym: string;
  background: Background;
  languages: string[];
  ageBand: AgeBand | '';
  method: ConsentMethod;
  agreed: boolean;
  research: boolean;
}

// Registers a participant in the project with their consent, ahead of the session or as a walk-in at
// the door (then also checked in). It goes through the workshop queue: it is kept on this device
// until the server has it, under an id made here, so that a check-in can refer to it at once.
export function RegisterParticipantForm({
  projectId,
  sessionId,
  sessionLanguages,
  checkInTo,
  draftKey,
  onDone,
}: {
  projectId: string;
  // A session to put the new participant on the list of (registering ahead on its plan page).
  sessionId?: string;
  sessionLanguages: readonly string[];
  // A live or scheduled session to check the new participant in to (a walk-in).
  checkInTo?: string;
  draftKey: string;
  onDone?: (pseudonym: string) => void;
}) {
  const { t } = useTranslation('session');
  const format = useFormat();
  const { enqueue } = useWorkshopQueue();
  const consentId = useId();
  const initial: Registration = {
    pseudonym: '',
    background: 'PREFERS_NOT_TO_SAY',
    languages: sessionLanguages.slice(0, 1),
    ageBand: '',
    method: 'ON_SCREEN',
    agreed: false,
    research: false,
  };
  const [value, setValue, clear] = useDraft<Registration>(`register.${draftKey}`, initial);
  const [done, setDone] = useState<string | null>(null);
  const [consentMissing, setConsentMissing] = useState(false);
  const set = <K extends keyof Registration>(key: K, next: Registration[K]) => setValue({ ...value, [key]: next });

  const languageOptions = [...new Set([...sessionLanguages, ...COMMON_LANGUAGES])].map((tag) => ({
    id: tag,
    label: format.languageName(tag),
  }));

  const submit = () => {
    if (!value.agreed) {
      setConsentMissing(true);
      return;
    }
    const id = newId();
    const pseudonym = value.pseudonym.trim();
    const consent = { method: value.method, textVersion: CONSENT_TEXT_VERSION };
    enqueue('registerParticipant', {
      id,
      projectId,
      ...(sessionId ? { sessionId } : {}),
      pseudonym,
      background: value.background,
      languages: value.languages,
      ...(value.ageBand ? { ageBand: value.ageBand } : {}),
      participationConsent: consent,
      ...(value.research ? { researchConsent: consent } : {}),
    });
    if (checkInTo) enqueue('checkInParticipant', { id: newId(), sessionId: checkInTo, participantId: id });
    clear();
    setConsentMissing(false);
    setDone(pseudonym);
    onDone?.(pseudonym);
  };

  return (
    <Form
      className="ws-form register-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="ws-form__row">
        <TextInput
          label={t('participant.pseudonym')}
          description={t('participant.pseudonymHint')}
          value={value.pseudonym}
          onChange={(v) => {
            set('pseudonym', v);
            setDone(null);
          }}
          isRequired
          minLength={2}
          maxLength={80}
          autoComplete="off"
        />
        <SelectField
          label={t('participant.ageBand')}
          options={[
            { id: 'none', label: t('participant.ageBandNone') },
            ...AGE_BANDS.map((band) => ({ id: band, label: t(`ageBand.${band}`) })),
          ]}
          value={value.ageBand || 'none'}
          onChange={(v) => set('ageBand', v === 'none' ? '' : (v as AgeBand))}
        />
      </div>
      <RadioField
        label={t('participant.background')}
        description={t('participant.backgroundHint')}
        options={BACKGROUNDS.map((b) => ({ id: b, label: t(`background.${b}`) }))}
        value={value.background}
        onChange={(v) => set('background', v as Background)}
        orientation="horizontal"
      />
      <CheckboxGroupField
        label={t('participant.languages')}
        options={languageOptions}
        value={value.languages}
        onChange={(v) => set('languages', v)}
        isRequired
      />
      <section className="register-form__consent" aria-labelledby={consentId}>
        <h3 id={consentId} className="register-form__consent-title">
          {t('consent.title', { version: CONSENT_TEXT_VERSION })}
        </h3>
        <div className="register-form__consent-text">
          <p>{t('consent.text1')}</p>
          <p>{t('consent.text2')}</p>
          <p>{t('consent.text3')}</p>
        </div>
        <RadioField
          label={t('consent.method')}
          options={[
            { id: 'ON_SCREEN', label: t('consent.ON_SCREEN') },
            { id: 'PAPER', label: t('consent.PAPER') },
          ]}
          value={value.method}
          onChange={(v) => set('method', v as ConsentMethod)}
          orientation="horizontal"
        />
        <CheckboxField
          isSelected={value.agreed}
          onChange={(v) => {
            set('agreed', v);
            if (v) setConsentMissing(false);
          }}
        >
          {value.method === 'PAPER' ? t('consent.agreedPaper') : t('consent.agreed')}
        </CheckboxField>
        {consentMissing && (
          <p className="field__error" role="alert">
            {t('consent.missing')}
          </p>
        )}
        <CheckboxField isSelected={value.research} onChange={(v) => set('research', v)}>
          {t('consent.research')}
        </CheckboxField>
      </section>
      <div className="ws-form__actions">
        <Button type="submit" className="button">
          {checkInTo ? t('participant.registerAndCheckIn') : t('participant.register')}
        </Button>
        <output className="register-form__done">
          {done &&
            (checkInTo
              ? t('participant.walkInDone', { pseudonym: done })
              : t('participant.registered', { pseudonym: done }))}
        </output>
      </div>
    </Form>
  );
}
