// Load test of live sessions: many sessions at once, each with its participants' phones on a WebSocket subscription,
// submitting ideas and dots at a workshop's pace. A phone counts as updated for a change when its screen shows it,
// including any fetch the phone makes for that; the bench measures from the sender's HTTP acknowledgement of the
// change to that moment, for every phone of the session. Starts its own stack (the built server in `--processes`
// processes, embedded PostgreSQL, loopback only), stops by itself.
//
//   pnpm bench:live [--sessions 1] [--participants 300] [--processes 1] [--seconds 30] [--phone apply|refetch]
//                   [--screens 2] [--seed 1]
//
// --participants is per session; 1,000 phones in 40 sessions is `--sessions 40 --participants 25 --processes 2`.
// --phone says what a phone does with an event:
//   apply    the live path (web/src/app/live): the event brings its records, the phone applies them to its cache and
//            is up to date when the event arrives; it loads the board again only after a gap in the cursors.
//   refetch  the phone before the live path: each burst of events (400 ms) makes it load the whole board again
//            (`ParticipantSession`); it is up to date when an answer asked for after the event arrives.
// --screens is the facilitator's screens of each session on the same events: 2 (as a room runs: the projector and the
// cockpit, each with the web app's subscription), 1 (the projector) or 0. They are load, not measured: the figures
// are the phones'; `screen_events` says how many events they received.
// Prints `name: value` lines: p50/p95/p99_ms (acknowledgement to up to date, per phone and change; a phone that is up
// to date before the sender has its answer counts 0), lost_events (changes a phone never showed within the drain
// time), errors, participants (all sessions), ack_p99_ms (the sender's own wait), and what lies behind them.
// With DATABASE_URL set, the servers use that database instead of an embedded one.
// BENCH_SERVER_NODE_ARGS passes options to the servers' node, such as `--cpu-prof --cpu-prof-dir=/tmp/prof`.
import { randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Client } from 'graphql-ws';
import { DEMO_ACCOUNTS, DEMO_IDS } from '../../server/src/seeders/demo-ids.js';
import { serverEntry } from '../support/paths.js';
import { PARTICIPANT_SESSION, phoneEvents, phoneMutations, screenEvents } from './board-query.js';
import {
  Browser,
  START_TIMEOUT_MS,
  cpuSeconds,
  freePort,
  killAll,
  machineBusySeconds,
  ms,
  now,
  peakRssMb,
  embeddedDatabaseUrl,
  percentile,
  postgresCpuSeconds,
  sleep,
  startServer,
  stopServers,
  until,
  type ServerProcess,
} from './support.js';

const { values: args } = parseArgs({
  options: {
    sessions: { type: 'string', default: '1' },
    participants: { type: 'string', default: '300' },
    processes: { type: 'string', default: '1' },
    phone: { type: 'string', default: 'apply' },
    screens: { type: 'string', default: '2' },
    seconds: { type: 'string', default: '30' },
    seed: { type: 'string', default: '1' },
    // Each participant acts once every MIN–MAX seconds (uniformly drawn).
    'min-interval': { type: 'string', default: '3' },
    'max-interval': { type: 'string', default: '9' },
  },
});
const SESSIONS = Number(args.sessions);
const PARTICIPANTS = Number(args.participants);
const PHONE = args.phone;
const SCREENS = Number(args.screens);
const PROCESSES = Number(args.processes);
const SECONDS = Number(args.seconds);
const SEED = Number(args.seed);
const MIN_INTERVAL_MS = Number(args['min-interval']) * 1000;
const MAX_INTERVAL_MS = Number(args['max-interval']) * 1000;
if (
  !(SESSIONS >= 1 && SESSIONS <= 200) ||
  !(PARTICIPANTS >= 1 && PARTICIPANTS <= 490) ||
  !(PROCESSES >= 1 && PROCESSES <= 8) ||
  !(SECONDS > 0 && SECONDS <= 600) ||
  ![0, 1, 2].includes(SCREENS) ||
  (PHONE !== 'apply' && PHONE !== 'refetch')
) {
  console.error(
    'Usage: live.ts [--sessions 1..200] [--participants 1..490 per session] [--processes 1..8] [--seconds 1..600] ' +
      '[--phone apply|refetch] [--screens 0|1|2] [--seed n]',
  );
  process.exit(2);
}
// How long a delivery may take before it counts as lost, after the last mutation was acknowledged.
const DRAIN_TIMEOUT_MS = 10_000;
// Whatever happens, the bench ends: setup, the run, the drain and the shutdown each have a bound.
const WATCHDOG_MS = START_TIMEOUT_MS + SECONDS * 1000 + 240_000;
const DOTS = 20;
// A phone that loads the board again does so once per burst of events (web/src/features/participant/useLiveSession.ts).
const BURST_MS = 400;
// The facilitator is the demo account, which production refuses: the servers run in development mode (the same code;
// graphql-js checks its types' origin, and introspection and the sandbox page are on).
const MODE = { NODE_ENV: 'development' };
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
let tempRoot: string | undefined;

