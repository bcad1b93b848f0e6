// Lighthouse's mobile performance score (its default: a mid-range phone on a slow 4G connection, CPU slowed 4×) of
// the pages a participant opens: the first page, the join page and a participant's session page, against the built
// server with its demo data (a phone that joined the live demo session). Not part of `npm test`: Lighthouse runs take
// minutes and their scores move with the machine's load (on a shared two-core machine, by ten points from one run to
// the next): each page is measured --runs times, in turns, and its median reported.
//
//   pnpm lighthouse [--runs 3] [--min 90] [--reports <dir>]
//
// Prints `lighthouse_<page>: <median score>` lines (with `lighthouse_<page>_runs:`, every run's score, and the median
// run's metrics) and exits non-zero when a median is below --min. With --reports, each page's median Lighthouse report
// (JSON: its long tasks, scripts' boot-up time, …) is written to <dir>/<page>.json.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { DEMO_IDS, DEMO_JOIN_CODE } from '../server/src/seeders/demo-ids.js';
import { startStack } from './support/stack.js';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    min: { type: 'string', default: '90' },
    reports: { type: 'string' },
  },
});
const MIN = Number(args.min);
const RUNS = Number(args.runs);
// How many times a run that Lighthouse could not measure is run again.
const MEASURE_AGAIN = 2;
if (!(Number.isInteger(RUNS) && RUNS >= 1 && RUNS <= 15) || !(MIN >= 0 && MIN <= 100)) {
  console.error('Usage: lighthouse.ts [--runs 1..15] [--min 0..100] [--reports <dir>]');
  process.exit(2);
}
type Report = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];
const scoreOf = (lhr: Report) => Math.round((lhr.categories.performance?.score ?? 0) * 100);

// A phone that joined the live demo session: its login cookie.
async function joinedPhone(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: JoinSessionInput!) { joinSession(input: $input) { participant { id } } }',
      variables: {
        input: { code: DEMO_JOIN_CODE, language: 'nl', consent: { textVersion: '2026-01', research: false } },
      },
    }),
  });
  const body = (await response.json()) as { errors?: unknown };
  if (body.errors) throw new Error(`Joining the demo session failed: ${JSON.stringify(body.errors)}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

async function main(): Promise<number> {
  // As in production (React's production build renders the pages the server sends), with the demo data, which
  // production loads when asked to (SEED_DEMO) and whose staff accounts it retires: a phone joins by the demo code.
  const stack = await startStack({ env: { NODE_ENV: 'production', SEED_DEMO: 'true' } });
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  let failed = false;
  try {
    const cookie = await joinedPhone(stack.baseUrl);
    const pages: [string, string, Record<string, string>][] = [
      ['home', '/', {}],
      ['join', '/join', {}],
      ['session', `/s/${DEMO_IDS.sessions.live}`, { Cookie: cookie }],
    ];
    // The pages in turns, so that a slow spell of the machine falls on all of them rather than on one.
    const reports = new Map<string, Report[]>(pages.map(([name]) => [name, []]));
    for (let run = 0; run < RUNS; run++) {
      for (const [name, pathname, extraHeaders] of pages) {
        // A run Lighthouse could not measure (its runtime error, such as NO_NAVSTART: "Please run Lighthouse again")
        // is said and run again, up to twice, rather than counted as a score of 0 in the median.
        for (let attempt = 1; ; attempt++) {
          const result = await lighthouse(`${stack.baseUrl}${pathname}`, {
            port: chrome.port,
            onlyCategories: ['performance'],
            output: 'json',
            logLevel: 'error',
            extraHeaders,
          });
          if (!result) throw new Error(`Lighthouse gave no report for ${pathname}`);
          // A run that scores 0: say why, rather than let a median hide it.
          const { runtimeError, runWarnings } = result.lhr;
          if (runtimeError || scoreOf(result.lhr) === 0) {
            const why = runtimeError ? `${runtimeError.code}: ${runtimeError.message}` : runWarnings.join(' ');
            console.log(`lighthouse_${name}_run_${run + 1}_error: ${why || 'no score, no reason given'}`);
          }
          if (runtimeError && attempt <= MEASURE_AGAIN) continue;
          reports.get(name)?.push(result.lhr);
          break;
        }
      }
    }
    for (const [name] of pages) {
      const runs = reports.get(name) ?? [];
      const lhr = runs.toSorted((a, b) => scoreOf(a) - scoreOf(b))[Math.floor((runs.length - 1) / 2)];
      if (!lhr) continue;
      if (args.reports) {
        await mkdir(args.reports, { recursive: true });
        await writeFile(path.join(args.reports, `${name}.json`), JSON.stringify(lhr, null, 1));
      }
      const score = scoreOf(lhr);
      failed ||= score < MIN;
      const metric = (id: string) => lhr.audits[id]?.displayValue ?? 'n/a';
      console.log(`lighthouse_${name}: ${score}`);
      console.log(`lighthouse_${name}_runs: ${runs.map(scoreOf).join(', ')}`);
      console.log(
        `lighthouse_${name}_metrics: FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
          `TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`,
      );
      // What Lighthouse would change first: its opportunities that save time on this page, largest first.
      const opportunities = Object.values(lhr.audits)
        .filter((audit) => audit.details?.type === 'opportunity' && (audit.numericValue ?? 0) > 0)
        .toSorted((a, b) => (b.numericValue ?? 0) - (a.numericValue ?? 0))
        .slice(0, 4)
        .map((audit) => `${audit.id} ${audit.displayValue ?? ''}`.trim());
      console.log(`lighthouse_${name}_opportunities: ${opportunities.join('; ') || 'none'}`);
    }
  } finally {
    chrome.kill();
    await stack.stop();
  }
  if (failed) console.error(`A page's median score is below ${MIN}.`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
