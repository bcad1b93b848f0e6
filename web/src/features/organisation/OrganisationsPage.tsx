import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Form } from 'react-aria-components';
import { graphql } from '../../gql';
import type { OrganisationKind } from '../../gql/graphql';
import { RadioInput } from '../../app/ui/ChoiceInput';
import { fieldProblems } from '../../app/ui/errors';
import { FormAlert } from '../../app/ui/FormAlert';
import { SubmitButton } from '../../app/ui/SubmitButton';
import { formText } from '../../app/ui/formData';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { TextInput } from '../../app/ui/TextInput';
import { useFormat } from '../../app/useFormat';
import { organisationKinds } from './organisationKinds';
import { OrganisationRow } from './OrganisationRow';
import '../../app/ui/AdminPages.css';

export const organisationsPageQuery = graphql(`
  query OrganisationsPage($after: String) {
    organisations(first: 100, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...OrganisationRow_organisation
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const createOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      organisation {
        id
        name
      }
    }
  }
`);

function AddOrganisationForm() {
  const { t } = useTranslation(['organisation', 'form', 'app']);
  const [formKey, setFormKey] = useState(0);
  const [added, setAdded] = useState<string | null>(null);
  const [create, { loading, error, reset }] = useMutation(createOrganisationMutation, {
    refetchQueries: [{ query: organisationsPageQuery }],
    awaitRefetchQueries: true,
  });
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // One at a time: a second press while the first is on its way does nothing.
    if (loading) return;
    const form = new FormData(event.currentTarget);
    setAdded(null);
    try {
      const { data } = await create({
        variables: {
          input: {
            name: formText(form, 'name').trim(),
            kind: formText(form, 'kind') as OrganisationKind,
            locality: formText(form, 'locality').trim() || null,
          },
        },
      });
      setAdded(data?.createOrganisation.organisation.name ?? null);
    } catch {
      return;
    }
    reset();
    setFormKey((key) => key + 1);
  };
  return (
    <section className="panel admin-page__side" aria-labelledby="add-organisation-title">
      <h2 id="add-organisation-title">{t('organisations.addTitle')}</h2>
      {added && <output className="form-success">{t('organisations.added', { name: added })}</output>}
      <Form
        key={formKey}
        className="form"
        onSubmit={(event) => void submit(event)}
        validationErrors={fieldProblems(error)}
      >
        <FormAlert error={error} />
        <TextInput
          name="name"
          label={t('organisations.name')}
          isRequired
          validate={(value) => (value.trim() ? null : t('form:required'))}
        />
        <RadioInput
          name="kind"
          label={t('organisations.kind')}
          isRequired
          requiredMessage={t('organisations.kindRequired')}
          choices={organisationKinds.map((kind) => ({
            id: kind,
            label: t(`kind.${kind}.label`),
            description: t(`kind.${kind}.description`),
          }))}
        />
        <TextInput
          name="locality"
          label={t('organisations.locality')}
          description={t('organisations.localityDescription')}
        />
        <div className="form__actions">
          <SubmitButton pending={loading}>{t('organisations.add')}</SubmitButton>
        </div>
      </Form>
    </section>
  );
}

// Administrators keep the list of organisations: municipalities, partners, self-organisations and
// evaluation teams.
export function OrganisationsPage() {
  const { t } = useTranslation(['organisation', 'form', 'app']);
  const format = useFormat();
  const { data, loading, error, refetch, fetchMore } = useQuery(organisationsPageQuery, {
    notifyOnNetworkStatusChange: true,
  });
  const organisations = data?.organisations;
  return (
    <section className="admin-page" aria-labelledby="organisations-title">
      <title>{`${t('organisations.title')} · ${t('app:appName')}`}</title>
      <header className="page-header">
        <h1 id="organisations-title">{t('organisations.title')}</h1>
        <p className="page-header__lead">{t('organisations.lead')}</p>
        {organisations && (
          <p className="page-header__meta">
            {t('organisations.count', {
              count: organisations.totalCount,
              formatted: format.number(organisations.totalCount),
            })}
          </p>
        )}
      </header>
      <div className="admin-page__layout">
        <div className="admin-page__main">
          {error && !organisations ? (
            <ErrorState error={error} onRetry={() => void refetch()} />
          ) : !organisations ? (
            <LoadingState />
          ) : organisations.edges.length === 0 ? (
            <p className="empty-state">{t('organisations.empty')}</p>
          ) : (
            <>
              <ul className="stack admin-page__list" aria-labelledby="organisations-title">
                {organisations.edges.map(({ node }) => (
                  <li key={node.id}>
                    <OrganisationRow organisation={node} />
                  </li>
                ))}
              </ul>
              {organisations.pageInfo.hasNextPage && (
                <SubmitButton
                  type="button"
                  className="button button--secondary"
                  pending={loading}
                  onPress={() => void fetchMore({ variables: { after: organisations.pageInfo.endCursor } })}
                >
                  {t('organisations.more')}
                </SubmitButton>
              )}
            </>
          )}
        </div>
        <AddOrganisationForm />
      </div>
    </section>
  );
}
