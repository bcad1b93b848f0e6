import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initOrm, migrate } from '../core/orm.js';
import { DEMO_ACCOUNTS, DEMO_IDS, DEMO_PASSWORD } from '../seeders/demo-ids.js';
import { createTestApp, type TestApp } from '../test-support/test-app.js';
import { loadRows, readFixture, tableNames, type DatabaseFixture } from '../test-support/upgrade/fixture.js';
import { migrations } from './index.js';

// A database made by the previous release, as people left it after using it (test-support/upgrade/fixtures, made
// by `upgrade:capture` on that release's commit). Today's migrations must take it over with every row kept.
const PREVIOUS_RELEASE = '2026-11';
const fixture = readFixture(PREVIOUS_RELEASE);

// The last migration of the version that kept translations of the municipality's answers and their follow-up in
// JSON columns of their own (municipality_response.translations, strategy_update.translations), beside
// text_translation. The test stops there, writes translations the way that version kept them, and goes on.
const LAST_WITH_JSON_TRANSLATIONS = 'Migration20261205213248';
const ANSWER_ID = 'de300000-0010-4000-8000-000000000001';
const ANSWER_SAVED_AT = '2026-12-01T08:15:00.000Z';
const UPDATE_SAVED_AT = '2026-12-02T09:30:00.000Z';

// What that version's database held: translations of the answer's reason (one into its own language, one empty, one
// that the translator's screen had written into text_translation too) and of the follow-up's first update.
async function writeJsonTranslations(db: Client): Promise<void> {
  await db.query(`update municipality_response set translations = $2, updated_at = $3 where id = $1`, [
    ANSWER_ID,
    {
      en: '  The city lights the main path and the entrance.  ',
      nl: 'Een vertaling in de eigen taal van het antwoord.',
      fr: '   ',
      ar: 'نص قديم في عمود JSON',
    },
    ANSWER_SAVED_AT,
  ]);
  await db.query(
    `insert into text_translation (id, created_at, updated_at, subject_id, field, project_id, session_id, language, text, origin)
     select gen_random_uuid(), now(), now(), m.id, 'RESPONSE_REASON', s.project_id, s.id, 'ar', 'ترجمة المترجم', 'PERSON'
       from municipality_response m join strategy g on g.id = m.strategy_id join session s on s.id = g.session_id
      where m.id = $1`,
    [ANSWER_ID],
  );
  const { rowCount } = await db.query(
    `update strategy_update u set translations = $2, updated_at = $3
       from municipality_response m where m.id = $1 and u.strategy_id = m.strategy_id`,
    [
      ANSWER_ID,
      { en: 'Work on the lights starts in March 2027.', tr: 'Aydınlatma çalışmaları Mart 2027’de başlıyor.' },
      UPDATE_SAVED_AT,
    ],
  );
  if (rowCount !== 1) throw new Error(`expected the answer's one follow-up update, found ${rowCount}`);
}

