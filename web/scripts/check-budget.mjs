#!/usr/bin/env node
// The JavaScript budget: how much a browser downloads (gzip) before a page can run, measured on the
// production build (dist/.vite/manifest.json) and checked against the limits below.
//
//   node scripts/check-budget.mjs                 every route in ROUTES; fails when one is over its budget
//   node scripts/check-budget.mjs --route join    one named route (or a page module such as
//                                                 src/features/join/JoinPage.tsx, to measure it)
//   node scripts/check-budget.mjs --verbose       also each chunk, largest first
//   node scripts/check-budget.mjs --dist <dir>    another build folder (default: dist)
//
// A route's JavaScript is the entry chunk of the HTML page the server sends for it (index.html, or participant.html
// for the participant's paths) with everything it imports statically, plus the page's own chunk with everything that
// imports statically. Chunks a page loads later (import()) do not count: they do not hold the page up.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

// Limits in KiB of gzip, set just above what the app needs today: raise one only knowingly.
// `page` is the route's lazily loaded page module; none for the first page (the entry alone). `html` is the page
// the server sends for the route: index.html unless named.
// A route without `budgetKiB` is measured and printed, not checked.
const ROUTES = {
  // Raised knowingly to 167 when the trajectory's routes (method library, calls between sessions) and catalogs
  // (minutes, call, method, carry) joined the staff app's entry (166.0 KiB).
  // 165: react-aria's providers come with the pages built with it, no longer with every first page (164.8 KiB); the
  // language picker's popover and list load when a reader reaches for it, not right after the first page.
  // 155: the router is wouter (about 3 KiB) instead of React Router (13.1 KiB): 154.7 KiB (December 2026).
  'first page': { budgetKiB: 155 },
  'projects (staff home)': { page: 'src/features/project/ProjectsPage.tsx' },
  'sign-in': { page: 'src/features/account/SignInPage.tsx' },
  // The participant's routes run on cheap phones on hall Wi-Fi: kept under their own budget. They come from their own
  // page (participant.html: no staff shell, routes, catalogs or react-aria) and use the browser's own form controls:
  // 203.2 → 165.1 KiB for the join page and 210.3 → 173.9 KiB for the session page (December 2026). Issue 11's
  // target is 140 KiB: React, Apollo Client and i18next alone take 132 (README "Budgets and benchmarks").
  // The trajectory's countdown by the server clock and carried items' origin come on top (measured at the merge).
  // 167: the phone's entry starts a session page the server rendered from the data in its HTML (166.2 KiB).
  // 157: the router is wouter instead of React Router, 10.3 KiB less on every page (156.3 KiB).
  join: { html: 'participant.html', page: 'src/features/join/JoinPage.tsx', budgetKiB: 157 },
  'participant session': {
    html: 'participant.html',
    page: 'src/features/participant/ParticipantSessionPage.tsx',
    // 176: the trajectory's countdown by the server clock and carried items' origin (175.5 KiB at the merge).
    // 177: the phone's text box and outbox list now also serve the call page between sessions (one offline path for
    // a participant's writing), so they sit in a chunk of their own that both pages load: 176.3 KiB.
    // 178: the page takes over the join page's HTML (hydrateRoot) and asks for its event cursor as it loads, from a
    // small chunk of its own (app/live/earlyCursor.ts) that the join page does not carry: 177.0 KiB.
    // 179: the phone follows its board with each new idea and dot count instead of the whole challenge (its
    // subscription selects the idea's card, and app/live/boardCache.ts puts a new idea in its list): 178.2 KiB, for
    // events a fraction of the size in a full room.
    // 169: the router is wouter instead of React Router (168.2 KiB).
    budgetKiB: 169,
  },
};

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const args = { dist: path.join(webRoot, 'dist'), routes: [], verbose: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--dist') args.dist = path.resolve(argv[++i] ?? '');
    else if (arg === '--route') args.routes.push(argv[++i] ?? '');
    else if (arg === '--verbose') args.verbose = true;
    else throw new Error(`Unknown argument ${arg}. Use --route <name|page module>, --dist <dir>, --verbose.`);
  }
  return args;
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function main() {
  const args = parseArgs(process.argv.slice(2));
  const manifestFile = path.join(args.dist, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`${manifestFile} is missing: run \`vite build\` first (build.manifest must be on).`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

  const gzipped = new Map();
  const sizeOf = (file) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(path.join(args.dist, file))).length);
    return gzipped.get(file);
  };
  // A chunk with every chunk it imports statically, however deep.
  const staticClosure = (key, into = new Set()) => {
    if (into.has(key)) return into;
    into.add(key);
    for (const imported of manifest[key].imports ?? []) staticClosure(imported, into);
    return into;
  };

  const selected = args.routes.length
    ? args.routes.map((name) => [name, ROUTES[name] ?? { page: name }])
    : Object.entries(ROUTES);

  let failed = false;
  for (const [name, route] of selected) {
    if (route.page && !manifest[route.page]) {
      console.log(`${name}: ${route.page} is not in this build (yet); skipped`);
      continue;
    }
    const html = route.html ?? 'index.html';
    if (!manifest[html]?.isEntry) throw new Error(`${manifestFile} has no entry ${html}.`);
    const chunks = staticClosure(html);
    if (route.page) staticClosure(route.page, chunks);
    const files = [...chunks].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
    const total = files.reduce((sum, file) => sum + sizeOf(file), 0);
    const over = route.budgetKiB !== undefined && total > route.budgetKiB * 1024;
    failed ||= over;
    const verdict =
      route.budgetKiB === undefined
        ? '(no budget yet)'
        : `${over ? 'OVER' : 'within'} the budget of ${route.budgetKiB} KiB`;
    console.log(`${name}: ${kib(total)} of JavaScript (gzip) in ${files.length} files from ${html}, ${verdict}`);
    if (args.verbose) {
      for (const file of files.toSorted((a, b) => sizeOf(b) - sizeOf(a))) {
        console.log(`  ${kib(sizeOf(file)).padStart(10)}  ${file}`);
      }
    }
  }
  if (failed) {
    console.error(
      'The JavaScript budget is exceeded. Load the new code later (a lazy page or component, import()), ' +
        'or raise the budget in web/scripts/check-budget.mjs knowingly.',
    );
    process.exit(1);
  }
}

main();
