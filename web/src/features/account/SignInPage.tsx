import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Form } from 'react-aria-components';
import { Link, Redirect, useNavigate, useSearchParams } from '../../app/router';
import { graphql } from '../../gql';
import { safeNextPath } from '../../app/navigation';
import { fieldProblems } from '../../app/ui/errors';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { formText } from '../../app/ui/formData';
import { TextInput } from '../../app/ui/TextInput';
import { viewerQuery } from '../../app/viewer';
import { validateEmail, validateRequired } from './validation';
import './AccountPages.css';

export const signInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      account {
        id
      }
    }
  }
`);

// Staff sign in with e-mail and password, and go on to the page they wanted (`?next=`).
export function SignInPage() {
  const { t } = useTranslation(['account', 'form', 'app']);
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  // Asked afresh, not read from the cache: a sign-in that ran out on the server still looks valid there,
  // and would send the person straight back to the page that sent them here.
  const { data: current } = useQuery(viewerQuery, { fetchPolicy: 'network-only' });
  const account = current?.viewer.kind === 'STAFF' ? current.viewer.account : null;
  const [signIn, { loading, error }] = useMutation(signInMutation, {
    // The cookie is set; asking who this is again turns the shell into the staff member's.
    refetchQueries: [{ query: viewerQuery }],
    awaitRefetchQueries: true,
  });

  // Signed in already, or just now: on to where the person was going.
  if (account) return <Redirect to={next} replace />;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // One at a time: a second press while the first is on its way does nothing.
    if (loading) return;
    const form = new FormData(event.currentTarget);
    try {
      await signIn({
        variables: { input: { email: formText(form, 'email'), password: formText(form, 'password') } },
      });
    } catch {
      // Shown by <FormAlert> and at the fields.
      return;
    }
    navigate(next, { replace: true });
  };

  return (
    <section className="account-page" aria-labelledby="sign-in-title">
      <title>{`${t('signIn.title')} · ${t('app:appName')}`}</title>
      <div className="account-page__card">
        <header className="account-page__header">
          <h1 id="sign-in-title">{t('signIn.title')}</h1>
          <p className="account-page__lead">{t('signIn.lead')}</p>
        </header>
        <Form className="form" onSubmit={(event) => void submit(event)} validationErrors={fieldProblems(error)}>
          <FormAlert error={error} messages={{ UNAUTHENTICATED: t('signIn.wrongCredentials') }} />
          <TextInput
            name="email"
            type="email"
            label={t('signIn.email')}
            autoComplete="username"
            isRequired
            validate={(value) => validateEmail(value, t)}
          />
          <TextInput
            name="password"
            type="password"
            label={t('signIn.password')}
            autoComplete="current-password"
            isRequired
            validate={(value) => validateRequired(value, t)}
          />
          <div className="form__actions">
            <SubmitButton pending={loading}>{loading ? t('signIn.submitting') : t('signIn.submit')}</SubmitButton>
          </div>
          <p className="account-page__hint">{t('signIn.forgotten')}</p>
        </Form>
      </div>
      <p className="account-page__aside">
        {t('signIn.participants')} <Link to="/join">{t('signIn.participantsLink')}</Link>
      </p>
    </section>
  );
}
