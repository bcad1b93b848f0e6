import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { JOIN_FAILURES_PER_ADDRESS, SIGN_IN_FAILURES_PER_ADDRESS } from '../auth/rate-limit.js';
import { ConfigError, loadConfig } from '../config.js';
import { parseTrustProxy, requestOrigin } from './proxy.js';

// A request as Node hands it over: the socket's peer and the headers the client (or a proxy) wrote.
const request = (remoteAddress: string, headers: Record<string, string> = {}, encrypted = false): IncomingMessage =>
  ({ socket: { remoteAddress, ...(encrypted ? { encrypted: true } : {}) }, headers }) as unknown as IncomingMessage;

describe('TRUST_PROXY', () => {
  it('should stop the start and say what to write instead when TRUST_PROXY is true', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: .*TRUST_PROXY=1 for one nginx or Caddy/);
  });

  it('should read a number of proxies, addresses and ranges, and none when it is false or unset', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8,192.0.2.7' }).TRUST_PROXY).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.0.2.7',
    ]);
  });

  it('should stop the start with the variable named when an address is no address', () => {
    expect(parseTrustProxy('10.0.0.0/99')).toMatch(/invalid/i);
    expect(() => loadConfig({ TRUST_PROXY: 'proxy.example.org' })).toThrow(/TRUST_PROXY: .*invalid IP address/);
  });
});

describe("the client's address, scheme and host", () => {
  it('should take the socket peer and ignore forwarded headers when no proxy is trusted', () => {
    const origin = requestOrigin(false);
    const req = request('198.51.100.4', {
      'x-forwarded-for': '203.0.113.9',
      'x-forwarded-proto': 'https',
      'x-forwarded-host': 'elders.example',
      host: 'samenspraak.example:4000',
    });
    expect(origin.clientAddress(req)).toBe('198.51.100.4');
    expect(origin.isSecure(req)).toBe(false);
    expect(origin.host(req)).toBe('samenspraak.example');
  });

  it('should take the address the one trusted proxy appended, not the ones the client wrote, when TRUST_PROXY is 1', () => {
    const origin = requestOrigin(1);
    // The client wrote "1.1.1.1, 2.2.2.2"; nginx appended the address it saw: 203.0.113.9.
    const req = request('127.0.0.1', {
      'x-forwarded-for': '1.1.1.1, 2.2.2.2, 203.0.113.9',
      'x-forwarded-proto': 'http, https',
      'x-forwarded-host': 'elders.example, samenspraak.example',
    });
    expect(origin.clientAddress(req)).toBe('203.0.113.9');
    expect(origin.isSecure(req)).toBe(true);
    expect(origin.host(req)).toBe('samenspraak.example');
  });

  it('should walk back through two trusted proxies when TRUST_PROXY is 2', () => {
    expect(
      requestOrigin(2).clientAddress(request('10.0.0.2', { 'x-forwarded-for': '9.9.9.9, 203.0.113.9, 10.0.0.1' })),
    ).toBe('203.0.113.9');
  });

  it('should trust forwarded headers only from the listed proxies when TRUST_PROXY names addresses', () => {
    const origin = requestOrigin(['10.0.0.0/8']);
    const viaProxy = request('10.1.2.3', { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' });
    expect(origin.clientAddress(viaProxy)).toBe('203.0.113.9');
    expect(origin.isSecure(viaProxy)).toBe(true);
    const direct = request('198.51.100.4', { 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' });
    expect(origin.clientAddress(direct)).toBe('198.51.100.4');
    expect(origin.isSecure(direct)).toBe(false);
  });

  it('should count a TLS socket as secure whatever the proxy setting', () => {
    expect(requestOrigin(false).isSecure(request('198.51.100.4', {}, true))).toBe(true);
  });
});

describe('rate limits behind a proxy', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ config: { TRUST_PROXY: 1 } });
  });
  afterAll(() => app.close());

  // One request as it arrives from nginx: the client's own X-Forwarded-For, then the address nginx saw.
  const viaProxy = async (
    clientAddress: string,
    claimed: string,
    query: string,
    variables: Record<string, unknown>,
  ) => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `${claimed}, ${clientAddress}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    return body.errors?.[0]?.extensions?.code;
  };
  const JOIN = 'query ($code: String!) { joinPreview(code: $code) { title } }';
  const SIGN_IN = 'mutation ($input: SignInInput!) { signIn(input: $input) { account { id } } }';

  it('should refuse wrong join codes from one client as one client when it writes another X-Forwarded-For each time', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < JOIN_FAILURES_PER_ADDRESS + 1; i++) {
      codes.push(await viaProxy('203.0.113.50', `10.0.${i}.${i}`, JOIN, { code: `ZZ${String(i).padStart(4, '0')}` }));
    }
    expect(codes.slice(0, JOIN_FAILURES_PER_ADDRESS)).toEqual(Array(JOIN_FAILURES_PER_ADDRESS).fill('NOT_FOUND'));
    expect(codes.at(-1)).toBe('RATE_LIMITED');
    // Another person behind the same proxy is not held back by the guesser.
    expect(await viaProxy('203.0.113.51', '10.0.0.1', JOIN, { code: 'ZZ9999' })).toBe('NOT_FOUND');
  });

  // At once, as a script would: each attempt is counted before it is checked.
  const attempt = (i: number) =>
    viaProxy('203.0.113.60', `192.0.2.${i}`, SIGN_IN, {
      input: { email: `nobody${i}@example.org`, password: 'not the right password' },
    });
  // 21 argon2 checks: seconds each on a busy two-core machine.
  it(
    'should refuse failed sign-ins from one client as one client when it writes another X-Forwarded-For each time',
    { timeout: 180_000 },
    async () => {
      const first = await Promise.all(Array.from({ length: SIGN_IN_FAILURES_PER_ADDRESS }, (_, i) => attempt(i)));
      expect(first).not.toContain('RATE_LIMITED');
      expect(await attempt(99)).toBe('RATE_LIMITED');
    },
  );
});
