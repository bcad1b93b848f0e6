import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Form } from 'react-aria-components';
import { graphql } from '../../gql';
import { fieldProblems } from '../../app/ui/errors';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { formText } from '../../app/ui/formData';
import { TextInput } from '../../app/ui/TextInput';
import { PASSWORD_RULE, passwordProblems, validateNewPassword, validateRequired, validateSame } from './validation';
import './AccountPages.css';

export const changePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      account {
        id
      }
    }
  }
`);

// A staff member replaces their password; the server signs out their other browsers.
export function ChangePasswordPage() {
  const { t } = useTranslation(['account', 'form', 'app']);
  const [newPassword, setNewPassword] = useState('');
  const [done, setDone] = useState(false);
  // A fresh form after a change, so that no password stays in a field.
  const [formKey, setFormKey] = useState(0);
  const [changePassword, { loading, error, reset }] = useMutation(changePasswordMutation);
  const problems = fieldProblems(error);
  // The server names the wrong current password as a field problem; say it in the reader's language.
  if (problems['currentPassword']) problems['currentPassword'] = t('changePassword.wrongCurrent');
  passwordProblems(error, problems, t);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // One at a time: a second press while the first is on its way does nothing.
    if (loading) return;
    const form = new FormData(event.currentTarget);
    setDone(false);
    try {
      await changePassword({
        variables: {
          input: {
            currentPassword: formText(form, 'currentPassword'),
            newPassword: formText(form, 'newPassword'),
          },
        },
      });
    } catch {
      return;
    }
    reset();
    setNewPassword('');
    setFormKey((key) => key + 1);
    setDone(true);
  };

  return (
    <section className="account-page" aria-labelledby="change-password-title">
      <title>{`${t('changePassword.title')} · ${t('app:appName')}`}</title>
      <div className="account-page__card">
        <header className="account-page__header">
          <h1 id="change-password-title">{t('changePassword.title')}</h1>
          <p className="account-page__lead">{t('changePassword.lead')}</p>
        </header>
        {done && <output className="form-success">{t('changePassword.done')}</output>}
        <Form key={formKey} className="form" onSubmit={(event) => void submit(event)} validationErrors={problems}>
          <FormAlert
            error={error}
            messages={problems['currentPassword'] ? { BAD_USER_INPUT: t('changePassword.wrongCurrent') } : {}}
          />
          <TextInput
            name="currentPassword"
            type="password"
            label={t('changePassword.current')}
            autoComplete="current-password"
            isRequired
            validate={(value) => validateRequired(value, t)}
          />
          <TextInput
            name="newPassword"
            type="password"
            label={t('changePassword.new')}
            description={t('changePassword.newDescription', { min: PASSWORD_RULE.minLength })}
            autoComplete="new-password"
            isRequired
            onChange={setNewPassword}
            validate={(value) => validateNewPassword(value, t)}
          />
          <TextInput
            name="confirmPassword"
            type="password"
            label={t('changePassword.confirm')}
            autoComplete="new-password"
            isRequired
            validate={(value) => validateSame(value, newPassword, t)}
          />
          <div className="form__actions">
            <SubmitButton pending={loading}>{t('changePassword.submit')}</SubmitButton>
          </div>
        </Form>
      </div>
    </section>
  );
}
