// The participant's board query (`ParticipantSession`, bench/board-query.ts) against a bare graphql-js + pg server
// with hand-written SQL (bench/bare-server.ts), side by side on one machine: the same PostgreSQL, the same data,
// boards of 50 and 500 challenges with 4 ideas each, autocannon against both in alternating rounds. Starts its own
// stack (an embedded PostgreSQL with pg_stat_statements, the built server, the bare server; loopback only) and stops
// it. Before measuring, both answers must be the same bytes.
//
//   pnpm bench:board [--rounds 5] [--seconds 10] [--connections 10] [--sizes 50,500]
//
// Prints `name: value` lines: ratio_<size> (our requests per second over the bare server's, median of the rounds),
// sql_statements_<size> (statements per request, from pg_stat_statements), rss_mib (our server's peak resident
// memory), and the figures behind them. BENCH_SHOW_STATEMENTS=1 also prints each statement with its count.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { DEMO_ACCOUNTS, DEMO_IDS } from '../../server/src/seeders/demo-ids.js';
import { PARTICIPANT_SESSION, differenceFromWebApp } from './board-query.js';
import {
  Browser,
  cpuSeconds,
  freePort,
  killAll,
  peakRssMb,
  embeddedDatabaseUrl,
  percentile,
  startServer,
  stopServers,
  type ServerProcess,
} from './support.js';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    sizes: { type: 'string', default: '50,500' },
  },
});
const ROUNDS = Number(args.rounds);
const SECONDS = Number(args.seconds);
const CONNECTIONS = Number(args.connections);
const SIZES = args.sizes.split(',').map(Number);
if (
  !(ROUNDS >= 1 && ROUNDS <= 50) ||
  !(SECONDS >= 1 && SECONDS <= 120) ||
  !(CONNECTIONS >= 1 && CONNECTIONS <= 200) ||
  !SIZES.every((size) => Number.isInteger(size) && size >= 1 && size <= 1000)
) {
  console.error('Usage: board.ts [--rounds 1..50] [--seconds 1..120] [--connections 1..200] [--sizes 50,500]');
  process.exit(2);
}
const IDEAS_PER_CHALLENGE = 4;
const STATEMENT_SAMPLES = 20;
const WATCHDOG_MS = 15 * 60_000 + ROUNDS * SIZES.length * 2 * (SECONDS + 5) * 1000;

const here = path.dirname(fileURLToPath(import.meta.url));

// Runs `work` over `items`, `width` at a time.
async function inParallel<T>(items: readonly T[], width: number, work: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]!, i);
      }
    }),
  );
}

interface Board {
  size: number;
  sessionId: string;
  participantId: string;
  cookie: string;
}

type Facilitator = Browser;

// A session of the demo project, made live (and, for a session of the past, with its own start time).
async function liveSession(facilitator: Facilitator, title: string, startsAt: Date) {
  const { createSession } = await facilitator.graphql<{
    createSession: { session: { id: string; agenda: { id: string; kind: string }[] } };
  }>(`mutation ($input: CreateSessionInput!) { createSession(input: $input) { session { id agenda { id kind } } } }`, {
    input: {
      projectId: DEMO_IDS.project,
      title,
      startsAt: startsAt.toISOString(),
      durationMinutes: 120,
      location: 'Loopback hall',
      languages: ['nl', 'en', 'ar'],
      capacity: 100,
    },
  });
  const sessionId = createSession.session.id;
  const status = `mutation ($input: ChangeSessionStatusInput!) { changeSessionStatus(input: $input) { session { joinCode } } }`;
  await facilitator.graphql(status, { input: { sessionId, status: 'SCHEDULED' } });
  const live = await facilitator.graphql<{ changeSessionStatus: { session: { joinCode: string } } }>(status, {
    input: { sessionId, status: 'LIVE' },
  });
  return { sessionId, joinCode: live.changeSessionStatus.session.joinCode, agenda: createSession.session.agenda };
}

async function themes(facilitator: Facilitator, sessionId: string, titles: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const title of titles) {
    const { createTheme } = await facilitator.graphql<{ createTheme: { theme: { id: string } } }>(
      `mutation ($input: CreateThemeInput!) { createTheme(input: $input) { theme { id } } }`,
      { input: { sessionId, title } },
    );
    ids.push(createTheme.theme.id);
  }
  return ids;
}

