import { randomUUID } from 'node:crypto';
import type { GraphQLField, GraphQLInputType, GraphQLNamedType, GraphQLObjectType, GraphQLSchema } from 'graphql';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { LOGIN_COOKIE } from './auth/cookies.js';
import { buildAppSchema } from './schema.js';
import { graphql } from '../test-support/matrix/graphql.js';
import { idKind } from '../test-support/matrix/records.js';
import { createTenant, signedInBrowser, type Tenant } from '../test-support/matrix/tenant.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';

// Random documents and hostile values against every operation of the schema, as an anonymous visitor, a
// participant and staff, over HTTP and WebSocket, for a bounded time. Whatever is sent, the server answers with a
// clear error of the client's making (4xx, or a GraphQL error with a code other than INTERNAL_SERVER_ERROR) and
// stays up. FUZZ_SEED repeats a run; FUZZ_SECONDS sets its length (default 45).

const { getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType, isObjectType } = graphql;

const SECONDS = Number(process.env.FUZZ_SECONDS ?? 45);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const CONCURRENCY = 4;

// mulberry32: a small PRNG that a seed makes repeatable.
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(SEED);
const chance = (p: number): boolean => random() < p;
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const HOSTILE_STRINGS = [
  '',
  ' ',
  'Het park is onveilig na tienen',
  'AB\u0000CD',
  '\u0000',
  'x\ud800y',
  '\udfff',
  '\udbff\udbff',
  '\u202Egnp.exe\u202C',
  '\u200F\u202Bمرحبا بالجميع\u202C',
  'مرحبا بالعالم',
  '👩🏽‍🤝‍👨🏿🙂‍↔️',
  `e${'\u0301'.repeat(200)}`,
  "'; drop table session; --",
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  "=cmd|'/c calc'!A1",
  '../../etc/passwd',
  '%00%2e%2e%2f',
  '\r\nSet-Cookie: x=1',
  '{{7*7}}${7*7}',
  '\uFEFF\u00A0\u2028\u2029\t\v\f',
  'ﷺ'.repeat(1000),
  'a'.repeat(10_001),
  '\\',
  '"',
  'NaN',
  'null',
  '2026-11-20T18:00:00.000Z',
  'nl',
  'ar',
  'fuzz@example.org',
];
// Just under and just over the 1 MB a request may hold.
const almostMegabyte = 'a'.repeat(990_000);
const overMegabyte = 'b'.repeat(1_050_000);
// Numbers JSON can carry but JavaScript cannot: written into the body as they are.
const RAW_NUMBERS = ['1e400', '-1e400', '123456789012345678901234567890', '1e-400', '-0'];
const INTS = [0, 1, -1, 2, 3, 50, 200, 201, 2_147_483_647, -2_147_483_648, 2_147_483_648, Number.MAX_SAFE_INTEGER, 1.5];
const FLOATS = [0, -1, 0.5, 1e308, -1e308, 5e-324];
const DATES = [
  '2026-11-20T18:00:00.000Z',
  '2026-02-30T25:61:00Z',
  '0001-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  'yesterday',
  '',
];

type Role = 'anonymous' | 'participant' | 'staff';
const ROLES: Role[] = ['anonymous', 'participant', 'staff'];

interface Context {
  schema: GraphQLSchema;
  tenant: Tenant;
  operation: GraphQLField<unknown, unknown>;
  raw: Map<string, string>;
}

// A value for an input type: mostly plausible, often hostile, sometimes of the wrong shape altogether.
function valueFor(ctx: Context, type: GraphQLInputType, path: string, parentInput?: string, depth = 0): unknown {
  if (chance(0.03)) return pick([null, 42, true, 'text', [], {}]);
  if (isNonNullType(type)) return valueFor(ctx, type.ofType, path, parentInput, depth);
  if (isListType(type)) {
    if (chance(0.02)) return deepList(2000);
    const length = chance(0.05) ? 500 : Math.floor(random() * 3);
    return Array.from({ length }, () => valueFor(ctx, type.ofType, path, parentInput, depth + 1));
  }
  if (isInputObjectType(type)) {
    if (depth > 4) return {};
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (!isNonNullType(field.type) && !chance(0.6)) continue;
      value[field.name] = valueFor(ctx, field.type, `${path}.${field.name}`, type.name, depth + 1);
    }
    if (chance(0.03)) value.unexpected = 'field';
    return value;
  }
  if (isEnumType(type)) return chance(0.9) ? pick(type.getValues()).name : 'NOT_A_VALUE';
  return scalarFor(ctx, type, path, parentInput);
}

