// Benchmark of the evaluator's indicators at the scale of a whole funding programme: 100 projects, 20,000
// participants, 1,000,000 contributions (challenges and ideas) and 1,000,000 votes, attendance, questionnaire answers
// and strategies, generated inside PostgreSQL with generate_series, and the releases of their figures generated there
// too (the audit of each release runs once, in the background, when a session closes; it is not what an evaluator
// waits for). Then every indicator query runs through the API as the demo evaluator, linked to all 100 projects.
//
//   pnpm bench:indicators [--runs 7] [--keep <dir>]
//
// Starts its own embedded PostgreSQL and server (loopback only) and stops them. With --keep, the database lives in
// <dir> and stays there: the first run generates it, later runs find it there and only time the queries (delete the
// folder to generate again). Prints `name: value` lines:
// rows (rows generated), generate_s, baseline_ms (a signed-in request that reads no indicator, timed the same way), then
// one line per query with its median time in ms over the runs, and slowest_indicator_ms.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../server/src/seeders/demo-ids.js';
import { serverEntry } from '../support/paths.js';
import { freePort } from '../support/stack.js';

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '7' }, keep: { type: 'string' } },
});
const RUNS = Math.max(1, Number(args.runs));
const WATCHDOG_MS = 45 * 60_000;
const watchdog = setTimeout(() => {
  console.error('The benchmark ran out of time.');
  process.exit(3);
}, WATCHDOG_MS);
watchdog.unref();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const evaluator = DEMO_ACCOUNTS.find((a) => a.role === 'EVALUATOR');
if (!evaluator) throw new Error('The demo data has no evaluator.');

// A small stable pseudo-random number in [0, 1) from a text, so that the data is the same on every run.
const H = (expr: string) => `((abs(hashtext(${expr})) % 100000) / 100000.0)`;

