import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createLogger } from '../core/logger.js';
import { initOrm, type MikroORM } from '../core/orm.js';
import { buildAppSchema } from '../core/schema.js';
import { createApp, type App } from '../core/server.js';

const TEMPLATE_DATABASE = 'samenspraak_test_template';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApp {
  url: string;
  orm: MikroORM;
  // Every SQL statement the app ran since the last `resetQueries()`.
  queries: string[];
  resetQueries(): void;
  graphql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  // Like `graphql`, but fails the test on any error and returns the data.
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

let schemaPromise: ReturnType<typeof buildAppSchema> | undefined;

// A running API on its own fresh database, copied from the migrated template.
export async function createTestApp(): Promise<TestApp> {
  const adminUrl = inject('databaseUrl');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database "${name}" template "${TEMPLATE_DATABASE}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;

  const queries: string[] = [];
  const logger = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
  const orm = await initOrm({ url: url.toString(), logger, onQuery: (sql) => queries.push(sql) });
  schemaPromise ??= buildAppSchema();
  const app: App = await createApp({ orm, schema: await schemaPromise, logger, config: { NODE_ENV: 'test', WEB_DIST: '/nonexistent' } });
  const port = await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;

  const graphql = async <T>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>> => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResult<T>;
  };

  return {
    url: base,
    orm,
    queries,
    resetQueries: () => queries.splice(0, queries.length),
    graphql,
    ok: async <T>(query: string, variables?: Record<string, unknown>) => {
      const result = await graphql<T>(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
    close: async () => {
      await app.stop();
      await orm.close();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
    },
  };
}
