import http from 'node:http';
import { Writable } from 'node:stream';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { writeWebBuild } from '../../test-support/web-build.js';
import { MAX_BODY_BYTES } from '../server.js';

// A tiny build of the web app, written by hand: an index page, the participant's page, a hashed script with its
// compressed copies, an icon.
function fakeWebDist() {
  const index = `<!doctype html><title>Samenspraak</title><script type="module" src="/assets/index-Ab12Cd34.js"></script>${' '.repeat(2000)}`;
  const script = `console.log(${JSON.stringify('samenspraak '.repeat(300))});`;
  return writeWebBuild({
    'dist/index.html': index,
    'dist/index.html.br': brotliCompressSync(index),
    'dist/participant.html': '<!doctype html><title>Samenspraak</title><!-- participant -->',
    'dist/assets/index-Ab12Cd34.js': script,
    'dist/assets/index-Ab12Cd34.js.br': brotliCompressSync(script),
    'dist/assets/index-Ab12Cd34.js.gz': gzipSync(script),
    'dist/favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  });
}

// Which of the two pages of the web app the server sends for a path.
async function servedPage(baseUrl: string, pathname: string): Promise<string> {
  const text = await (await fetch(`${baseUrl}${pathname}`)).text();
  return text.includes('<!-- participant -->') ? 'participant.html' : 'index.html';
}

// Raw HTTP, to send what fetch would not (a broken Host header, no Accept-Encoding at all).
function rawGet(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
  });
}

const SECURITY_HEADERS = [
  'content-security-policy',
  'x-frame-options',
  'referrer-policy',
  'x-content-type-options',
  'cross-origin-opener-policy',
  'permissions-policy',
  'x-request-id',
];

const generic = (requestId: string) =>
  `Something went wrong on our side. Please try again; if it keeps happening, tell the organisers and give them this reference: ${requestId}.`;

