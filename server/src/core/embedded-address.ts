import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Where the embedded PostgreSQL of a data folder takes connections, and with which password: what the server
// (server/src/core/database.ts) and the benchmarks in test/bench, which run their own servers on one, both need. Node's
// own modules only, so that those scripts can import it without the server's configuration.

export const EMBEDDED_USER = 'samenspraak';
// The data folder's own password, readable only by the user that runs the server.
export const PASSWORD_FILE = 'samenspraak.password';

// The address of an embedded PostgreSQL: its Unix socket when it has one, else 127.0.0.1. A statement is a round
// trip, and on the socket it costs both ends less than over TCP: 5,000 one-row statements on this machine took
// 55–97 µs of the client's CPU each instead of 84–127 (README, "Where the figures stand", for a full room).
export const embeddedAddress = (password: string, port: number, database: string, socketDir?: string): string =>
  `postgresql://${EMBEDDED_USER}:${encodeURIComponent(password)}@${socketDir ? encodeURIComponent(socketDir) : '127.0.0.1'}:${port}/${database}`;

// The password of a data folder: the one kept in it, or a new random one (written once the folder exists).
export function passwordOf(dataDir: string): { password: string; stored: boolean } {
  const file = path.join(dataDir, PASSWORD_FILE);
  if (existsSync(file)) return { password: readFileSync(file, 'utf8').trim(), stored: true };
  return { password: randomBytes(24).toString('hex'), stored: false };
}

export const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// postmaster.pid holds the server's pid on its first line, its port on the fourth and the folder of its first Unix
// socket on the fifth (empty without one).
export function runningPostmaster(dataDir: string): { pid: number; port: number; socketDir?: string } | undefined {
  const file = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  const [pid, port] = [Number(lines[0]?.trim()), Number(lines[3]?.trim())];
  const socketDir = lines[4]?.trim() || undefined;
  return pid && port && isAlive(pid) ? { pid, port, socketDir } : undefined;
}

// The address of an embedded PostgreSQL that runs on this data folder (started by another process: the server of
// `pnpm dev`, or a benchmark's), with the folder's own password; undefined before the folder has one.
export function embeddedUrl(dataDir: string, port: number, database: string): string | undefined {
  const own = passwordOf(dataDir);
  const running = runningPostmaster(dataDir);
  return own.stored ? embeddedAddress(own.password, running?.port ?? port, database, running?.socketDir) : undefined;
}