// Columns whose values a later migration changes on purpose, as `table.column`, each with the reason. A column that
// is not listed must keep every value it had.
const TRANSFORMED: Record<string, string> = {
  'account.failed_sign_ins':
    'dropped by Migration20261205163534: a hard lock per account let anyone lock the owner out; failed sign-ins now slow down per address and per email and address, in memory',
  'account.locked_until': 'dropped by Migration20261205163534, with account.failed_sign_ins',
  'challenge.translations':
    "moved to text_translation (one row per language, a person's translation) by Migration20261205185116; checked below",
  'idea.translations':
    "moved to text_translation (one row per language, a person's translation) by Migration20261205185116; checked below",
  'municipality_response.updated_at':
    'set by this test to when the previous version saved the translations it writes (writeJsonTranslations)',
  'municipality_response.follow_up':
    'Migration20261205182505: the follow-up text became the first update of its strategy’s timeline (strategy_update), dated when it was last written; the test below finds each one there',
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

type Kept = { problems: string[]; checkedRows: number };

// Compares the upgraded database with the fixture, right after the migrations and before the app runs (which
// changes live state such as rate-limit counters): every old row is still there with every old value.
async function compareWithFixture(
  db: Client,
  release: DatabaseFixture,
  transformed: Record<string, string>,
): Promise<Kept> {
  const keys = await primaryKeys(db);
  const tables = new Set(await tableNames(db));
  const problems: string[] = [];
  let checkedRows = 0;
  for (const [table, rows] of Object.entries(release.tables)) {
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
        if (`${table}.${column}` in transformed) continue;
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

// The database a release made (its migrations, then its rows), then what `between` does on top of it as a later
// version did (it returns the migrations it applied), then what `npm start` does on the new version; and how the
// release's rows came through.
async function upgradeFrom(
  url: string,
  release: DatabaseFixture,
  transformed: Record<string, string>,
  between?: (orm: Awaited<ReturnType<typeof initOrm>>, db: Client) => Promise<string[]>,
): Promise<{ applied: string[]; kept: Kept }> {
  const orm = await initOrm({ url });
  try {
    // The schema exactly as the release made it (migrations are never edited).
    await orm.migrator.up({ to: release.migrations.at(-1) });
    const db = new Client({ connectionString: url });
    await db.connect();
    try {
      await loadRows(db, release);
      const earlier = between ? await between(orm, db) : [];
      const applied = [...earlier, ...(await migrate(orm))];
      return { applied, kept: await compareWithFixture(db, release, transformed) };
    } finally {
      await db.end();
    }
  } finally {
    await orm.close(true);
  }
}

describe('upgrading a database made by the previous release', () => {
  let app: TestApp;
  let db: Client;
  let applied: string[] = [];
  let kept: Kept = { problems: ['not compared'], checkedRows: 0 };

  beforeAll(async () => {
    app = await createTestApp({
      buildDatabase: async (url) => {
        ({ applied, kept } = await upgradeFrom(url, fixture, TRANSFORMED, async (orm, previous) => {
          // The version that kept translations of answers in their own columns, and what it held.
          const before = await orm.migrator.up({ to: LAST_WITH_JSON_TRANSLATIONS });
          await writeJsonTranslations(previous);
          return before.map((m) => m.name);
        }));
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
      `select field || ' ' || subject_id || ' ' || language || ' ' || text as line, origin from text_translation
        where field in ('CHALLENGE_TEXT', 'IDEA_TEXT')`,
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

  it('should turn every follow-up text of the previous release into the first update of its strategy when it has upgraded', async () => {
    const old = (fixture.tables.municipality_response ?? []).filter((row) => String(row.follow_up ?? '').trim());
    expect(old.length).toBeGreaterThan(0);
    for (const response of old) {
      const { rows } = await db.query<{ status: string; text: string; at: Date; action_id: string | null }>(
        'select status, text, at, action_id from strategy_update where strategy_id = $1',
        [response.strategy_id],
      );
      expect(rows).toEqual([
        {
          status: 'PLANNED',
          text: String(response.follow_up).trim(),
          at: new Date(String(response.updated_at)),
          action_id: null,
        },
      ]);
    }
    // And through the API, as the reviewer reads the answered strategy now.
    const reviewer = app.client();
    await reviewer.signIn(DEMO_ACCOUNTS.find((account) => account.role === 'REVIEWER')!.email, DEMO_PASSWORD);
    const data = await reviewer.ok<{
      strategy: {
        response: { decision: string; decidedAt: string | null };
        updates: { status: string; text: string }[];
      };
    }>('query ($id: ID!) { strategy(id: $id) { response { decision decidedAt } updates { status text } } }', {
      id: old[0]!.strategy_id,
    });
    expect(data.strategy.updates).toEqual([{ status: 'PLANNED', text: String(old[0]!.follow_up).trim() }]);
    // Answered "partly adopted" in the previous release: a decision from the moment it was given.
    expect(data.strategy.response).toEqual({
      decision: 'PARTLY_ADOPTED',
      decidedAt: new Date(String(old[0]!.responded_at)).toISOString(),
    });
  });

  it('should move the translations of an answer and its follow-up into the one store when it upgrades from the version that kept them in their own columns', async () => {
    const { rows } = await db.query<{
      field: string;
      language: string;
      text: string;
      origin: string;
      translator_id: string | null;
      updated_at: Date;
    }>(
      `select x.field, x.language, x.text, x.origin, x.translator_id, x.updated_at from text_translation x
        where x.field in ('RESPONSE_REASON', 'STRATEGY_UPDATE_TEXT') order by x.field, x.language`,
    );
    expect(rows).toEqual([
      // The translator's Arabic stays; the Dutch one (the reason's own language) and the empty French are left behind.
      expect.objectContaining({ field: 'RESPONSE_REASON', language: 'ar', text: 'ترجمة المترجم', origin: 'PERSON' }),
      {
        field: 'RESPONSE_REASON',
        language: 'en',
        text: 'The city lights the main path and the entrance.',
        origin: 'PERSON',
        translator_id: null,
        updated_at: new Date(ANSWER_SAVED_AT),
      },
      {
        field: 'STRATEGY_UPDATE_TEXT',
        language: 'en',
        text: 'Work on the lights starts in March 2027.',
        origin: 'PERSON',
        translator_id: null,
        updated_at: new Date(UPDATE_SAVED_AT),
      },
      {
        field: 'STRATEGY_UPDATE_TEXT',
        language: 'tr',
        text: 'Aydınlatma çalışmaları Mart 2027’de başlıyor.',
        origin: 'PERSON',
        translator_id: null,
        updated_at: new Date(UPDATE_SAVED_AT),
      },
    ]);
    const { rows: columns } = await db.query<{ table_name: string }>(
      `select table_name from information_schema.columns
        where column_name = 'translations' and table_name in ('municipality_response', 'strategy_update')`,
    );
    expect(columns).toEqual([]);

    // Readable through the translation module: the reviewer's screen, the public page and an English reader.
    const reviewer = app.client();
    await reviewer.signIn(DEMO_ACCOUNTS.find((account) => account.role === 'REVIEWER')!.email, DEMO_PASSWORD);
    const strategyId = fixture.tables.municipality_response!.find((row) => row.id === ANSWER_ID)!.strategy_id;
    const data = await reviewer.ok<{
      strategy: {
        response: {
          translations: { language: string; text: string }[];
          translatedReason: { forReader: { text: string; isOriginal: boolean } };
        };
        updates: { translations: { language: string }[]; translatedText: { forReader: { text: string } } }[];
      };
    }>(
      `query ($id: ID!) { strategy(id: $id) {
        response { translations { language text } translatedReason { forReader(language: "en") { text isOriginal } } }
        updates { translations { language } translatedText { forReader(language: "tr") { text } } }
      } }`,
      { id: strategyId },
    );
    expect(data.strategy.response.translations).toEqual([
      { language: 'ar', text: 'ترجمة المترجم' },
      { language: 'en', text: 'The city lights the main path and the entrance.' },
    ]);
    expect(data.strategy.response.translatedReason.forReader).toEqual({
      text: 'The city lights the main path and the entrance.',
      isOriginal: false,
    });
    expect(data.strategy.updates).toEqual([
      {
        translations: [{ language: 'en' }, { language: 'tr' }],
        translatedText: { forReader: { text: 'Aydınlatma çalışmaları Mart 2027’de başlıyor.' } },
      },
    ]);
  });
});

// The release of 6 December 2026 (the method library, calls between sessions and carried boards came after it): its
// database, as people used it, upgrades with every row kept, and its board reads as it did.
const DECEMBER_RELEASE = readFixture('2026-12');
// Its columns that a later migration changes on purpose (none so far).
const TRANSFORMED_SINCE_DECEMBER: Record<string, string> = {};

describe('upgrading a database made by the release of December 2026', () => {
  let app: TestApp;
  let applied: string[] = [];
  let kept: Kept = { problems: ['not compared'], checkedRows: 0 };

  beforeAll(async () => {
    app = await createTestApp({
      buildDatabase: async (url) => {
        ({ applied, kept } = await upgradeFrom(url, DECEMBER_RELEASE, TRANSFORMED_SINCE_DECEMBER));
      },
    });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('should apply every migration that came after that release and keep every row and value when it starts', () => {
    const newer = migrations.map((m) => m.name).filter((name) => !DECEMBER_RELEASE.migrations.includes(name));
    expect(newer.length).toBeGreaterThan(0);
    expect(applied).toEqual(newer);
    expect(kept.problems).toEqual([]);
    expect(kept.checkedRows).toBe(Object.values(DECEMBER_RELEASE.tables).reduce((n, rows) => n + rows.length, 0));
  });

  it('should show the old board, with the challenge a phone wrote before the upgrade, as every screen asks for it now', async () => {
    const facilitator = app.client();
    const email = DEMO_ACCOUNTS.find((account) => account.role === 'FACILITATOR')!.email;
    await facilitator.signIn(email, DEMO_PASSWORD);
    const data = await facilitator.ok<{
      session: {
        title: string;
        themes: { title: string }[];
        challenges: { totalCount: number; edges: { node: { text: string; origin: { sessionId: string } } }[] };
      };
    }>(
      `query ($id: ID!) { session(id: $id) { title themes(includeCarried: true) { title }
         challenges(first: 200, includeCarried: true) { totalCount edges { node { text origin { sessionId } } } } } }`,
      { id: DEMO_IDS.sessions.live },
    );
    const old = DECEMBER_RELEASE.tables.session?.find((row) => row.id === DEMO_IDS.sessions.live);
    expect(data.session.title).toBe(old?.title);
    const oldChallenges = (DECEMBER_RELEASE.tables.challenge ?? []).filter(
      (row) => row.session_id === DEMO_IDS.sessions.live && row.status === 'VISIBLE',
    );
    expect(data.session.challenges.totalCount).toBe(oldChallenges.length);
    expect(data.session.challenges.edges.map((edge) => edge.node.text)).toContain('لا توجد مقاعد في محطة الحافلات');
    // Made before there were trajectories: every challenge is the session's own.
    expect(new Set(data.session.challenges.edges.map((edge) => edge.node.origin.sessionId))).toEqual(
      new Set([DEMO_IDS.sessions.live]),
    );
  });
});
