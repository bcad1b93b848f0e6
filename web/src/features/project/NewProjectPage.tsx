import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Form, type DateValue } from 'react-aria-components';
import { useNavigate } from '../../app/router';
import { graphql } from '../../gql';
import { DateInputField } from '../../app/ui/DateInputField';
import { fieldProblems } from '../../app/ui/errors';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { formText } from '../../app/ui/formData';
import { NumberInput } from '../../app/ui/NumberInput';
import { PageBreadcrumbs } from '../../app/ui/PageBreadcrumbs';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { SelectInput } from '../../app/ui/SelectInput';
import { TextInput } from '../../app/ui/TextInput';
import { useFormat } from '../../app/useFormat';
import { promoterKinds } from '../organisation/organisationKinds';
import './NewProjectPage.css';

export const newProjectPageQuery = graphql(`
  query NewProjectPage {
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

export const createProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      project {
        id
      }
    }
  }
`);

// The grant rules of the fund: 100,000 to 250,000 euro, paid 75% by the EU fund and 25% by the region.
export const GRANT_MIN = 100_000;
export const GRANT_MAX = 250_000;
export const EU_SHARE = 0.75;

// Live, as the administrator types: what the EU fund and the region each pay.
function GrantSplitPreview({ grant }: { grant: number | null }) {
  const { t } = useTranslation('project');
  const format = useFormat();
  const valid = grant !== null && grant >= GRANT_MIN && grant <= GRANT_MAX;
  return (
    <output className="grant-preview" aria-live="polite">
      {valid ? (
        <>
          <span className="grant-preview__bar" aria-hidden="true">
            <span className="grant-preview__eu" />
            <span className="grant-preview__region" />
          </span>
          <span className="grant-preview__line">
            <span className="grant-preview__swatch grant-preview__swatch--eu" aria-hidden="true" />
            {t('newProject.euShare', { amount: format.euros(grant * EU_SHARE), percent: format.percent(EU_SHARE) })}
          </span>
          <span className="grant-preview__line">
            <span className="grant-preview__swatch grant-preview__swatch--region" aria-hidden="true" />
            {t('newProject.regionShare', {
              amount: format.euros(grant * (1 - EU_SHARE)),
              percent: format.percent(1 - EU_SHARE),
            })}
          </span>
        </>
      ) : (
        <span className="grant-preview__line grant-preview__line--muted">{t('newProject.splitHint')}</span>
      )}
    </output>
  );
}

// An administrator starts a funded local project: promoter, what it is for, its grant and its period.
export function NewProjectPage() {
  const { t } = useTranslation(['project', 'form', 'app']);
  const format = useFormat();
  const navigate = useNavigate();
  const [grant, setGrant] = useState<number | null>(null);
  const [startsOn, setStartsOn] = useState<DateValue | null>(null);
  const [endsOn, setEndsOn] = useState<DateValue | null>(null);
  const { data, error, refetch } = useQuery(newProjectPageQuery);
  const [createProject, { loading, error: createError }] = useMutation(createProjectMutation, {
    // The projects list no longer knows every project: it asks again when next shown.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'projects' });
      cache.gc();
    },
  });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // One at a time: a second press while the first is on its way does nothing.
    if (loading) return;
    const form = new FormData(event.currentTarget);
    const goals = formText(form, 'goals')
      .split('\n')
      .map((goal) => goal.trim())
      .filter(Boolean);
    try {
      const result = await createProject({
        variables: {
          input: {
            promoterId: formText(form, 'promoterId'),
            title: formText(form, 'title').trim(),
            description: formText(form, 'description').trim(),
            goals,
            grantEuros: grant ?? 0,
            startsOn: startsOn?.toString() ?? '',
            endsOn: endsOn?.toString() ?? '',
          },
        },
      });
      const id = result.data?.createProject.project.id;
      if (id) navigate(`/projects/${id}`);
    } catch {
      return;
    }
  };

  const promoters = (data?.organisations.edges ?? [])
    .map((edge) => edge.node)
    .filter((organisation) => promoterKinds.has(organisation.kind));
  const crumbs = [{ href: '/', label: t('app:nav.projects') }, { label: t('newProject.title') }];
  const range = { min: format.euros(GRANT_MIN), max: format.euros(GRANT_MAX) };

  return (
    <section className="admin-page" aria-labelledby="new-project-title">
      <title>{`${t('newProject.title')} · ${t('app:appName')}`}</title>
      <PageBreadcrumbs crumbs={crumbs} />
      <header className="page-header">
        <h1 id="new-project-title">{t('newProject.title')}</h1>
        <p className="page-header__lead">{t('newProject.lead')}</p>
      </header>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        <LoadingState />
      ) : (
        <Form className="form" onSubmit={(event) => void submit(event)} validationErrors={fieldProblems(createError)}>
          <FormAlert error={createError} messages={{ GRANT_OUT_OF_RANGE: t('newProject.grantRange', range) }} />
          <SelectInput
            name="promoterId"
            label={t('newProject.promoter')}
            description={promoters.length ? t('newProject.promoterDescription') : t('newProject.noPromoters')}
            placeholder={t('newProject.promoterPlaceholder')}
            items={promoters.map((organisation) => ({ id: organisation.id, label: organisation.name }))}
            isRequired
            requiredMessage={t('form:choose')}
          />
          <TextInput
            name="title"
            label={t('newProject.projectTitle')}
            isRequired
            maxLength={200}
            validate={(value) => (value.trim() ? null : t('form:required'))}
          />
          <TextInput name="description" label={t('newProject.description')} multiline />
          <TextInput
            name="goals"
            label={t('newProject.goals')}
            description={t('newProject.goalsDescription')}
            multiline
          />
          <fieldset className="new-project__group">
            <legend className="field__label">{t('newProject.grant')}</legend>
            <NumberInput
              name="grantEuros"
              label={t('newProject.grantAmount')}
              description={t('newProject.grantDescription', range)}
              onChange={(value) => setGrant(Number.isNaN(value) ? null : value)}
              onTyping={setGrant}
              formatOptions={{ style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }}
              isRequired
              validate={(value) =>
                Number.isNaN(value)
                  ? t('form:required')
                  : value < GRANT_MIN || value > GRANT_MAX
                    ? t('newProject.grantRange', range)
                    : null
              }
            />
            <GrantSplitPreview grant={grant} />
          </fieldset>
          <fieldset className="new-project__group">
            <legend className="field__label">{t('newProject.period')}</legend>
            <div className="form__row">
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
            </div>
          </fieldset>
          <div className="form__actions">
            <SubmitButton pending={loading}>{t('newProject.submit')}</SubmitButton>
          </div>
        </Form>
      )}
    </section>
  );
}
