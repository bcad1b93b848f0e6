import { ValidateBy, type ValidationOptions } from 'class-validator';
import Negotiator from 'negotiator';
import manifest from '@samenspraak/schema/languages.json' with { type: 'json' };
import { badInput } from '../errors.js';

// The languages Samenspraak speaks, from the one list the server and the web share (schema/languages.json): its
// screens, its messages, its report headings and its templates. What people write may be in any language; these
// are the languages the product itself speaks.

export interface UiLanguage {
  // BCP 47 tag: the folder of its catalogs, the lang attribute, what Intl and Accept-Language use.
  code: string;
  // The language's name in itself, as the language picker shows it.
  name: string;
  english: string;
  dir: 'ltr' | 'rtl';
  // `all`: every screen; `participant`: the screens a participant sees.
  screens: 'all' | 'participant';
  // Whether a fluent speaker has read the whole translation.
  reviewed: boolean;
}

export const UI_LANGUAGES: readonly UiLanguage[] = manifest.languages as UiLanguage[];
export const SOURCE_LANGUAGE = manifest.source;
export const UI_LANGUAGE_CODES: readonly string[] = UI_LANGUAGES.map((language) => language.code);

// A BCP 47 language tag such as `nl`, `ar`, `fa-AF`, `pt-BR` or `zh-Hant`: the form people's languages take in
// the API. The stored form is canonical (`canonicalLanguage`).
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

export const IsLanguageTag = (property = 'language', options: ValidationOptions = {}): PropertyDecorator =>
  ValidateBy(
    {
      name: 'isLanguageTag',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && LANGUAGE_TAG.test(value),
        defaultMessage: () =>
          options.each
            ? `each of ${property} must be a language tag such as nl, en or ar`
            : `${property} must be a language tag such as nl, en or ar`,
      },
    },
    options,
  );

// `pt-br` and `PT-BR` are the same language: the canonical form is `pt-BR`. Throws BAD_USER_INPUT for a tag that
// is no language tag at all.
export function canonicalLanguage(tag: string, field = 'language'): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag.trim());
    if (canonical) return canonical;
  } catch {
    // reported below
  }
  throw badInput({ key: 'common:languageTag', values: { tag } }, field);
}

const canonicalOrNull = (tag: string): string | null => {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0] ?? null;
  } catch {
    return null;
  }
};

const base = (tag: string): string => tag.split('-')[0]!.toLowerCase();

// The tag among `available` that a reader of `wanted` reads: the same tag, else one of the same language (a reader
// of `fa-AF` reads `fa`, a reader of `nl-BE` reads `nl`, a reader of `fa` reads `fa-AF`); undefined when none is.
export function closestLanguage(wanted: string, available: Iterable<string>): string | undefined {
  const tag = canonicalOrNull(wanted);
  if (!tag) return undefined;
  const list = [...available];
  const exact = list.find((candidate) => canonicalOrNull(candidate) === tag);
  if (exact) return exact;
  // The bare language first (`fa` for `fa-IR`), then any of its regions.
  return (
    list.find((candidate) => canonicalOrNull(candidate) === base(tag)) ??
    list.find((candidate) => base(candidate) === base(tag))
  );
}

// The languages a request asks for, most wanted first (`Accept-Language: ar, en;q=0.5` gives ['ar', 'en']).
export function requestedLanguages(acceptLanguage: string | undefined): string[] {
  if (!acceptLanguage) return [];
  const requested = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages();
  return requested.flatMap((tag) => {
    const canonical = tag === '*' ? null : canonicalOrNull(tag);
    return canonical ? [canonical] : [];
  });
}

// The product language to answer a reader in: the first of their languages that it speaks, else the source.
export function uiLanguageFor(requested: readonly string[]): string {
  for (const tag of requested) {
    const found = closestLanguage(tag, UI_LANGUAGE_CODES);
    if (found) return found;
  }
  return SOURCE_LANGUAGE;
}

export const directionOf = (tag: string): 'ltr' | 'rtl' => {
  const known = UI_LANGUAGES.find((language) => language.code === closestLanguage(tag, UI_LANGUAGE_CODES));
  if (known) return known.dir;
  // Scripts written right to left, for languages the product does not speak itself (Pashto, Urdu, Hebrew, …).
  try {
    const script = new Intl.Locale(tag).maximize().script;
    return script && ['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg'].includes(script) ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
};
