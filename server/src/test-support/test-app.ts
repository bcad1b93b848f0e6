import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { inject } from 'vitest';
import { createRateLimits, type RateLimitSettings } from '../core/auth/rate-limit.js';
import { createLogger, type Logger } from '../core/logger.js';
import { initOrm, type MikroORM } from '../core/orm.js';
import { buildAppSchema } from '../core/schema.js';
import { createApp, type App, type AppOptions } from '../core/server.js';
import { StaffRole } from '../modules/account/account.entity.js';
import { createAccount } from '../modules/account/account.service.js';
import { Organisation, OrganisationKind } from '../modules/organisation/organisation.entity.js';

const TEMPLATE_DATABASE = 'samenspraak_test_template';
export const TEST_PASSWORD = 'correct horse battery staple';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

// One browser: it keeps the cookies the API sets, like a person's browser does.
export interface TestClient {
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  // Like `graphql`, but fails the test on any error and returns the data.
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  signIn(email: string, password?: string): Promise<void>;
  cookies: Map<string, string>;
  // Sent as Accept-Language when set, as the web app sends the language its reader chose.
  language?: string;
}

export interface StaffOptions {
  role: StaffRole;
  organisationIds: string[];
  projectIds?: string[];
  email?: string;
}

export interface TestApp extends TestClient {
  url: string;
  orm: MikroORM;
  // Every SQL statement the app ran since the last `resetQueries()`.
  queries: string[];
  resetQueries(): void;
  // A new browser with no cookies.
  client(): TestClient;
  // A new browser signed in as a new staff account.
  staff(options: StaffOptions): Promise<TestClient & { accountId: string; email: string }>;
  close(): Promise<void>;
}

let schemaPromise: ReturnType<typeof buildAppSchema> | undefined;
let accountCounter = 0;

export interface TestAppOptions {
  // Builds the database from empty instead of copying the migrated template (the upgrade test loads an old
  // release's database and migrates it); called before the app starts.
  buildDatabase?: (url: string) => Promise<void>;
  // Settings of the HTTP edge other than the tests' defaults (NODE_ENV=test, no proxy, no web app).
  config?: Partial<AppOptions['config']>;
  // The app's logger (silent unless TEST_LOG_LEVEL says otherwise).
  logger?: Logger;
  // Every test browser comes from 127.0.0.1, so joins of one session are not paced unless a test asks for it.
  rateLimits?: Partial<RateLimitSettings>;
}

// A running API on its own fresh database, copied from the migrated template.
// The app itself acts as the default client: an administrator of every organisation in this database,
// for tests of the domain; access rules are tested through `client()` and `staff()`.
export async function createTestApp(setup: TestAppOptions = {}): Promise<TestApp> {
  const adminUrl = inject('databaseUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}" template "${setup.buildDatabase ? 'template0' : TEMPLATE_DATABASE}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  await setup.buildDatabase?.(url.toString());

  const queries: string[] = [];
  const logger = setup.logger ?? createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const orm = await initOrm({ url: url.toString(), logger, onQuery: (sql) => queries.push(sql) });
  schemaPromise ??= buildAppSchema();
  const limits = createRateLimits(url.toString(), { joinsPerMinute: 60_000, ...setup.rateLimits });
  const app: App = await createApp({
    orm,
    schema: await schemaPromise,
    logger,
    limits,
    config: { NODE_ENV: 'test', WEB_DIST: '/nonexistent', TRUST_PROXY: false, ...setup.config },
  });
  const port = await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;

  const client = (): TestClient => {
    const cookies = new Map<string, string>();
    const graphql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
          ...(browser.language ? { 'accept-language': browser.language } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      for (const header of response.headers.getSetCookie()) {
        const [pair] = header.split(';');
        const [key, value] = (pair ?? '').split('=');
        if (!key) continue;
        if (value) cookies.set(key, value);
        else cookies.delete(key);
      }
      return (await response.json()) as GraphQLResult<T>;
    };
    const ok = async <T>(query: string, variables?: Record<string, unknown>) => {
      const result = await graphql<T>(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    };
    const browser: TestClient = {
      graphql,
      ok,
      cookies,
      signIn: async (email, password = TEST_PASSWORD) => {
        await ok(`mutation ($input: SignInInput!) { signIn(input: $input) { account { id } } }`, {
          input: { email, password },
        });
      },
    };
    return browser;
  };

  const staff = async (options: StaffOptions) => {
    const email = options.email ?? `staff${++accountCounter}-${randomBytes(3).toString('hex')}@test.example`;
    const account = await createAccount(orm.em.fork(), {
      email,
      displayName: `${options.role.toLowerCase()} ${accountCounter}`,
      role: options.role,
      password: TEST_PASSWORD,
      organisationIds: options.organisationIds,
      projectIds: options.projectIds ?? [],
    });
    const browser = client();
    await browser.signIn(email);
    return Object.assign(browser, { accountId: account.id, email });
  };

  // The default client: an administrator made a member of every organisation before each request.
  const em = orm.em.fork();
  const home = em.create(Organisation, { name: 'Test operator', kind: OrganisationKind.MUNICIPALITY });
  await em.flush();
  const operator = await staff({ role: StaffRole.ADMINISTRATOR, organisationIds: [home.id] });
  const sync = new Pool({ connectionString: url.toString(), max: 2 });
  const syncMemberships = () =>
    sync.query(
      `insert into account_organisations (account_id, organisation_id)
       select $1, id from organisation on conflict do nothing`,
      [operator.accountId],
    );
  queries.splice(0, queries.length);

  return {
    url: base,
    orm,
    queries,
    resetQueries: () => queries.splice(0, queries.length),
    client,
    staff,
    cookies: operator.cookies,
    signIn: (email, password) => operator.signIn(email, password),
    graphql: async (query, variables) => {
      await syncMemberships();
      return operator.graphql(query, variables);
    },
    ok: async (query, variables) => {
      await syncMemberships();
      return operator.ok(query, variables);
    },
    close: async () => {
      await sync.end();
      await app.stop();
      await limits.close();
      await orm.close();
      const cleanup = new Client({ connectionString: adminUrl });
      await cleanup.connect();
      // Clients that are still saying goodbye would get "terminating connection due to administrator command"
      // from a forced drop, an error that no caller is left to catch: give them a moment to leave first.
      for (let tries = 0; tries < 100; tries++) {
        const { rows } = await cleanup.query<{ n: number }>(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (!rows[0]?.n) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await cleanup.query(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
    },
  };
}
