// Fails when a language lacks a key of the source (English) or has one the source does not, per scope:
//   - the participant's namespaces (what a participant sees): every language of schema/languages.json;
//   - the staff namespaces (every other one): the languages whose `screens` are `all`;
//   - the server's catalogs (server/locales: error messages, report headings, starter texts): every language there.
// The comparison is i18next-cli's own `sync` (plural-aware: Arabic's six plural forms are not "extra" keys), run on a
// copy; a file that `sync` would change is a language out of step with English. Nothing in the repository is written.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(web, '..');
const require = createRequire(import.meta.url);
const cliPackage = require.resolve('i18next-cli/package.json');
const cli = path.join(path.dirname(cliPackage), JSON.parse(readFileSync(cliPackage, 'utf8')).bin['i18next-cli'] ?? '');

const { source, languages } = JSON.parse(readFileSync(path.join(root, 'schema/languages.json'), 'utf8'));
// The namespaces a participant's screens read, found by following the imports from each page a participant reaches
// (web/src/app/routes.tsx: `join/:code?`, `s/:sessionId` with its lazily loaded phone questionnaire, `s/:sessionId/my-data`,
// the public `outcomes/…` pages with "what came of it" at `outcomes/:projectId/mine`, and web/src/ssr/entry.tsx, which
// renders the outcome pages on the server) and collecting every `useTranslation(…)` and `t('<ns>:…')` in the modules
// reached: `app` (the frame, loading and error states, dates), `challenge` (a contribution's original, one tap away),
// `form` (fields and their errors), `join`, `call` (adding between sessions at `call/:code?`; it also holds the
// facilitator's call panel and moderation queue, translated whole like `outcome`), `participant` (the session on the phone, its vote and board, own data),
// `outcome` (the public pages and "what came of it") and `questionnaire` (the phone questionnaire). `outcome` and
// `questionnaire` also hold staff strings (the public switch, paper answers, response counts): they are translated
// whole rather than split, so that a key never has to move between namespaces. Keep web/src/app/i18n.ts's
// `participantNamespaces` and the README's "Languages" the same list.
const PARTICIPANT_NAMESPACES = ['app', 'call', 'challenge', 'form', 'join', 'outcome', 'participant', 'questionnaire'];
const webLocales = path.join(web, 'src/locales');
const serverLocales = path.join(root, 'server/locales');
const namespacesIn = (dir) =>
  readdirSync(path.join(dir, source))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -5));

const scopes = [
  {
    name: 'participant screens',
    dir: webLocales,
    namespaces: PARTICIPANT_NAMESPACES,
    languages: languages.map((l) => l.code),
  },
  {
    name: 'staff screens',
    dir: webLocales,
    namespaces: namespacesIn(webLocales).filter((ns) => !PARTICIPANT_NAMESPACES.includes(ns)),
    languages: languages.filter((l) => l.screens === 'all').map((l) => l.code),
  },
  {
    name: 'server messages',
    dir: serverLocales,
    namespaces: namespacesIn(serverLocales),
    languages: readdirSync(serverLocales).filter((entry) => !entry.includes('.')),
  },
];

const flatten = (value, prefix = '') =>
  value && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => flatten(inner, prefix ? `${prefix}.${key}` : key))
    : [prefix];
const keysOf = (file) => (existsSync(file) ? new Set(flatten(JSON.parse(readFileSync(file, 'utf8')))) : new Set());

let problems = 0;
for (const scope of scopes) {
  const work = mkdtempSync(path.join(tmpdir(), 'samenspraak-i18n-'));
  try {
    for (const language of scope.languages) {
      mkdirSync(path.join(work, 'locales', language), { recursive: true });
      for (const ns of scope.namespaces) {
        const file = path.join(scope.dir, language, `${ns}.json`);
        if (existsSync(file)) cpSync(file, path.join(work, 'locales', language, `${ns}.json`));
      }
    }
    const config = {
      locales: [source, ...scope.languages.filter((l) => l !== source)],
      extract: {
        input: ['no-source-files/**/*.tsx'],
        output: 'locales/{{language}}/{{namespace}}.json',
        primaryLanguage: source,
        indentation: 2,
      },
    };
    writeFileSync(path.join(work, 'i18next.config.mjs'), `export default ${JSON.stringify(config)};\n`);
    execFileSync(process.execPath, [cli, 'sync'], { cwd: work, stdio: 'pipe' });
    for (const language of scope.languages.filter((l) => l !== source)) {
      for (const ns of scope.namespaces) {
        const before = keysOf(path.join(scope.dir, language, `${ns}.json`));
        const after = keysOf(path.join(work, 'locales', language, `${ns}.json`));
        const missing = [...after].filter((key) => !before.has(key));
        const extra = [...before].filter((key) => !after.has(key));
        if (!missing.length && !extra.length) continue;
        problems += missing.length + extra.length;
        const where = path.relative(root, path.join(scope.dir, language, `${ns}.json`));
        console.error(`${where} (${scope.name}):`);
        for (const key of missing) console.error(`  lacks    ${key}`);
        for (const key of extra) console.error(`  has      ${key}  (not in ${source})`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (problems) {
  console.error(
    `\n${problems} key(s) out of step with ${source}. Add each missing key with a real translation, remove each extra.`,
  );
  process.exit(1);
}
console.log(`i18n: every language has exactly the keys of ${source} (${scopes.map((s) => s.name).join(', ')}).`);
