import { createInstance, type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import appAr from '../locales/ar/app.json';
import appEn from '../locales/en/app.json';
import appNl from '../locales/nl/app.json';

// Each language names itself in the picker, in its own script.
export const languages = [
  { code: 'nl', name: 'Nederlands' },
  { code: 'en', name: 'English' },
  { code: 'ar', name: 'العربية' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];

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
  'indicator',
  'questionnaire',
] as const;

export const languageStorageKey = 'samenspraak.language';

// The shell's strings ship with the app so that it can speak before anything else loads;
// the feature strings are fetched per language and namespace, when a page needs them.
const loadNamespace = resourcesToBackend(
  (language: string, namespace: string) => import(`../locales/${language}/${namespace}.json`),
);

function reflectOnDocument(instance: I18n, language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = instance.dir(language);
}

const isLanguage = (code: string | null | undefined): code is LanguageCode =>
  languages.some((language) => language.code === code);

// The language the reader picked before, else the first of the browser's languages that we speak.
// (A few lines instead of i18next-browser-languagedetector, which the first page would load.)
function detectLanguage(): LanguageCode | undefined {
  try {
    const remembered = localStorage.getItem(languageStorageKey);
    if (isLanguage(remembered)) return remembered;
  } catch {
    // Storage can be switched off; the browser's languages still say something.
  }
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const code = tag?.toLowerCase().split('-')[0];
    if (isLanguage(code)) return code;
  }
  return undefined;
}

function rememberLanguage(language: string): void {
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // Not remembered; the next visit detects the language again.
  }
}

export async function createI18n(options: { language?: LanguageCode } = {}): Promise<I18n> {
  const instance = createInstance();
  instance.use(loadNamespace).use(initReactI18next);
  instance.on('languageChanged', (language) => reflectOnDocument(instance, language));
  const language = options.language ?? detectLanguage();
  await instance.init({
    lng: language ?? 'en',
    supportedLngs: languages.map((l) => l.code),
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    ns: ['app'],
    defaultNS: 'app',
    partialBundledLanguages: true,
    resources: { nl: { app: appNl }, en: { app: appEn }, ar: { app: appAr } },
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    react: { useSuspense: true },
  });
  // Only a language the reader picks is remembered, not the one detected on a first visit.
  instance.on('languageChanged', rememberLanguage);
  return instance;
}
