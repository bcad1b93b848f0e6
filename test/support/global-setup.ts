import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { repoRoot, serverEntry, webIndex } from './paths.js';

const run = (command: string, argv: string[]) =>
  spawnSync(command, argv, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: 'pipe' });

// `pnpm` is on PATH inside every pnpm script; the fallback covers a bare `npx vitest`.
function pnpm(args: string[]): { status: number | null; output: string } {
  let result = run('pnpm', args);
  if (result.error && 'code' in result.error && result.error.code === 'ENOENT') {
    result = run('npx', ['--yes', 'pnpm@12.4.2', ...args]);
  }
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function build(name: string): void {
  const started = Date.now();
  const { status, output } = pnpm(['--filter', name, 'build']);
  if (status !== 0) {
    throw new Error(`\`pnpm --filter ${name} build\` failed (exit ${status}):\n${output.slice(-8000)}`);
  }
  console.log(`built ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// Builds what a newcomer's `npm start` builds, once for the whole run, so that the browser tests
// drive the same web app and server. E2E_SKIP_BUILD=1 reuses web/dist and server/dist as they are.
export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD !== '1') {
    build('@samenspraak/web');
    build('@samenspraak/server');
  }
  for (const file of [webIndex, serverEntry]) {
    if (!existsSync(file)) throw new Error(`${file} is missing: build the web app and the server first.`);
  }
}
