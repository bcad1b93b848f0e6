import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Form } from 'react-aria-components';
import { useNavigate } from '../../app/router';
import { graphql } from '../../gql';
import { errorCode } from '../../app/ui/errors';
import { formText } from '../../app/ui/formData';
import { LoadingState } from '../../app/ui/QueryState';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextInput } from '../../app/ui/TextInput';
import { callPath } from './callQueries';

export const callPreviewQuery = graphql(`
  query CallPreview($code: String!) {
    callPreview(code: $code) {
      projectTitle
      prompt
      open
    }
  }
`);

export const signInToCallMutation = graphql(`
  mutation SignInToCall($input: SignInToCallInput!) {
    signInToCall(input: $input) {
      participant {
        id
        pseudonym
      }
      call {
        id
        code
      }
    }
  }
`);

// Codes are typed from a poster or a card: case, spaces and dashes do not matter (the server agrees).
const normaliseCode = (raw: string): string => raw.toUpperCase().replace(/[\s-]+/g, '');

// Signing in to a call: the call's code (from the link, or typed) and the personal code on the participant's card.
// With the code from the link, the page first says which project asks what.
export function CallSignIn(props: { code: string; onSignedIn: () => void }) {
  const { t } = useTranslation(['call', 'form']);
  const navigate = useNavigate();
  const fromLink = normaliseCode(props.code);
  const preview = useQuery(callPreviewQuery, { variables: { code: fromLink }, skip: fromLink === '' });
  const [signIn, signing] = useMutation(signInToCallMutation);
  const [error, setError] = useState<string>();
  const known = preview.data?.callPreview;

  const explain = (caught: unknown): string => {
    switch (errorCode(caught)) {
      case undefined:
        return t('errors.network');
      case 'NOT_FOUND':
        return known ? t('errors.personalCode') : t('errors.codes');
      case 'RATE_LIMITED':
        return t('errors.tooMany');
      default:
        return t('errors.codes');
    }
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (signing.loading) return;
    const form = new FormData(event.currentTarget);
    const code = known ? fromLink : normaliseCode(formText(form, 'code'));
    setError(undefined);
    try {
      const { data } = await signIn({
        variables: { input: { code, personalCode: normaliseCode(formText(form, 'personalCode')) } },
      });
      const callCode = data?.signInToCall.call.code;
      if (callCode && callCode !== fromLink) navigate(callPath(callCode), { replace: true });
      props.onSignedIn();
    } catch (caught) {
      setError(explain(caught));
    }
  };

  if (preview.loading) return <LoadingState />;
  return (
    <Form className="call__sign-in" onSubmit={(event) => void submit(event)} aria-labelledby="call-heading">
      <h1 id="call-heading">{known ? <bdi>{known.projectTitle}</bdi> : t('title')}</h1>
      {known ? (
        <section className="call__prompt" aria-labelledby="call-prompt-title">
          <h2 id="call-prompt-title" className="call__prompt-title">
            {t('asks')}
          </h2>
          <p dir="auto">{known.prompt}</p>
        </section>
      ) : (
        <p className="call__lead">{t('lead')}</p>
      )}
      {fromLink !== '' && preview.error && (
        <p className="call__error" role="alert">
          {t('errors.callCode')}
        </p>
      )}
      {!known && (
        <TextInput
          name="code"
          className="call__field"
          label={t('signIn.code')}
          description={t('signIn.codeHelp')}
          defaultValue={fromLink}
          isRequired
          maxLength={40}
          autoComplete="off"
          validate={(value) => (value.trim() ? null : t('form:required'))}
        />
      )}
      <TextInput
        name="personalCode"
        className="call__field"
        label={t('signIn.personalCode')}
        description={t('signIn.personalCodeHelp')}
        isRequired
        maxLength={40}
        autoComplete="off"
        validate={(value) => (value.trim() ? null : t('form:required'))}
      />
      {error && (
        <p className="call__error" role="alert">
          {error}
        </p>
      )}
      <SubmitButton pending={signing.loading} className="button call__submit">
        {t('signIn.submit')}
      </SubmitButton>
    </Form>
  );
}
