import { useDeferredValue } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-aria-components';
import { useSearchParams } from '../../app/router';
import { graphql } from '../../gql';
import type { PhaseKind } from '../../gql/graphql';
import { ErrorState, LoadingState } from '../../app/ui/QueryState';
import { useFormat } from '../../app/useFormat';
import { hasRole, useViewer } from '../../app/viewer';
import { SelectField, TextInput } from '../session/shared/Fields';
import { MethodCard } from './MethodCard';
import { AgendaTemplates } from './AgendaTemplates';
import { filtersFrom, inLanguage, languagesOf, paramsFrom, type MethodFilters } from './methodFilter';
import { METHOD_KINDS } from './kinds';
import '../session/shared/workshop.css';
import './MethodsPage.css';

export const methodLibraryQuery = graphql(`
  query MethodLibrary($kind: PhaseKind, $search: String, $language: String) {
    methods(kind: $kind, search: $search, language: $language) {
      id
      languagesUsed
      texts {
        id
        language
      }
      ...MethodCard_method
    }
  }
`);

const ALL = 'all';

// The method library: the starter methods, those other organisations shared, and the organisation's own; searched by
// words, filtered by phase kind and language. Below it, the agenda templates new sessions start from.
export function MethodsPage() {
  const { t, i18n } = useTranslation(['method', 'session', 'app']);
  const format = useFormat();
  const { account } = useViewer();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  // Typing stays quick: the list follows the words a moment later.
  const search = useDeferredValue(filters.search.trim());
  const { data, previousData, error, refetch } = useQuery(methodLibraryQuery, {
    variables: { kind: filters.kind, search: search || null, language: i18n.language },
  });
  const methods = (data ?? previousData)?.methods;
  const shown = methods ? inLanguage(methods, filters.language) : undefined;
  const set = (next: Partial<MethodFilters>) => setParams(paramsFrom({ ...filters, ...next }), { replace: true });
  const languageTags = methods ? languagesOf(methods) : [];
  if (filters.language && !languageTags.includes(filters.language)) languageTags.push(filters.language);

  return (
    <section className="methods-page" aria-labelledby="methods-title">
      <title>{`${t('library.title')} · ${t('app:appName')}`}</title>
      <header className="page-header methods-page__header">
        <div>
          <h1 id="methods-title">{t('library.title')}</h1>
          <p className="page-header__lead">{t('library.lead')}</p>
        </div>
        {hasRole(account, 'FACILITATOR', 'ADMINISTRATOR') && (
          <Link className="button" href="/methods/new">
            {t('library.new')}
          </Link>
        )}
      </header>
      <search className="methods-page__filters panel" aria-label={t('library.filters')}>
        <TextInput
          label={t('library.search')}
          type="search"
          value={filters.search}
          onChange={(value) => set({ search: value })}
          className="methods-page__search"
        />
        <SelectField
          label={t('library.kind')}
          value={filters.kind ?? ALL}
          options={[
            { id: ALL, label: t('library.allKinds') },
            ...METHOD_KINDS.map((kind) => ({ id: kind, label: t(`session:phaseKind.${kind}`) })),
          ]}
          onChange={(kind) => set({ kind: kind === ALL ? null : (kind as PhaseKind) })}
        />
        <SelectField
          label={t('library.language')}
          value={filters.language ?? ALL}
          options={[
            { id: ALL, label: t('library.allLanguages') },
            ...languageTags.map((tag) => ({ id: tag, label: format.languageName(tag) })),
          ]}
          onChange={(language) => set({ language: language === ALL ? null : language })}
        />
      </search>
      {error && !methods ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !shown ? (
        <LoadingState />
      ) : (
        <>
          <output className="methods-page__count">
            {t('library.count', { count: shown.length, formatted: format.number(shown.length) })}
          </output>
          {shown.length === 0 ? (
            <p className="empty-state">{t('library.empty')}</p>
          ) : (
            <ul className="methods-page__grid" aria-labelledby="methods-title">
              {shown.map((method) => (
                <li key={method.id}>
                  <MethodCard method={method} />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      <AgendaTemplates language={filters.language ?? i18n.language} />
    </section>
  );
}
