import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { devices } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_JOIN_CODE } from '../../server/src/seeders/demo-ids.js';
import { useJourney } from '../support/journey.js';
import { joinAsNewcomer } from '../support/participant.js';
import { repoRoot } from '../support/paths.js';

const errorsOf = async (response: Response) =>
  ((await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] }).errors ?? [];

// The built server as it runs in production behind one reverse proxy (nginx, Caddy): NODE_ENV=production and
// TRUST_PROXY=1. The demo data is loaded on purpose, to show that its published password does not let anyone in.
describe('production: the built server behind one reverse proxy', () => {
  const journey = useJourney({
    stack: { env: { NODE_ENV: 'production', TRUST_PROXY: '1', SEED_DEMO: 'true' } },
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${journey.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  // Wrong codes until the server refuses, with X-Forwarded-For as the proxy passes it on: how many got through.
  const untilRefused = async (forwardedFor: (i: number) => string) => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 500 && codes.at(-1) !== 'RATE_LIMITED'; i++) {
      const response = await post(
        {
          query: 'query ($code: String!) { joinPreview(code: $code) { title } }',
          variables: { code: `QQ${1000 + i}` },
        },
        { 'x-forwarded-for': forwardedFor(i) },
      );
      codes.push((await errorsOf(response))[0]?.extensions?.code);
    }
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    expect(new Set(codes.slice(0, -1))).toEqual(new Set(['NOT_FOUND']));
    return codes.length - 1;
  };

  it('should send the security headers on /, /join and /graphql, and HSTS when the proxy says HTTPS', async () => {
    const answers = [
      await fetch(`${journey.baseUrl}/`, { headers: { 'x-forwarded-proto': 'https' } }),
      await fetch(`${journey.baseUrl}/join`, { headers: { 'x-forwarded-proto': 'https' } }),
      await post({ query: '{ __typename }' }, { 'x-forwarded-proto': 'https' }),
      await fetch(`${journey.baseUrl}/graphql?query=%7B__typename%7D`, {
        headers: { 'apollo-require-preflight': '1' },
      }),
    ];
    for (const answer of answers) {
      const csp = answer.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'self'");
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(answers.slice(0, 3).map((a) => a.headers.get('strict-transport-security'))).toEqual(
      Array(3).fill('max-age=31536000'),
    );
    expect(answers[3]?.headers.get('strict-transport-security')).toBeNull();
  });

  it('should limit wrong join codes from one client like a single client when it writes another X-Forwarded-For each time', async () => {
    // One client that writes nothing: nginx passes on the address it saw.
    const single = await untilRefused(() => '203.0.113.49');
    // Another client that writes a new address each time; nginx appends the address it saw (203.0.113.50).
    const rotating = await untilRefused((i) => `10.${i % 250}.${i % 7}.${i % 11}, 203.0.113.50`);
    expect(rotating).toBe(single);
  });

  it('should refuse introspection to an anonymous visitor', async () => {
    const errors = await errorsOf(await post({ query: '{ __schema { types { name } } }' }));
    expect(errors.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', 'Introspection is open only to signed-in staff on this server.'],
    ]);
  });

  it('should refuse a query 30 levels deep and one of 500 aliases with a message that says why', async () => {
    const deep = `{ challenge(id: "00000000-0000-4000-8000-000000000000") { ${'mergedInto { '.repeat(28)}id${' }'.repeat(28)} } }`;
    expect((await errorsOf(await post({ query: deep }))).map((e) => e.message)).toEqual([
      'This query nests its fields 30 levels deep; at most 15 levels are allowed. Ask for fewer nested fields.',
    ]);
    const aliases = `{ ${Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    expect((await errorsOf(await post({ query: aliases }))).map((e) => e.message)).toEqual([
      'This query uses 500 aliases; at most 30 are allowed. Send several smaller queries.',
    ]);
  });

  it('should answer 413 with a JSON error when the body is over 1 MB', async () => {
    const response = await post({ query: '{ __typename }', variables: { text: 'a'.repeat(1_100_000) } });
    expect(response.status).toBe(413);
    expect((await errorsOf(response)).map((e) => e.extensions?.code)).toEqual(['BAD_REQUEST']);
  });

  it('should not let the demo accounts in with the published password, and say so loudly at start', async () => {
    for (const demo of DEMO_ACCOUNTS) {
      const errors = await errorsOf(
        await post({
          query: 'mutation ($input: SignInInput!) { signIn(input: $input) { account { id } } }',
          variables: { input: { email: demo.email, password: demo.password } },
        }),
      );
      expect(errors.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }
    expect(journey.stack.logs()).toMatch(/"level":40,[^\n]*WARNING: this production database holds the demo accounts/);
  });

  it('should serve the brotli copy the build wrote, and let browsers keep hashed files for good', async () => {
    const dist = path.join(repoRoot, 'web', 'dist');
    const script = readdirSync(path.join(dist, 'assets')).find((file) => /^index-.*\.js$/.test(file));
    if (!script) throw new Error('web/dist has no entry script');
    const response = await fetch(`${journey.baseUrl}/assets/${script}`, { headers: { 'accept-encoding': 'br' } });
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('vary')).toBe('accept-encoding');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    // fetch decodes brotli itself: the bytes are those of the file.
    expect(Buffer.from(await response.arrayBuffer())).toEqual(readFileSync(path.join(dist, 'assets', script)));
    expect(brotliDecompressSync(readFileSync(path.join(dist, 'assets', `${script}.br`)))).toEqual(
      readFileSync(path.join(dist, 'assets', script)),
    );
    expect((await fetch(`${journey.baseUrl}/join`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('should run the participant pages under the Content Security Policy without a single violation', async () => {
    const phone = await journey.newContext({ ...devices['Pixel 5'], locale: 'en-GB' });
    const page = await phone.newPage();
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await page.goto(`/join/${DEMO_JOIN_CODE}`);
    await joinAsNewcomer(page, 'Production Tester', async () => undefined);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    const home = await journey.openPage('/');
    await home.getByRole('main').waitFor();
    expect(sockets.some((url) => url.endsWith('/graphql'))).toBe(true);
    // A violation is a console error in Chromium ("Refused to …"), which the journey collects.
    expect(journey.pageErrors).toEqual([]);
  });
});
