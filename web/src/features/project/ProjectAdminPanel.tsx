import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Form, type Key } from 'react-aria-components';
import { graphql } from '../../gql';
import type { OrganisationKind, PartnerRole } from '../../gql/graphql';
import { fieldProblems } from '../../app/ui/errors';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { LoadingState } from '../../app/ui/QueryState';
import { SelectInput } from '../../app/ui/SelectInput';

export const projectAdminPanelQuery = graphql(`
  query ProjectAdminPanel($projectId: ID!) {
    project(id: $projectId) {
      id
      promoter {
        id
      }
      partners {
        id
        organisation {
          id
        }
      }
    }
    organisations(first: 200) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
  }
`);

export const addProjectPartnerMutation = graphql(`
  mutation AddProjectPartner($input: AddProjectPartnerInput!) {
    addProjectPartner(input: $input) {
      partner {
        id
        organisation {
          id
          name
        }
        # The project's partner list as it is now, so that the page's list shows the new partner.
        project {
          id
          partners {
            id
            role
            organisation {
              id
              name
              locality
            }
          }
        }
      }
    }
  }
`);

const partnerRoles: PartnerRole[] = ['PARTNER_ACTOR', 'SELF_ORGANISATION', 'EVALUATION_TEAM', 'CO_PROMOTER'];

// The role an organisation of this kind most often has in a project.
const usualRole: Record<OrganisationKind, PartnerRole> = {
  MUNICIPALITY: 'CO_PROMOTER',
  INTERMUNICIPAL_PARTNERSHIP: 'CO_PROMOTER',
  PARTNER_ACTOR: 'PARTNER_ACTOR',
  SELF_ORGANISATION: 'SELF_ORGANISATION',
  EVALUATION_TEAM: 'EVALUATION_TEAM',
};

// For administrators on a project's page: add a partner organisation to the project.
export function ProjectAdminPanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation(['project', 'form', 'app']);
  const { data } = useQuery(projectAdminPanelQuery, { variables: { projectId } });
  const [organisationId, setOrganisationId] = useState<Key | null>(null);
  const [role, setRole] = useState<Key | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [addPartner, { loading, error, reset }] = useMutation(addProjectPartnerMutation);

  if (!data) return <LoadingState />;
  const taken = new Set([data.project.promoter.id, ...data.project.partners.map((p) => p.organisation.id)]);
  const candidates = data.organisations.edges.map((edge) => edge.node).filter((o) => !taken.has(o.id));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // One at a time: a second press while the first is on its way does nothing.
    if (loading) return;
    setAdded(null);
    try {
      const result = await addPartner({
        variables: {
          input: { projectId, organisationId: String(organisationId), role: String(role) as PartnerRole },
        },
      });
      setAdded(result.data?.addProjectPartner.partner.organisation.name ?? null);
    } catch {
      return;
    }
    reset();
    setOrganisationId(null);
    setRole(null);
  };

  return (
    <section className="panel" aria-labelledby="project-admin-title">
      <h2 id="project-admin-title">{t('projectPanel.title')}</h2>
      {added && <output className="form-success">{t('projectPanel.added', { name: added })}</output>}
      {candidates.length === 0 ? (
        <p className="field__empty">{t('projectPanel.noCandidates')}</p>
      ) : (
        <Form className="form" onSubmit={(event) => void submit(event)} validationErrors={fieldProblems(error)}>
          <FormAlert error={error} />
          <SelectInput
            name="organisationId"
            label={t('projectPanel.organisation')}
            placeholder={t('projectPanel.organisationPlaceholder')}
            items={candidates.map((o) => ({ id: o.id, label: o.name }))}
            value={organisationId}
            onChange={(key) => {
              setOrganisationId(key);
              const kind = candidates.find((o) => o.id === key)?.kind;
              if (kind) setRole(usualRole[kind]);
            }}
            isRequired
            requiredMessage={t('form:choose')}
          />
          <SelectInput
            name="role"
            label={t('projectPanel.role')}
            placeholder={t('projectPanel.rolePlaceholder')}
            items={partnerRoles.map((r) => ({ id: r, label: t(`project:partnerRole.${r}`) }))}
            value={role}
            onChange={setRole}
            isRequired
            requiredMessage={t('form:choose')}
          />
          <div className="form__actions">
            <SubmitButton pending={loading}>{t('projectPanel.add')}</SubmitButton>
          </div>
        </Form>
      )}
    </section>
  );
}
