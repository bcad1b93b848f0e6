import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repoRoot, serverEntry } from './paths.js';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface Stack {
  // http://127.0.0.1:<port>, without a trailing slash.
  baseUrl: string;
  // The embedded PostgreSQL's data folder, removed by `stop()`.
  dataDir: string;
  // Everything the server printed so far (JSON log lines and its banner).
  logs(): string;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  // SIGTERM, then SIGKILL after 30 s; removes the data folder.
  stop(): Promise<void>;
  // The server's exit code once stopped (0 after a clean shutdown), or its signal.
  exitStatus(): number | NodeJS.Signals | null;
}

export interface StackOptions {
  // Extra environment for the server, e.g. { SEED_DEMO: 'false' }.
  env?: Record<string, string>;
  // How long to wait for GET /healthz (default 120 s: a first PostgreSQL cluster on two slow cores).
  startTimeoutMs?: number;
}

const MAX_LOG_CHARS = 2_000_000;
const running = new Set<ChildProcess>();

// If the test process dies without stopping a stack, take its server and PostgreSQL down with it.
process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

// A folder for PostgreSQL's data that the `postgres` user can reach: as root the server runs
// PostgreSQL as `postgres`, which needs to pass through every parent folder (mkdtemp makes 0700).
function freshDataDir(): { root: string; dataDir: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'samenspraak-e2e-'));
  chmodSync(root, 0o755);
  return { root, dataDir: path.join(root, 'postgres') };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function databaseIsUp(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
    if (!response.ok) return false;
    const body = (await response.json()) as { database?: string };
    return body.database === 'up';
  } catch {
    return false;
  }
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

// Boots the built stack as `npm start` runs it (node server/dist/main.js, serving web/dist), but
// isolated: its own ports and a throw-away embedded PostgreSQL, with the demo data seeded.
// Builds nothing: the global setup has built web/dist and server/dist once for the run.
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const [port, pgPort] = [await freePort(), await freePort()];
  const { root, dataDir } = freshDataDir();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    EMBEDDED_PG_PORT: String(pgPort),
    EMBEDDED_PG_DIR: dataDir,
    LOG_LEVEL: 'info',
    // Every browser of a test comes from 127.0.0.1: its phones join the demo session as fast as the test runs.
    JOIN_RATE_PER_MINUTE: '6000',
    ...options.env,
  };
  // Isolated means the embedded database, even when the developer's shell points at their own.
  if (!options.env?.DATABASE_URL) delete env.DATABASE_URL;

  let output = '';
  // Its own process group, so that a hung server and its PostgreSQL can be stopped together.
  const child = spawn(process.execPath, [serverEntry], {
    cwd: path.join(repoRoot, 'server'),
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const collect = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > MAX_LOG_CHARS) output = output.slice(-MAX_LOG_CHARS);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    // To the server alone: its SIGTERM handler stops the API, the ORM and then PostgreSQL.
    if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    if (!(await waitForExit(child, 30_000))) {
      killGroup(child, 'SIGKILL');
      await waitForExit(child, 5_000);
    } else {
      // Whatever of its group is left (nothing, after a clean shutdown).
      killGroup(child, 'SIGKILL');
    }
    running.delete(child);
    rmSync(root, { recursive: true, force: true });
  };

  const timeout = options.startTimeoutMs ?? 120_000;
  const deadline = Date.now() + timeout;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await stop();
      throw new Error(
        `The server exited (${child.exitCode ?? child.signalCode}) before it was healthy. Its output:\n${output.slice(-8000)}`,
      );
    }
    if (await databaseIsUp(baseUrl)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server was not healthy within ${timeout / 1000} s. Its output:\n${output.slice(-8000)}`);
    }
    await sleep(250);
  }

  // The server falls back to another folder when the postgres user cannot reach the one asked for;
  // the stack would then leak that folder, so say so loudly.
  if (!output.includes(dataDir)) {
    await stop();
    throw new Error(`The server did not use the data folder ${dataDir}. Its output:\n${output.slice(-8000)}`);
  }

  return {
    baseUrl,
    dataDir,
    logs: () => output,
    exitStatus: () => child.exitCode ?? child.signalCode,
    graphql: async <T>(query: string, variables?: Record<string, unknown>) => {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    },
    stop,
  };
}
