import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInstance, type Resource } from 'i18next';

// What the server itself says to people: error messages, report headings, the starter texts of a new session. One
// catalog per language and namespace in server/locales/<language>/<namespace>.json, English the source; the same
// check as the web's keeps every language complete (server/i18next.config.ts, `pnpm i18n:check`).

// A sentence to say, in whichever language the reader reads: a catalog key (`namespace:key`) and its values. A value
// may itself be a message (a status named in the reader's language), or a list of them (said as "a, b or c").
export type MessageValue = string | number | Message | readonly Message[];

export interface Message {
  readonly key: string;
  readonly values?: Readonly<Record<string, MessageValue>>;
}

export const msg = (key: string, values?: Message['values']): Message => (values ? { key, values } : { key });

export const isMessage = (value: unknown): value is Message =>
  !!value && typeof value === 'object' && typeof (value as Message).key === 'string';

// server/locales, from src/core/i18n (tsx) and dist/core/i18n (compiled) alike.
export const LOCALES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../locales');

function loadCatalogs(): Resource {
  const resources: Resource = {};
  for (const language of readdirSync(LOCALES_DIR, { withFileTypes: true })) {
    if (!language.isDirectory()) continue;
    const namespaces: Record<string, Record<string, unknown>> = {};
    for (const file of readdirSync(path.join(LOCALES_DIR, language.name))) {
      if (!file.endsWith('.json')) continue;
      const text = readFileSync(path.join(LOCALES_DIR, language.name, file), 'utf8');
      namespaces[file.slice(0, -'.json'.length)] = JSON.parse(text) as Record<string, unknown>;
    }
    resources[language.name] = namespaces;
  }
  return resources;
}

const catalogs = loadCatalogs();
const i18n = createInstance();
void i18n.init({
  resources: catalogs,
  initAsync: false,
  lng: 'en',
  fallbackLng: 'en',
  ns: Object.keys(catalogs.en ?? {}),
  defaultNS: 'common',
  // Nothing here is HTML; a PDF, a CSV or a JSON error carries the text as it is.
  interpolation: { escapeValue: false },
  returnNull: false,
  returnEmptyString: false,
});

// `{{language, languageName}}` in a catalog: a language tag said as the language's name in the reader's language
// ("Arabisch" for `ar` in Dutch).
i18n.services.formatter?.add('languageName', (value: unknown, lng: string | undefined) => {
  try {
    return new Intl.DisplayNames([lng ?? 'en'], { type: 'language' }).of(String(value)) ?? String(value);
  } catch {
    return String(value);
  }
});

// The languages the server has catalogs for.
export const catalogLanguages = (): string[] => Object.keys(catalogs);

function sayValue(value: MessageValue, language: string): string | number {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (isMessage(value)) return translate(value, language);
  const items = value.map((item) => translate(item, language));
  try {
    return new Intl.ListFormat(language, { type: 'disjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

export function translate(message: Message, language: string): string {
  const values = Object.fromEntries(
    Object.entries(message.values ?? {}).map(([name, value]) => [name, sayValue(value, language)]),
  );
  return i18n.t(message.key, { ...values, lng: language });
}

// A translate function for one language, for documents that say many things (a report).
export type Translate = (key: string, values?: Message['values']) => string;

export function translatorFor(language: string): Translate {
  return (key, values) => translate(values ? { key, values } : { key }, language);
}