describe('the HTTP edge', () => {
  let app: TestApp;
  let web: ReturnType<typeof writeWebBuild>;
  const logLines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    web = fakeWebDist();
    const logger = pino(
      { level: 'info' },
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          for (const line of chunk.toString('utf8').split('\n').filter(Boolean))
            logLines.push(JSON.parse(line) as Record<string, unknown>);
          done();
        },
      }),
    );
    app = await createTestApp({ config: { WEB_DIST: web.dist, TRUST_PROXY: 1 }, logger });
  });
  afterAll(async () => {
    await app.close();
    web.remove();
  });

  // A fault the code does not expect: a column the entity reads is gone. Returns the answer and its log lines.
  const whileColumnIsGone = async (table: string, column: string, send: () => Promise<Response>) => {
    const connection = app.orm.em.getConnection();
    await connection.execute(`alter table "${table}" rename column "${column}" to gone_column`);
    try {
      const response = await send();
      const requestId = response.headers.get('x-request-id') ?? '';
      const text = await response.text();
      return { requestId, text, logged: logLines.filter((line) => line.requestId === requestId) };
    } finally {
      await connection.execute(`alter table "${table}" rename column gone_column to "${column}"`);
    }
  };
  describe('security headers', () => {
    it('should send the security headers on a page, a file, the API, a 404 and an error', async () => {
      const answers = await Promise.all([
        fetch(`${app.url}/`),
        fetch(`${app.url}/join`),
        fetch(`${app.url}/assets/index-Ab12Cd34.js`),
        fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        }),
        fetch(`${app.url}/nothing-here.txt`),
        fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' }),
      ]);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 404, 400]);
      for (const answer of answers) {
        expect(SECURITY_HEADERS.filter((name) => !answer.headers.has(name))).toEqual([]);
      }
      const csp = answers[0].headers.get('content-security-policy') ?? '';
      const port = new URL(app.url).port;
      expect(csp.split(';')).toEqual([
        "default-src 'self'",
        "base-uri 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        `connect-src 'self' ws://127.0.0.1:${port} wss://127.0.0.1:${port}`,
        "manifest-src 'self'",
        "object-src 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
      ]);
      expect(answers[0].headers.get('x-frame-options')).toBe('DENY');
      expect(answers[0].headers.get('referrer-policy')).toBe('no-referrer');
      expect(answers[0].headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('should send HSTS only when the trusted proxy says the browser came over HTTPS', async () => {
      const overHttps = await fetch(`${app.url}/`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(overHttps.headers.get('strict-transport-security')).toBe('max-age=31536000');
      const overHttp = await fetch(`${app.url}/`, { headers: { 'x-forwarded-proto': 'http' } });
      expect(overHttp.headers.get('strict-transport-security')).toBeNull();
    });

    it('should give every response its own request id', async () => {
      const [a, b] = await Promise.all([fetch(`${app.url}/healthz`), fetch(`${app.url}/healthz`)]);
      expect(a.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
    });
  });

  describe('the web app', () => {
    it('should send the brotli copy to a browser that accepts it, the gzip one to one that only takes gzip, and the file itself otherwise', async () => {
      const url = `${app.url}/assets/index-Ab12Cd34.js`;
      const brotli = await rawGet(url, { 'accept-encoding': 'gzip, deflate, br' });
      expect([brotli.headers['content-encoding'], brotli.headers.vary]).toEqual(['br', 'accept-encoding']);
      expect(brotliDecompressSync(brotli.body).toString()).toMatch(/^console\.log\("samenspraak /);
      const gzip = await rawGet(url, { 'accept-encoding': 'gzip' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      const plain = await rawGet(url, {});
      expect([plain.headers['content-encoding'], plain.headers.vary]).toEqual([undefined, 'accept-encoding']);
      expect(plain.headers['content-type']).toBe('application/javascript; charset=utf-8');
    });

    it('should let browsers keep hashed files for good and ask again for index.html', async () => {
      const script = await fetch(`${app.url}/assets/index-Ab12Cd34.js`);
      expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      for (const page of ['/', '/join', '/favicon.svg']) {
        expect((await fetch(`${app.url}${page}`)).headers.get('cache-control')).toBe('no-cache');
      }
    });

    it("should answer a page path with the app's index.html and a missing file with 404", async () => {
      const join = await fetch(`${app.url}/sessions/1234/board`, { headers: { 'accept-encoding': 'br' } });
      expect([join.status, join.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
      expect(await join.text()).toMatch(/^<!doctype html><title>Samenspraak<\/title>/);
      const missing = await fetch(`${app.url}/assets/index-Gone1234.js`);
      expect([missing.status, await missing.json()]).toEqual([404, { error: 'Not found' }]);
      const posted = await fetch(`${app.url}/join`, { method: 'POST' });
      expect(posted.status).toBe(404);
    });

    it("should answer a participant's page path with participant.html and any other page path with index.html", async () => {
      expect(await servedPage(app.url, '/join')).toBe('participant.html');
      expect(await servedPage(app.url, '/join/AB12CD')).toBe('participant.html');
      expect(await servedPage(app.url, '/s/0b7f1c64-3b1e-4b8e-9d8e-1f0c2a6d5e11?from=qr')).toBe('participant.html');
      expect(await servedPage(app.url, '/s/0b7f1c64-3b1e-4b8e-9d8e-1f0c2a6d5e11/my-data')).toBe('participant.html');
      expect(await servedPage(app.url, '/')).toBe('index.html');
      expect(await servedPage(app.url, '/sessions/1234')).toBe('index.html');
      expect(await servedPage(app.url, '/joined')).toBe('index.html');
      expect(await servedPage(app.url, '/workshops/1234/run')).toBe('index.html');
    });
  });

  describe('requests the server refuses', () => {
    it('should answer 413 with a JSON error when the body is over 1 MB, with or without a length', async () => {
      const big = JSON.stringify({ query: '{ __typename }', variables: { text: 'a'.repeat(MAX_BODY_BYTES) } });
      const withLength = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: big,
      });
      const expected = {
        errors: [
          {
            message: 'The request is larger than 1 MB. Send less at once.',
            extensions: { code: 'BAD_REQUEST', maxBytes: 1_000_000 },
          },
        ],
      };
      expect([withLength.status, await withLength.json()]).toEqual([413, expected]);
      // Streamed in chunks, without a Content-Length: counted as it arrives.
      const chunked = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: new Blob([big]).stream(),
        duplex: 'half',
      });
      expect([chunked.status, await chunked.json()]).toEqual([413, expected]);
      // The server is still there.
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    });

    it('should answer 400 when the Host header is no host name', async () => {
      const answer = await rawGet(`${app.url}/healthz`, { host: 'a b' });
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body.toString()).errors[0].extensions.code).toBe('BAD_REQUEST');
    });
  });

  describe('unexpected errors', () => {
    it('should answer a generic message with the request id, and log the database error with its stack under that id, when a resolver fails', async () => {
      const { requestId, text, logged } = await whileColumnIsGone('session', 'join_code', () =>
        fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ joinPreview(code: "ZZ0000") { title } }' }),
        }),
      );
      expect(text).not.toMatch(/gone_column|join_code|column|relation|select|postgres/i);
      expect(JSON.parse(text)).toEqual({
        data: null,
        errors: [
          {
            message: generic(requestId),
            path: ['joinPreview'],
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
          },
        ],
      });
      expect(logged.map((line) => line.msg)).toEqual(['unexpected error in a GraphQL request']);
      const err = logged[0]!.err as { message: string; stack: string };
      expect(err.message).toMatch(/column .*join_code.* does not exist/);
      expect(err.stack).toMatch(/\n\s+at /);
    });

    it('should answer and log the same way when reading who signed in fails', async () => {
      const cookie = [...app.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
      const { requestId, text, logged } = await whileColumnIsGone('account', 'email', () =>
        fetch(`${app.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query: '{ viewer { kind } }' }),
        }),
      );
      expect(text).not.toMatch(/gone_column|column|relation|select|postgres|context/i);
      expect(JSON.parse(text)).toEqual({
        errors: [
          {
            message: generic(requestId),
            // The catalog key lets the web app show the same sentence in the reader's language.
            extensions: {
              code: 'INTERNAL_SERVER_ERROR',
              requestId,
              i18n: { key: 'common:internal', values: { requestId } },
            },
          },
        ],
      });
      expect((logged[0]?.err as { message: string } | undefined)?.message).toMatch(/column .*email.* does not exist/);
    });
  });
});