function scalarFor(ctx: Context, type: GraphQLNamedType, path: string, parentInput?: string): unknown {
  const raw = () => {
    const marker = `__raw_${ctx.raw.size}__`;
    ctx.raw.set(`"${marker}"`, pick(RAW_NUMBERS));
    return marker;
  };
  switch (type.name) {
    case 'ID': {
      if (chance(0.2)) return pick(HOSTILE_STRINGS);
      if (chance(0.1)) return randomUUID();
      const kind = idKind(ctx.schema, { operation: ctx.operation, path, ...(parentInput ? { parentInput } : {}) });
      const ids = kind && 'record' in kind ? ctx.tenant.ids[kind.record] : undefined;
      return ids?.length ? pick(ids) : pick(Object.values(ctx.tenant.ids).flat());
    }
    case 'String':
      if (chance(0.01)) return almostMegabyte;
      if (chance(0.005)) return overMegabyte;
      if (/code/i.test(path) && chance(0.3)) return ctx.tenant.joinCode;
      return pick(HOSTILE_STRINGS);
    case 'Int':
      return chance(0.05) ? raw() : pick(INTS);
    case 'Float':
      return chance(0.05) ? raw() : pick(FLOATS);
    case 'Boolean':
      return chance(0.95) ? chance(0.5) : 'yes';
    case 'DateTimeISO':
      return pick(DATES);
    default:
      return pick(HOSTILE_STRINGS);
  }
}

