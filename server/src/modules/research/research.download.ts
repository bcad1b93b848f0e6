// `/projects/:id/research-export.csv|json`, `/projects/:id/research-codebook.json` and
// `/projects/:id/research-readme.md`: the research export's files, streamed, under the same rule as the
// `researchExport` query (the guard decides, from research.policy.ts). The rows go out a page of participants at a
// time; `x-export-rows` says how many there will be, so that a browser can show its progress.
import type { ServerResponse } from 'node:http';
import { stringify } from 'csv-stringify/sync';
import { authorizeOperation } from '../../core/auth/guard.js';
import type { Context } from '../../core/context.js';
import { DomainError, ErrorCode } from '../../core/errors.js';
import { codebookOf, readmeOf } from './research.codebook.js';
import { exportRows, planExport, variablesOf, type ExportPlan } from './research.service.js';

export type ResearchFile = 'export.csv' | 'export.json' | 'codebook.json' | 'readme.md';

export interface ResearchDownload {
  projectId: string;
  file: ResearchFile;
}

const PATH = /^\/projects\/([^/]+)\/research-(export\.csv|export\.json|codebook\.json|readme\.md)$/;

export function matchResearchDownload(pathname: string): ResearchDownload | undefined {
  const match = PATH.exec(pathname);
  if (!match?.[1] || !match[2]) return undefined;
  let projectId = match[1];
  try {
    projectId = decodeURIComponent(projectId);
  } catch {
    // Left as it came: no project has that id, and the answer is 404.
  }
  return { projectId, file: match[2] as ResearchFile };
}

const CONTENT_TYPES: Record<ResearchFile, string> = {
  'export.csv': 'text/csv; charset=utf-8',
  'export.json': 'application/json; charset=utf-8',
  'codebook.json': 'application/json; charset=utf-8',
  'readme.md': 'text/markdown; charset=utf-8',
};

const HTTP_STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
};

function refuse(res: ServerResponse, code: string, message: string): void {
  res.writeHead(HTTP_STATUS[code] ?? 500, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

const fileName = (plan: ExportPlan, file: ResearchFile, at: Date): string => {
  const slug =
    plan.title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'project';
  return `attachment; filename="${slug}-research-${file.replace('.', '-').replace(/-(csv|json|md)$/, '.$1')}-${at.toISOString().slice(0, 10)}"`;
};

// Writes a chunk and waits when the client reads slowly.
const write = (res: ServerResponse, chunk: string): Promise<void> =>
  res.write(chunk) ? Promise.resolve() : new Promise((resolve) => res.once('drain', () => resolve()));

export async function serveResearchDownload(
  context: () => Promise<Context>,
  download: ResearchDownload,
  res: ServerResponse,
): Promise<void> {
  const ctx = await context();
  try {
    await authorizeOperation(ctx, 'researchExport', { projectId: download.projectId });
  } catch (error) {
    if (error instanceof DomainError) return refuse(res, String(error.extensions.code), error.message);
    throw error;
  }
  const plan = await planExport(ctx.em, download.projectId);
  if (!plan) return refuse(res, ErrorCode.NOT_FOUND, 'There is no such project.');
  const now = new Date();
  const headers = {
    'content-type': CONTENT_TYPES[download.file],
    'content-disposition': fileName(plan, download.file, now),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-export-rows': String(plan.rowCount),
  };
  if (download.file === 'codebook.json' || download.file === 'readme.md') {
    const body = download.file === 'readme.md' ? readmeOf(plan, now) : JSON.stringify(codebookOf(plan, now), null, 2);
    res.writeHead(200, { ...headers, 'content-length': Buffer.byteLength(body) });
    res.end(body);
    return;
  }
  res.writeHead(200, headers);
  const columns = variablesOf(plan);
  if (download.file === 'export.csv') {
    await write(res, `\ufeff${stringify([columns])}`);
    for await (const rows of exportRows(ctx.em, plan)) {
      await write(res, stringify(rows, { columns }));
    }
  } else {
    await write(res, `{"project":${JSON.stringify(plan.title)},"generatedAt":"${now.toISOString()}","rows":[`);
    let first = true;
    for await (const rows of exportRows(ctx.em, plan)) {
      for (const row of rows) {
        await write(res, `${first ? '' : ','}\n${JSON.stringify(row)}`);
        first = false;
      }
    }
    await write(res, '\n]}\n');
  }
  res.end();
}