// `count` challenges with 4 ideas each; every other one in a theme (`themeOf` says which, or none), every third with
// an English translation.
async function challenges(
  facilitator: Facilitator,
  sessionId: string,
  count: number,
  themeOf: (i: number) => string | undefined,
): Promise<{ challengeIds: string[]; ideaIds: string[] }> {
  const challengeIds: string[] = Array.from({ length: count }, () => '');
  const ideaIds: string[] = [];
  await inParallel(challengeIds, 8, async (_, i) => {
    const { createChallenge } = await facilitator.graphql<{ createChallenge: { challenge: { id: string } } }>(
      `mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { challenge { id } } }`,
      {
        input: {
          sessionId,
          text: `Uitdaging ${i + 1}: te weinig plekken om elkaar in de buurt te ontmoeten, vooral 's avonds`,
          language: 'nl',
        },
      },
    );
    const challengeId = createChallenge.challenge.id;
    challengeIds[i] = challengeId;
    const themeId = themeOf(i);
    if (themeId) {
      await facilitator.graphql(
        `mutation ($input: AssignChallengeThemeInput!) { assignChallengeTheme(input: $input) { challenge { id } } }`,
        { input: { challengeId, themeId } },
      );
    }
    if (i % 3 === 0) {
      await facilitator.graphql(
        `mutation ($input: SetChallengeTranslationInput!) { setChallengeTranslation(input: $input) { challenge { id } } }`,
        { input: { challengeId, language: 'en', text: `Challenge ${i + 1}: too few places to meet nearby` } },
      );
    }
    for (let j = 0; j < IDEAS_PER_CHALLENGE; j++) {
      const { createIdea } = await facilitator.graphql<{ createIdea: { idea: { id: string } } }>(
        `mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { idea { id } } }`,
        { input: { challengeId, text: `Idee ${j + 1}: een buurtkamer in de bibliotheek`, language: 'nl' } },
      );
      ideaIds.push(createIdea.idea.id);
    }
  });
  return { challengeIds, ideaIds };
}

async function openRound(facilitator: Facilitator, sessionId: string, target: 'CHALLENGES' | 'IDEAS') {
  const { openVotingRound } = await facilitator.graphql<{ openVotingRound: { round: { id: string } } }>(
    `mutation ($input: OpenVotingRoundInput!) { openVotingRound(input: $input) { round { id } } }`,
    { input: { sessionId, title: `Dots on ${target.toLowerCase()}`, target, dotsPerParticipant: 20 } },
  );
  return openVotingRound.round.id;
}

// Dots on paper in a round that then closes: 3 on each of `targets`.
async function paperRound(
  facilitator: Facilitator,
  sessionId: string,
  target: 'CHALLENGES' | 'IDEAS',
  targets: readonly string[],
) {
  const roundId = await openRound(facilitator, sessionId, target);
  for (const id of targets) {
    await facilitator.graphql(
      `mutation ($input: RecordPaperVotesInput!) { recordPaperVotes(input: $input) { vote { id } } }`,
      { input: { roundId, ...(target === 'IDEAS' ? { ideaId: id } : { challengeId: id }), dots: 3 } },
    );
  }
  await facilitator.graphql(
    `mutation ($input: CloseVotingRoundInput!) { closeVotingRound(input: $input) { round { id } } }`,
    { input: { roundId } },
  );
}

