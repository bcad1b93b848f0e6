import { rmSync } from 'node:fs';
import net from 'node:net';
import type { TestProject } from 'vitest/node';
import {
  createDatabaseIfMissing,
  embeddedDataDir,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from '../core/database.js';
import { initOrm } from '../core/orm.js';
import { syncStarterLibrary } from '../modules/method/method.library.js';

export const TEMPLATE_DATABASE = 'samenspraak_test_template';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

// One real PostgreSQL for the whole run (TEST_DATABASE_URL, or an embedded one in a throw-away
// folder), with a migrated template database that each test file copies.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let embedded: EmbeddedDatabase | undefined;
  let dataDir: string | undefined;
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    dataDir = embeddedDataDir(`test-${process.pid}`);
    rmSync(dataDir, { recursive: true, force: true });
    embedded = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database: 'postgres',
      persistent: false,
    });
    url = embedded.url;
  }
  const template = new URL(url);
  template.pathname = `/${TEMPLATE_DATABASE}`;
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const pg = await import('pg');
  const client = new pg.default.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`drop database if exists "${TEMPLATE_DATABASE}" with (force)`);
  await client.end();
  await createDatabaseIfMissing(template.toString());
  const orm = await initOrm({ url: template.toString() });
  await orm.migrator.up();
  // As the server does at start: the starter library of methods and agenda templates.
  await syncStarterLibrary(orm.em.fork());
  await orm.close();
  project.provide('databaseUrl', admin.toString());
  return async () => {
    await embedded?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}