const GENERATE: [string, string][] = [
  ['projects', `create table bench_project as select n, gen_random_uuid() as id from generate_series(1, 100) n`],
  [
    'projects',
    `insert into project (id, created_at, updated_at, title, description, goals, promoter_id, grant_euros, starts_on, ends_on)
     select id, now(), now(), 'Benchproject ' || lpad(n::text, 3, '0'), '', '{}',
            (select id from organisation where kind = 'MUNICIPALITY' order by name limit 1), 150000, '2026-01-01', '2026-12-31'
       from bench_project`,
  ],
  [
    'sessions',
    `create table bench_session as
     select p.n as pn, p.id as project_id, s as sn, gen_random_uuid() as id from bench_project p, generate_series(1, 10) s`,
  ],
  [
    'sessions',
    `insert into session (id, created_at, updated_at, project_id, title, starts_at, duration_minutes, location, languages, capacity, status)
     select id, now(), now(), project_id, 'Sessie ' || sn, timestamptz '2026-01-10 18:00+00' + sn * interval '21 days', 120,
            'Buurthuis', '{nl}', 300, 'CLOSED' from bench_session`,
  ],
  [
    'participants',
    `create table bench_participant as
     select p.n as pn, p.id as project_id, i as idx, gen_random_uuid() as id,
            case when ${H(`p.n || ':' || i`)} < 0.45 then 'THIRD_COUNTRY_NATIONAL'
                 when ${H(`p.n || ':' || i`)} < 0.85 then 'HOST_COMMUNITY'
                 when ${H(`p.n || ':' || i`)} < 0.95 then 'EU_CITIZEN' else 'PREFERS_NOT_TO_SAY' end as background
       from bench_project p, generate_series(1, 200) i`,
  ],
  ['participants', 'create index on bench_participant (project_id, idx)'],
  [
    'participants',
    `insert into participant (id, created_at, updated_at, project_id, pseudonym, background, languages, age_band)
     select id, now(), now(), project_id, 'Deelnemer ' || idx, background, '{nl}',
            (array['FROM_18_TO_29', 'FROM_30_TO_44', 'FROM_45_TO_64', 'FROM_65'])[1 + (idx % 4)] from bench_participant`,
  ],
  [
    'consents',
    `insert into consent (id, created_at, updated_at, participant_id, purpose, text_version, method, given_at)
     select gen_random_uuid(), now(), now(), id, purpose, '2026-01', 'ON_SCREEN', now()
       from bench_participant, unnest(array['PARTICIPATION', 'RESEARCH']) purpose
      where purpose = 'PARTICIPATION' or ${H(`id::text`)} < 0.8`,
  ],
  [
    'attendance',
    `insert into attendance (id, created_at, updated_at, session_id, participant_id, checked_in_at)
     select gen_random_uuid(), now(), now(), s.id, p.id, now()
       from bench_participant p join bench_session s on s.project_id = p.project_id
      where ${H(`p.id::text || s.sn`)} < 0.4`,
  ],
  [
    'challenges',
    `create table bench_challenge as
     select s.id as session_id, s.project_id, s.pn, c as cn, gen_random_uuid() as id, 1 + (abs(hashtext(s.id::text || c)) % 200) as author
       from bench_session s, generate_series(1, 600) c`,
  ],
  ['challenges', 'create index on bench_challenge (session_id, cn)'],
  [
    'challenges',
    `insert into challenge (id, created_at, updated_at, session_id, author_id, text, language)
     select c.id, now(), now(), c.session_id, p.id, 'Uitdaging ' || c.cn || ' van sessie ' || c.session_id, 'nl'
       from bench_challenge c join bench_participant p on p.project_id = c.project_id and p.idx = c.author`,
  ],
  [
    'ideas',
    `insert into idea (id, created_at, updated_at, challenge_id, author_id, text, language)
     select gen_random_uuid(), now(), now(), c.id, p.id, 'Idee ' || i, 'nl'
       from bench_session s cross join generate_series(1, 400) i
       join bench_challenge c on c.session_id = s.id and c.cn = 1 + (i * 7 % 600)
       join bench_participant p on p.project_id = s.project_id and p.idx = 1 + (abs(hashtext(s.id::text || 'i' || i)) % 200)`,
  ],
  [
    'votes',
    `insert into voting_round (id, created_at, updated_at, session_id, title, target, dots_per_participant, status)
     select id, now(), now(), id, 'Stemronde', 'CHALLENGES', 5, 'CLOSED' from bench_session`,
  ],
  [
    'votes',
    `insert into vote (id, created_at, updated_at, round_id, participant_id, challenge_id, dots)
     select gen_random_uuid(), now(), now(), s.id, p.id, c.id, 1 + (v % 3)
       from bench_session s cross join generate_series(1, 1000) v
       join bench_participant p on p.project_id = s.project_id and p.idx = 1 + (abs(hashtext(s.id::text || 'v' || v)) % 200)
       join bench_challenge c on c.session_id = s.id
        and c.cn = 1 + floor(600 * power(${H(`s.id::text || 'c' || v`)}, 3))::int`,
  ],
  [
    'answers',
    `insert into questionnaire_answer (id, created_at, updated_at, project_id, participant_id, session_id, wave, item_code, value)
     select gen_random_uuid(), now(), now(), p.project_id, p.id, s.id, w.wave, i.code,
            least(5, 1 + (abs(hashtext(p.id::text || i.code)) % 4) + case when w.wave = 'POST' and ${H(`p.id::text || i.code || 'up'`)} < 0.4 then 1 else 0 end)
       from bench_participant p
       join consent c on c.participant_id = p.id and c.purpose = 'RESEARCH'
       cross join (values ('PRE', 1), ('POST', 10)) as w(wave, sn)
       join bench_session s on s.project_id = p.project_id and s.sn = w.sn
       cross join unnest(array['SE1','SE2','SE3','TR1','TR2','TR3','KN1','KN2','KN3','PL1','PL2','PL3','PA1','PA2','PA3']) as i(code)`,
  ],
  [
    'answers',
    `insert into questionnaire_answer (id, created_at, updated_at, project_id, participant_id, session_id, wave, item_code, value)
     select gen_random_uuid(), now(), now(), s.project_id, a.participant_id, a.session_id, 'SESSION_END', i.code,
            2 + (abs(hashtext(a.id::text || i.code)) % 4)
       from attendance a join bench_session s on s.id = a.session_id
       join consent c on c.participant_id = a.participant_id and c.purpose = 'RESEARCH'
       cross join unnest(array['EV1','EV2','EV3','EV4']) as i(code)
      where ${H(`a.id::text`)} < 0.6`,
  ],
  [
    'strategies',
    `insert into strategy (id, created_at, updated_at, session_id, title, description, status, submitted_at)
     select gen_random_uuid(), now(), now(), s.id, 'Plan ' || k, '', case when k < 5 then 'ANSWERED' else 'SUBMITTED' end, now()
       from bench_session s, generate_series(1, 5) k`,
  ],
  [
    'strategies',
    `insert into municipality_response (id, created_at, updated_at, strategy_id, decision, reason, responded_at)
     select gen_random_uuid(), now(), now(), st.id,
            (array['ADOPTED', 'PARTLY_ADOPTED', 'UNDER_STUDY', 'DECLINED'])[1 + (abs(hashtext(st.id::text)) % 4)], 'Omdat.', now()
       from strategy st join bench_session s on s.id = st.session_id where st.status = 'ANSWERED'`,
  ],
];

