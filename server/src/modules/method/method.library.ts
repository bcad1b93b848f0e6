import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { EntityManager } from '../../core/orm.js';
import { PhaseKind } from '../session/session.entity.js';
import { AgendaTemplate, Method, MethodText, type TemplatePhase } from './method.entity.js';

// The starter library ships with the product: `library/methods.json` says what each method and template is (kind,
// duration, phases), `library/texts/<language>.json` what it says in that language. A new language is a new texts
// file; it is added to the database the next time the server starts. Starter texts follow the files (nobody edits
// them in the app: they belong to no organisation).

// Beside this file when the server runs from its sources (tests, `pnpm dev`); the TypeScript build copies no JSON,
// so the compiled server (dist/modules/method) reads the files from the sources next to it.
const here = path.dirname(fileURLToPath(import.meta.url));
const libraryDir =
  [path.join(here, 'library'), path.join(here, '../../../src/modules/method/library')].find((dir) =>
    existsSync(path.join(dir, 'methods.json')),
  ) ?? path.join(here, 'library');

const kind = z.enum(PhaseKind);
const structureSchema = z.object({
  methods: z.array(
    z.object({ key: z.string(), kind, durationMinutes: z.number().int(), languagesUsed: z.array(z.string()) }),
  ),
  templates: z.array(
    z.object({
      key: z.string(),
      phases: z.array(z.object({ kind, durationMinutes: z.number().int(), method: z.string().nullable() })),
    }),
  ),
});
const textsSchema = z.object({
  methods: z.record(
    z.string(),
    z.object({
      name: z.string(),
      purpose: z.string(),
      steps: z.array(z.string()),
      materials: z.array(z.string()),
      accessibilityNotes: z.string(),
      lessonsLearned: z.string(),
    }),
  ),
  templates: z.record(z.string(), z.object({ name: z.string(), description: z.string(), phases: z.array(z.string()) })),
});

export type LibraryStructure = z.infer<typeof structureSchema>;
export type LibraryTexts = z.infer<typeof textsSchema>;

const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(libraryDir, file), 'utf8'));

export function readLibrary(): { structure: LibraryStructure; texts: Map<string, LibraryTexts> } {
  const languages = readdirSync(path.join(libraryDir, 'texts'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .toSorted();
  return {
    structure: structureSchema.parse(readJson('methods.json')),
    texts: new Map(languages.map((language) => [language, textsSchema.parse(readJson(`texts/${language}.json`))])),
  };
}

let templateKeys: readonly string[] | undefined;

// The starter templates' keys in the library's order (the standard agenda first): they are all written in one
// transaction, so their creation time cannot order them.
export function starterTemplateKeys(): readonly string[] {
  templateKeys ??= structureSchema.parse(readJson('methods.json')).templates.map((template) => template.key);
  return templateKeys;
}

// Brings the starter library in the database up to the files: what is missing is added, starter texts are brought up
// to date. Organisations' own methods and templates are never touched. Runs at every start; changes nothing the
// second time.
export async function syncStarterLibrary(em: EntityManager): Promise<void> {
  const { structure, texts } = readLibrary();
  await em.transactional(async (tx) => {
    const methods = new Map(
      (await tx.find(Method, { key: { $ne: null } })).map((method) => [method.key ?? '', method]),
    );
    for (const entry of structure.methods) {
      const method =
        methods.get(entry.key) ??
        tx.create(Method, {
          key: entry.key,
          kind: entry.kind,
          durationMinutes: entry.durationMinutes,
          languagesUsed: entry.languagesUsed,
          sharedAt: null,
        });
      method.kind = entry.kind;
      method.durationMinutes = entry.durationMinutes;
      methods.set(entry.key, method);
    }
    const existingTexts = await tx.find(MethodText, { method: { key: { $ne: null } } });
    const textOf = new Map(existingTexts.map((text) => [`${text.method.id}:${text.language}`, text]));
    for (const [language, file] of texts) {
      for (const [key, values] of Object.entries(file.methods)) {
        const method = methods.get(key);
        if (!method) throw new Error(`The ${language} library texts name a method that does not exist: ${key}.`);
        const text = textOf.get(`${method.id}:${language}`) ?? tx.create(MethodText, { method, language, ...values });
        Object.assign(text, values);
      }
    }
    const templates = new Map(
      (await tx.find(AgendaTemplate, { key: { $ne: null } })).map((t) => [`${t.key}:${t.language}`, t]),
    );
    for (const template of structure.templates) {
      for (const [language, file] of texts) {
        const words = file.templates[template.key];
        if (!words) continue;
        if (words.phases.length !== template.phases.length) {
          throw new Error(`The ${language} titles of the template ${template.key} do not match its phases.`);
        }
        const phases: TemplatePhase[] = template.phases.map((phase, index) => ({
          kind: phase.kind,
          durationMinutes: phase.durationMinutes,
          title: words.phases[index] ?? '',
          methodId: phase.method ? (methods.get(phase.method)?.id ?? null) : null,
        }));
        const row =
          templates.get(`${template.key}:${language}`) ??
          tx.create(AgendaTemplate, { key: template.key, language, name: words.name, phases });
        Object.assign(row, { name: words.name, description: words.description, phases });
      }
    }
  });
}
