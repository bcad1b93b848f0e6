import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Form } from 'react-aria-components';
import { Link, useNavigate, useParams } from '../../app/router';
import { graphql } from '../../gql';
import { errorCode, fieldProblems, isNotFound } from '../../app/ui/errors';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { formText } from '../../app/ui/formData';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { TextInput } from '../../app/ui/TextInput';
import { useViewer, viewerQuery } from '../../app/viewer';
import { PASSWORD_RULE, passwordProblems, validateNewPassword, validateSame } from './validation';
import './AccountPages.css';

export const invitationPageQuery = graphql(`
  query InvitationPage($token: String!) {
    invitation(token: $token) {
      email
      organisationName
      role
      expired
      accepted
    }
  }
`);

export const acceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      account {
        id
      }
    }
  }
`);

function InvitationMessage({ title, body, signIn = false }: { title: string; body: string; signIn?: boolean }) {
  const { t } = useTranslation(['account', 'form', 'app']);
  return (
    <section className="page-message" aria-labelledby="invitation-message-title">
      <title>{`${title} · ${t('app:appName')}`}</title>
      <h1 id="invitation-message-title">{title}</h1>
      <p>{body}</p>
      {signIn && (
        <Link className="button" to="/sign-in">
          {t('app:account.signIn')}
        </Link>
      )}
    </section>
  );
}

// The page an invitation link opens: who invites whom as what, then a name and a password, and the
// new staff member is signed in.
export function InvitationPage() {
  const { token = '' } = useParams();
  const { t } = useTranslation(['account', 'form', 'app']);
  const navigate = useNavigate();
  const { account } = useViewer();
  const [password, setPassword] = useState('');
  const { data, error, refetch } = useQuery(invitationPageQuery, { variables: { token } });
  const [accept, { loading, error: acceptError }] = useMutation(acceptInvitationMutation, {
    refetchQueries: [{ query: viewerQuery }],
    awaitRefetchQueries: true,
  });

  if (error && isNotFound(error)) {
    return <InvitationMessage title={t('invitation.invalidTitle')} body={t('invitation.invalidBody')} />;
  }
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data) return <LoadingState />;
  const invitation = data.invitation;
  if (invitation.accepted) {
    return <InvitationMessage title={t('invitation.acceptedTitle')} body={t('invitation.acceptedBody')} signIn />;
  }
  if (invitation.expired || errorCode(acceptError) === 'INVITATION_EXPIRED') {
    return <InvitationMessage title={t('invitation.expiredTitle')} body={t('invitation.expiredBody')} />;
  }

  const problems = fieldProblems(acceptError);
  passwordProblems(acceptError, problems, t);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // One at a time: a second press while the first is on its way does nothing.
    if (loading) return;
    const form = new FormData(event.currentTarget);
    try {
      await accept({
        variables: {
          input: {
            token,
            displayName: formText(form, 'displayName').trim(),
            password: formText(form, 'password'),
          },
        },
      });
    } catch {
      return;
    }
    navigate('/', { replace: true });
  };

  return (
    <section className="account-page" aria-labelledby="invitation-title">
      <title>{`${t('invitation.title')} · ${t('app:appName')}`}</title>
      <div className="account-page__card">
        <header className="account-page__header">
          <h1 id="invitation-title">{t('invitation.title')}</h1>
          <p className="account-page__lead">
            {t('invitation.lead', {
              organisation: invitation.organisationName,
              role: t(`app:role.${invitation.role}`),
            })}
          </p>
        </header>
        <dl className="account-page__facts">
          <dt>{t('invitation.emailLabel')}</dt>
          <dd>
            <bdi>{invitation.email}</bdi>
          </dd>
          <dt>{t('invitation.roleLabel')}</dt>
          <dd>{t(`app:role.${invitation.role}`)}</dd>
          <dt>{t('invitation.organisationLabel')}</dt>
          <dd>
            <bdi>{invitation.organisationName}</bdi>
          </dd>
        </dl>
        {account && <p className="account-page__hint">{t('invitation.signedInAs', { name: account.displayName })}</p>}
        <Form className="form" onSubmit={(event) => void submit(event)} validationErrors={problems}>
          <FormAlert error={acceptError} />
          <TextInput
            name="displayName"
            label={t('invitation.displayName')}
            description={t('invitation.displayNameDescription')}
            autoComplete="name"
            isRequired
            maxLength={200}
            validate={(value) =>
              value.trim().length >= 2 ? null : value.trim() ? t('form:tooShort', { count: 2 }) : t('form:required')
            }
          />
          <TextInput
            name="password"
            type="password"
            label={t('invitation.password')}
            description={t('invitation.passwordDescription', { min: PASSWORD_RULE.minLength })}
            autoComplete="new-password"
            isRequired
            onChange={setPassword}
            validate={(value) => validateNewPassword(value, t)}
          />
          <TextInput
            name="confirmPassword"
            type="password"
            label={t('invitation.confirm')}
            autoComplete="new-password"
            isRequired
            validate={(value) => validateSame(value, password, t)}
          />
          <div className="form__actions">
            <SubmitButton pending={loading}>{t('invitation.submit')}</SubmitButton>
          </div>
        </Form>
      </div>
    </section>
  );
}
