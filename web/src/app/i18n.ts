import { createInstance, type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
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

export async function createI18n(options: { language?: LanguageCode } = {}): Promise<I18n> {
  const instance = createInstance();
  instance.use(LanguageDetector).use(loadNamespace).use(initReactI18next);
  instance.on('languageChanged', (language) => reflectOnDocument(instance, language));
  await instance.init({
    ...(options.language ? { lng: options.language } : {}),
    supportedLngs: languages.map((l) => l.code),
    nonExplicitSupportedLngs: true,
    load: 'languageOnly',
    fallbackLng: 'en',
    ns: ['app'],
    defaultNS: 'app',
    partialBundledLanguages: true,
    resources: { nl: { app: appNl }, en: { app: appEn }, ar: { app: appAr } },
    detection: {
      order: ['localStorage', 'navigator'],
      lookupLocalStorage: languageStorageKey,
      caches: ['localStorage'],
    },
    // React escapes what it renders.
    interpolation: { escapeValue: false },
    react: { useSuspense: true },
  });
  return instance;
}
