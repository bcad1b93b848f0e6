import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm, migrate } from '../core/orm.js';
import { DEMO_ACCOUNTS, DEMO_IDS, DEMO_PASSWORD } from '../seeders/demo-ids.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { loadRows, readFixture, tableNames } from '../test-support/upgrade/fixture.js';
import { migrations } from './index.js';

// A database made by the previous release, as people left it after using it (test-support/upgrade/fixtures, made
// by `upgrade:capture` on that release's commit). Today's migrations must take it over with every row kept.
const PREVIOUS_RELEASE = '2026-11';
const fixture = readFixture(PREVIOUS_RELEASE);

// Columns whose values a later migration changes on purpose, as `table.column`, each with the reason. A column that
// is not listed must keep every value it had.
const TRANSFORMED: Record<string, string> = {
  'challenge.translations':
    "moved to text_translation (one row per language, a person's translation) by Migration20261205185116; checked below",
  'idea.translations':
    "moved to text_translation (one row per language, a person's translation) by Migration20261205185116; checked below",
};

// The columns that identify a row of a table: its primary key.
async function primaryKeys(db: Client): Promise<Map<string, string[]>> {
  const { rows } = await db.query<{ table: string; column: string }>(
    `select tc.table_name as table, kcu.column_name as column
       from information_schema.table_constraints tc
       join information_schema.key_column_usage kcu
         on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
      where tc.constraint_type = 'PRIMARY KEY' and tc.table_schema = 'public'
      order by kcu.ordinal_position`,
  );
  const keys = new Map<string, string[]>();
  for (const row of rows) keys.set(row.table, [...(keys.get(row.table) ?? []), row.column]);
  return keys;
}

// Compares the upgraded database with the fixture, right after the migrations and before the app runs (which
// changes live state such as rate-limit counters): every old row is still there with every old value.
async function compareWithFixture(db: Client): Promise<{ problems: string[]; checkedRows: number }> {
  const keys = await primaryKeys(db);
  const tables = new Set(await tableNames(db));
  const problems: string[] = [];
  let checkedRows = 0;
  for (const [table, rows] of Object.entries(fixture.tables)) {
    if (!tables.has(table)) {
      problems.push(`table ${table} is gone`);
      continue;
    }
    const key = keys.get(table);
    if (!key?.length) {
      problems.push(`table ${table} has no primary key to find its rows by`);
      continue;
    }
    const { rows: now } = await db.query<{ key: string; row: Record<string, unknown> }>(
      `select json_build_array(${key.map((c) => `t."${c}"`).join(', ')})::text as key, to_json(t) as row from "${table}" t`,
    );
    const byKey = new Map(now.map((r) => [r.key, r.row]));
    for (const old of rows) {
      const id = JSON.stringify(key.map((c) => old[c])).replaceAll(',', ', ');
      const current = byKey.get(id);
      if (!current) {
        problems.push(`${table} ${id} is gone`);
        continue;
      }
      checkedRows++;
      for (const [column, value] of Object.entries(old)) {
        if (`${table}.${column}` in TRANSFORMED) continue;
        if (!(column in current)) {
          problems.push(`${table}.${column} is gone (list it in TRANSFORMED, with where its values went)`);
          continue;
        }
        if (JSON.stringify(current[column]) !== JSON.stringify(value))
          problems.push(`${table} ${id} ${column}: ${JSON.stringify(value)} became ${JSON.stringify(current[column])}`);
      }
    }
  }
  return { problems, checkedRows };
}

describe('upgrading a database made by the previous release', () => {
  let app: TestApp;
  let db: Client;
  let applied: string[] = [];
  let kept: { problems: string[]; checkedRows: number } = { problems: ['not compared'], checkedRows: 0 };

  beforeAll(async () => {
    app = await createTestApp({
      buildDatabase: async (url) => {
        const orm = await initOrm({ url });
        try {
          // The schema exactly as the previous release made it (migrations are never edited), then its rows.
          await orm.migrator.up({ to: fixture.migrations.at(-1) });
          const client = new Client({ connectionString: url });
          await client.connect();
          try {
            await loadRows(client, fixture);
          } finally {
            await client.end();
          }
          // What `npm start` does on the new version.
          applied = await migrate(orm);
          const after = new Client({ connectionString: url });
          await after.connect();
          try {
            kept = await compareWithFixture(after);
          } finally {
            await after.end();
          }
        } finally {
          await orm.close(true);
        }
      },
    });
    db = new Client({ connectionString: app.orm.config.get('clientUrl') });
    await db.connect();
  });

  afterAll(async () => {
    await db?.end();
    await app?.close();
  });

  it('should apply every migration that came after the previous release when the new version starts', async () => {
    const newer = migrations.map((m) => m.name).filter((name) => !fixture.migrations.includes(name));
    expect(applied).toEqual(newer);
    const { rows } = await db.query<{ name: string }>('select name from mikro_orm_migrations order by id');
    expect(rows.map((row) => row.name)).toEqual(migrations.map((m) => m.name));
  });

  it('should keep every row and every value of the previous release when it has upgraded', () => {
    expect(kept.problems).toEqual([]);
    expect(kept.checkedRows).toBe(Object.values(fixture.tables).reduce((n, rows) => n + rows.length, 0));
  });

  it("should keep every translation of a contribution as a person's translation when they move to their own table", async () => {
    const expected = (['challenge', 'idea'] as const).flatMap((table) =>
      (fixture.tables[table] ?? []).flatMap((row) =>
        Object.entries((row.translations ?? {}) as Record<string, string>)
          .filter(([, text]) => text.trim())
          .map(
            ([language, text]) =>
              `${table === 'challenge' ? 'CHALLENGE_TEXT' : 'IDEA_TEXT'} ${String(row.id)} ${language} ${text.trim()}`,
          ),
      ),
    );
    expect(expected.length).toBeGreaterThan(10);
    const { rows } = await db.query<{ line: string; origin: string }>(
      `select field || ' ' || subject_id || ' ' || language || ' ' || text as line, origin from text_translation`,
    );
    expect(rows.map((row) => row.line).toSorted()).toEqual(expected.toSorted());
    expect(new Set(rows.map((row) => row.origin))).toEqual(new Set(['PERSON']));
  });

  it('should let the demo facilitator sign in with the old password and read the old board when it has upgraded', async () => {
    const facilitator = app.client();
    const email = DEMO_ACCOUNTS.find((account) => account.role === 'FACILITATOR')!.email;
    await facilitator.signIn(email, DEMO_PASSWORD);
    const data = await facilitator.ok<{
      session: { title: string; challenges: { totalCount: number; edges: { node: { text: string } }[] } };
    }>(
      `query ($id: ID!) { session(id: $id) { title challenges(first: 200) { totalCount edges { node { text } } } } }`,
      { id: DEMO_IDS.sessions.live },
    );
    const old = fixture.tables.session?.find((row) => row.id === DEMO_IDS.sessions.live);
    expect(data.session.title).toBe(old?.title);
    // The challenge a participant wrote on their phone before the upgrade is still on the board.
    expect(data.session.challenges.edges.map((edge) => edge.node.text)).toContain('لا توجد مقاعد في محطة الحافلات');
  });
});
