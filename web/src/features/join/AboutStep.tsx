import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../app/ui/LoadingState';
import type { AgeBand, Background } from '../../gql/graphql';
import { Radio, RadioGroup, TextBox } from '../participant/fields';
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
    <form
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
        label={t('about.returning.label')}
        labelClassName="join__label"
        value={returning}
        onChange={(value) => setReturning(value === 'back' ? 'back' : 'new')}
      >
        <Radio value="new" className="join__radio">
          {t('about.returning.new')}
        </Radio>
        <Radio value="back" className="join__radio">
          {t('about.returning.back')}
        </Radio>
      </RadioGroup>

      {returning === 'back' ? (
        <TextBox
          className="join__field"
          label={t('about.personalCode')}
          labelClassName="join__label"
          description={t('about.personalCodeHelp')}
          descriptionClassName="join__help"
          errorClassName="join__field-error"
          value={personalCode}
          onChange={(value) => setPersonalCode(value.toUpperCase())}
          isRequired
          maxLength={40}
          validate={(value) => (value.trim() === '' ? t('about.personalCodeEmpty') : null)}
          inputClassName="join__input join__input--code"
          inputProps={{
            dir: 'ltr',
            autoComplete: 'off',
            autoCorrect: 'off',
            autoCapitalize: 'characters',
            spellCheck: false,
          }}
        />
      ) : (
        <>
          <TextBox
            className="join__field"
            label={t('about.pseudonym')}
            labelClassName="join__label"
            description={t('about.pseudonymHelp')}
            descriptionClassName="join__help"
            errorClassName="join__field-error"
            value={pseudonym}
            onChange={setPseudonym}
            maxLength={80}
            validate={(value) => (value.trim().length === 1 ? t('about.pseudonymLength') : null)}
            inputClassName="join__input"
            inputProps={{ dir: 'auto', autoComplete: 'off' }}
          />

          <RadioGroup
            className="join__radios"
            label={t('about.background.label')}
            labelClassName="join__label"
            description={t('about.background.help')}
            descriptionClassName="join__help"
            value={background}
            onChange={(value) => setBackground(value as Background)}
          >
            {backgrounds.map((value) => (
              <Radio key={value} value={value} className="join__radio">
                {t(`about.background.${value}`)}
              </Radio>
            ))}
          </RadioGroup>

          <RadioGroup
            className="join__radios"
            label={t('about.age.label')}
            labelClassName="join__label"
            value={ageBand}
            onChange={setAgeBand}
          >
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
        <button type="button" className="button button--secondary" onClick={props.onBack}>
          {t('back')}
        </button>
        <button type="submit" className="button join__next">
          {t('about.join')}
        </button>
      </div>
      {/* A status of its own rather than a pending button: the button is gone once the answer comes. */}
      {props.joining && <LoadingState label={t('joining')} />}
    </form>
  );
}
