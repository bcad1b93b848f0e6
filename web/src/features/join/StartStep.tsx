import { useTranslation } from 'react-i18next';
import { Button, FieldError, Form, Input, Label, Link, Text, TextField } from 'react-aria-components';
import { LoadingState } from '../../app/ui/LoadingState';
import { LanguageChoice } from '../participant/LanguageChoice';
import { StepHeading } from './StepHeading';

// The first screen: the language (so that everything after it reads in it) and the code from the room.
export function StartStep(props: {
  focusHeading: boolean;
  code: string;
  onCodeChange: (code: string) => void;
  fromLink: boolean;
  checking: boolean;
  error: string | undefined;
  onNext: () => void;
}) {
  const { t } = useTranslation('join');
  return (
    <Form
      className="join__step"
      aria-labelledby="join-heading"
      onSubmit={(event) => {
        event.preventDefault();
        if (props.checking) return;
        props.onNext();
      }}
    >
      <StepHeading focus={props.focusHeading}>{t('title')}</StepHeading>
      <LanguageChoice label={t('start.language')} />
      <TextField
        className="join__field"
        value={props.code}
        onChange={(value) => props.onCodeChange(value.toUpperCase())}
        isRequired
        maxLength={40}
        validate={(value) => (value.trim() === '' ? t('start.codeEmpty') : null)}
      >
        <Label className="join__label">{t('start.code')}</Label>
        <Text slot="description" className="join__help">
          {t('start.codeHelp')}
        </Text>
        <Input
          className="join__input join__input--code"
          dir="ltr"
          autoComplete="off"
          autoCorrect="off"
          autoCapitalize="characters"
          spellCheck={false}
          enterKeyHint="go"
        />
        <FieldError className="join__field-error" />
      </TextField>
      {props.error && (
        <p className="join__error" role="alert">
          {props.error}
        </p>
      )}
      <div className="join__actions">
        <Button type="submit" className="button join__next">
          {t('next')}
        </Button>
      </div>
      {/* A status of its own rather than a pending button: the button is gone once the answer comes. */}
      {props.checking && <LoadingState label={t('checking')} />}
      <p className="join__help">
        {t('start.betweenLead')} <Link href="/call">{t('start.between')}</Link>
      </p>
    </Form>
  );
}
