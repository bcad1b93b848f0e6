// `/projects/:id/funder-report-<year>.csv|pdf`: the funder's report as files, made from the `funderReport` query run
// inside the API with the browser's own login, so that they answer exactly what the query answers, under its rule.
import type { ApolloServer } from '@apollo/server';
import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { stringify } from 'csv-stringify/sync';
import PdfDocument from 'pdfkit';
import type { Context } from '../../core/context.js';
import { ErrorCode } from '../../core/errors.js';

const require = createRequire(import.meta.url);

export interface FunderDownload {
  projectId: string;
  year: number;
  format: 'csv' | 'pdf';
}

const PATH = /^\/projects\/([^/]+)\/funder-report-(\d{4})\.(csv|pdf)$/;

export function matchFunderDownload(pathname: string): FunderDownload | undefined {
  const match = PATH.exec(pathname);
  if (!match?.[1] || !match[2] || !match[3]) return undefined;
  return { projectId: match[1], year: Number(match[2]), format: match[3] as 'csv' | 'pdf' };
}

const FIGURE = 'total byBackground { background value hiddenBecause }';
export const FUNDER_REPORT_QUERY = /* GraphQL */ `
  query FunderReportDownload($projectId: ID!, $year: Int!) {
    funderReport(projectId: $projectId, year: $year) {
      projectId title year smallGroupThreshold final sessionsHeld
      peopleReached { ${FIGURE} }
      minutes { ${FIGURE} }
      strategies { submitted answered adopted partlyAdopted underStudy declined done }
      helped { respondents agreed share hiddenBecause }
      competence { dimension all { n meanChange ciLow ciHigh hiddenBecause } }
    }
  }
`;

interface Figure {
  background: string;
  value: number | null;
  hiddenBecause: string | null;
}
export interface FunderReportData {
  projectId: string;
  title: string;
  year: number;
  smallGroupThreshold: number;
  final: boolean;
  sessionsHeld: number;
  peopleReached: { total: number; byBackground: Figure[] };
  minutes: { total: number; byBackground: Figure[] };
  strategies: Record<string, number | null>;
  helped: { respondents: number; agreed: number | null; share: number | null; hiddenBecause: string | null };
  competence: {
    dimension: string;
    all: {
      n: number | null;
      meanChange: number | null;
      ciLow: number | null;
      ciHigh: number | null;
      hiddenBecause: string | null;
    };
  }[];
}

export const GROUP_LABELS: Record<string, string> = {
  THIRD_COUNTRY_NATIONAL: 'Third-country nationals',
  HOST_COMMUNITY: 'Host community',
  EU_CITIZEN: 'EU citizens',
  PREFERS_NOT_TO_SAY: 'Did not say',
};

// The same words whether a figure is small or protects a small one.
export const figureWords = (value: number | null, hiddenBecause: string | null): string =>
  value !== null ? String(value) : hiddenBecause === 'NOT_FINAL' ? 'after the year' : 'not shown';

const hours = (minutes: number | null) => (minutes === null ? null : Math.round((minutes / 60) * 10) / 10);
const number = (n: number | null) => (n === null ? '' : n.toFixed(2));

function rowsOf(report: FunderReportData): string[][] {
  const rows: string[][] = [['section', 'name', 'group', 'value']];
  rows.push(['project', 'title', '', report.title], ['project', 'year', '', String(report.year)]);
  rows.push(['sessions', 'held', '', String(report.sessionsHeld)]);
  rows.push(['people', 'reached', 'all', String(report.peopleReached.total)]);
  for (const f of report.peopleReached.byBackground)
    rows.push(['people', 'reached', f.background, figureWords(f.value, f.hiddenBecause)]);
  rows.push(['hours', 'participation', 'all', String(hours(report.minutes.total))]);
  for (const f of report.minutes.byBackground)
    rows.push(['hours', 'participation', f.background, figureWords(hours(f.value), f.hiddenBecause)]);
  for (const [name, value] of Object.entries(report.strategies))
    rows.push(['strategies', name, '', value === null ? 'not recorded' : String(value)]);
  rows.push(['helped', 'respondents', '', String(report.helped.respondents)]);
  rows.push(['helped', 'agreed', '', figureWords(report.helped.agreed, report.helped.hiddenBecause)]);
  for (const c of report.competence) {
    const shown = c.all.meanChange !== null;
    rows.push(['competence', c.dimension, 'n', c.all.n === null ? 'not shown' : String(c.all.n)]);
    rows.push(['competence', c.dimension, 'mean change', shown ? number(c.all.meanChange) : 'not shown']);
    rows.push([
      'competence',
      c.dimension,
      '95% CI',
      shown ? `${number(c.all.ciLow)} to ${number(c.all.ciHigh)}` : 'not shown',
    ]);
  }
  return rows;
}

