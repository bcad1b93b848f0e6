import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { chmod, chown, writeFile } from 'node:fs/promises';
import { execFileSync, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from './embedded-postgres.js';
import { Client } from 'pg';
import { repoRoot } from './config.js';
import {
  EMBEDDED_USER,
  PASSWORD_FILE,
  embeddedAddress,
  embeddedUrl,
  isAlive,
  passwordOf,
  runningPostmaster,
} from './embedded-address.js';
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

// What every data folder made before each got its own password was created with.
export const LEGACY_PASSWORD = 'samenspraak';
export { PASSWORD_FILE, embeddedUrl };

// PostgreSQL's socket goes in the data folder, which only its owner may enter, when the folder's path is plain and
// short enough for a socket's (107 bytes); otherwise where PostgreSQL puts it by default.
function socketFlags(dataDir: string, port: number): string[] {
  const socket = path.join(dataDir, `.s.PGSQL.${port}`);
  return /^[\w./-]+$/.test(dataDir) && Buffer.byteLength(socket) <= 107
    ? ['-c', `unix_socket_directories=${dataDir}`]
    : [];
}

async function storePassword(dataDir: string, password: string): Promise<void> {
  const file = path.join(dataDir, PASSWORD_FILE);
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  // writeFile's mode only applies to a new file.
  await chmod(file, 0o600);
}

const isWrongPassword = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === '28P01';

async function canSignIn(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch (error) {
    if (isWrongPassword(error)) return false;
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

// A data folder made before each had its own password still signs in with the published one: it gets its own
// now, kept beside its data. The file is written first, so a start cut short in between only repeats this step.
async function ensureOwnPassword(
  dataDir: string,
  port: number,
  own: { password: string; stored: boolean },
  logger: Logger | undefined,
): Promise<void> {
  if (!own.stored) await storePassword(dataDir, own.password);
  if (await canSignIn(embeddedAddress(own.password, port, 'postgres'))) return;
  const legacy = new Client({ connectionString: embeddedAddress(LEGACY_PASSWORD, port, 'postgres') });
  try {
    await legacy.connect();
  } catch (error) {
    await legacy.end().catch(() => undefined);
    if (!isWrongPassword(error)) throw error;
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} does not accept the password in ${path.join(dataDir, PASSWORD_FILE)}. ` +
        'Was that file replaced? Put the right one back, or move the folder away to start with an empty database.',
      { cause: error },
    );
  }
  try {
    // A hex string: nothing to quote.
    await legacy.query(`alter role ${EMBEDDED_USER} with password '${own.password.replace(/[^0-9a-f]/g, '')}'`);
  } finally {
    await legacy.end();
  }
  logger?.info({ dataDir }, 'the embedded PostgreSQL now has a password of its own instead of the published one');
}

// Starts a real PostgreSQL from node_modules, creating its cluster on first use. Each data folder has its own random
// password, kept in it with mode 0600: PostgreSQL listens on 127.0.0.1, where any local user could otherwise sign in.
export async function startEmbeddedPostgres(options: StartEmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, port, database, logger } = options;
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const ids = isRoot ? postgresIds() : undefined;
  if (ids) await chown(path.dirname(dataDir), ids.uid, ids.gid);
  const own = passwordOf(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: own.password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', ...socketFlags(dataDir, port)],
    onLog: (message: unknown) => logger?.debug({ postgres: String(message).trim() }, 'postgres'),
    onError: (error: unknown) => logger?.warn({ postgres: String(error) }, 'postgres error'),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    logger?.info({ dataDir }, 'creating the embedded PostgreSQL cluster');
    await server.initialise();
    await storePassword(dataDir, own.password);
    own.stored = true;
  }
  const orphan = runningPostmaster(dataDir);
  if (orphan) {
    // An earlier run was killed before it could stop its database: carry on with that server.
    logger?.warn(
      { dataDir, pid: orphan.pid, port: orphan.port },
      'reusing the PostgreSQL left running by an earlier start',
    );
    await ensureOwnPassword(dataDir, orphan.port, own, logger);
    const url = embeddedAddress(own.password, orphan.port, database, orphan.socketDir);
    await createDatabaseIfMissing(url);
    return { url, dataDir, stop: () => stopPostmaster(orphan.pid) };
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `The embedded PostgreSQL could not start on port ${port} with data in ${dataDir}. ` +
        'Is the port taken by another program? Set EMBEDDED_PG_PORT, or DATABASE_URL to use your own PostgreSQL.',
    );
  }
  await ensureOwnPassword(dataDir, port, own, logger);
  const url = embeddedAddress(own.password, port, database, runningPostmaster(dataDir)?.socketDir);
  await createDatabaseIfMissing(url);
  // Ctrl-C in a terminal reaches PostgreSQL too (it shares our process group) and it shuts down by itself;
  // the library would then wait forever for an exit that already happened.
  const child = (server as unknown as { process?: ChildProcess }).process;
  const stop = async () => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    await server.stop();
  };
  return { url, dataDir, stop };
}

async function stopPostmaster(pid: number): Promise<void> {
  if (!isAlive(pid)) return;
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((resolve) => setTimeout(resolve, 100));
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