// The board of a second session of a trajectory: `size` visible challenges in all, about a tenth of them carried from
// an earlier session of the project (one of its themes with the challenges in it, and some challenges on their own,
// in a theme that stays behind or in none) and the rest raised here, 4 ideas each, themes, translations, dots on
// ideas (a closed round, on paper, in each session) and on challenges (paper dots in the earlier session; an open
// round here, from a participant, on own and carried ones), and one challenge merged into another, so that every part
// of the board's answer, own and carried, has something to show. Made through the API, as a facilitator would.
async function seedBoard(url: string, size: number): Promise<Board> {
  const account = DEMO_ACCOUNTS.find((a) => a.role === 'FACILITATOR');
  if (!account) throw new Error('The demo data has no facilitator account.');
  const facilitator = new Browser(url);
  await facilitator.graphql(`mutation ($input: SignInInput!) { signIn(input: $input) { account { id } } }`, {
    input: { email: account.email, password: account.password },
  });

  // --- the earlier session, a week before: what it made, of which a part is carried on
  const carriedCount = size >= 2 ? Math.max(1, Math.round(size / 10)) : 0;
  const withTheme = Math.ceil(carriedCount / 2);
  const earlier = await liveSession(
    facilitator,
    `Before the board of ${size} challenges`,
    new Date(Date.now() - 7 * 864e5),
  );
  const [carriedTheme, leftTheme] = await themes(facilitator, earlier.sessionId, ['Veiligheid', 'Groen']);
  // First those of the carried theme, then those carried on their own (every other one under the theme that stays),
  // then a few that stay behind.
  const earlierMade = await challenges(facilitator, earlier.sessionId, carriedCount + 3, (i) =>
    i < withTheme ? carriedTheme : i < carriedCount ? (i % 2 === 0 ? leftTheme : undefined) : leftTheme,
  );
  await paperRound(
    facilitator,
    earlier.sessionId,
    'IDEAS',
    earlierMade.ideaIds.filter((_, i) => i % 5 === 0),
  );
  await paperRound(
    facilitator,
    earlier.sessionId,
    'CHALLENGES',
    earlierMade.challengeIds.filter((_, i) => i % 2 === 0),
  );
  await facilitator.graphql(
    `mutation ($input: ChangeSessionStatusInput!) { changeSessionStatus(input: $input) { session { id } } }`,
    { input: { sessionId: earlier.sessionId, status: 'CLOSED' } },
  );

  // --- the measured session
  const { sessionId, joinCode, agenda } = await liveSession(facilitator, `Board of ${size} challenges`, new Date());
  const voting = agenda.find((phase) => phase.kind === 'VOTING');
  if (voting) {
    await facilitator.graphql(
      `mutation ($input: SetCurrentPhaseInput!) { setCurrentPhase(input: $input) { session { id } } }`,
      { input: { sessionId, phaseId: voting.id } },
    );
  }
  if (carriedCount) {
    const { carryIntoSession } = await facilitator.graphql<{ carryIntoSession: { added: number } }>(
      `mutation ($input: CarryIntoSessionInput!) { carryIntoSession(input: $input) { added } }`,
      {
        input: {
          sessionId,
          themeIds: [carriedTheme],
          challengeIds: earlierMade.challengeIds.slice(withTheme, carriedCount),
        },
      },
    );
    // The theme and its challenges, and the challenges on their own.
    if (carryIntoSession.added !== 1 + carriedCount) {
      throw new Error(
        `Carrying into the board of ${size} added ${carryIntoSession.added} items, not ${1 + carriedCount}.`,
      );
    }
  }
  const themeIds = await themes(facilitator, sessionId, ['Wonen', 'Werk', 'Taal', 'Ontmoeten']);
  // One more than the board shows: the last one is merged into the first, with its ideas and dots.
  const own = size - carriedCount;
  const { challengeIds, ideaIds } = await challenges(facilitator, sessionId, own + 1, (i) =>
    i % 2 === 0 ? themeIds[i % themeIds.length] : undefined,
  );
  await paperRound(facilitator, sessionId, 'IDEAS', ideaIds.filter((_, i) => i % 7 === 0).slice(0, 60));
  const challengesRound = await openRound(facilitator, sessionId, 'CHALLENGES');

  const phone = new Browser(url);
  const { joinSession } = await phone.graphql<{ joinSession: { participant: { id: string } } }>(
    `mutation ($input: JoinSessionInput!) { joinSession(input: $input) { participant { id } } }`,
    { input: { code: joinCode, language: 'nl', consent: { textVersion: '2026-01', research: false } } },
  );
  const participantId = joinSession.participant.id;
  const voted = [challengeIds[0]!, challengeIds[1]!, challengeIds[2]!, challengeIds[own]!];
  if (carriedCount) voted.push(earlierMade.challengeIds[0]!, earlierMade.challengeIds[carriedCount - 1]!);
  for (const challengeId of voted) {
    await phone.graphql(`mutation ($input: CastVoteInput!) { castVote(input: $input) { vote { id } } }`, {
      input: { roundId: challengesRound, participantId, challengeId, dots: 2 },
    });
  }
  await facilitator.graphql(
    `mutation ($input: MergeChallengesInput!) { mergeChallenges(input: $input) { challenge { id } } }`,
    { input: { targetId: challengeIds[0], sourceIds: [challengeIds[own]] } },
  );
  return { size, sessionId, participantId, cookie: phone.cookieHeader() };
}

