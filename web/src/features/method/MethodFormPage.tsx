import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Form } from 'react-aria-components';
import { useNavigate, useParams } from '../../app/router';
import { graphql } from '../../gql';
import type { MethodFormPageQuery, PhaseKind } from '../../gql/graphql';
import { staffLanguages } from '../../app/i18n';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageBreadcrumbs } from '../../app/ui/PageBreadcrumbs';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { isNotFound } from '../../app/ui/errors';
import { useFormat } from '../../app/useFormat';
import { useViewer } from '../../app/viewer';
import { newId } from '../session/offline/useWorkshopQueue';
import { COMMON_LANGUAGES } from '../session/shared/consent';
import { CheckboxGroupField, NumberInput, SelectField, TextInput } from '../session/shared/Fields';
import { MutationError } from '../session/shared/MutationError';
import { METHOD_KINDS } from './kinds';
import '../session/shared/workshop.css';
import './MethodsPage.css';

export const methodFormPageQuery = graphql(`
  query MethodFormPage($id: ID!) {
    method(id: $id) {
      id
      kind
      durationMinutes
      languagesUsed
      ofYourOrganisation
      texts {
        id
        language
        name
        purpose
        steps
        materials
        accessibilityNotes
        lessonsLearned
      }
    }
  }
`);

export const createMethodMutation = graphql(`
  mutation MethodCreate($input: CreateMethodInput!) {
    createMethod(input: $input) {
      clientMutationId
      method {
        id
      }
    }
  }
`);

export const updateMethodMutation = graphql(`
  mutation MethodUpdate($input: UpdateMethodInput!) {
    updateMethod(input: $input) {
      clientMutationId
      method {
        id
        kind
        durationMinutes
        languagesUsed
        texts {
          id
          language
          name
          purpose
          steps
          materials
          accessibilityNotes
          lessonsLearned
        }
      }
    }
  }
`);

type Method = MethodFormPageQuery['method'];

// What the form holds: the method's kind, time and languages, and its texts in one language (lists one item a line).
export interface MethodDraft {
  language: string;
  name: string;
  purpose: string;
  steps: string;
  materials: string;
  accessibilityNotes: string;
  lessonsLearned: string;
  kind: PhaseKind;
  durationMinutes: number;
  languagesUsed: string[];
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

// The texts of the method in a language, when it has them; empty fields to write them otherwise.
function textFields(method: Method | undefined, language: string) {
  const text = method?.texts.find((candidate) => candidate.language === language);
  return {
    language,
    name: text?.name ?? '',
    purpose: text?.purpose ?? '',
    steps: text?.steps.join('\n') ?? '',
    materials: text?.materials.join('\n') ?? '',
    accessibilityNotes: text?.accessibilityNotes ?? '',
    lessonsLearned: text?.lessonsLearned ?? '',
  };
}

export function textInput(draft: MethodDraft) {
  return {
    language: draft.language,
    name: draft.name.trim(),
    purpose: draft.purpose.trim(),
    steps: lines(draft.steps),
    materials: lines(draft.materials),
    accessibilityNotes: draft.accessibilityNotes.trim(),
    lessonsLearned: draft.lessonsLearned.trim(),
  };
}

// A new method of the organisation, or a change to one of its own (its texts in one language at a time).
export function MethodFormPage() {
  const { methodId } = useParams();
  const { t } = useTranslation(['method', 'app']);
  const { data, error, refetch } = useQuery(methodFormPageQuery, {
    variables: { id: methodId ?? '' },
    skip: !methodId,
  });
  if (!methodId) return <MethodForm />;
  if (error && isNotFound(error)) return <NotFoundPage />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!data) return <LoadingState />;
  if (!data.method.ofYourOrganisation) {
    return (
      <section className="page-message" aria-labelledby="method-not-yours">
        <title>{`${t('form.notYours')} · ${t('app:appName')}`}</title>
        <h1 id="method-not-yours">{t('form.notYours')}</h1>
        <p>{t('form.notYoursBody')}</p>
      </section>
    );
  }
  return <MethodForm method={data.method} />;
}