// The releases of every figure, as the background releaser would have stored them: the same tables, with the rule's
// primary suppression (fewer than k people behind a cell) applied in SQL; the audit's extra hiding is left out.
const RELEASES: [string, string][] = [
  // Statistics of the generated tables first: planned without them (autovacuum may not have come by yet), the paired
  // change below joined its scores in a nested loop and ran for more than twenty minutes instead of seconds.
  ['releases', 'analyze'],
  [
    'releases',
    `create table bench_release_row (scope text, project_id uuid, tname text, grp text, person uuid, weight int)`,
  ],
  [
    'releases',
    `insert into bench_release_row
     select 'session:' || a.session_id, s.project_id, 'attendance', p.background, a.participant_id, 1
       from attendance a join bench_session s on s.id = a.session_id join bench_participant p on p.id = a.participant_id
     union all
     select 'session:' || c.session_id, c.project_id, 'challenges', p.background, p.id, count(*)::int
       from bench_challenge c join bench_participant p on p.project_id = c.project_id and p.idx = c.author
      group by 1, 2, 3, 4, 5
     union all
     select 'session:' || r.session_id, s.project_id, 'dots', p.background, p.id, sum(v.dots)::int
       from vote v join voting_round r on r.id = v.round_id join bench_session s on s.id = r.session_id
       join bench_participant p on p.id = v.participant_id group by 1, 2, 3, 4, 5
     union all
     select 'session-evaluation:' || a.session_id, a.project_id, 'evaluation:' || a.item_code,
            case when a.value >= 4 then 'AGREE' else 'NOT_AGREE' end, a.participant_id, 1
       from questionnaire_answer a where a.wave = 'SESSION_END' and a.project_id in (select id from bench_project)`,
  ],
  [
    'releases',
    `insert into bench_release_row
     with per_person as (
       select p.project_id, p.id, p.background, count(*) as sessions, count(*) * 120 as minutes
         from attendance a join bench_participant p on p.id = a.participant_id group by 1, 2, 3)
     select 'project-step:' || project_id || ':1:participation', project_id, t.name, background, id, t.weight
       from per_person, lateral (values ('people', 1), ('minutes', minutes::int), ('returning', case when sessions > 1 then 1 else 0 end)) t(name, weight)
      where t.weight > 0
     union all
     select 'project-step:' || project_id || ':1:' || part, project_id, 'people', background, id, 1
       from per_person, unnest(array['contributions', 'priorities', 'competence']) part
     union all
     select 'project-step:' || c.project_id || ':1:contributions', c.project_id, 'challenges', p.background, p.id, count(*)::int
       from bench_challenge c join bench_participant p on p.project_id = c.project_id and p.idx = c.author group by 1, 2, 3, 4, 5
     union all
     select 'project-step:' || s.project_id || ':1:' || part, s.project_id, 'dots', p.background, p.id, sum(v.dots)::int
       from vote v join voting_round r on r.id = v.round_id join bench_session s on s.id = r.session_id
       join bench_participant p on p.id = v.participant_id, unnest(array['contributions', 'priorities']) part
      group by 1, 2, 3, 4, 5`,
  ],
  [
    'releases',
    `insert into bench_release_row
     with given as (
       select s.project_id, v.challenge_id as item, p.background, p.id, sum(v.dots)::int as n
         from vote v join voting_round r on r.id = v.round_id join bench_session s on s.id = r.session_id
         join bench_participant p on p.id = v.participant_id group by 1, 2, 3, 4),
     ranked as (select project_id, item, row_number() over (partition by project_id order by sum(n) desc, item) as place
                  from given group by project_id, item)
     select 'project-step:' || g.project_id || ':1:priorities', g.project_id, 'item:' || g.item, g.background, g.id, g.n
       from given g join ranked r using (project_id, item) where r.place <= 10`,
  ],
  [
    'releases',
    `create table bench_change as
     with items(code, dimension) as (values ('SE1','SELF_EFFICACY'),('SE2','SELF_EFFICACY'),('SE3','SELF_EFFICACY'),
       ('TR1','TRUST'),('TR2','TRUST'),('TR3','TRUST'),('KN1','KNOWLEDGE'),('KN2','KNOWLEDGE'),('KN3','KNOWLEDGE'),
       ('PL1','PLURALISM'),('PL2','PLURALISM'),('PL3','PLURALISM'),('PA1','PARTICIPATION'),('PA2','PARTICIPATION'),('PA3','PARTICIPATION')),
     scores as (select a.participant_id, i.dimension, a.wave, avg(a.value)::float8 as score
                  from questionnaire_answer a join items i on i.code = a.item_code
                 where a.wave in ('PRE', 'POST') and a.project_id in (select id from bench_project)
                 group by 1, 2, 3)
     select p.project_id, p.id, p.background, pre.dimension, post.score - pre.score as change
       from scores pre join scores post on post.participant_id = pre.participant_id and post.dimension = pre.dimension and post.wave = 'POST'
       join bench_participant p on p.id = pre.participant_id where pre.wave = 'PRE'`,
  ],
  [
    'releases',
    `insert into bench_release_row
     select 'project-step:' || project_id || ':1:competence', project_id, 'paired:' || dimension, background, id, 1 from bench_change`,
  ],
  [
    'releases',
    `insert into disclosure_release (id, created_at, scope, project_ids, threshold, tables, statistics)
     select gen_random_uuid(), now(), scope, array[project_id::text], 5, jsonb_object_agg(tname, tbl), '{}'
       from (select scope, project_id, tname,
                    jsonb_build_object('total', sum(value), 'cells',
                      jsonb_agg(jsonb_build_object('group', grp, 'value', case when people >= 5 then value end) order by grp)) as tbl
               from (select scope, project_id, tname, grp, sum(weight) as value, count(distinct person) as people
                       from bench_release_row group by 1, 2, 3, 4) cells
              group by scope, project_id, tname) t
      group by scope, project_id`,
  ],
  [
    'releases',
    `update disclosure_release r set statistics = s.statistics
       from (select project_id, jsonb_object_agg('change:' || dimension, cells) as statistics
               from (select project_id, dimension, jsonb_agg(jsonb_build_object('group', grp, 'n', n, 'mean', mean, 'sd', sd)) as cells
                       from (select project_id, dimension, coalesce(background, 'ALL') as grp, count(*) as n,
                                    avg(change) as mean, stddev_samp(change) as sd
                               from bench_change group by grouping sets ((project_id, dimension, background), (project_id, dimension))) g
                      group by project_id, dimension) d
              group by project_id) s
      where r.scope = 'project-step:' || s.project_id || ':1:competence'`,
  ],
  [
    'releases',
    `insert into indicator_step (id, project_id, number, taken_at, session_ids, final)
     select gen_random_uuid(), p.id, 1, now(), array_agg(s.id::text order by s.sn), true
       from bench_project p join bench_session s on s.project_id = p.id group by p.id`,
  ],
  [
    'releases',
    `insert into account_projects (account_id, project_id) select ?, id from bench_project on conflict do nothing`,
  ],
];

