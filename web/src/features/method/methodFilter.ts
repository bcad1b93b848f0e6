import type { PhaseKind } from '../../gql/graphql';
import { METHOD_KINDS } from './kinds';

// The library's filters as they stand in the address (so that a filtered list can be shared and survives a reload):
// `q` the words, `kind` a phase kind, `language` a language the method is written in or has been used in.
export interface MethodFilters {
  search: string;
  kind: PhaseKind | null;
  language: string | null;
}

const PHASE_KINDS: ReadonlySet<string> = new Set(METHOD_KINDS);

export function filtersFrom(params: URLSearchParams): MethodFilters {
  const kind = params.get('kind');
  const language = params.get('language')?.trim();
  return {
    search: params.get('q') ?? '',
    // A kind the app does not know (an old or mistyped link) filters nothing rather than asking the server for it.
    kind: kind && PHASE_KINDS.has(kind) ? (kind as PhaseKind) : null,
    language: language ? language : null,
  };
}

export function paramsFrom(filters: MethodFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search.trim()) params.set('q', filters.search);
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.language) params.set('language', filters.language);
  return params;
}

interface LanguagesOfMethod {
  languagesUsed: readonly string[];
  texts: readonly { language: string }[];
}

const base = (tag: string) => tag.toLowerCase().split('-')[0] ?? tag.toLowerCase();

// The server filters by words and kind; the language is the reader's question "can I run this in Arabic?": a method
// written in that language, or one that has been used in it (a Flemish `nl-BE` text counts for `nl`).
export function inLanguage<T extends LanguagesOfMethod>(methods: readonly T[], language: string | null): T[] {
  if (!language) return [...methods];
  const wanted = base(language);
  return methods.filter(
    (method) =>
      method.texts.some((text) => base(text.language) === wanted) ||
      method.languagesUsed.some((used) => base(used) === wanted),
  );
}

// The languages to offer in the filter: every language a method of the list is written in or was used in, once.
export function languagesOf(methods: readonly LanguagesOfMethod[]): string[] {
  const tags = new Set<string>();
  for (const method of methods) {
    for (const text of method.texts) tags.add(base(text.language));
    for (const used of method.languagesUsed) tags.add(base(used));
  }
  return [...tags].toSorted();
}