const requestBody = (board: Board) =>
  JSON.stringify({
    operationName: 'ParticipantSession',
    query: PARTICIPANT_SESSION,
    variables: { id: board.sessionId, participantId: board.participantId },
  });

async function ask(url: string, board: Board): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: board.cookie },
    body: requestBody(board),
  });
  return response.text();
}

// Statements per request, from pg_stat_statements: reset, ask `samples` times one after the other, count.
async function statementsPerRequest(admin: Client, url: string, board: Board, samples: number): Promise<number> {
  await admin.query('select pg_stat_statements_reset()');
  for (let i = 0; i < samples; i++) await ask(url, board);
  const { rows } = await admin.query<{ calls: string }>(
    `select coalesce(sum(calls), 0) as calls from pg_stat_statements
      where dbid = (select oid from pg_database where datname = current_database())
        and query not ilike '%pg_stat_statements%'`,
  );
  if (process.env.BENCH_SHOW_STATEMENTS) {
    const each = await admin.query<{ calls: string; query: string }>(
      `select calls, query from pg_stat_statements
        where dbid = (select oid from pg_database where datname = current_database())
          and query not ilike '%pg_stat_statements%' order by calls desc`,
    );
    for (const row of each.rows) console.error(`${row.calls}\t${row.query.replace(/\s+/g, ' ').slice(0, 240)}`);
  }
  return Number(rows[0]?.calls ?? 0) / samples;
}

async function load(url: string, board: Board): Promise<{ rps: number; errors: number; requests: number }> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: board.cookie },
    body: requestBody(board),
    connections: CONNECTIONS,
    duration: SECONDS,
  });
  return {
    rps: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  };
}

const median = (values: readonly number[]) =>
  percentile(
    values.toSorted((a, b) => a - b),
    50,
  );