class Browser {
  private cookie = '';
  constructor(readonly url: string) {}
  async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie()[0];
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data)
      throw new Error(`GraphQL: ${JSON.stringify(body.errors ?? response.status)}`);
    return body.data;
  }
  get cookieHeader(): string {
    return this.cookie;
  }
}

const FIGURE = 'total byBackground { background value hiddenBecause }';
// One query per indicator of the dashboard: each is what one part of the dashboard asks for.
const PROJECT_QUERIES: Record<string, string> = {
  project_participation: `participation { people { ${FIGURE} } returning { ${FIGURE} } minutes { ${FIGURE} } }`,
  project_contributions: `contributions { challenges { ${FIGURE} } ideas { ${FIGURE} } dots { ${FIGURE} } }`,
  project_priorities: `priorities { items { id kind text language dots { ${FIGURE} } rankThirdCountryNationals rankHostCommunity } kendallTau comparedItems }`,
  project_strategies: `strategies { submitted answered adopted partlyAdopted underStudy declined done }`,
  project_competence: `competence { dimension all { n meanChange ciLow ciHigh hiddenBecause } byBackground { background n meanChange ciLow ciHigh hiddenBecause } }`,
  project_sessions: `sessions { sessionId title startsAt status attendance { ${FIGURE} } evaluation { itemCode respondents agreed notAgreed hiddenBecause } }`,
};
const OVERVIEW_QUERIES: Record<string, string> = {
  overview_projects: `projects { projectId title smallGroupThreshold step { number takenAt sessionCount final sessionsSince } }`,
  overview_participation: `participation { people { ${FIGURE} projects } returning { ${FIGURE} } minutes { ${FIGURE} } }`,
  overview_contributions: `contributions { challenges { ${FIGURE} } ideas { ${FIGURE} } dots { ${FIGURE} } }`,
  overview_strategies: `strategies { submitted answered adopted partlyAdopted underStudy declined done }`,
  overview_competence: `competence { dimension all { n meanChange ciLow ciHigh } byBackground { background n meanChange ciLow ciHigh } }`,
};

