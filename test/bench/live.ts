// Load test of live sessions: N participants on their phones, each with a WebSocket subscription, submit ideas and
// dots at a workshop's pace while the bench measures how long after each mutation's HTTP acknowledgement its event
// reaches every subscriber. Starts its own stack (the built server, embedded PostgreSQL, loopback only), stops by itself.
//
//   pnpm bench:live [--participants 300] [--processes 1|2] [--seconds 30] [--seed 1]
//
// Prints `name: value` lines. p50/p95/p99_ms count from the mutation's HTTP acknowledgement to the event's arrival at
// each subscriber; an event that arrives first (the server answers and announces at about the same moment) counts as
// 0 (see arrived_before_ack). send_to_arrival_* count from sending the mutation instead.
// With DATABASE_URL set, the servers use that database instead of an embedded one.
// BENCH_SERVER_NODE_ARGS passes options to the servers' node, such as `--cpu-prof --cpu-prof-dir=/tmp/prof`.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import { WebSocket } from 'ws';
import { DEMO_ACCOUNTS, DEMO_IDS } from '../../server/src/seeders/demo-ids.js';
import { serverEntry } from '../support/paths.js';
import { freePort } from '../support/stack.js';

const { values: args } = parseArgs({
  options: {
    participants: { type: 'string', default: '300' },
    processes: { type: 'string', default: '1' },
    seconds: { type: 'string', default: '30' },
    seed: { type: 'string', default: '1' },
    // Each participant acts once every MIN–MAX seconds (uniformly drawn).
    'min-interval': { type: 'string', default: '3' },
    'max-interval': { type: 'string', default: '9' },
  },
});
const PARTICIPANTS = Number(args.participants);
const PROCESSES = Number(args.processes);
const SECONDS = Number(args.seconds);
const SEED = Number(args.seed);
const MIN_INTERVAL_MS = Number(args['min-interval']) * 1000;
const MAX_INTERVAL_MS = Number(args['max-interval']) * 1000;
if (!(PARTICIPANTS >= 1 && PARTICIPANTS <= 490) || ![1, 2].includes(PROCESSES) || !(SECONDS > 0 && SECONDS <= 600)) {
  console.error('Usage: live.ts [--participants 1..490] [--processes 1|2] [--seconds 1..600] [--seed n]');
  process.exit(2);
}
// How long a delivery may take before it counts as lost, after the last mutation was acknowledged.
const DRAIN_TIMEOUT_MS = 10_000;
const START_TIMEOUT_MS = 180_000;
// Whatever happens, the bench ends: setup, the run, the drain and the shutdown each have a bound.
const WATCHDOG_MS = START_TIMEOUT_MS + SECONDS * 1000 + 240_000;
const DOTS = 20;
const CHALLENGES = 12;

// mulberry32: a small seeded PRNG, so that two runs with the same seed make the same requests at the same moments.
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = prng(SEED);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Whether `done` came true within `timeoutMs`.
async function until(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}
const now = () => performance.now();

function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');

// ------------------------------------------------------------------------------------------------------------
// The stack: server processes from server/dist, the first one running an embedded PostgreSQL for all of them.

interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

const children: ChildProcess[] = [];
let tempRoot: string | undefined;

function killAll(signal: NodeJS.Signals): void {
  for (const child of children) {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) continue;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  }
}
process.once('exit', () => killAll('SIGKILL'));

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, serverEntry], {
    cwd: path.dirname(path.dirname(serverEntry)),
    env: {
      ...process.env,
      ...env,
      PORT: String(port),
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      WEB_DIST: '/nonexistent',
      // Every simulated phone comes from 127.0.0.1 and acts every few seconds: the limits meant for one person
      // on one network would measure themselves instead of the live path.
      JOIN_RATE_PER_MINUTE: '100000',
      CONTRIBUTION_RATE_PER_MINUTE: '1000',
      VOTE_RATE_PER_MINUTE: '1000',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-200_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!(await healthy(url))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`The server on port ${port} did not start:\n${output.slice(-4000)}`);
    }
    await sleep(250);
  }
  return { child, url, output: () => output };
}

async function stopServers(servers: readonly ServerProcess[]): Promise<void> {
  // The first one owns the embedded PostgreSQL: it stops last.
  for (const server of servers.toReversed()) {
    const { child } = server;
    if (child.exitCode !== null || child.signalCode !== null) continue;
    child.kill('SIGTERM');
    const exited = await Promise.race([
      new Promise<boolean>((resolve) => child.once('exit', () => resolve(true))),
      sleep(30_000).then(() => false),
    ]);
    if (!exited) killAll('SIGKILL');
  }
}