// ------------------------------------------------------------------------------------------------------------

// What every phone's subscription selects. The live path: the phone's own subscription (`ParticipantSessionEvents`,
// with the records each event brings as the phone's fragments select them), plus the two ids this benchmark keys its
// changes by. Before it (`--phone refetch`, or a server whose events bring no records): the cursor and the ids.
const eventsDocument = (records: boolean) =>
  records
    ? phoneEvents(['ideaId', 'voteId'])
    : `subscription ($sessionId: ID!, $after: String) {
  sessionEvents(sessionId: $sessionId, after: $after) { cursor type ideaId voteId challengeId }
}`;

interface Phone {
  browser: Browser;
  id: string;
  session: Room;
  client?: Client;
  dotsLeft: number;
  lastCursor: number;
  // refetch: the burst timer, and the changes that arrived and wait for an answer asked for after them.
  burst?: ReturnType<typeof setTimeout>;
  waiting: string[];
}

interface Room {
  id: string;
  challengeIds: string[];
  roundId: string;
  phones: Phone[];
}

interface Change {
  key: string;
  room: Room;
  sentAt: number;
  ackAt: number;
}

async function main(): Promise<void> {
  const watchdog = setTimeout(
    () => {
      console.error('The benchmark ran over its time limit; stopping everything.');
      killAll('SIGKILL');
      process.exit(3);
    },
    WATCHDOG_MS + SESSIONS * 10_000,
  );
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
      servers.push(await startServer({ DATABASE_URL: databaseUrl, ...MODE }));
    } else {
      // PostgreSQL runs as the `postgres` user when we are root: it must be able to reach its folder.
      tempRoot = mkdtempSync(path.join(os.tmpdir(), 'samenspraak-bench-'));
      chmodSync(tempRoot, 0o755);
      dataDir = path.join(tempRoot, 'postgres');
      const pgPort = await freePort();
      servers.push(await startServer({ EMBEDDED_PG_PORT: String(pgPort), EMBEDDED_PG_DIR: dataDir, ...MODE }));
      // The address the server uses (server/src/core/database.ts): its Unix socket, with the data folder's own password.
      databaseUrl = embeddedDatabaseUrl(dataDir, pgPort);
    }
    while (servers.length < PROCESSES) servers.push(await startServer({ DATABASE_URL: databaseUrl, ...MODE }));
    const urlOf = (i: number) => servers[i % servers.length]!.url;

    // --- a facilitator opens the live sessions, each with some challenges and a voting round
    const facilitatorAccount = DEMO_ACCOUNTS.find((account) => account.role === 'FACILITATOR');
    if (!facilitatorAccount) throw new Error('The demo data has no facilitator account.');
    const facilitator = new Browser(servers[0]!.url);
    await facilitator.graphql(`mutation ($input: SignInInput!) { signIn(input: $input) { account { id } } }`, {
      input: { email: facilitatorAccount.email, password: facilitatorAccount.password },
    });
    // Whether events bring their records (the live path) on this server.
    const { __type } = await facilitator.graphql<{ __type: { fields: { name: string }[] } | null }>(
      `{ __type(name: "SessionEvent") { fields { name } } }`,
    );
    const eventRecords = !!__type?.fields.some((field) => field.name === 'idea');
    const EVENTS = eventsDocument(eventRecords && PHONE === 'apply');

    const rooms: Room[] = [];
    const joinCodes: string[] = [];
    const CHANGE_STATUS = `mutation ($input: ChangeSessionStatusInput!) { changeSessionStatus(input: $input) { session { joinCode } } }`;
    for (let r = 0; r < SESSIONS; r++) {
      const { createSession } = await facilitator.graphql<{ createSession: { session: { id: string } } }>(
        `mutation ($input: CreateSessionInput!) { createSession(input: $input) { session { id } } }`,
        {
          input: {
            projectId: DEMO_IDS.project,
            title: `Benchmark workshop ${r + 1} ${new Date().toISOString()}`,
            startsAt: new Date().toISOString(),
            durationMinutes: 120,
            location: 'Loopback hall',
            languages: ['nl', 'en', 'ar'],
            capacity: Math.min(500, PARTICIPANTS + 10),
          },
        },
      );
      const sessionId = createSession.session.id;
      await facilitator.graphql(CHANGE_STATUS, { input: { sessionId, status: 'SCHEDULED' } });
      const live = await facilitator.graphql<{ changeSessionStatus: { session: { joinCode: string } } }>(
        CHANGE_STATUS,
        { input: { sessionId, status: 'LIVE' } },
      );
      joinCodes.push(live.changeSessionStatus.session.joinCode);
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
        {
          input: { sessionId, title: 'Which challenges matter most?', target: 'CHALLENGES', dotsPerParticipant: DOTS },
        },
      );
      rooms.push({ id: sessionId, challengeIds, roundId: openVotingRound.round.id, phones: [] });
    }

    // --- participants join on their phones, spread over the processes
    const phones: Phone[] = [];
    const JOIN = `mutation ($input: JoinSessionInput!) { joinSession(input: $input) { participant { id } } }`;
    const everyone = rooms.flatMap((room, r) => Array.from({ length: PARTICIPANTS }, () => ({ room, r })));
    for (let start = 0; start < everyone.length; start += 10) {
      const batch = everyone.slice(start, start + 10).map(async ({ room, r }, j) => {
        const browser = new Browser(urlOf(start + j));
        const { joinSession } = await browser.graphql<{ joinSession: { participant: { id: string } } }>(JOIN, {
          input: {
            code: joinCodes[r],
            language: ['nl', 'ar', 'en'][(start + j) % 3],
            consent: { textVersion: '2026-01', research: false },
          },
        });
        const phone: Phone = {
          browser,
          id: joinSession.participant.id,
          session: room,
          dotsLeft: DOTS,
          lastCursor: 0,
          waiting: [],
        };
        room.phones.push(phone);
        return phone;
      });
      phones.push(...(await Promise.all(batch)));
    }
    const TOTAL = phones.length;

    // --- what a phone does with events, and when it is up to date
    const updated = new Map<string, number[]>();
    let subscriptionErrors = 0;
    let fetchErrors = 0;
    let fetches = 0;
    let gaps = 0;
    let duplicates = 0;
    let warmedUp = 0;
    const upToDate = (keys: readonly string[], at: number) => {
      for (const key of keys) {
        let times = updated.get(key);
        if (!times) updated.set(key, (times = []));
        times.push(at);
      }
    };
    // The board, loaded again: every change that arrived before the request went out is on screen with the answer.
    const loadBoard = async (phone: Phone, keys: string[]) => {
      fetches++;
      try {
        await phone.browser.graphql(PARTICIPANT_SESSION, { id: phone.session.id, participantId: phone.id });
        upToDate(keys, now());
      } catch (error) {
        fetchErrors++;
        if (fetchErrors <= 5) console.error(String(error).slice(0, 300));
      }
    };
    const onEvent = (phone: Phone, key: string | null, cursor: number) => {
      const gap = cursor > phone.lastCursor + 1;
      if (cursor <= phone.lastCursor) duplicates++;
      else if (gap) gaps++;
      phone.lastCursor = Math.max(phone.lastCursor, cursor);
      if (PHONE === 'apply') {
        // The event's records go into the cache; after a gap, the board is loaded again.
        if (!gap) {
          if (key) upToDate([key], now());
        } else void loadBoard(phone, key ? [key] : []);
        return;
      }
      if (key) phone.waiting.push(key);
      phone.burst ??= setTimeout(() => {
        phone.burst = undefined;
        void loadBoard(phone, phone.waiting.splice(0));
      }, BURST_MS);
    };

    // --- each phone subscribes; a warm-up event per session shows when every one of them is attached
    for (const [i, phone] of phones.entries()) {
      const { sessionEventCursor } = await phone.browser.graphql<{ sessionEventCursor: string }>(
        `query ($sessionId: ID!) { sessionEventCursor(sessionId: $sessionId) }`,
        { sessionId: phone.session.id },
      );
      phone.lastCursor = Number(sessionEventCursor);
      const client = phone.browser.socket(urlOf(i));
      phone.client = client;
      clients.push(client);
      client.subscribe<{
        sessionEvents: { cursor: string; type: string; ideaId: string | null; voteId: string | null };
      }>(
        { query: EVENTS, variables: { sessionId: phone.session.id, after: sessionEventCursor } },
        {
          next: (result) => {
            const event = result.data?.sessionEvents;
            if (!event) {
              subscriptionErrors++;
              if (subscriptionErrors <= 5) console.error(JSON.stringify(result.errors).slice(0, 300));
              return;
            }
            if (event.type === 'SESSION_UPDATED') {
              warmedUp++;
              phone.lastCursor = Number(event.cursor);
              return;
            }
            const key = event.type === 'IDEA_CREATED' ? event.ideaId : event.type === 'VOTE_CAST' ? event.voteId : null;
            onEvent(phone, key, Number(event.cursor));
          },
          error: () => void subscriptionErrors++,
          complete: () => undefined,
        },
      );
    }
    // The facilitator's screens of each session, on the servers in turn, from the same cursor on.
    let screenEventCount = 0;
    const screenDocuments = Object.values(screenEvents()).slice(0, SCREENS);
    for (const [i, room] of rooms.entries()) {
      const { sessionEventCursor } = await facilitator.graphql<{ sessionEventCursor: string }>(
        `query ($sessionId: ID!) { sessionEventCursor(sessionId: $sessionId) }`,
        { sessionId: room.id },
      );
      for (const [j, query] of screenDocuments.entries()) {
        const client = facilitator.socket(urlOf(i * SCREENS + j));
        clients.push(client);
        client.subscribe<{ sessionEvents: { type: string } }>(
          { query, variables: { sessionId: room.id, after: sessionEventCursor } },
          {
            next: (result) => {
              if (result.data?.sessionEvents) screenEventCount++;
              else if (++subscriptionErrors <= 5) console.error(JSON.stringify(result.errors).slice(0, 300));
            },
            error: () => void subscriptionErrors++,
            complete: () => undefined,
          },
        );
      }
    }
    for (const room of rooms) {
      await facilitator.graphql(
        `mutation ($input: UpdateSessionInput!) { updateSession(input: $input) { session { id } } }`,
        { input: { sessionId: room.id, location: 'Loopback hall, ready' } },
      );
    }
    if (!(await until(() => warmedUp >= TOTAL && screenEventCount >= rooms.length * SCREENS, 120_000)))
      throw new Error(`Only ${warmedUp} of ${TOTAL} subscriptions received the warm-up event.`);

    // --- the workshops: every participant acts every few seconds; a trivial query measures plain HTTP alongside
    const screenEventsBefore = screenEventCount;
    const changes: Change[] = [];
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

    // The phone's own mutations, with the ids its outbox gives each (web/src/app/offline): a new record's id and the
    // clientMutationId that makes a resend safe. The server checks both, and answers with what the phone shows.
    const { idea: IDEA, vote: VOTE } = phoneMutations();
    const act = async (phone: Phone, n: number) => {
      const room = phone.session;
      const challengeId = room.challengeIds[Math.floor(random() * room.challengeIds.length)]!;
      const vote = random() < 0.5 && phone.dotsLeft > 0;
      const sentAt = now();
      try {
        let key: string;
        if (vote) {
          phone.dotsLeft--;
          const data = await phone.browser.graphql<{ castVote: { vote: { id: string } } }>(VOTE, {
            input: {
              id: randomUUID(),
              clientMutationId: randomUUID(),
              roundId: room.roundId,
              participantId: phone.id,
              challengeId,
              dots: 1,
            },
            participantId: phone.id,
          });
          key = data.castVote.vote.id;
        } else {
          const data = await phone.browser.graphql<{ createIdea: { idea: { id: string } } }>(IDEA, {
            input: {
              id: randomUUID(),
              clientMutationId: randomUUID(),
              challengeId,
              text: `Idea ${n} from a phone`,
              language: 'nl',
              authorId: phone.id,
            },
          });
          key = data.createIdea.idea.id;
        }
        changes.push({ key, room, sentAt, ackAt: now() });
      } catch (error) {
        mutationErrors++;
        if (mutationErrors <= 5) console.error(String(error).slice(0, 500));
      }
    };
    const actors = phones.map(async (phone) => {
      // Spread the first actions over one interval, as people do not all type at once.
      let next = startedAt + random() * MAX_INTERVAL_MS;
      let n = 0;
      const pending: Promise<void>[] = [];
      for (;;) {
        if (next >= endsAt) break;
        await sleep(next - now());
        pending.push(act(phone, n++));
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
    await Promise.all([...actors, sampler]);

    // --- wait until every phone of each session shows every change, or the drain timeout
    const expected = changes.reduce((sum, change) => sum + change.room.phones.length, 0);
    const shown = () => changes.reduce((sum, change) => sum + (updated.get(change.key)?.length ?? 0), 0);
    await until(() => shown() >= expected, DRAIN_TIMEOUT_MS);
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
    for (const change of changes) {
      for (const at of (updated.get(change.key) ?? []).slice(0, change.room.phones.length)) {
        if (at < change.ackAt) early++;
        latencies.push(Math.max(0, at - change.ackAt));
        fromSend.push(at - change.sentAt);
      }
    }
    latencies.sort((a, b) => a - b);
    fromSend.sort((a, b) => a - b);
    const acks = changes.map((change) => change.ackAt - change.sentAt).toSorted((a, b) => a - b);
    baseline.sort((a, b) => a - b);
    const p50 = percentile(latencies, 50);
    const baselineP50 = percentile(baseline, 50);
    const lines: [string, string | number][] = [
      ['participants', TOTAL],
      ['sessions', SESSIONS],
      ['participants_per_session', PARTICIPANTS],
      ['processes', PROCESSES],
      ['screens_per_session', SCREENS],
      ['phone', `${PHONE}${PHONE === 'apply' && !eventRecords ? ' (events bring ids only on this server)' : ''}`],
      ['seconds', SECONDS],
      ['seed', SEED],
      ['interval_s', `${MIN_INTERVAL_MS / 1000}-${MAX_INTERVAL_MS / 1000}`],
      ['events', changes.length],
      ['events_per_second', (changes.length / SECONDS).toFixed(1)],
      ['updates', latencies.length],
      ['updates_per_second', (latencies.length / SECONDS).toFixed(0)],
      ['p50_ms', ms(p50)],
      ['p95_ms', ms(percentile(latencies, 95))],
      ['p99_ms', ms(percentile(latencies, 99))],
      ['max_ms', ms(latencies.at(-1) ?? NaN)],
      ['ack_p50_ms', ms(percentile(acks, 50))],
      ['ack_p99_ms', ms(percentile(acks, 99))],
      ['updated_before_ack', early],
      ['send_to_updated_p50_ms', ms(percentile(fromSend, 50))],
      ['send_to_updated_p99_ms', ms(percentile(fromSend, 99))],
      ['lost_events', expected - latencies.length],
      ['board_fetches', fetches],
      ['screen_events', screenEventCount - screenEventsBefore],
      ['duplicates', duplicates],
      ['cursor_gaps', gaps],
      ['errors', mutationErrors + subscriptionErrors + fetchErrors],
      ['server_cpu_seconds', serverCpu.toFixed(2)],
      ['server_cpu_seconds_per_process', cpuAfter.map((after, i) => (after - cpuBefore[i]!).toFixed(2)).join(', ')],
      ['postgres_cpu_seconds', Number.isFinite(postgresCpu) ? postgresCpu.toFixed(2) : 'n/a'],
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
