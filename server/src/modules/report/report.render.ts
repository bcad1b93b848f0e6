import { createHash } from 'node:crypto';
import os from 'node:os';
import { LRUCache } from 'lru-cache';
import { Piscina } from 'piscina';
import type { SessionReportData } from './report.query.js';
import type { RenderTask } from './report.worker.js';

// The compiled worker next to this file, or, when the server runs from its TypeScript sources (tests, `pnpm dev`),
// the source one, which its thread loads through tsx.
const fromSources = import.meta.url.endsWith('.ts');

// One thread per spare core (one on a 2-core machine): rendering never takes the core the API answers on.
// A thread stops when it has been idle for a while, so an idle server holds no extra memory.
let pool: Piscina<RenderTask, Uint8Array> | undefined;
const workers = (): Piscina<RenderTask, Uint8Array> =>
  (pool ??= new Piscina({
    filename: new URL(`./report.worker.${fromSources ? 'ts' : 'js'}`, import.meta.url).href,
    execArgv: fromSources ? ['--import', 'tsx'] : [],
    minThreads: 0,
    maxThreads: Math.max(1, os.availableParallelism() - 1),
    idleTimeout: 30_000,
    // Beyond this many waiting renders the server answers "busy" rather than piling up work.
    maxQueue: 32,
  }));

// Rendered reports by their format and content: a report is rendered again only when what it shows changed,
// so a session that did not change since the last download is sent from here. Requests for the same report that
// arrive while it renders wait for that one render.
const rendered = new LRUCache<string, Buffer>({
  maxSize: 64 * 1024 * 1024,
  sizeCalculation: (body) => Math.max(1, body.byteLength),
});
const rendering = new Map<string, Promise<Buffer>>();

// How many renders the workers started, for the tests that check what the cache spares.
export const renderCount = { started: 0 };

export function renderReport(
  format: RenderTask['format'],
  report: SessionReportData,
  language = 'en',
): Promise<Buffer> {
  const key = `${format}:${language}:${createHash('sha256').update(JSON.stringify(report)).digest('base64url')}`;
  const cached = rendered.get(key);
  if (cached) return Promise.resolve(cached);
  let pending = rendering.get(key);
  if (!pending) {
    renderCount.started++;
    pending = workers()
      .run({ format, report, language })
      .then((bytes) => {
        const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        rendered.set(key, body);
        return body;
      })
      .finally(() => rendering.delete(key));
    rendering.set(key, pending);
  }
  return pending;
}

// Whether an error means the workers have more waiting than they take: the client should try again shortly.
export const isBusy = (error: unknown): boolean => error instanceof Error && /queue is at limit/i.test(error.message);
