import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { AccountCard_AccountFragment, StaffRole } from '../../gql/graphql';
import { Badge } from '../../app/ui/Badge';
import { CheckboxesInput, RadioInput } from '../../app/ui/ChoiceInput';
import { fieldProblems } from '../../app/ui/errors';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { formText, formTexts } from '../../app/ui/formData';
import { useFormat } from '../../app/useFormat';
import { staffRoles } from './roles';
import '../../app/ui/Dialog.css';

export const accountCardFragment = graphql(`
  fragment AccountCard_account on Account {
    id
    displayName
    email
    role
    active
    lastSignInAt
    organisations {
      id
      name
    }
    projects {
      id
      title
    }
  }
`);

export const updateAccountMutation = graphql(`
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      account {
        ...AccountCard_account
      }
    }
  }
`);

export interface ProjectChoice {
  id: string;
  title: string;
}

function EditAccountForm({
  account,
  projects,
  isSelf,
  close,
}: {
  account: AccountCard_AccountFragment;
  projects: ProjectChoice[];
  isSelf: boolean;
  close: () => void;
}) {
  const { t } = useTranslation(['account', 'form', 'app']);
  const [update, { loading, error }] = useMutation(updateAccountMutation);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // One at a time: a second press while the first is on its way does nothing.
    if (loading) return;
    const form = new FormData(event.currentTarget);
    try {
      await update({
        variables: {
          input: {
            accountId: account.id,
            projectIds: formTexts(form, 'projectIds'),
            // Nobody takes away their own role or access: the server refuses, so the form does not offer it.
            ...(isSelf ? {} : { role: formText(form, 'role') as StaffRole, active: formText(form, 'active') === 'on' }),
          },
        },
      });
    } catch {
      return;
    }
    close();
  };
  // Projects of other organisations are not the administrator's to give or take: they stay as they are.
  const ownProjectIds = new Set(projects.map((project) => project.id));
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationErrors={fieldProblems(error)}>
      <FormAlert error={error} />
      <RadioInput
        name="role"
        label={t('accounts.role')}
        defaultValue={account.role}
        isDisabled={isSelf}
        description={isSelf ? t('accounts.selfRole') : undefined}
        choices={staffRoles.map((role) => ({
          id: role,
          label: t(`app:role.${role}`),
          description: t(`roleDescription.${role}`),
        }))}
      />
      <CheckboxesInput
        name="projectIds"
        label={t('accounts.projects')}
        description={t('accounts.projectsDescription')}
        defaultValue={account.projects.filter((project) => ownProjectIds.has(project.id)).map((project) => project.id)}
        choices={projects.map((project) => ({ id: project.id, label: project.title }))}
        empty={t('accounts.noProjects')}
      />
      <Checkbox name="active" defaultSelected={account.active} isDisabled={isSelf} className="choice">
        <span className="choice__indicator choice__indicator--checkbox" aria-hidden="true" />
        <span className="choice__text">
          <span className="choice__label">{t('accounts.active')}</span>
          <span className="choice__description">
            {isSelf ? t('accounts.selfActive') : t('accounts.activeDescription')}
          </span>
        </span>
      </Checkbox>
      <div className="form__actions">
        <SubmitButton pending={loading}>{t('accounts.save')}</SubmitButton>
        <Button className="button button--secondary" onPress={close}>
          {t('form:cancel')}
        </Button>
      </div>
    </Form>
  );
}

// One staff account: who, in which role, organisations and projects; and a dialog to change that.
export function AccountCard(props: {
  account: FragmentType<typeof accountCardFragment>;
  projects: ProjectChoice[];
  isSelf: boolean;
}) {
  const account = getFragmentData(accountCardFragment, props.account);
  const { t } = useTranslation(['account', 'form', 'app']);
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const titleId = `account-${account.id}`;
  return (
    <article className={`admin-card${account.active ? '' : ' admin-card--inactive'}`} aria-labelledby={titleId}>
      <div className="admin-card__main">
        <h3 id={titleId} className="admin-card__title">
          <bdi>{account.displayName}</bdi>
          {props.isSelf && (
            <>
              {' '}
              <span className="admin-card__you">({t('accounts.you')})</span>
            </>
          )}
        </h3>
        <p className="admin-card__meta">
          <Badge tone={account.role === 'ADMINISTRATOR' ? 'accent' : 'info'}>{t(`app:role.${account.role}`)}</Badge>
          {!account.active && <Badge tone="danger">{t('accounts.deactivated')}</Badge>}
          <bdi>{account.email}</bdi>
        </p>
        <dl className="admin-card__facts">
          <dt>{t('accounts.organisations')}</dt>
          <dd>{account.organisations.map((organisation) => organisation.name).join(', ') || '—'}</dd>
          <dt>{t('accounts.projects')}</dt>
          <dd>
            {account.projects.length > 0
              ? account.projects.map((project) => project.title).join(', ')
              : account.role === 'ADMINISTRATOR' || account.role === 'REVIEWER'
                ? t('accounts.allProjects')
                : t('accounts.noProjectsYet')}
          </dd>
          <dt>{t('accounts.lastSignIn')}</dt>
          <dd>{account.lastSignInAt ? format.dayOf(account.lastSignInAt) : t('accounts.neverSignedIn')}</dd>
        </dl>
      </div>
      <DialogTrigger isOpen={open} onOpenChange={setOpen}>
        <Button
          className="button button--secondary admin-card__action"
          aria-label={t('accounts.editLabel', { name: account.displayName })}
        >
          {t('accounts.edit')}
        </Button>
        <ModalOverlay className="modal-overlay" isDismissable>
          <Modal className="modal">
            <Dialog className="dialog">
              <header className="dialog__header">
                <Heading slot="title" className="dialog__title">
                  {t('accounts.editTitle', { name: account.displayName })}
                </Heading>
                <p className="dialog__subtitle">
                  <bdi>{account.email}</bdi>
                </p>
              </header>
              <EditAccountForm
                account={account}
                projects={props.projects}
                isSelf={props.isSelf}
                close={() => setOpen(false)}
              />
            </Dialog>
          </Modal>
        </ModalOverlay>
      </DialogTrigger>
    </article>
  );
}
