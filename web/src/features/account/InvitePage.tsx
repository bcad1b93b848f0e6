import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Form } from 'react-aria-components';
import { graphql } from '../../gql';
import type { CreateInvitationMutation, StaffRole } from '../../gql/graphql';
import { PageBreadcrumbs } from '../../app/ui/PageBreadcrumbs';
import { CheckboxesInput, RadioInput } from '../../app/ui/ChoiceInput';
import { fieldProblems } from '../../app/ui/errors';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { formText, formTexts } from '../../app/ui/formData';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { SelectInput } from '../../app/ui/SelectInput';
import { TextInput } from '../../app/ui/TextInput';
import { useFormat } from '../../app/useFormat';
import { useViewer } from '../../app/viewer';
import { InvitationLink } from './InvitationLink';
import { staffRoles } from './roles';
import '../../app/ui/AdminPages.css';

export const invitePageQuery = graphql(`
  query InvitePage {
    organisations(first: 200) {
      edges {
        node {
          id
          name
        }
      }
    }
    projects(first: 200) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

export const createInvitationMutation = graphql(`
  mutation CreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      link
      invitation {
        id
        email
        role
        expiresAt
        organisation {
          id
          name
        }
      }
    }
  }
`);

type Created = CreateInvitationMutation['createInvitation'];

const validateEmail = (value: string, required: string, wrong: string) =>
  !value.trim() ? required : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : wrong;

// An administrator invites a colleague: the link that comes back is shown once, to copy and send.
export function InvitePage() {
  const { t } = useTranslation(['account', 'form', 'app']);
  const format = useFormat();
  const { account } = useViewer();
  const [created, setCreated] = useState<Created | null>(null);
  const { data, error, refetch } = useQuery(invitePageQuery);
  const [createInvitation, { loading, error: createError, reset }] = useMutation(createInvitationMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // One at a time: a second press while the first is on its way does nothing.
    if (loading) return;
    const form = new FormData(event.currentTarget);
    try {
      const result = await createInvitation({
        variables: {
          input: {
            email: formText(form, 'email').trim(),
            role: formText(form, 'role') as StaffRole,
            organisationId: formText(form, 'organisationId'),
            projectIds: formTexts(form, 'projectIds'),
          },
        },
      });
      setCreated(result.data?.createInvitation ?? null);
    } catch {
      return;
    }
  };

  const inviteAnother = () => {
    reset();
    setCreated(null);
  };

  const crumbs = [{ href: '/admin/accounts', label: t('app:nav.accounts') }, { label: t('invite.title') }];
  const organisations = data?.organisations.edges.map((edge) => edge.node) ?? [];
  const projects = data?.projects.edges.map((edge) => edge.node) ?? [];
  // The administrator's own organisation first: most invitations are for colleagues.
  const defaultOrganisation = account?.organisations[0]?.id ?? organisations[0]?.id;

  return (
    <section className="admin-page" aria-labelledby="invite-title">
      <title>{`${t('invite.title')} · ${t('app:appName')}`}</title>
      <PageBreadcrumbs crumbs={crumbs} />
      <header className="page-header">
        <h1 id="invite-title">{t('invite.title')}</h1>
        <p className="page-header__lead">{t('invite.lead')}</p>
      </header>
      {created ? (
        <div className="admin-page__main invite-result">
          <InvitationLink
            link={`${window.location.origin}${created.link}`}
            email={created.invitation.email}
            expiresOn={format.dayOf(created.invitation.expiresAt)}
          />
          <div className="form__actions">
            <Button className="button button--secondary" onPress={inviteAnother}>
              {t('invite.another')}
            </Button>
          </div>
        </div>
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState />
      ) : (
        <Form className="form" onSubmit={(event) => void submit(event)} validationErrors={fieldProblems(createError)}>
          <FormAlert error={createError} />
          <TextInput
            name="email"
            type="email"
            label={t('invite.email')}
            description={t('invite.emailDescription')}
            autoComplete="off"
            isRequired
            validate={(value) => validateEmail(value, t('form:required'), t('form:email'))}
          />
          <RadioInput
            name="role"
            label={t('invite.role')}
            defaultValue="FACILITATOR"
            isRequired
            choices={staffRoles.map((role) => ({
              id: role,
              label: t(`app:role.${role}`),
              description: t(`roleDescription.${role}`),
            }))}
          />
          <SelectInput
            name="organisationId"
            label={t('invite.organisation')}
            description={t('invite.organisationDescription')}
            items={organisations.map((organisation) => ({ id: organisation.id, label: organisation.name }))}
            {...(defaultOrganisation ? { defaultValue: defaultOrganisation } : {})}
            placeholder={t('invite.organisationPlaceholder')}
            isRequired
            requiredMessage={t('form:choose')}
          />
          <CheckboxesInput
            name="projectIds"
            label={t('invite.projects')}
            description={t('invite.projectsDescription')}
            choices={projects.map((project) => ({ id: project.id, label: project.title }))}
            empty={t('accounts.noProjects')}
          />
          <div className="form__actions">
            <SubmitButton pending={loading}>{t('invite.submit')}</SubmitButton>
          </div>
        </Form>
      )}
    </section>
  );
}
