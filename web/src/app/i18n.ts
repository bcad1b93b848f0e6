import { createInstance, type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import languageList from '@samenspraak/schema/languages.json';
import appEn from '../locales/en/app.json';

// The languages Samenspraak speaks, from the one list server and web share (schema/languages.json): each names
// itself in the picker, in its own script. `screens` says where it is complete: `all` screens, or the
// `participant` ones (joining and the session on the phone); `reviewed`, whether a fluent speaker has read it
// (the picker marks the others as draft translations).
export interface Language {
  readonly code: string;
  readonly name: string;
  readonly english: string;
  readonly dir: 'ltr' | 'rtl';
  readonly screens: 'all' | 'participant';
  readonly reviewed: boolean;
}

export const languages: readonly Language[] = languageList.languages as Language[];
export type LanguageCode = string;

// The languages of the staff screens; a participant's screens speak every language.
export const staffLanguages: readonly Language[] = languages.filter((language) => language.screens === 'all');

// The namespaces of what a participant sees, complete in every language (the check in scripts/check-i18n.mjs).
export const participantNamespaces = [
  'app',
  'call',
  'challenge',
  'form',
  'join',
  'outcome',
  'participant',
  'questionnaire',
] as const;

// Where the README says how to improve a translation (linked from the picker next to a draft): the README of the
// source this deployment runs (VITE_SOURCE_URL at build time, the public repository by default).
export const improveTranslationUrl = `${import.meta.env.VITE_SOURCE_URL ?? 'https://github.com/samenspraak/samenspraak'}/blob/main/README.md#languages`;

export const namespaces = [
  'app',
  'project',
  'session',
  'challenge',
  'theme',
  'idea',
  'vote',
  'strategy',
  'review',
  'report',
  'account',
  'organisation',
  'audit',
  'form',
  'join',
  'participant',
  'outcome',
  'indicator',
  'questionnaire',
  'translation',
  'minutes',
  'call',
  'method',
  'carry',
] as const;

export const languageStorageKey = 'samenspraak.language';

// Where a language's catalog of one namespace comes from: a module of its own per language and namespace, fetched
// when a page first needs it. Each entry passes its own (app/catalogs.ts: every catalog; participantCatalogs.ts: the
// participant's namespaces only), so that a phone's first page does not carry the list of every staff catalog.
export type CatalogLoader = (language: string, namespace: string) => Promise<unknown>;

function reflectOnDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = languageOf(matchLanguage(language)).dir;
}

// Other names browsers use for the same language: Dari is `fa-AF` here (what browsers and Intl know best); a
// browser set to `prs` (its ISO 639-3 code) or plain Persian `fa` reads it too.
const ALIASES: Record<string, string> = { prs: 'fa-AF', fa: 'fa-AF', 'fa-af': 'fa-AF' };

// One of our language codes for a tag a browser or a person gives: `nl-BE` is `nl`, `prs` is `fa-AF`.
export function matchLanguage(tag: string | null | undefined): LanguageCode | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  const exact = languages.find((language) => language.code.toLowerCase() === lower);
  if (exact) return exact.code;
  if (ALIASES[lower]) return ALIASES[lower];
  const primary = lower.split('-')[0] ?? '';
  return languages.find((language) => language.code === primary)?.code ?? ALIASES[primary];
}

export const languageOf = (code: string | undefined): Language =>
  languages.find((language) => language.code === code) ?? languages.find((l) => l.code === 'en')!;

// The language the address asks for (`?lang=`, the links of the public pages' picker, in which the server has
// rendered the page already), else the one the reader picked before, else the first of the browser's languages
// that we speak. (A few lines instead of i18next-browser-languagedetector, which the first page would load.)
function detectLanguage(): LanguageCode | undefined {
  const asked = matchLanguage(new URLSearchParams(window.location.search).get('lang'));
  if (asked) return asked;
  try {
    const remembered = matchLanguage(localStorage.getItem(languageStorageKey));
    if (remembered) {
      tellServer(remembered);
      return remembered;
    }
  } catch {
    // Storage can be switched off; the browser's languages still say something.
  }
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const code = matchLanguage(tag);
    if (code) return code;
  }
  return undefined;
}

// The server renders a page in the language the reader picked when the browser says which
// (server/src/core/http/server-rendered.ts readerLanguage): otherwise the app would draw that page again in it.
function tellServer(language: string): void {
  const secure = window.location.protocol === 'https:' ? '; secure' : '';
  document.cookie = `${LANGUAGE_COOKIE}=${encodeURIComponent(language)}; path=/; max-age=31536000; samesite=lax${secure}`;
}
const LANGUAGE_COOKIE = 'samenspraak_language';

function rememberLanguage(language: string): void {
  tellServer(language);
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // Not remembered; the next visit detects the language again.
  }
}

// `namespaces`: what the first page needs besides `app`, fetched with it (at once, rather than when the page asks).
export async function createI18n(options: {
  language?: LanguageCode;
  catalogs: CatalogLoader;
  namespaces?: readonly string[];
}): Promise<I18n> {
  const instance = createInstance();
  // The shell's strings ship with the app so that it can speak before anything else loads;
  // the feature strings are fetched per language and namespace, when a page needs them.
  instance.use(resourcesToBackend(options.catalogs)).use(initReactI18next);
  instance.on('languageChanged', (language) => reflectOnDocument(language));
  const language = matchLanguage(options.language) ?? detectLanguage();
  await instance.init({
    lng: language ?? 'en',
    supportedLngs: languages.map((l) => l.code),
    // Codes are matched to ours before they reach i18next (matchLanguage): `fa-AF` is a language of its own here,
    // not a variant of a supported `fa`.
    nonExplicitSupportedLngs: false,
    // `fa-AF` is a catalog of its own (Dari), not Persian: load the code as it is, never only its first part.
    load: 'currentOnly',
    fallbackLng: 'en',
    ns: ['app', ...(options.namespaces ?? [])],
    defaultNS: 'app',
    partialBundledLanguages: true,
    // Only the source's shell strings ship with the app (the fallback); every other language's catalogs are
    // fetched per language and namespace, so a phone loads its own language only.
    resources: { en: { app: appEn } },
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    react: { useSuspense: true },
  });
  // Only a language the reader picks is remembered, not the one detected on a first visit.
  instance.on('languageChanged', rememberLanguage);
  return instance;
}
