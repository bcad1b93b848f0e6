// What the benchmarks share: small helpers for figures, the stack (the built server in child processes, each in
// its own process group so that nothing outlives the bench), a browser's cookie jar over fetch and WebSocket, and
// CPU time and memory from /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createClient, type Client } from 'graphql-ws';
import { WebSocket } from 'ws';
import { embeddedUrl } from '../../server/src/core/embedded-address.js';
import { serverEntry } from '../support/paths.js';
import { freePort } from '../support/stack.js';

export { freePort };

// The address of the embedded PostgreSQL that a server started on `dataDir`, as the server itself uses it (its Unix
// socket when it has one, with the data folder's own password): other processes and the bare server use the same.
export function embeddedDatabaseUrl(dataDir: string, port: number): string {
  const url = embeddedUrl(dataDir, port, 'samenspraak');
  if (!url) throw new Error(`No embedded PostgreSQL with a password of its own runs in ${dataDir}`);
  return url;
}

// How long a server may take to answer /healthz (a first PostgreSQL cluster on two slow, shared cores).
export const START_TIMEOUT_MS = 180_000;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Whether `done` came true within `timeoutMs`.
export async function until(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}
export const now = () => performance.now();

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
export const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a');

// ------------------------------------------------------------------------------------------------------------
// The stack: server processes from server/dist, the first one running an embedded PostgreSQL for all of them.

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output: () => string;
}

const children: ChildProcess[] = [];

// Child processes to take down with the bench (started here or by the caller).
export function adopt(child: ChildProcess): void {
  children.push(child);
}

export function killAll(signal: NodeJS.Signals): void {
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

export async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false;
  }
}

// The built server by default; `entry` runs another program (node arguments) with the same environment.
export async function startServer(env: Record<string, string>, entry?: string[]): Promise<ServerProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = '';
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, entry ?? [...nodeArgs, serverEntry], {
    cwd: path.dirname(path.dirname(serverEntry)),
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      SEED_DEMO: 'true',
      WEB_DIST: '/nonexistent',
      // Every simulated phone comes from 127.0.0.1 and acts every few seconds: the limits meant for one person
      // on one network would measure themselves instead of the server.
      JOIN_RATE_PER_MINUTE: '100000',
      CONTRIBUTION_RATE_PER_MINUTE: '100000',
      VOTE_RATE_PER_MINUTE: '100000',
      ...env,
      PORT: String(port),
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

export async function stopServers(servers: readonly ServerProcess[]): Promise<void> {
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

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class Browser {
  private readonly cookies = new Map<string, string>();

  constructor(readonly url: string) {}

  // The cookies the server set, as a Cookie header.
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const cookie = this.cookieHeader();
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = ''] = setCookie.split(';');
      const at = pair.indexOf('=');
      if (at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
    const body = (await response.json()) as GraphQLResponse<T>;
    if (body.errors?.length || !body.data)
      throw new Error(`GraphQL: ${JSON.stringify(body.errors ?? response.status)}`);
    return body.data;
  }

  socket(url = this.url): Client {
    const cookie = this.cookieHeader();
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

export const TICKS_PER_SECOND = 100;

export function cpuSeconds(pid: number): number {
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
export function machineBusySeconds(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal: everything but idle and iowait.
  const busy = ticks.slice(0, 8).reduce((sum, value, i) => (i === 3 || i === 4 ? sum : sum + value), 0);
  return busy / TICKS_PER_SECOND;
}

export function peakRssMb(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

// The embedded PostgreSQL: its postmaster (from postmaster.pid) and the backends it started.
export function postgresCpuSeconds(dataDir: string | undefined): number {
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
