// A database as a released version left it: the migrations it had run and every row of every table, in
// PostgreSQL's own JSON rendering so that loading it back gives the same values. The upgrade test loads a
// fixture of the previous release and runs today's migrations over it (see migrations/upgrade.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Client } from 'pg';

export interface DatabaseFixture {
  // The release it was made from: a name and the commit.
  release: string;
  commit: string;
  // The migrations that release had run, in order.
  migrations: string[];
  // Every table's rows (the migration bookkeeping excepted), by table name.
  tables: Record<string, Record<string, unknown>[]>;
}

export const fixturesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
export const MIGRATIONS_TABLE = 'mikro_orm_migrations';

export const fixturePath = (release: string): string => path.join(fixturesDir, `${release}.json.gz`);

export function readFixture(release: string): DatabaseFixture {
  return JSON.parse(gunzipSync(readFileSync(fixturePath(release))).toString('utf8')) as DatabaseFixture;
}

export function writeFixture(fixture: DatabaseFixture): string {
  const file = fixturePath(fixture.release);
  writeFileSync(file, gzipSync(JSON.stringify(fixture, null, 1), { level: 9 }));
  return file;
}

export async function tableNames(db: Client): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `select table_name as name from information_schema.tables
      where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> $1
      order by table_name`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((row) => row.name);
}

export async function captureDatabase(db: Client, release: string, commit: string): Promise<DatabaseFixture> {
  const migrations = await db.query<{ name: string }>(`select name from ${MIGRATIONS_TABLE} order by id`);
  const tables: DatabaseFixture['tables'] = {};
  for (const name of await tableNames(db)) {
    // Ordered by every column, so that capturing the same data twice writes the same file.
    const { rows } = await db.query<{ rows: Record<string, unknown>[] | null }>(
      `select json_agg(t order by t::text) as rows from "${name}" t`,
    );
    tables[name] = rows[0]?.rows ?? [];
  }
  return { release, commit, migrations: migrations.rows.map((row) => row.name), tables };
}

const unquote = (name: string) => name.replace(/^"|"$/g, '');

// Tables in an order in which every foreign key points at a table loaded before (a table may point at itself).
async function loadOrder(db: Client, names: readonly string[]): Promise<string[]> {
  const { rows } = await db.query<{ child: string; parent: string }>(
    `select c.conrelid::regclass::text as child, c.confrelid::regclass::text as parent
       from pg_constraint c where c.contype = 'f' and c.connamespace = 'public'::regnamespace`,
  );
  const parents = new Map(names.map((name) => [name, new Set<string>()]));
  for (const row of rows) {
    const child = unquote(row.child);
    const parent = unquote(row.parent);
    if (child !== parent) parents.get(child)?.add(parent);
  }
  const ordered: string[] = [];
  const visit = (name: string, trail: Set<string>) => {
    if (ordered.includes(name)) return;
    if (trail.has(name)) throw new Error(`Foreign keys form a cycle through ${name}.`);
    trail.add(name);
    for (const parent of parents.get(name) ?? []) if (parents.has(parent)) visit(parent, trail);
    trail.delete(name);
    ordered.push(name);
  };
  for (const name of names) visit(name, new Set());
  return ordered;
}

// Loads the rows into a database whose schema the fixture's migrations have just made.
export async function loadRows(db: Client, fixture: DatabaseFixture): Promise<void> {
  await db.query('begin');
  try {
    for (const name of await loadOrder(db, Object.keys(fixture.tables))) {
      const rows = fixture.tables[name] ?? [];
      if (rows.length)
        await db.query(`insert into "${name}" select * from json_populate_recordset(null::"${name}", $1::json)`, [
          JSON.stringify(rows),
        ]);
    }
    await db.query('commit');
  } catch (error) {
    await db.query('rollback');
    throw error;
  }
}
