// Lighthouse's mobile performance score (its default: a mid-range phone on a slow 4G connection, CPU slowed 4×) of
// the pages a participant opens: the first page, the join page and a participant's session page, against the built
// server with its demo data (a phone that joined the live demo session). Not part of `npm test`: three Lighthouse
// runs take minutes and their scores move with the machine's load.
//
//   pnpm lighthouse [--min 90]
//
// Prints `lighthouse_<page>: <score>` lines and exits non-zero when a score is below --min.
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { DEMO_IDS, DEMO_JOIN_CODE } from '../server/src/seeders/demo-ids.js';
import { startStack } from './support/stack.js';

const { values: args } = parseArgs({ options: { min: { type: 'string', default: '90' } } });
const MIN = Number(args.min);

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
    for (const [name, pathname, extraHeaders] of pages) {
      const result = await lighthouse(`${stack.baseUrl}${pathname}`, {
        port: chrome.port,
        onlyCategories: ['performance'],
        output: 'json',
        logLevel: 'error',
        extraHeaders,
      });
      const lhr = result?.lhr;
      const score = Math.round((lhr?.categories.performance?.score ?? 0) * 100);
      failed ||= score < MIN;
      const metric = (id: string) => lhr?.audits[id]?.displayValue ?? 'n/a';
      console.log(`lighthouse_${name}: ${score}`);
      console.log(
        `lighthouse_${name}_metrics: FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, ` +
          `TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}`,
      );
      // What Lighthouse would change first: its opportunities that save time on this page, largest first.
      const opportunities = Object.values(lhr?.audits ?? {})
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
  if (failed) console.error(`A page scored below ${MIN}.`);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
