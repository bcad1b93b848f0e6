import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { createClient, type Client } from 'graphql-ws';
import type { DocumentNode, GraphQLInputType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createBoardFixture, type BoardFixture } from '../modules/challenge/challenge.fixtures.js';
import { createTestApp, type GraphQLResult, type TestApp } from '../test-support/test-app.js';
import { StaffRole } from './auth/viewer.js';
import { repoRoot } from './config.js';
import { limitRules, parseOptions, QUERY_LIMIT_DEFAULTS, queryCost } from './query-guard.js';
import { buildAppSchema } from './schema.js';

const graphql = createRequire(import.meta.url)('graphql') as typeof import('graphql');

type ErrorLike = { message: string; extensions?: { code?: string; field?: string; limit?: number } };

// Sends a raw JSON body, as a script would: `\ud800` in the text below is a lone surrogate once JSON.parse reads it.
async function post(app: TestApp, body: string, cookie = ''): Promise<{ status: number; json: GraphQLResult }> {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body,
  });
  return { status: response.status, json: (await response.json()) as GraphQLResult };
}

function subscribeOnce(app: TestApp, query: string, variables: Record<string, unknown>): Promise<ErrorLike[]> {
  const client: Client = createClient({
    url: `${app.url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
  });
  return new Promise((resolve) => {
    client.subscribe(
      { query, variables },
      {
        next: (result) => resolve((result.errors ?? []) as ErrorLike[]),
        error: (error) => resolve(Array.isArray(error) ? (error as ErrorLike[]) : [{ message: String(error) }]),
        complete: () => resolve([]),
      },
    );
  }).finally(() => client.dispose()) as Promise<ErrorLike[]>;
}

// challenge → mergedInto → mergedInto → … → id: `levels` fields deep.
const deep = (levels: number) =>
  `{ challenge(id: "00000000-0000-4000-8000-000000000000") { ${'mergedInto { '.repeat(levels - 2)}id${' }'.repeat(levels - 2)} } }`;

// Every operation the web app sends, with its fragments, as GraphQL Code Generator wrote it.
const webDocuments = (): [string, DocumentNode][] =>
  [
    ...readFileSync(path.join(repoRoot, 'web', 'src', 'gql', 'graphql.ts'), 'utf8').matchAll(
      /^export const (\w+Document) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm,
    ),
  ].map((match) => [match[1]!, JSON.parse(match[2]!) as DocumentNode]);

// A value of an input type: required fields only, every Int at the largest page size.
const sample = (type: GraphQLInputType): unknown => {
  const inner = graphql.isNonNullType(type) ? type.ofType : type;
  if (graphql.isListType(inner)) return [sample(inner.ofType)];
  if (graphql.isEnumType(inner)) return inner.getValues()[0]?.value;
  if (graphql.isInputObjectType(inner))
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => graphql.isNonNullType(field.type))
        .map((field) => [field.name, sample(field.type)]),
    );
  return (
    {
      Int: 200,
      Float: 1,
      Boolean: false,
      ID: '00000000-0000-4000-8000-000000000000',
      DateTimeISO: '2026-01-01T00:00:00.000Z',
    }[inner.name] ?? 'text'
  );
};

describe('text PostgreSQL cannot store', () => {
  let app: TestApp;
  let board: BoardFixture;
  let challengeId: string;

  beforeAll(async () => {
    app = await createTestApp();
    board = await createBoardFixture(app.orm, 'Guard project');
    const created = await app.ok<{ createChallenge: { challenge: { id: string } } }>(
      `mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { challenge { id } } }`,
      { input: { sessionId: board.sessionId, text: 'Het park is donker', language: 'nl' } },
    );
    challengeId = created.createChallenge.challenge.id;
  });
  afterAll(() => app.close());

  it('should refuse with BAD_USER_INPUT when a string literal holds a NUL character', async () => {
    const { status, json } = await post(
      app,
      JSON.stringify({ query: '{ joinPreview(code: "AB\\u0000CD") { title } }' }),
    );
    expect(status).toBe(400);
    expect(json.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'code']]);
    expect(json.errors?.[0]?.message).toMatch(/cannot be stored/);
  });

  it('should refuse with BAD_USER_INPUT when a variable nested in an input holds a NUL character', async () => {
    const anonymous = app.client();
    const signIn = await anonymous.graphql(
      `mutation ($input: SignInInput!) { signIn(input: $input) { account { id } } }`,
      { input: { email: 'someone@example.org\u0000', password: 'a long enough password' } },
    );
    expect(signIn.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'input.email'],
    ]);

    app.resetQueries();
    const translation = await app.graphql(
      `mutation ($input: SetChallengeTranslationInput!) { setChallengeTranslation(input: $input) { challenge { id } } }`,
      { input: { challengeId, language: 'en', text: 'The park \u0000 is dark' } },
    );
    expect(translation.errors?.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'input.text'],
    ]);
    // Refused before the database: the request ran no statement beyond reading who asks.
    expect(app.queries.filter((sql) => /challenge/i.test(sql))).toEqual([]);
  });

  it('should refuse with BAD_USER_INPUT when a variable holds an unpaired surrogate, and accept a paired one', async () => {
    const query = 'query ($code: String!) { joinPreview(code: $code) { title } }';
    const lone = await post(app, `{"query":${JSON.stringify(query)},"variables":{"code":"AB\\ud800CD"}}`);
    expect(lone.json.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const trailing = await post(app, `{"query":${JSON.stringify(query)},"variables":{"code":"\\udc00"}}`);
    expect(trailing.json.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    // 😀 is a proper pair: the code is simply unknown.
    const paired = await post(app, `{"query":${JSON.stringify(query)},"variables":{"code":"AB\\ud83d\\ude00"}}`);
    expect(paired.json.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('should refuse with BAD_USER_INPUT when a subscription over WebSocket names its session with a NUL character', async () => {
    const errors = await subscribeOnce(
      app,
      'subscription ($sessionId: ID!) { sessionEvents(sessionId: $sessionId) { cursor } }',
      { sessionId: `${board.sessionId}\u0000` },
    );
    expect(errors.map((e) => [e.extensions?.code, e.extensions?.field])).toEqual([['BAD_USER_INPUT', 'sessionId']]);
  });

  it('should leave the challenge as it was when its translation was refused', async () => {
    const { challenge } = await app.ok<{ challenge: { translations: unknown } }>(
      `query ($id: ID!) { challenge(id: $id) { translations { language text } } }`,
      { id: challengeId },
    );
    expect(challenge.translations).toEqual([]);
  });
});

describe('limits on a document', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ config: { NODE_ENV: 'production' } });
  });
  afterAll(() => app.close());

  it('should refuse a query 30 levels deep with a message that gives the limit', async () => {
    const result = await app.graphql(deep(30));
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.errors?.[0]?.message).toBe(
      `This query nests its fields 30 levels deep; at most ${QUERY_LIMIT_DEFAULTS.depth} levels are allowed. Ask for fewer nested fields.`,
    );
  });

  it('should refuse 500 aliases with a message that gives the limit', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: __typename`).join(' ');
    const result = await app.graphql(`{ ${aliases} }`);
    expect(result.errors?.[0]?.message).toBe(
      `This query uses 500 aliases; at most ${QUERY_LIMIT_DEFAULTS.aliases} are allowed. Send several smaller queries.`,
    );
  });

  it('should refuse a query whose pages could hold too many fields, also when the page size is a variable', async () => {
    // By hand: node { id text } costs 1 + 2 = 3, edges 4, challenges(first: 200) 1 + 200 × 4 = 801; node 802,
    // edges 803, sessions 1 + 200 × 803 = 160,601; node 160,602, edges 160,603, projects 1 + 200 × 160,603.
    const query = `query ($n: Int) { projects(first: $n) { edges { node { sessions(first: $n) { edges { node {
      challenges(first: $n) { edges { node { id text } } } } } } } } } }`;
    const result = await app.graphql(query, { n: 200 });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.errors?.[0]?.message).toBe(
      'This query could return 32,120,601 fields; at most 5,000,000 are allowed. Ask for fewer fields or smaller pages (first).',
    );
    // The same query for small pages passes.
    expect((await app.graphql(query, { n: 5 })).errors).toBeUndefined();
  });

  it('should cost a query again for each value of the variables its cost depends on, and for no other', async () => {
    // The same document, sent as a client sends it again and again: its cost is known from before only when its page
    // sizes and directives are the same.
    const query = `query ($n: Int, $deep: Boolean!, $text: String) { projects(first: $n) { edges { node {
      sessions(first: $n) @include(if: $deep) { edges { node { challenges(first: $n, after: $text) {
      edges { node { id text } } } } } } } } } }`;
    const codes = async (variables: Record<string, unknown>) =>
      (await app.graphql(query, variables)).errors?.map((e) => e.extensions?.code) ?? [];
    expect(await codes({ n: 200, deep: false, text: null })).toEqual([]);
    expect(await codes({ n: 200, deep: true, text: null })).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(await codes({ n: 5, deep: true, text: null })).toEqual([]);
    expect(await codes({ n: 200, deep: true, text: 'another' })).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    // Left out, a page size takes the schema's default; sent as null, it asks for no page size at all.
    expect(await codes({ deep: true })).toEqual([]);
  });

  it('should refuse with BAD_USER_INPUT only when a list variable holds more bad values than graphql reports', async () => {
    // graphql reports 50 bad values and then one error of its own that it stopped: that one is the client's too.
    const result = await app.graphql(
      'query ($filter: StrategyInboxFilter) { strategyInbox(filter: $filter) { totalCount } }',
      {
        filter: { decisions: Array.from({ length: 60 }, () => 'NOT_A_DECISION') },
      },
    );
    const codes = result.errors?.map((e) => e.extensions?.code) ?? [];
    expect(codes.length).toBe(51);
    expect(new Set(codes)).toEqual(new Set(['BAD_USER_INPUT']));
  });

  it('should refuse a document of more tokens than allowed before validating it', async () => {
    const fields = Array.from({ length: 6000 }, () => '__typename').join(' ');
    const result = await app.graphql(`{ ${fields} }`);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(result.errors?.[0]?.message).toMatch(/5000 tokens/);
  });

  it('should refuse 500 aliases in a subscription over WebSocket as over HTTP', async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: cursor`).join(' ');
    const errors = await subscribeOnce(
      app,
      `subscription { sessionEvents(sessionId: "00000000-0000-4000-8000-000000000000") { ${aliases} } }`,
      {},
    );
    expect(errors.map((e) => [e.extensions?.code, e.message])).toEqual([
      [
        'GRAPHQL_VALIDATION_FAILED',
        `This query uses 500 aliases; at most ${QUERY_LIMIT_DEFAULTS.aliases} are allowed. Send several smaller queries.`,
      ],
    ]);
  });

  it('should refuse introspection and hide field suggestions when an anonymous visitor asks a production server', async () => {
    const anonymous = app.client();
    const introspection = await anonymous.graphql('{ __schema { queryType { name } } }');
    expect(introspection.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
      ['GRAPHQL_VALIDATION_FAILED', 'Introspection is open only to signed-in staff on this server.'],
    ]);
    const typeQuery = await anonymous.graphql('{ a: __type(name: "Query") { name } }');
    expect(typeQuery.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    const typo = await anonymous.graphql('{ sesions { id } }');
    expect(typo.errors?.map((e) => e.message)).toEqual(['Cannot query field "sesions" on type "Query".']);
  });

  it('should let signed-in staff introspect a production server', async () => {
    const evaluator = await app.staff({ role: StaffRole.EVALUATOR, organisationIds: [] });
    expect(await evaluator.ok('{ __schema { queryType { name } } }')).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });

  it('should show no landing page when a browser opens /graphql on a production server', async () => {
    const response = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type') ?? '').not.toMatch(/html/);
  });
});

describe('the web app under the limits', () => {
  it('should accept every query, mutation and subscription of the web app, at the largest page size', async () => {
    const schema = await buildAppSchema();
    const documents = webDocuments();
    expect(documents.length).toBeGreaterThan(50);
    const refused: string[] = [];
    let heaviest = 0;
    for (const [name, document] of documents) {
      const source = graphql.print(document);
      // Parsing within the token limit, validating with the limit rules, then the cost with every `first` at 200.
      const parsed = graphql.parse(source, parseOptions(QUERY_LIMIT_DEFAULTS));
      const errors = graphql.validate(schema, parsed, [...graphql.specifiedRules, ...limitRules(QUERY_LIMIT_DEFAULTS)]);
      const operation = graphql.getOperationAST(parsed);
      const variables: Record<string, unknown> = {};
      for (const definition of operation?.variableDefinitions ?? []) {
        const type = graphql.typeFromAST(schema, definition.type);
        if (type && graphql.isInputType(type)) variables[definition.variable.name.value] = sample(type);
      }
      for (const error of errors) refused.push(`${name}: ${error.message}`);
      // Any value of the right type: only the page sizes change the cost, and every Int is the largest page.
      const cost = queryCost(schema, parsed, variables);
      if (cost > QUERY_LIMIT_DEFAULTS.cost) refused.push(`${name}: costs ${cost}`);
      heaviest = Math.max(heaviest, cost);
    }
    expect(refused).toEqual([]);
    // Every page at 200 was costed: the heaviest document (since the reviewer's inbox pages its strategies, no longer
    // the strategies page of 200 projects × 200 strategies) still costs more than 200 × 200 fields' worth.
    expect(heaviest).toBeGreaterThan(200 * 200);
  });
});
