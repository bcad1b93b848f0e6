import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Link } from 'react-aria-components';
import { useParams } from '../../app/router';
import { graphql } from '../../gql';
import { NotFoundPage } from '../../app/NotFoundPage';
import { PageBreadcrumbs } from '../../app/ui/PageBreadcrumbs';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { isNotFound } from '../../app/ui/errors';
import { useFormat } from '../../app/useFormat';
import { hasRole, useViewer } from '../../app/viewer';
import { newId } from '../session/offline/useWorkshopQueue';
import { MutationError } from '../session/shared/MutationError';
import { SelectField } from '../session/shared/Fields';
import { MethodBadges } from './MethodBadges';
import { MethodValidations } from './MethodValidations';
import { ValidateMethodDialog } from './ValidateMethodDialog';
import '../session/shared/workshop.css';
import './MethodsPage.css';

export const methodPageQuery = graphql(`
  query MethodPage($id: ID!, $language: String) {
    method(id: $id) {
      id
      kind
      durationMinutes
      languagesUsed
      shared
      starter
      ofYourOrganisation
      texts {
        id
        language
      }
      text(language: $language) {
        id
        language
        name
        purpose
        steps
        materials
        accessibilityNotes
        lessonsLearned
      }
      ...MethodBadges_method
      ...MethodValidations_method
    }
  }
`);

export const shareMethodMutation = graphql(`
  mutation MethodShare($input: ShareMethodInput!) {
    shareMethod(input: $input) {
      clientMutationId
      method {
        id
        shared
      }
    }
  }
`);

// One method: what it is for and how it goes, what it needs, how to make it work for everyone, what others learned,
// and, beside it, where it has been used and the evaluators' findings with their evidence.
export function MethodPage() {
  const { methodId = '' } = useParams();
  const { t, i18n } = useTranslation(['method', 'session', 'app']);
  const format = useFormat();
  const { account } = useViewer();
  const [language, setLanguage] = useState<string | null>(null);
  const { data, previousData, error, refetch } = useQuery(methodPageQuery, {
    variables: { id: methodId, language: language ?? i18n.language },
  });
  const [share, sharing] = useMutation(shareMethodMutation);
  const [validating, setValidating] = useState(false);

  const method = (data ?? previousData)?.method;
  if (error && isNotFound(error)) return <NotFoundPage />;
  if (error && !method) return <ErrorState error={error} onRetry={() => void refetch()} level={1} />;
  if (!method) return <LoadingState />;

  const text = method.text;
  const canChange = method.ofYourOrganisation && hasRole(account, 'FACILITATOR', 'ADMINISTRATOR');
  const canValidate = hasRole(account, 'EVALUATOR', 'ADMINISTRATOR');

  return (
    <article className="method-page" aria-labelledby="method-title">
      <title>{`${text.name} · ${t('library.title')} · ${t('app:appName')}`}</title>
      <PageBreadcrumbs crumbs={[{ href: '/methods', label: t('library.title') }, { label: text.name }]} />
      <header className="page-header method-page__header">
        <h1 id="method-title" lang={text.language}>
          <bdi>{text.name}</bdi>
        </h1>
        <MethodBadges method={method} />
        <p className="page-header__lead" lang={text.language} dir="auto">
          {text.purpose}
        </p>
      </header>

      <div className="method-page__bar">
        {method.texts.length > 1 && (
          <SelectField
            label={t('method.readIn')}
            className="method-page__language"
            value={text.language}
            options={method.texts.map((other) => ({
              id: other.language,
              label: format.languageName(other.language),
              lang: other.language,
            }))}
            onChange={setLanguage}
          />
        )}
        <div className="ws-toolbar">
          {canChange && (
            <>
              <Link className="button button--secondary" href={`/methods/${method.id}/edit`}>
                {t('method.edit')}
              </Link>
              <Button
                className="button button--secondary"
                isPending={sharing.loading}
                onPress={() =>
                  void share({
                    variables: { input: { clientMutationId: newId(), methodId: method.id, shared: !method.shared } },
                  }).catch(() => null)
                }
              >
                {method.shared ? t('method.stopSharing') : t('method.share')}
              </Button>
            </>
          )}
          {canValidate && (
            <Button className="button" onPress={() => setValidating(true)}>
              {t('validate.open')}
            </Button>
          )}
        </div>
      </div>
      {sharing.error && <MutationError error={sharing.error} />}
      {text.language.split('-')[0] !== (language ?? i18n.language).split('-')[0] && (
        <p className="method-page__other-language">
          {t('method.notInLanguage', {
            wanted: format.languageName(language ?? i18n.language),
            shown: format.languageName(text.language),
          })}
        </p>
      )}

      <div className="method-page__columns">
        <div className="method-page__main" lang={text.language}>
          <section className="panel" aria-labelledby="method-steps">
            <h2 id="method-steps" lang={format.language}>
              {t('method.steps')}
            </h2>
            <ol className="method-page__steps">
              {text.steps.map((step, index) => (
                <li key={index} dir="auto">
                  {step}
                </li>
              ))}
            </ol>
          </section>
          {text.materials.length > 0 && (
            <section className="panel" aria-labelledby="method-materials">
              <h2 id="method-materials" lang={format.language}>
                {t('method.materials')}
              </h2>
              <ul className="method-page__materials">
                {text.materials.map((material, index) => (
                  <li key={index} dir="auto">
                    {material}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {text.accessibilityNotes && (
            <section className="panel" aria-labelledby="method-accessibility">
              <h2 id="method-accessibility" lang={format.language}>
                {t('method.accessibility')}
              </h2>
              <p className="method-page__prose" dir="auto">
                {text.accessibilityNotes}
              </p>
            </section>
          )}
          {text.lessonsLearned && (
            <section className="panel" aria-labelledby="method-lessons">
              <h2 id="method-lessons" lang={format.language}>
                {t('method.lessons')}
              </h2>
              <p className="method-page__prose" dir="auto">
                {text.lessonsLearned}
              </p>
            </section>
          )}
        </div>
        <aside className="method-page__aside" aria-label={t('method.about')}>
          <section className="panel" aria-labelledby="method-facts">
            <h2 id="method-facts">{t('method.about')}</h2>
            <dl className="method-page__facts">
              <div>
                <dt>{t('fact.kind')}</dt>
                <dd>{t(`session:phaseKind.${method.kind}`)}</dd>
              </div>
              <div>
                <dt>{t('fact.duration')}</dt>
                <dd>
                  {t('minutes', { count: method.durationMinutes, formatted: format.number(method.durationMinutes) })}
                </dd>
              </div>
              <div>
                <dt>{t('fact.languagesUsed')}</dt>
                <dd>
                  {method.languagesUsed.length
                    ? format.list(method.languagesUsed.map((tag) => format.languageName(tag)))
                    : t('fact.noLanguages')}
                </dd>
              </div>
              <div>
                <dt>{t('fact.writtenIn')}</dt>
                <dd>{format.list(method.texts.map((other) => format.languageName(other.language)))}</dd>
              </div>
            </dl>
          </section>
          <MethodValidations method={method} />
        </aside>
      </div>
      {canValidate && account && (
        <ValidateMethodDialog
          isOpen={validating}
          methodId={method.id}
          methodName={text.name}
          organisations={account.organisations}
          onClose={() => setValidating(false)}
        />
      )}
    </article>
  );
}
