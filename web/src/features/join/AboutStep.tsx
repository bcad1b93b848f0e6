import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, FieldError, Form, Input, Label, Radio, RadioGroup, Text, TextField } from 'react-aria-components';
import { LoadingState } from '../../app/ui/LoadingState';
import type { AgeBand, Background } from '../../gql/graphql';
import { normaliseCode } from './joinCode';
import { StepHeading } from './StepHeading';

export type AboutAnswers =
  { personalCode: string } | { pseudonym?: string; background?: Background; ageBand?: AgeBand };

const backgrounds: Background[] = ['HOST_COMMUNITY', 'EU_CITIZEN', 'THIRD_COUNTRY_NATIONAL', 'PREFERS_NOT_TO_SAY'];
const ageBands: AgeBand[] = ['UNDER_18', 'FROM_18_TO_29', 'FROM_30_TO_44', 'FROM_45_TO_64', 'FROM_65'];
const NO_AGE = 'none';

// Optional, all of it: a name to show (or one made up), background and age band with "prefer not
// to say" — or, for someone who came before, only the personal code from their card.
export function AboutStep(props: {
  focusHeading: boolean;
  joining: boolean;
  error: string | undefined;
  onBack: () => void;
  onJoin: (answers: AboutAnswers) => void;
}) {
  const { t } = useTranslation('join');
  const [returning, setReturning] = useState<'new' | 'back'>('new');
  const [personalCode, setPersonalCode] = useState('');
  const [pseudonym, setPseudonym] = useState('');
  const [background, setBackground] = useState<Background | null>(null);
  const [ageBand, setAgeBand] = useState<string | null>(null);

  return (
    <Form
      className="join__step"
      aria-labelledby="join-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (props.joining) return;
        if (returning === 'back') {
          props.onJoin({ personalCode: normaliseCode(personalCode) });
          return;
        }
        const name = pseudonym.trim();
        props.onJoin({
          ...(name ? { pseudonym: name } : {}),
          ...(background ? { background } : {}),
          ...(ageBand && ageBand !== NO_AGE ? { ageBand: ageBand as AgeBand } : {}),
        });
      }}
    >
      <StepHeading focus={props.focusHeading}>{t('about.heading')}</StepHeading>
      <p className="join__lead">{t('about.optional')}</p>

      <RadioGroup
        className="join__radios"
        value={returning}
        onChange={(value) => setReturning(value === 'back' ? 'back' : 'new')}
      >
        <Label className="join__label">{t('about.returning.label')}</Label>
        <Radio value="new" className="join__radio">
          {t('about.returning.new')}
        </Radio>
        <Radio value="back" className="join__radio">
          {t('about.returning.back')}
        </Radio>
      </RadioGroup>

      {returning === 'back' ? (
        <TextField
          className="join__field"
          value={personalCode}
          onChange={(value) => setPersonalCode(value.toUpperCase())}
          isRequired
          maxLength={40}
          validate={(value) => (value.trim() === '' ? t('about.personalCodeEmpty') : null)}
        >
          <Label className="join__label">{t('about.personalCode')}</Label>
          <Text slot="description" className="join__help">
            {t('about.personalCodeHelp')}
          </Text>
          <Input
            className="join__input join__input--code"
            dir="ltr"
            autoComplete="off"
            autoCorrect="off"
            autoCapitalize="characters"
            spellCheck={false}
          />
          <FieldError className="join__field-error" />
        </TextField>
      ) : (
        <>
          <TextField
            className="join__field"
            value={pseudonym}
            onChange={setPseudonym}
            maxLength={80}
            validate={(value) => (value.trim().length === 1 ? t('about.pseudonymLength') : null)}
          >
            <Label className="join__label">{t('about.pseudonym')}</Label>
            <Text slot="description" className="join__help">
              {t('about.pseudonymHelp')}
            </Text>
            <Input className="join__input" dir="auto" autoComplete="off" />
            <FieldError className="join__field-error" />
          </TextField>

          <RadioGroup
            className="join__radios"
            value={background}
            onChange={(value) => setBackground(value as Background)}
          >
            <Label className="join__label">{t('about.background.label')}</Label>
            <Text slot="description" className="join__help">
              {t('about.background.help')}
            </Text>
            {backgrounds.map((value) => (
              <Radio key={value} value={value} className="join__radio">
                {t(`about.background.${value}`)}
              </Radio>
            ))}
          </RadioGroup>

          <RadioGroup className="join__radios" value={ageBand} onChange={setAgeBand}>
            <Label className="join__label">{t('about.age.label')}</Label>
            {ageBands.map((value) => (
              <Radio key={value} value={value} className="join__radio">
                {t(`about.age.${value}`)}
              </Radio>
            ))}
            <Radio value={NO_AGE} className="join__radio">
              {t('about.age.none')}
            </Radio>
          </RadioGroup>
        </>
      )}

      {props.error && (
        <p className="join__error" role="alert">
          {props.error}
        </p>
      )}
      <div className="join__actions">
        <Button className="button button--secondary" onPress={props.onBack}>
          {t('back')}
        </Button>
        <Button type="submit" className="button join__next">
          {t('about.join')}
        </Button>
      </div>
      {/* A status of its own rather than a pending button: the button is gone once the answer comes. */}
      {props.joining && <LoadingState label={t('joining')} />}
    </Form>
  );
}