function MethodForm({ method }: { method?: Method }) {
  const { t, i18n } = useTranslation(['method', 'session', 'app']);
  const format = useFormat();
  const navigate = useNavigate();
  const { account } = useViewer();
  const organisations = account?.organisations ?? [];
  const firstLanguage =
    method?.texts.find((text) => text.language === i18n.language)?.language ??
    method?.texts[0]?.language ??
    (staffLanguages.some((language) => language.code === i18n.language) ? i18n.language : 'en');
  const [draft, setDraft] = useState<MethodDraft>(() => ({
    ...textFields(method, firstLanguage),
    kind: method?.kind ?? 'FREE',
    durationMinutes: method?.durationMinutes ?? 20,
    languagesUsed: method ? [...method.languagesUsed] : [],
  }));
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '');
  const [ids] = useState(() => ({ id: newId(), clientMutationId: newId() }));
  const [create, created] = useMutation(createMethodMutation);
  const [update, updated] = useMutation(updateMethodMutation);
  const set = <K extends keyof MethodDraft>(key: K, value: MethodDraft[K]) => setDraft({ ...draft, [key]: value });
  const heading = method ? t('form.editTitle') : t('form.newTitle');
  const languageOptions = [...new Set([...draft.languagesUsed, ...COMMON_LANGUAGES])].map((tag) => ({
    id: tag,
    label: format.languageName(tag),
  }));

  const submit = async () => {
    if (method) {
      const result = await update({
        variables: {
          input: {
            clientMutationId: newId(),
            methodId: method.id,
            kind: draft.kind,
            durationMinutes: draft.durationMinutes,
            languagesUsed: draft.languagesUsed,
            text: textInput(draft),
          },
        },
      }).catch(() => null);
      if (result?.data) navigate(`/methods/${method.id}`);
      return;
    }
    const result = await create({
      variables: {
        input: {
          ...ids,
          organisationId,
          kind: draft.kind,
          durationMinutes: draft.durationMinutes,
          languagesUsed: draft.languagesUsed,
          text: textInput(draft),
        },
      },
    }).catch(() => null);
    const made = result?.data?.createMethod.method;
    if (made) navigate(`/methods/${made.id}`);
  };

  return (
    <article className="method-form-page" aria-labelledby="method-form-title">
      <title>{`${heading} · ${t('app:appName')}`}</title>
      <PageBreadcrumbs
        crumbs={[
          { href: '/methods', label: t('library.title') },
          ...(method
            ? [{ href: `/methods/${method.id}`, label: textFields(method, firstLanguage).name || heading }]
            : []),
          { label: heading },
        ]}
      />
      <header className="page-header">
        <h1 id="method-form-title">{heading}</h1>
        <p className="page-header__lead">{t('form.lead')}</p>
      </header>
      <Form
        className="ws-form panel method-form"
        aria-labelledby="method-form-title"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        {!method && organisations.length > 1 && (
          <SelectField
            label={t('form.organisation')}
            value={organisationId}
            options={organisations.map((organisation) => ({ id: organisation.id, label: organisation.name }))}
            onChange={setOrganisationId}
          />
        )}
        <SelectField
          label={t('form.language')}
          value={draft.language}
          options={staffLanguages.map((language) => ({ id: language.code, label: language.name, lang: language.code }))}
          // Another language shows the method's texts in it, or empty fields to write them.
          onChange={(language) => setDraft({ ...draft, ...textFields(method, language) })}
        />
        <fieldset className="method-form__texts" lang={draft.language}>
          <legend className="visually-hidden">{t('form.texts')}</legend>
          <TextInput
            label={t('form.name')}
            value={draft.name}
            onChange={(value) => set('name', value)}
            isRequired
            minLength={2}
            maxLength={200}
          />
          <TextInput
            label={t('form.purpose')}
            multiline
            value={draft.purpose}
            onChange={(value) => set('purpose', value)}
            isRequired
            minLength={2}
            maxLength={4000}
          />
          <TextInput
            label={t('form.steps')}
            description={t('form.onePerLine')}
            multiline
            value={draft.steps}
            onChange={(value) => set('steps', value)}
            isRequired
          />
          <TextInput
            label={t('form.materials')}
            description={t('form.onePerLine')}
            multiline
            value={draft.materials}
            onChange={(value) => set('materials', value)}
          />
          <TextInput
            label={t('form.accessibility')}
            description={t('form.accessibilityHint')}
            multiline
            value={draft.accessibilityNotes}
            onChange={(value) => set('accessibilityNotes', value)}
          />
          <TextInput
            label={t('form.lessons')}
            multiline
            value={draft.lessonsLearned}
            onChange={(value) => set('lessonsLearned', value)}
          />
        </fieldset>
        <div className="ws-form__row">
          <SelectField
            label={t('fact.kind')}
            value={draft.kind}
            options={METHOD_KINDS.map((kind) => ({ id: kind, label: t(`session:phaseKind.${kind}`) }))}
            onChange={(kind) => set('kind', kind as PhaseKind)}
          />
          <NumberInput
            label={t('form.duration')}
            value={draft.durationMinutes}
            onChange={(value) => set('durationMinutes', value)}
            minValue={1}
            maxValue={240}
            isRequired
          />
        </div>
        <CheckboxGroupField
          label={t('fact.languagesUsed')}
          options={languageOptions}
          value={draft.languagesUsed}
          onChange={(value) => set('languagesUsed', value)}
        />
        {created.error && <MutationError error={created.error} />}
        {updated.error && <MutationError error={updated.error} />}
        <div className="ws-form__actions">
          <Button type="submit" className="button" isPending={created.loading || updated.loading}>
            {method ? t('form.save') : t('form.create')}
          </Button>
        </div>
      </Form>
    </article>
  );
}
