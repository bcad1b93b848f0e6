import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { parseDate } from '@internationalized/date';
import { Button, Form, type DateValue } from 'react-aria-components';
import { graphql } from '../../gql';
import type { PartnerRole } from '../../gql/graphql';
import { DateInputField } from '../../app/ui/DateInputField';
import { fieldProblems } from '../../app/ui/errors';
import { FormAlert } from '../../app/ui/FormAlert';
import { formText } from '../../app/ui/formData';
import { LoadingState } from '../../app/ui/QueryState';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { TextInput } from '../../app/ui/TextInput';
import './ProjectEditPanel.css';

export const projectEditPanelQuery = graphql(`
  query ProjectEditPanel($projectId: ID!) {
    project(id: $projectId) {
      id
      title
      description
      goals
      startsOn
      endsOn
      partners {
        id
        role
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const updateProjectMutation = graphql(`
  mutation UpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      project {
        id
        title
        description
        goals
        startsOn
        endsOn
      }
    }
  }
`);

export const removeProjectPartnerMutation = graphql(`
  mutation RemoveProjectPartner($input: RemoveProjectPartnerInput!) {
    removeProjectPartner(input: $input) {
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
`);

const toDate = (value: string): DateValue | null => {
  try {
    return parseDate(value.slice(0, 10));
  } catch {
    return null;
  }
};

// For the promoter's administrators on a project's page: change what the project is (title, description, goals,
// period) and take partners off it. Adding a partner is the panel beside this one.
export function ProjectEditPanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation(['project', 'form']);
  const { data } = useQuery(projectEditPanelQuery, { variables: { projectId } });
  if (!data) return <LoadingState />;
  return (
    <>
      <ProjectDetailsForm project={data.project} key={`${data.project.startsOn}-${data.project.endsOn}`} />
      <section className="panel" aria-labelledby="project-partners-edit">
        <h2 id="project-partners-edit">{t('projectEdit.partnersTitle')}</h2>
        <PartnerRemoval partners={data.project.partners} />
      </section>
    </>
  );
}

function ProjectDetailsForm({
  project,
}: {
  project: { id: string; title: string; description: string; goals: string[]; startsOn: string; endsOn: string };
}) {
  const { t } = useTranslation(['project', 'form']);
  const [startsOn, setStartsOn] = useState<DateValue | null>(toDate(project.startsOn));
  const [endsOn, setEndsOn] = useState<DateValue | null>(toDate(project.endsOn));
  const [saved, setSaved] = useState(false);
  const [update, { loading, error }] = useMutation(updateProjectMutation);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loading) return;
    setSaved(false);
    const form = new FormData(event.currentTarget);
    try {
      await update({
        variables: {
          input: {
            projectId: project.id,
            title: formText(form, 'title').trim(),
            description: formText(form, 'description').trim(),
            goals: formText(form, 'goals')
              .split('\n')
              .map((goal) => goal.trim())
              .filter(Boolean),
            startsOn: startsOn?.toString() ?? project.startsOn,
            endsOn: endsOn?.toString() ?? project.endsOn,
          },
        },
      });
      setSaved(true);
    } catch {
      return;
    }
  };

  return (
    <section className="panel" aria-labelledby="project-edit-title">
      <h2 id="project-edit-title">{t('projectEdit.title')}</h2>
      {saved && <output className="form-success">{t('projectEdit.saved')}</output>}
      <Form className="form" onSubmit={(event) => void submit(event)} validationErrors={fieldProblems(error)}>
        <FormAlert error={error} />
        <TextInput
          name="title"
          label={t('newProject.projectTitle')}
          defaultValue={project.title}
          isRequired
          maxLength={200}
          validate={(value) => (value.trim() ? null : t('form:required'))}
        />
        <TextInput
          name="description"
          label={t('newProject.description')}
          defaultValue={project.description}
          multiline
        />
        <TextInput
          name="goals"
          label={t('newProject.goals')}
          description={t('newProject.goalsDescription')}
          defaultValue={project.goals.join('\n')}
          multiline
        />
        <DateInputField
          name="startsOn"
          label={t('newProject.startsOn')}
          value={startsOn}
          onChange={setStartsOn}
          isRequired
        />
        <DateInputField
          name="endsOn"
          label={t('newProject.endsOn')}
          value={endsOn}
          onChange={setEndsOn}
          isRequired
          validate={(value) =>
            value && startsOn && value.compare(startsOn) <= 0 ? t('newProject.endAfterStart') : null
          }
        />
        <div className="form__actions">
          <SubmitButton pending={loading}>{t('projectEdit.save')}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}

function PartnerRemoval({
  partners,
}: {
  partners: { id: string; role: PartnerRole; organisation: { id: string; name: string } }[];
}) {
  const { t } = useTranslation(['project']);
  const [removed, setRemoved] = useState<string | null>(null);
  const [remove, { loading, error }] = useMutation(removeProjectPartnerMutation);
  if (partners.length === 0) return <p className="field__empty">{t('projectEdit.noPartners')}</p>;
  return (
    <>
      {removed && <output className="form-success">{t('projectEdit.removed', { name: removed })}</output>}
      <FormAlert error={error} />
      <ul className="project-edit__partners">
        {partners.map((partner) => (
          <li key={partner.id} className="project-edit__partner">
            <span>
              <bdi>{partner.organisation.name}</bdi>
              <span className="project-edit__role">{t(`partnerRole.${partner.role}`)}</span>
            </span>
            <Button
              className="button button--secondary"
              isDisabled={loading}
              onPress={() => {
                setRemoved(null);
                remove({ variables: { input: { projectPartnerId: partner.id } } })
                  .then(() => setRemoved(partner.organisation.name))
                  .catch(() => undefined);
              }}
            >
              {t('projectEdit.remove')}
              <span className="visually-hidden">
                {t('projectEdit.removeWhom', { name: partner.organisation.name })}
              </span>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}