async function main(): Promise<void> {
  // A benchmark of a query the phone no longer sends measures nothing.
  const stale = differenceFromWebApp();
  if (stale) throw new Error(stale);
  const watchdog = setTimeout(() => {
    console.error('The benchmark ran over its time limit; stopping everything.');
    killAll('SIGKILL');
    process.exit(3);
  }, WATCHDOG_MS);
  watchdog.unref();

  const tempRoot = mkdtempSync(path.join(os.tmpdir(), 'samenspraak-bench-board-'));
  // PostgreSQL runs as the `postgres` user when we are root: it must be able to reach its folder.
  chmodSync(tempRoot, 0o755);
  const dataDir = path.join(tempRoot, 'postgres');
  const servers: ServerProcess[] = [];
  let admin: Client | undefined;
  try {
    // --- our server with its embedded PostgreSQL, first in development mode: the demo facilitator (whom production
    // refuses) makes the boards through the API, and pg_stat_statements, which only loads when PostgreSQL starts, is
    // configured. Then the server starts again as in production, the bare server beside it on the same database.
    const pgPort = await freePort();
    const embedded = { EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_DIR: dataDir };
    const setupServer = await startServer({ ...embedded, NODE_ENV: 'development' });
    // The address the server uses (server/src/core/database.ts): its Unix socket, with the data folder's own password.
    const databaseUrl = embeddedDatabaseUrl(dataDir, pgPort);
    const boards: Board[] = [];
    for (const size of SIZES) {
      const startedAt = Date.now();
      boards.push(await seedBoard(setupServer.url, size));
      console.error(`seeded a board of ${size} challenges in ${((Date.now() - startedAt) / 1000).toFixed(0)} s`);
    }
    const setup = new Client({ connectionString: databaseUrl });
    await setup.connect();
    await setup.query(`alter system set shared_preload_libraries = 'pg_stat_statements'`);
    await setup.query(`alter system set pg_stat_statements.track = 'all'`);
    await setup.end();
    await stopServers([setupServer]);
    // Without the background release of indicator figures (its sweep's statements would be counted as the board's,
    // and the bare server runs none): the benchmark measures the board query.
    const ours = await startServer({ ...embedded, RELEASE_INDICATORS: 'false' });
    servers.push(ours);
    admin = new Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query('create extension if not exists pg_stat_statements');
    const bare = await startServer({ DATABASE_URL: databaseUrl }, [
      '--import',
      import.meta.resolve('tsx'),
      path.join(here, 'bare-server.ts'),
    ]);
    servers.push(bare);

    // --- the same answer from both
    for (const board of boards) {
      const [mine, theirs] = [await ask(ours.url, board), await ask(bare.url, board)];
      if (mine !== theirs || mine.includes('"errors"')) {
        let at = 0;
        while (at < mine.length && mine[at] === theirs[at]) at++;
        throw new Error(
          `The answers for ${board.size} challenges differ at character ${at}:\n` +
            `  ours: …${mine.slice(Math.max(0, at - 200), at + 200)}\n  bare: …${theirs.slice(Math.max(0, at - 200), at + 200)}`,
        );
      }
      console.error(`same answer from both for ${board.size} challenges: ${mine.length} bytes`);
    }

    // --- statements per request
    const statements = new Map<number, { ours: number; bare: number }>();
    for (const board of boards) {
      statements.set(board.size, {
        ours: await statementsPerRequest(admin, ours.url, board, STATEMENT_SAMPLES),
        bare: await statementsPerRequest(admin, bare.url, board, STATEMENT_SAMPLES),
      });
    }

    // --- load, in alternating rounds: who goes first changes every round
    const ratios = new Map<number, number[]>(SIZES.map((size) => [size, []]));
    const rps = new Map<string, number[]>();
    let errors = 0;
    let ourRequests = 0;
    let ourCpu = 0;
    let bareRequests = 0;
    let bareCpu = 0;
    const loadBefore = os.loadavg()[0]!;
    for (let round = 0; round < ROUNDS; round++) {
      for (const board of boards) {
        const order = round % 2 === 0 ? [ours, bare] : [bare, ours];
        const measured = new Map<ServerProcess, number>();
        for (const server of order) {
          const cpuBefore = cpuSeconds(server.child.pid!);
          const result = await load(server.url, board);
          const cpu = cpuSeconds(server.child.pid!) - cpuBefore;
          if (server === ours) {
            ourRequests += result.requests;
            ourCpu += cpu;
          } else {
            bareRequests += result.requests;
            bareCpu += cpu;
          }
          errors += result.errors;
          measured.set(server, result.rps);
          const key = `${server === ours ? 'ours' : 'bare'}_${board.size}`;
          rps.set(key, [...(rps.get(key) ?? []), result.rps]);
        }
        ratios.get(board.size)!.push(measured.get(ours)! / measured.get(bare)!);
      }
    }

    const lines: [string, string | number][] = [];
    for (const size of SIZES) lines.push([`ratio_${size}`, median(ratios.get(size)!).toFixed(2)]);
    for (const size of SIZES) lines.push([`sql_statements_${size}`, statements.get(size)!.ours.toFixed(1)]);
    lines.push(['rss_mib', peakRssMb(ours.child.pid!).toFixed(0)]);
    for (const size of SIZES) {
      lines.push([
        `ratio_${size}_rounds`,
        ratios
          .get(size)!
          .map((r) => r.toFixed(2))
          .join(', '),
      ]);
      lines.push([`requests_per_second_${size}`, median(rps.get(`ours_${size}`)!).toFixed(0)]);
      lines.push([`bare_requests_per_second_${size}`, median(rps.get(`bare_${size}`)!).toFixed(0)]);
      lines.push([`bare_sql_statements_${size}`, statements.get(size)!.bare.toFixed(1)]);
    }
    lines.push(['bare_rss_mib', peakRssMb(bare.child.pid!).toFixed(0)]);
    lines.push(['cpu_ms_per_request', ((ourCpu / ourRequests) * 1000).toFixed(2)]);
    lines.push(['bare_cpu_ms_per_request', ((bareCpu / bareRequests) * 1000).toFixed(2)]);
    lines.push(['errors', errors]);
    lines.push(['rounds', ROUNDS]);
    lines.push(['seconds_per_run', SECONDS]);
    lines.push(['connections', CONNECTIONS]);
    lines.push(['machine_load_1m', `${loadBefore.toFixed(2)} before, ${os.loadavg()[0]!.toFixed(2)} after`]);
    lines.push(['cpus', os.cpus().length]);
    for (const [name, value] of lines) console.log(`${name}: ${value}`);
  } finally {
    await admin?.end().catch(() => undefined);
    // Ours owns the database: it stops last.
    await stopServers(servers);
    rmSync(tempRoot, { recursive: true, force: true });
    clearTimeout(watchdog);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    killAll('SIGKILL');
    process.exit(1);
  },
);