export const funderCsv = (report: FunderReportData): string => `\ufeff${stringify(rowsOf(report))}`;

function font(file: string): string {
  try {
    const path = require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
    if (existsSync(path)) return path;
  } catch {
    // not installed that way
  }
  return file.includes('Bold') ? 'Helvetica-Bold' : 'Helvetica';
}

export function funderPdf(report: FunderReportData): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PdfDocument({ size: 'A4', margin: 50, info: { Title: `${report.title} ${report.year}` } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const regular = font('DejaVuSans.ttf');
    const bold = font('DejaVuSans-Bold.ttf');
    doc.font(bold).fontSize(16).text(`${report.title}: report for ${report.year}`);
    doc.moveDown(0.5).font(regular).fontSize(10);
    doc.text(
      report.final
        ? `Final figures of ${report.year}.`
        : `The year is not over: figures by group are released once it is; totals are as of today.`,
    );
    const line = (label: string, value: string) => doc.text(`${label}  ${value}`);
    const section = (title: string) => doc.moveDown(0.6).font(bold).fontSize(12).text(title).font(regular).fontSize(10);
    section('Reach');
    line('Sessions held', String(report.sessionsHeld));
    line('People reached (unique)', String(report.peopleReached.total));
    for (const f of report.peopleReached.byBackground)
      line(`  ${GROUP_LABELS[f.background] ?? f.background}`, figureWords(f.value, f.hiddenBecause));
    line('Participation hours', String(hours(report.minutes.total)));
    for (const f of report.minutes.byBackground)
      line(`  ${GROUP_LABELS[f.background] ?? f.background}`, figureWords(hours(f.value), f.hiddenBecause));
    section('Strategies and the municipality’s answers');
    const s = report.strategies;
    line('Submitted', String(s.submitted));
    line('Answered', String(s.answered));
    line(
      'Adopted / partly / under study / declined',
      `${s.adopted} / ${s.partlyAdopted} / ${s.underStudy} / ${s.declined}`,
    );
    line('Done', s.done === null ? 'not recorded' : String(s.done));
    section('Said the activity helped them');
    line('Respondents', String(report.helped.respondents));
    line('Agreed', figureWords(report.helped.agreed, report.helped.hiddenBecause));
    if (report.helped.share !== null) line('Share', `${Math.round(report.helped.share * 100)}%`);
    section('Competence change (after − before, 1–5 scale, 95% interval)');
    for (const c of report.competence) {
      const shown = c.all.meanChange !== null;
      line(
        c.dimension,
        shown
          ? `n ${c.all.n}, ${number(c.all.meanChange)} (${number(c.all.ciLow)} to ${number(c.all.ciHigh)})`
          : 'not shown',
      );
    }
    doc
      .moveDown(1)
      .fontSize(8)
      .text(
        `Figures about fewer than ${report.smallGroupThreshold} people are not shown, nor any figure from which one could be worked out, so that nobody can be singled out. Hours count each attendance at the session's planned length.`,
      );
    doc.end();
  });
}

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

export async function serveFunderDownload(
  apollo: ApolloServer<Context>,
  context: () => Promise<Context>,
  download: FunderDownload,
  res: ServerResponse,
): Promise<void> {
  const response = await apollo.executeOperation<{ funderReport: FunderReportData }>(
    { query: FUNDER_REPORT_QUERY, variables: { projectId: download.projectId, year: download.year } },
    { contextValue: await context() },
  );
  if (response.body.kind !== 'single') throw new Error('The funder report query answered in parts.');
  const { data, errors } = response.body.singleResult;
  const report = data?.funderReport;
  if (errors?.length || !report) {
    const code = errors?.[0]?.extensions?.code;
    res.writeHead((typeof code === 'string' && STATUS[code]) || 500, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end(JSON.stringify({ errors }));
    return;
  }
  const body = download.format === 'csv' ? funderCsv(report) : await funderPdf(report);
  res.writeHead(200, {
    'content-type': download.format === 'csv' ? 'text/csv; charset=utf-8' : 'application/pdf',
    'content-disposition': `attachment; filename="funder-report-${report.year}.${download.format}"`,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}