// [[[…]]]: as deep as a body allows, built without recursion.
function deepList(levels: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

// Scalars of the returned type and of nested objects two levels down; required arguments of nested fields become
// literals, hostile ones among them.
function selectionOf(ctx: Context, type: GraphQLNamedType, level: number): string {
  if (!isObjectType(type)) return '';
  const parts: string[] = [];
  for (const field of Object.values((type as GraphQLObjectType).getFields())) {
    if (!chance(0.8)) continue;
    const args: string[] = [];
    for (const arg of field.args) {
      if (!isNonNullType(arg.type) && !chance(0.2)) continue;
      const named = getNamedType(arg.type);
      if (!isLeafType(named)) continue;
      const value = scalarFor(ctx, named, `${type.name}.${field.name}.${arg.name}`);
      args.push(
        `${arg.name}: ${isEnumType(named) ? pick(named.getValues()).name : typeof value === 'string' && !ctx.raw.has(`"${value}"`) ? JSON.stringify(value) : typeof value === 'number' ? String(value) : '1'}`,
      );
    }
    const head = `${field.name}${args.length ? `(${args.join(', ')})` : ''}`;
    const named = getNamedType(field.type);
    if (isLeafType(named)) parts.push(head);
    else if (level < 2) {
      const sub = selectionOf(ctx, named, level + 1);
      if (sub) parts.push(`${head} ${sub}`);
    }
  }
  return parts.length ? `{ ${parts.join(' ')} }` : '{ __typename }';
}

interface Request {
  body: string;
  contentType: string;
  method: 'POST' | 'GET';
  description: string;
}

function requestFor(
  ctx: Context,
  kind: 'query' | 'mutation' | 'subscription',
): { query: string; variables: Record<string, unknown> } {
  const definitions: string[] = [];
  const args: string[] = [];
  const variables: Record<string, unknown> = {};
  for (const arg of ctx.operation.args) {
    if (!isNonNullType(arg.type) && !chance(0.5)) continue;
    if (chance(0.15)) {
      // As a literal in the document, with the same hostile values.
      const value = valueFor(ctx, arg.type, arg.name);
      if (typeof value === 'string' && !ctx.raw.has(`"${value}"`)) {
        args.push(`${arg.name}: ${JSON.stringify(value)}`);
        continue;
      }
    }
    definitions.push(`$${arg.name}: ${String(arg.type)}`);
    args.push(`${arg.name}: $${arg.name}`);
    variables[arg.name] = valueFor(ctx, arg.type, arg.name);
  }
  const selection = selectionOf(ctx, getNamedType(ctx.operation.type), 0);
  const query = `${kind} Fuzz${definitions.length ? `(${definitions.join(', ')})` : ''} { ${ctx.operation.name}${args.length ? `(${args.join(', ')})` : ''} ${isLeafType(getNamedType(ctx.operation.type)) ? '' : selection} }`;
  return { query, variables };
}

const jsonBody = (value: unknown) => ({
  body: JSON.stringify(value),
  contentType: 'application/json',
  method: 'POST' as const,
});

// A request with its document or its body damaged in one of the ways a script or a broken client would.
function damaged(query: string, variables: Record<string, unknown>): Request {
  const choice = Math.floor(random() * 14);
  const description = `damage ${choice}`;
  switch (choice) {
    case 0:
      return { ...jsonBody({ query: query.slice(0, Math.floor(random() * query.length)), variables }), description };
    case 1:
      return { ...jsonBody({ query: `{ ${'viewer { account { organisations { '.repeat(60)}` }), description };
    case 2:
      return {
        ...jsonBody({ query: `{ ${Array.from({ length: 2000 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
        description,
      };
    case 3:
      return {
        ...jsonBody({
          query: 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
        }),
        description,
      };
    case 4:
      return { ...jsonBody({ query: `{ __typename ${'@include(if: true) '.repeat(200)} }` }), description };
    case 5:
      return {
        ...jsonBody({ query: '{ __schema { types { name fields { name type { ofType { ofType { name } } } } } } }' }),
        description,
      };
    case 6:
      return { ...jsonBody({ query, variables: pick(['text', [1, 2], 7, null]) }), description };
    case 7:
      return { ...jsonBody([{ query }, { query }]), description };
    case 8:
      return {
        body: `{"query": ${JSON.stringify(query)}, "variables": {`,
        contentType: 'application/json',
        method: 'POST',
        description,
      };
    case 9:
      return {
        body: query,
        contentType: pick(['text/plain', 'application/graphql', 'multipart/form-data; boundary=x']),
        method: 'POST',
        description,
      };
    case 10:
      return { body: `query=${encodeURIComponent(query)}`, contentType: '', method: 'GET', description };
    case 11:
      return {
        ...jsonBody({ query, variables, extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } }),
        description,
      };
    case 12:
      return { ...jsonBody({ query: `${query} ${query.replace('Fuzz', 'Again')}`, variables }), description };
    default:
      return {
        ...jsonBody({
          query: String.fromCharCode(...Array.from({ length: 200 }, () => Math.floor(random() * 0xffff))),
        }),
        description,
      };
  }
}

const cookieOf = (browser: { cookies: Map<string, string> }) => `${LOGIN_COOKIE}=${browser.cookies.get(LOGIN_COOKIE)}`;

interface Failure {
  role: Role;
  operation: string;
  status: number;
  answer: string;
  request: string;
}

describe(`fuzzing every operation (FUZZ_SEED=${SEED})`, () => {
  let app: TestApp;
  let schema: GraphQLSchema;
  let tenant: Tenant;

  beforeAll(async () => {
    // Behind one trusted proxy, each request from another address: the rate limits stay out of the way.
    app = await createTestApp({ config: { TRUST_PROXY: 1, NODE_ENV: 'production' } });
    schema = await buildAppSchema();
    tenant = await createTenant(app.orm, 'Fuzz');
  });
  afterAll(() => app.close());

  // Fresh logins each round: a fuzzed mutation may sign out, erase or deactivate whoever it acts as.
  async function cookies(): Promise<Record<Role, string>> {
    await app.orm.em.getConnection().execute('update account set active = true');
    const participants = tenant.ids.Participant ?? [];
    const [participantId] = (
      await app.orm.em
        .getConnection()
        .execute<{ id: string }[]>(`select participant_id as id from attendance where session_id = ? limit 1`, [
          tenant.liveSessionId,
        ])
    ).map((row) => row.id);
    const participant = await signedInBrowser(app, {
      participantId: participantId ?? participants[0]!,
      sessionId: tenant.liveSessionId,
    });
    // The facilitator or the administrator of the tenant (accounts were made reviewer, facilitator, administrator, evaluator).
    const staff = await signedInBrowser(app, { accountId: pick([tenant.ids.Account![1]!, tenant.ids.Account![2]!]) });
    return { anonymous: '', participant: cookieOf(participant), staff: cookieOf(staff) };
  }

  it(
    'should answer every random request with a client error and never with INTERNAL_SERVER_ERROR or a 5xx',
    { timeout: (SECONDS + 60) * 1000 },
    async () => {
      const operations = (['query', 'mutation'] as const).flatMap((kind) =>
        Object.values((kind === 'query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {}).map(
          (field) => ({ kind, field }),
        ),
      );
      const failures: Failure[] = [];
      const tried = new Map<string, number>();
      let requests = 0;
      const began = Date.now();
      const deadline = began + SECONDS * 1000;

      const send = async (role: Role, cookie: string, operation: string, request: Request) => {
        const address = `198.51.${Math.floor(random() * 255)}.${Math.floor(random() * 255)}`;
        const url = request.method === 'GET' ? `${app.url}/graphql?${request.body}` : `${app.url}/graphql`;
        const response = await fetch(url, {
          method: request.method,
          headers: {
            ...(request.contentType ? { 'content-type': request.contentType } : {}),
            ...(request.method === 'GET' ? { 'apollo-require-preflight': 'true' } : {}),
            'x-forwarded-for': address,
            ...(cookie ? { cookie } : {}),
          },
          ...(request.method === 'POST' ? { body: request.body } : {}),
        });
        requests += 1;
        const answer = await response.text();
        const internal = answer.includes('INTERNAL_SERVER_ERROR');
        let json = true;
        try {
          JSON.parse(answer);
        } catch {
          json = false;
        }
        if (response.status >= 500 || internal || !json) {
          failures.push({
            role,
            operation,
            status: response.status,
            answer: answer.slice(0, 600),
            request: `${request.description}: ${request.body.slice(0, 600)}`,
          });
        }
      };

      // Rounds of every operation as every role until the time is up; the first round always runs to its end.
      for (let rounds = 0; rounds === 0 || Date.now() < deadline; rounds++) {
        const roleCookies = await cookies();
        const round = operations.flatMap((operation) => ROLES.map((role) => ({ operation, role })));
        const first = rounds === 0;
        const goOn = () => first || Date.now() < deadline;
        for (let i = 0; i < round.length && goOn(); i += CONCURRENCY) {
          await Promise.all(
            round.slice(i, i + CONCURRENCY).map(async ({ operation, role }) => {
              const ctx: Context = { schema, tenant, operation: operation.field, raw: new Map() };
              const { query, variables } = requestFor(ctx, operation.kind);
              let body = JSON.stringify({ query, variables });
              for (const [marker, raw] of ctx.raw) body = body.replaceAll(marker, raw);
              const request: Request = chance(0.15)
                ? damaged(query, variables)
                : { body, contentType: 'application/json', method: 'POST', description: 'fuzzed' };
              tried.set(`${operation.field.name}/${role}`, (tried.get(`${operation.field.name}/${role}`) ?? 0) + 1);
              await send(role, roleCookies[role], operation.field.name, request);
            }),
          );
        }
      }

      // Subscriptions over WebSocket, with the same values.
      const subscriptionFields = Object.values(schema.getSubscriptionType()?.getFields() ?? {});
      for (const role of ROLES) {
        const roleCookies = await cookies();
        for (let attempt = 0; attempt < 15; attempt++) {
          const field = pick(subscriptionFields);
          const ctx: Context = { schema, tenant, operation: field, raw: new Map() };
          const { query, variables } = requestFor(ctx, 'subscription');
          const errors = await subscribeOnce(app, roleCookies[role], query, variables);
          tried.set(`${field.name}/${role}`, (tried.get(`${field.name}/${role}`) ?? 0) + 1);
          requests += 1;
          if (errors.some((e) => e.includes('INTERNAL_SERVER_ERROR')))
            failures.push({
              role,
              operation: field.name,
              status: 101,
              answer: errors.join('\n'),
              request: query.slice(0, 600),
            });
        }
      }

      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
      expect(failures, `FUZZ_SEED=${SEED}: ${requests} requests`).toEqual([]);
      // Every operation was tried as every role, at least once.
      const missing = [...operations.map((o) => o.field.name), ...subscriptionFields.map((f) => f.name)].flatMap(
        (name) => ROLES.filter((role) => !tried.get(`${name}/${role}`)).map((role) => `${name}/${role}`),
      );
      expect(missing).toEqual([]);
      console.log(
        `fuzz: ${requests} requests in ${Math.round((Date.now() - began) / 1000)} s, FUZZ_SEED=${SEED}, 0 failures`,
      );
    },
  );
});

// Opens a subscription, waits for its first answer (or a moment, when it is valid and simply waits for events),
// and returns the errors as text.
function subscribeOnce(
  app: TestApp,
  cookie: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<string[]> {
  class CookieSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  const client = createClient({
    url: `${app.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: CookieSocket,
    retryAttempts: 0,
  });
  return new Promise<string[]>((resolve) => {
    const timer = setTimeout(() => resolve([]), 300);
    client.subscribe(
      { query, variables },
      {
        next: (result) => {
          clearTimeout(timer);
          resolve((result.errors ?? []).map((e) => JSON.stringify(e)));
        },
        error: (error) => {
          clearTimeout(timer);
          resolve(
            Array.isArray(error)
              ? error.map((e) => JSON.stringify(e))
              : [String((error as { reason?: string }).reason ?? error)],
          );
        },
        complete: () => {
          clearTimeout(timer);
          resolve([]);
        },
      },
    );
  }).finally(() => client.dispose());
}