const median = (values: number[]) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

async function main(): Promise<void> {
  const keep = args.keep ? path.resolve(args.keep) : undefined;
  if (keep) mkdirSync(keep, { recursive: true });
  const root = keep ?? mkdtempSync(path.join(os.tmpdir(), 'bench-indicators-'));
  // Written once the generated data is complete: a kept folder without it (an interrupted run) is generated again.
  const generatedFile = path.join(root, 'generated.json');
  if (keep && !existsSync(generatedFile)) rmSync(path.join(root, 'postgres'), { recursive: true, force: true });
  const pgPort = await freePort();
  // From the built server (the script builds it first): its sources would bring the server's entities into this
  // package's type check.
  const { startEmbeddedPostgres } = (await import(path.join(path.dirname(serverEntry), 'core', 'database.js'))) as {
    startEmbeddedPostgres: (options: {
      dataDir: string;
      port: number;
      database: string;
    }) => Promise<{ url: string; stop(): Promise<void> }>;
  };
  const database = await startEmbeddedPostgres({
    dataDir: path.join(root, 'postgres'),
    port: pgPort,
    database: 'samenspraak',
  });
  let child: ChildProcess | undefined;
  const stop = async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await Promise.race([new Promise((resolve) => child?.once('exit', resolve)), sleep(20_000)]);
    }
    await database.stop();
    if (!keep) rmSync(root, { recursive: true, force: true });
  };
  try {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let output = '';
    child = spawn(process.execPath, [serverEntry], {
      cwd: path.dirname(path.dirname(serverEntry)),
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'development',
        LOG_LEVEL: 'warn',
        SEED_DEMO: 'true',
        // The bench makes the releases itself, in SQL.
        RELEASE_INDICATORS: 'false',
        WEB_DIST: '/nonexistent',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-20_000)));
    child.stderr?.on('data', (c: Buffer) => (output = (output + c.toString()).slice(-20_000)));
    const deadline = Date.now() + 180_000;
    for (;;) {
      const ok = await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`The server did not start:\n${output}`);
      await sleep(250);
    }

    // The data, generated inside PostgreSQL.
    // node-postgres as the server has it (this package does not depend on it): the little the bench uses of it.
    interface PgClient {
      connect(): Promise<void>;
      end(): Promise<void>;
      on(event: 'error', listener: (error: Error) => void): void;
      query(text: string): Promise<{ rows: Record<string, string>[] }>;
    }
    const { Client } = createRequire(serverEntry)('pg') as {
      Client: new (options: { connectionString: string }) => PgClient;
    };
    interface Generated {
      rows: string;
      contributions: string;
      generateSeconds: number;
      timings: [string, number][];
      projectIds: string[];
    }
    const generate = async (): Promise<Generated> => {
      const sql = new Client({ connectionString: database.url });
      sql.on('error', () => undefined);
      await sql.connect();
      const started = performance.now();
      const timings = new Map<string, number>();
      for (const [name, statement] of [...GENERATE, ...RELEASES]) {
        const t = performance.now();
        process.stderr.write(`generating ${name}…\n`);
        try {
          await sql.query(statement.replace('?', `'${evaluator?.id}'`));
        } catch (error) {
          throw new Error(`Generating ${name} failed: ${String(error)}\n${statement}`, { cause: error });
        }
        timings.set(name, (timings.get(name) ?? 0) + (performance.now() - t));
      }
      await sql.query('analyze');
      const generateSeconds = (performance.now() - started) / 1000;
      const counted = await sql.query(
        `select (select count(*) from participant) + (select count(*) from attendance) + (select count(*) from challenge)
            + (select count(*) from idea) + (select count(*) from vote) + (select count(*) from questionnaire_answer)
            + (select count(*) from strategy) + (select count(*) from disclosure_release) as n`,
      );
      const contributions = await sql.query(
        'select (select count(*) from challenge) + (select count(*) from idea) as n',
      );
      const projectIds = (await sql.query('select id from bench_project order by n')).rows.map((r) => r.id ?? '');
      await sql.end();
      return {
        rows: counted.rows[0]?.n ?? '',
        contributions: contributions.rows[0]?.n ?? '',
        generateSeconds,
        timings: [...timings],
        projectIds,
      };
    };
    const reused = keep && existsSync(generatedFile);
    const generated = reused ? (JSON.parse(readFileSync(generatedFile, 'utf8')) as Generated) : await generate();
    if (keep && !reused) writeFileSync(generatedFile, JSON.stringify(generated));
    if (reused) process.stderr.write(`reusing the data generated in ${root}\n`);
    const { projectIds } = generated;

    const browser = new Browser(url);
    await browser.graphql(`mutation ($input: SignInInput!) { signIn(input: $input) { account { id } } }`, {
      input: { email: evaluator?.email, password: DEMO_PASSWORD },
    });

    const results = new Map<string, number>();
    const time = async (name: string, run: () => Promise<unknown>) => {
      await run(); // warm
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await run();
        samples.push(performance.now() - t);
      }
      results.set(name, median(samples));
    };
    // The baseline, measured the same way in the same run: a signed-in request that reads no indicator (the HTTP,
    // GraphQL and sign-in work every query pays). On a loaded machine it says how much of a figure is the machine.
    await time('baseline', () => browser.graphql(`{ viewer { kind } }`));
    // Each project query on a different project each run, so that nothing is answered from a warm row alone.
    let turn = 0;
    for (const [name, selection] of Object.entries(PROJECT_QUERIES)) {
      await time(name, () =>
        browser.graphql(`query ($p: ID!) { projectIndicators(projectId: $p) { projectId ${selection} } }`, {
          p: projectIds[turn++ % projectIds.length],
        }),
      );
    }
    for (const [name, selection] of Object.entries(OVERVIEW_QUERIES)) {
      await time(name, () => browser.graphql(`{ indicatorsOverview { ${selection} } }`));
    }

    console.log(`rows: ${generated.rows}`);
    console.log(`contributions: ${generated.contributions}`);
    // A reused database says how long it took when it was generated.
    console.log(`generate_s: ${generated.generateSeconds.toFixed(1)}`);
    for (const [name, ms] of generated.timings) console.log(`generate_${name}_s: ${(ms / 1000).toFixed(1)}`);
    const indicators = [...results].filter(([name]) => name !== 'baseline');
    console.log(`baseline_ms: ${(results.get('baseline') ?? NaN).toFixed(1)}`);
    for (const [name, ms] of indicators) console.log(`${name}: ${ms.toFixed(1)}`);
    console.log(`slowest_indicator_ms: ${Math.max(...indicators.map(([, ms]) => ms)).toFixed(1)}`);
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