// ------------------------------------------------------------------------------------------------------------
// Clients: a browser's cookie jar over fetch, and a WebSocket that sends the cookie with its upgrade request.

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

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
    const body = (await response.json()) as GraphQLResponse<T>;
    if (body.errors?.length || !body.data)
      throw new Error(`GraphQL: ${JSON.stringify(body.errors ?? response.status)}`);
    return body.data;
  }

  socket(url = this.url): Client {
    const cookie = this.cookie;
    class CookieSocket extends WebSocket {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie } });
      }
    }
    return createClient({
      url: `${url.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: CookieSocket,
      retryAttempts: 0,
      lazy: false,
    });
  }
}

// ------------------------------------------------------------------------------------------------------------
// /proc: CPU time and peak memory of the server processes.

const TICKS_PER_SECOND = 100;

function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}

// CPU time the whole machine spent busy (all cores), from the first line of /proc/stat.
function machineBusySeconds(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal: everything but idle and iowait.
  const busy = ticks.slice(0, 8).reduce((sum, value, i) => (i === 3 || i === 4 ? sum : sum + value), 0);
  return busy / TICKS_PER_SECOND;
}

function peakRssMb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

// The embedded PostgreSQL: its postmaster (from postmaster.pid) and the backends it started.
function postgresCpuSeconds(dataDir: string | undefined): number {
  if (!dataDir || !existsSync(path.join(dataDir, 'postmaster.pid'))) return NaN;
  const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let total = 0;
  for (const entry of readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .map(Number)) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      if (entry === postmaster || ppid === postmaster) {
        // Own time, and that of backends that already exited (cutime, cstime) for the postmaster.
        total +=
          Number(fields[11]) +
          Number(fields[12]) +
          (entry === postmaster ? Number(fields[13]) + Number(fields[14]) : 0);
      }
    } catch {
      // gone meanwhile
    }
  }
  return total / TICKS_PER_SECOND;
}

// ------------------------------------------------------------------------------------------------------------

const EVENTS = `subscription ($sessionId: ID!, $after: String) {
  sessionEvents(sessionId: $sessionId, after: $after) { cursor type ideaId voteId challengeId }
}`;

interface Participant {
  browser: Browser;
  id: string;
  client?: Client;
  dotsLeft: number;
  lastCursor: number;
  received: number;
}

interface Mutation {
  key: string;
  sentAt: number;
  ackAt: number;
}

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    console.error('The benchmark ran over its time limit; stopping everything.');
    killAll('SIGKILL');
    process.exit(3);
  }, WATCHDOG_MS);
  watchdog.unref();

  if (!existsSync(serverEntry))
    throw new Error(`${serverEntry} is missing: build the server first (pnpm --filter @samenspraak/server build).`);
  const servers: ServerProcess[] = [];
  const clients: Client[] = [];
  let dataDir: string | undefined;
  try {
    // --- the stack
    let databaseUrl = process.env.DATABASE_URL;
    if (databaseUrl) {
      servers.push(await startServer({ DATABASE_URL: databaseUrl }));
    } else {
      // PostgreSQL runs as the `postgres` user when we are root: it must be able to reach its folder.
      tempRoot = mkdtempSync(path.join(os.tmpdir(), 'samenspraak-bench-'));
      chmodSync(tempRoot, 0o755);
      dataDir = path.join(tempRoot, 'postgres');
      const pgPort = await freePort();
      servers.push(await startServer({ EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_DIR: dataDir }));
      // The data folder's own password, which the server wrote beside its data (server/src/core/database.ts).
      const password = readFileSync(path.join(dataDir, 'samenspraak.password'), 'utf8').trim();
      databaseUrl = `postgresql://samenspraak:${password}@127.0.0.1:${pgPort}/samenspraak`;
    }
    while (servers.length < PROCESSES) servers.push(await startServer({ DATABASE_URL: databaseUrl }));
    const urlOf = (i: number) => servers[i % servers.length]!.url;

    // --- a facilitator opens a live session with some challenges and a voting round
    const facilitatorAccount = DEMO_ACCOUNTS.find((account) => account.role === 'FACILITATOR');
    if (!facilitatorAccount) throw new Error('The demo data has no facilitator account.');
    const facilitator = new Browser(servers[0]!.url);
    await facilitator.graphql(`mutation ($input: SignInInput!) { signIn(input: $input) { account { id } } }`, {
      input: { email: facilitatorAccount.email, password: facilitatorAccount.password },
    });
    const { createSession } = await facilitator.graphql<{ createSession: { session: { id: string } } }>(
      `mutation ($input: CreateSessionInput!) { createSession(input: $input) { session { id } } }`,
      {
        input: {
          projectId: DEMO_IDS.project,
          title: `Benchmark workshop ${new Date().toISOString()}`,
          startsAt: new Date().toISOString(),
          durationMinutes: 120,
          location: 'Loopback hall',
          languages: ['nl', 'en', 'ar'],
          capacity: Math.min(500, PARTICIPANTS + 10),
        },
      },
    );
    const sessionId = createSession.session.id;
    const CHANGE_STATUS = `mutation ($input: ChangeSessionStatusInput!) { changeSessionStatus(input: $input) { session { joinCode } } }`;
    await facilitator.graphql(CHANGE_STATUS, { input: { sessionId, status: 'SCHEDULED' } });
    const live = await facilitator.graphql<{ changeSessionStatus: { session: { joinCode: string } } }>(CHANGE_STATUS, {
      input: { sessionId, status: 'LIVE' },
    });
    const joinCode = live.changeSessionStatus.session.joinCode;
    const challengeIds: string[] = [];
    for (let i = 0; i < CHALLENGES; i++) {
      const { createChallenge } = await facilitator.graphql<{ createChallenge: { challenge: { id: string } } }>(
        `mutation ($input: CreateChallengeInput!) { createChallenge(input: $input) { challenge { id } } }`,
        { input: { sessionId, text: `Challenge ${i + 1} of the benchmark`, language: 'nl' } },
      );
      challengeIds.push(createChallenge.challenge.id);
    }
    const { openVotingRound } = await facilitator.graphql<{ openVotingRound: { round: { id: string } } }>(
      `mutation ($input: OpenVotingRoundInput!) { openVotingRound(input: $input) { round { id } } }`,
      { input: { sessionId, title: 'Which challenges matter most?', target: 'CHALLENGES', dotsPerParticipant: DOTS } },
    );
    const roundId = openVotingRound.round.id;

    // --- participants join on their phones, spread over the processes
    const participants: Participant[] = [];
    const JOIN = `mutation ($input: JoinSessionInput!) { joinSession(input: $input) { participant { id } } }`;
    for (let start = 0; start < PARTICIPANTS; start += 10) {
      const batch = Array.from({ length: Math.min(10, PARTICIPANTS - start) }, async (_, j) => {
        const browser = new Browser(urlOf(start + j));
        const { joinSession } = await browser.graphql<{ joinSession: { participant: { id: string } } }>(JOIN, {
          input: {
            code: joinCode,
            language: ['nl', 'ar', 'en'][(start + j) % 3],
            consent: { textVersion: '2026-01', research: false },
          },
        });
        return {
          browser,
          id: joinSession.participant.id,
          dotsLeft: DOTS,
          lastCursor: 0,
          received: 0,
        } satisfies Participant;
      });
      participants.push(...(await Promise.all(batch)));
    }

    // --- each phone subscribes; a warm-up event shows when every one of them is attached
    const arrivals = new Map<string, number[]>();
    let subscriptionErrors = 0;
    let gaps = 0;
    let duplicates = 0;
    let warmedUp = 0;
    const { sessionEventCursor } = await facilitator.graphql<{ sessionEventCursor: string }>(
      `query ($sessionId: ID!) { sessionEventCursor(sessionId: $sessionId) }`,
      { sessionId },
    );
    participants.forEach((participant, i) => {
      participant.lastCursor = Number(sessionEventCursor);
      const client = participant.browser.socket(urlOf(i));
      participant.client = client;
      clients.push(client);
      client.subscribe<{
        sessionEvents: { cursor: string; type: string; ideaId: string | null; voteId: string | null };
      }>(
        { query: EVENTS, variables: { sessionId, after: sessionEventCursor } },
        {
          next: (result) => {
            const at = now();
            const event = result.data?.sessionEvents;
            if (!event) {
              subscriptionErrors++;
              return;
            }
            const cursor = Number(event.cursor);
            if (cursor <= participant.lastCursor) duplicates++;
            else if (cursor !== participant.lastCursor + 1) gaps++;
            participant.lastCursor = Math.max(participant.lastCursor, cursor);
            participant.received++;
            if (event.type === 'SESSION_UPDATED') warmedUp++;
            const key = event.type === 'IDEA_CREATED' ? event.ideaId : event.type === 'VOTE_CAST' ? event.voteId : null;
            if (!key) return;
            let times = arrivals.get(key);
            if (!times) arrivals.set(key, (times = []));
            times.push(at);
          },
          error: () => void subscriptionErrors++,
          complete: () => undefined,
        },
      );
    });
    await facilitator.graphql(
      `mutation ($input: UpdateSessionInput!) { updateSession(input: $input) { session { id } } }`,
      {
        input: { sessionId, location: 'Loopback hall, ready' },
      },
    );
    if (!(await until(() => warmedUp >= PARTICIPANTS, 60_000)))
      throw new Error(`Only ${warmedUp} of ${PARTICIPANTS} subscriptions received the warm-up event.`);

    // --- the workshop: every participant acts every few seconds; a trivial query measures plain HTTP alongside
    const mutations: Mutation[] = [];
    let mutationErrors = 0;
    const baseline: number[] = [];
    const cpuBefore = servers.map((server) => cpuSeconds(server.child.pid!));
    const postgresBefore = postgresCpuSeconds(dataDir);
    const machineBefore = machineBusySeconds();
    const benchBefore = process.cpuUsage();
    const loadBefore = os.loadavg()[0]!;
    const startedAt = now();
    const endsAt = startedAt + SECONDS * 1000;
    const interval = () => MIN_INTERVAL_MS + random() * (MAX_INTERVAL_MS - MIN_INTERVAL_MS);

    const IDEA = `mutation ($input: CreateIdeaInput!) { createIdea(input: $input) { idea { id } } }`;
    const VOTE = `mutation ($input: CastVoteInput!) { castVote(input: $input) { vote { id } } }`;
    const act = async (participant: Participant, n: number) => {
      const challengeId = challengeIds[Math.floor(random() * challengeIds.length)]!;
      const vote = random() < 0.5 && participant.dotsLeft > 0;
      const sentAt = now();
      try {
        let key: string;
        if (vote) {
          participant.dotsLeft--;
          const data = await participant.browser.graphql<{ castVote: { vote: { id: string } } }>(VOTE, {
            input: { roundId, participantId: participant.id, challengeId, dots: 1 },
          });
          key = data.castVote.vote.id;
        } else {
          const data = await participant.browser.graphql<{ createIdea: { idea: { id: string } } }>(IDEA, {
            input: { challengeId, text: `Idea ${n} from a phone`, language: 'nl', authorId: participant.id },
          });
          key = data.createIdea.idea.id;
        }
        mutations.push({ key, sentAt, ackAt: now() });
      } catch (error) {
        mutationErrors++;
        if (mutationErrors <= 5) console.error(String(error).slice(0, 500));
      }
    };
    const phones = participants.map(async (participant) => {
      // Spread the first actions over one interval, as people do not all type at once.
      let next = startedAt + random() * MAX_INTERVAL_MS;
      let n = 0;
      const pending: Promise<void>[] = [];
      for (;;) {
        if (next >= endsAt) break;
        await sleep(next - now());
        pending.push(act(participant, n++));
        next += interval();
      }
      await Promise.all(pending);
    });
    const sampler = (async () => {
      const probes = servers.map((server) => new Browser(server.url));
      for (let i = 0; now() < endsAt; i++) {
        const probe = probes[i % probes.length]!;
        const sentAt = now();
        try {
          await probe.graphql('{ __typename }');
          baseline.push(now() - sentAt);
        } catch {
          mutationErrors++;
        }
        await sleep(100);
      }
    })();
    await Promise.all([...phones, sampler]);

    // --- wait for every subscriber to have every event, or the drain timeout
    const expected = mutations.length * PARTICIPANTS;
    const delivered = () => mutations.reduce((sum, m) => sum + (arrivals.get(m.key)?.length ?? 0), 0);
    await until(() => delivered() >= expected, DRAIN_TIMEOUT_MS);
    const cpuAfter = servers.map((server) => cpuSeconds(server.child.pid!));
    const postgresAfter = postgresCpuSeconds(dataDir);
    const bench = process.cpuUsage(benchBefore);
    const machineBusy = machineBusySeconds() - machineBefore;
    const serverCpu = cpuAfter.reduce((sum, after, i) => sum + after - cpuBefore[i]!, 0);
    const postgresCpu = postgresAfter - postgresBefore;
    const benchCpu = (bench.user + bench.system) / 1e6;

    // --- figures
    const latencies: number[] = [];
    const fromSend: number[] = [];
    let early = 0;
    for (const mutation of mutations) {
      for (const at of arrivals.get(mutation.key) ?? []) {
        if (at < mutation.ackAt) early++;
        latencies.push(Math.max(0, at - mutation.ackAt));
        fromSend.push(at - mutation.sentAt);
      }
    }
    latencies.sort((a, b) => a - b);
    fromSend.sort((a, b) => a - b);
    const roundTrips = mutations.map((mutation) => mutation.ackAt - mutation.sentAt).toSorted((a, b) => a - b);
    baseline.sort((a, b) => a - b);
    const deliveries = latencies.length;
    const p50 = percentile(latencies, 50);
    const baselineP50 = percentile(baseline, 50);
    const lines: [string, string | number][] = [
      ['participants', PARTICIPANTS],
      ['processes', PROCESSES],
      ['seconds', SECONDS],
      ['seed', SEED],
      ['interval_s', `${MIN_INTERVAL_MS / 1000}-${MAX_INTERVAL_MS / 1000}`],
      ['events', mutations.length],
      ['events_per_second', (mutations.length / SECONDS).toFixed(1)],
      ['deliveries', deliveries],
      ['deliveries_per_second', (deliveries / SECONDS).toFixed(0)],
      ['p50_ms', ms(p50)],
      ['p95_ms', ms(percentile(latencies, 95))],
      ['p99_ms', ms(percentile(latencies, 99))],
      ['max_ms', ms(latencies.at(-1) ?? NaN)],
      ['arrived_before_ack', early],
      ['mutation_round_trip_p50_ms', ms(percentile(roundTrips, 50))],
      ['mutation_round_trip_p99_ms', ms(percentile(roundTrips, 99))],
      ['send_to_arrival_p50_ms', ms(percentile(fromSend, 50))],
      ['send_to_arrival_p99_ms', ms(percentile(fromSend, 99))],
      ['lost_events', expected - deliveries],
      ['duplicates', duplicates],
      ['cursor_gaps', gaps],
      ['errors', mutationErrors + subscriptionErrors],
      ['server_cpu_seconds', serverCpu.toFixed(2)],
      ['server_cpu_seconds_per_process', cpuAfter.map((after, i) => (after - cpuBefore[i]!).toFixed(2)).join(', ')],
      [
        'postgres_cpu_seconds',
        Number.isFinite(postgresAfter - postgresBefore) ? (postgresAfter - postgresBefore).toFixed(2) : 'n/a',
      ],
      ['bench_cpu_seconds', benchCpu.toFixed(2)],
      // What else kept the cores busy meanwhile: other programs on a shared machine, and kernel network work that
      // is charged to no process. Then the wall time measured.
      [
        'other_cpu_seconds',
        (machineBusy - serverCpu - benchCpu - (Number.isFinite(postgresCpu) ? postgresCpu : 0)).toFixed(2),
      ],
      ['measured_seconds', ((now() - startedAt) / 1000).toFixed(1)],
      ['server_peak_rss_mb', Math.max(...servers.map((server) => peakRssMb(server.child.pid!))).toFixed(0)],
      ['server_peak_rss_mb_per_process', servers.map((server) => peakRssMb(server.child.pid!).toFixed(0)).join(', ')],
      ['baseline_http_requests', baseline.length],
      ['baseline_http_p50_ms', ms(baselineP50)],
      ['baseline_http_p99_ms', ms(percentile(baseline, 99))],
      ['p50_over_baseline_http_p50', (p50 / baselineP50).toFixed(2)],
      ['send_to_arrival_p50_over_baseline_http_p50', (percentile(fromSend, 50) / baselineP50).toFixed(2)],
      // Other programs on the machine disturb every figure above: the load says how much.
      ['machine_load_1m', `${loadBefore.toFixed(2)} before, ${os.loadavg()[0]!.toFixed(2)} after`],
      ['cpus', os.cpus().length],
    ];
    for (const [name, value] of lines) console.log(`${name}: ${value}`);
  } finally {
    await Promise.all(clients.map((client) => Promise.resolve(client.dispose())));
    await stopServers(servers);
    if (tempRoot) rmSync(tempRoot, { recursive: true, force: true });
    clearTimeout(watchdog);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    killAll('SIGKILL');
    if (tempRoot) rmSync(tempRoot, { recursive: true, force: true });
    process.exit(1);
  },
);
