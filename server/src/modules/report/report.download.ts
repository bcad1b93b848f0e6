import type { ApolloServer } from '@apollo/server';
import type { ServerResponse } from 'node:http';
import type { Context } from '../../core/context.js';
import { ErrorCode } from '../../core/errors.js';
import { isBusy, renderReport } from './report.render.js';
import { SESSION_REPORT_QUERY, type SessionReportData } from './report.query.js';

export type ReportFormat = 'json' | 'csv' | 'pdf';

export interface ReportDownload {
  sessionId: string;
  format: ReportFormat;
}

const REPORT_PATH = /^\/sessions\/([^/]+)\/report\.(json|csv|pdf)$/;

// `/sessions/:id/report.json|csv|pdf`, or undefined for any other path.
export function matchReportDownload(pathname: string): ReportDownload | undefined {
  const match = REPORT_PATH.exec(pathname);
  if (!match?.[1] || !match[2]) return undefined;
  let sessionId = match[1];
  try {
    sessionId = decodeURIComponent(sessionId);
  } catch {
    // Left as it came: it is no session id, and the query answers NOT_FOUND.
  }
  return { sessionId, format: match[2] as ReportFormat };
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
};

const HTTP_STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

// RFC 5987: what `encodeURIComponent` leaves as it is but a header value may not hold.
const encodeHeaderValue = (value: string): string =>
  encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

// "Buurtgesprek café 2026-03-14.pdf" for browsers that read UTF-8 names, and an ASCII one for the rest.
export function reportFileName(session: { title: string; startsAt: string }, format: ReportFormat): string {
  const date = session.startsAt.slice(0, 10);
  const title = session.title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const ascii =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase() || 'session';
  return `attachment; filename="${ascii}-${date}.${format}"; filename*=UTF-8''${encodeHeaderValue(`${title || 'session'} ${date}.${format}`)}`;
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string | number>,
  body: string | Buffer,
): void {
  res.writeHead(status, { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(body);
}

// Reports are read one at a time in this process. Putting a big one together keeps the main thread busy for a
// moment; four read at once would keep it busy for four moments in a row, and nothing else (not even /healthz)
// would be answered in between.
let reading: Promise<unknown> = Promise.resolve();
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const run = reading.then(task, task);
  reading = run.catch(() => undefined);
  return run;
}

// Answers a report download with the browser's own login: the `sessionReport` query is run inside the API,
// so the same authorization policy applies (401 without a login, 403 outside one's projects, 404 for no session).
export async function serveReportDownload(
  apollo: ApolloServer<Context>,
  context: () => Promise<Context>,
  download: ReportDownload,
  res: ServerResponse,
): Promise<void> {
  let language = 'en';
  const response = await oneAtATime(async () => {
    const contextValue = await context();
    language = contextValue.language;
    return apollo.executeOperation<{ sessionReport: SessionReportData }>(
      { query: SESSION_REPORT_QUERY, variables: { sessionId: download.sessionId } },
      { contextValue },
    );
  });
  if (response.body.kind !== 'single') throw new Error('The report query answered in parts.');
  const { data, errors } = response.body.singleResult;
  const report = data?.sessionReport;
  if (errors?.length || !report) {
    const code = errors?.[0]?.extensions?.code;
    send(
      res,
      (typeof code === 'string' && HTTP_STATUS[code]) || 500,
      { 'content-type': CONTENT_TYPES.json },
      JSON.stringify({ errors }),
    );
    return;
  }
  let body: string | Buffer;
  try {
    // JSON is the query's own answer; a CSV or PDF is laid out in a worker thread, or comes from the cache.
    body =
      download.format === 'json'
        ? JSON.stringify(report, null, 2)
        : await renderReport(download.format, report, language);
  } catch (error) {
    if (!isBusy(error)) throw error;
    send(
      res,
      503,
      { 'content-type': CONTENT_TYPES.json, 'retry-after': 10 },
      JSON.stringify({
        errors: [
          {
            message: 'Many reports are being made right now. Please try again in a few seconds.',
            extensions: { code: 'SERVICE_BUSY', retryAfterSeconds: 10 },
          },
        ],
      }),
    );
    return;
  }
  send(
    res,
    200,
    {
      'content-type': CONTENT_TYPES[download.format],
      'content-disposition': reportFileName(report.session, download.format),
      'content-length': Buffer.byteLength(body),
    },
    body,
  );
}
