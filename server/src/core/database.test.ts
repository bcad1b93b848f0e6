import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from './embedded-postgres.js';
import { Client } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { LEGACY_PASSWORD, PASSWORD_FILE, startEmbeddedPostgres } from './database.js';

const isRoot = process.getuid?.() === 0;

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

async function signsIn(password: string, port: number, database = 'postgres'): Promise<boolean> {
  const client = new Client({ host: '127.0.0.1', port, user: 'samenspraak', password, database });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe('the embedded PostgreSQL password', () => {
  // As root PostgreSQL runs as `postgres`, which must pass through the folder (mkdtemp makes it 0700).
  const root = mkdtempSync(path.join(os.tmpdir(), 'samenspraak-pg-password-'));
  chmodSync(root, 0o755);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('should give each new data folder its own password, in a file only its owner reads', async () => {
    const passwords: string[] = [];
    for (const name of ['one', 'two']) {
      const dataDir = path.join(root, name);
      const port = await freePort();
      const db = await startEmbeddedPostgres({ dataDir, port, database: 'samenspraak' });
      try {
        const file = path.join(dataDir, PASSWORD_FILE);
        expect(statSync(file).mode & 0o777).toBe(0o600);
        const password = readFileSync(file, 'utf8').trim();
        passwords.push(password);
        expect(password).toMatch(/^[0-9a-f]{48}$/);
        // The app connects on the Unix socket in the data folder, which only PostgreSQL's user may enter.
        expect(db.url).toBe(`postgresql://samenspraak:${password}@${encodeURIComponent(dataDir)}:${port}/samenspraak`);
        expect(statSync(path.join(dataDir, `.s.PGSQL.${port}`)).isSocket()).toBe(true);
        expect(statSync(dataDir).mode & 0o077).toBe(0);
        const client = new Client({ connectionString: db.url });
        await client.connect();
        const { rows } = await client.query<{ socket: string | null }>('select inet_server_addr() as socket');
        await client.end();
        // No server address: the connection came over the socket, not TCP.
        expect(rows).toEqual([{ socket: null }]);
        expect(await signsIn(password, port)).toBe(true);
        expect(await signsIn(LEGACY_PASSWORD, port)).toBe(false);
      } finally {
        await db.stop();
      }
    }
    expect(passwords[0]).not.toBe(passwords[1]);
  });

  it('should carry on with a PostgreSQL that the previous version left running, on the socket it has', async () => {
    const dataDir = path.join(root, 'left-running');
    const port = await freePort();
    // The previous version's start: its own password, PostgreSQL's default socket folder; then the server was killed
    // and its PostgreSQL kept running.
    const first = await startEmbeddedPostgres({ dataDir, port, database: 'samenspraak' });
    await first.stop();
    const password = readFileSync(path.join(dataDir, PASSWORD_FILE), 'utf8').trim();
    const previous = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: 'samenspraak',
      password,
      persistent: true,
      createPostgresUser: isRoot,
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await previous.start();
    try {
      const db = await startEmbeddedPostgres({ dataDir, port, database: 'samenspraak' });
      expect(db.url).toBe(`postgresql://samenspraak:${password}@%2Ftmp:${port}/samenspraak`);
      const client = new Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query<{ socket: string | null }>('select inet_server_addr() as socket');
      await client.end();
      expect(rows).toEqual([{ socket: null }]);
    } finally {
      await previous.stop();
    }
  });

  it('should keep the data of a folder made with the published password, and give it its own password on the next start', async () => {
    const dataDir = path.join(root, 'made-by-the-previous-version');
    const port = await freePort();
    // What the previous version did: a fixed password for every data folder.
    const previous = new EmbeddedPostgres({
      databaseDir: dataDir,
      port,
      user: 'samenspraak',
      password: LEGACY_PASSWORD,
      persistent: true,
      createPostgresUser: isRoot,
      initdbFlags: ['--encoding=UTF8', '--no-sync'],
      postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await previous.initialise();
    await previous.start();
    const before = new Client({
      host: '127.0.0.1',
      port,
      user: 'samenspraak',
      password: LEGACY_PASSWORD,
      database: 'postgres',
    });
    await before.connect();
    await before.query('create database samenspraak');
    await before.end();
    const seed = new Client({
      host: '127.0.0.1',
      port,
      user: 'samenspraak',
      password: LEGACY_PASSWORD,
      database: 'samenspraak',
    });
    await seed.connect();
    await seed.query(`create table kept (word text); insert into kept values ('buurthuis')`);
    await seed.end();
    await previous.stop();

    for (let start = 0; start < 2; start++) {
      const db = await startEmbeddedPostgres({ dataDir, port, database: 'samenspraak' });
      try {
        const password = readFileSync(path.join(dataDir, PASSWORD_FILE), 'utf8').trim();
        expect(statSync(path.join(dataDir, PASSWORD_FILE)).mode & 0o777).toBe(0o600);
        expect(password).not.toBe(LEGACY_PASSWORD);
        expect(await signsIn(LEGACY_PASSWORD, port)).toBe(false);
        const client = new Client({ connectionString: db.url });
        await client.connect();
        const { rows } = await client.query<{ word: string }>('select word from kept');
        await client.end();
        expect(rows).toEqual([{ word: 'buurthuis' }]);
      } finally {
        await db.stop();
      }
    }
  });
});
