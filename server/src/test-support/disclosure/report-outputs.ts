// The session report in each of its outputs (the API query, the JSON, CSV and PDF downloads), read back
// as the tables an attacker reads: what each shows by group, with who is behind each table from what
// the attacker knows.
import { parse as parseCsv } from 'csv-parse/sync';
import { extractText, getDocumentProxy } from 'unpdf';
import { BACKGROUND_LABELS } from '../../modules/report/report.pdf.js';
import { SESSION_REPORT_QUERY, type SessionReportData } from '../../modules/report/report.query.js';
import type { TestApp } from '../test-app.js';
import type { Observation } from './attacker.js';
import { GROUPS, type WorldSession } from './world.js';

export type Format = 'api' | 'json' | 'csv' | 'pdf';
export const FORMATS: readonly Format[] = ['api', 'json', 'csv', 'pdf'];

type Shown = Map<string, number>;
type Tables = Record<'attendance' | 'challenges' | 'ideas' | 'dots', Shown>;

const shownOf = (figures: readonly { background: string; count: number | null; suppressed: boolean }[]): Shown =>
  new Map(figures.filter((f) => !f.suppressed && f.count !== null).map((f) => [f.background, f.count as number]));

const fromReport = (report: SessionReportData): Tables => ({
  attendance: shownOf(report.attendance.byBackground),
  challenges: shownOf(report.contributions.challenges.byBackground),
  ideas: shownOf(report.contributions.ideas.byBackground),
  dots: shownOf(report.contributions.dotsGiven.byBackground),
});

const download = async (app: TestApp, sessionId: string, format: string): Promise<Response> => {
  const response = await fetch(`${app.url}/sessions/${sessionId}/report.${format}`, {
    headers: { cookie: [...app.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
  });
  if (response.status !== 200) throw new Error(`The ${format} download answered ${response.status}.`);
  return response;
};

const asNumber = (cell: string | undefined): number | undefined =>
  cell && /^\d+$/.test(cell) ? Number(cell) : undefined;

function fromCsv(text: string): Tables {
  const rows = parseCsv<Record<string, string>>(text, { bom: true, columns: true });
  const pick = (section: string, name: string): Shown => {
    const shown: Shown = new Map();
    for (const row of rows) {
      if (row.section !== section || row.name !== name || !row.group) continue;
      const n = asNumber(row.count);
      if (n !== undefined) shown.set(row.group, n);
    }
    return shown;
  };
  return {
    attendance: pick('attendance', 'background'),
    challenges: pick('contributions', 'challenges'),
    ideas: pick('contributions', 'ideas'),
    dots: pick('contributions', 'dots_given'),
  };
}

// The PDF's tables come out of its text as "label figure figure…"; a figure is a number or words.
const FIGURE = String.raw`(\d+|not shown|after closing|fewer than \d+)`;

function fromPdfText(raw: string): Tables {
  const text = raw.replace(/\s+/g, ' ');
  const between = (from: string, to: string) => {
    const start = text.indexOf(from);
    const end = text.indexOf(to, start + from.length);
    if (start < 0 || end < 0) throw new Error(`The PDF has no "${from}" section.`);
    return text.slice(start, end);
  };
  const attendance = between('Attendance', 'Returning');
  const contributions = between('Contributions by group', 'All (with those');
  const tables: Tables = { attendance: new Map(), challenges: new Map(), ideas: new Map(), dots: new Map() };
  for (const group of GROUPS) {
    const label = BACKGROUND_LABELS[group] ?? group;
    const a = new RegExp(`${label} ${FIGURE}`).exec(attendance);
    if (!a) throw new Error(`The PDF's attendance has no row for ${label}.`);
    const n = asNumber(a[1]);
    if (n !== undefined) tables.attendance.set(group, n);
    const c = new RegExp(`${label} ${FIGURE} ${FIGURE} ${FIGURE}`).exec(contributions);
    if (!c) throw new Error(`The PDF's contributions have no row for ${label}.`);
    (['challenges', 'ideas', 'dots'] as const).forEach((name, i) => {
      const value = asNumber(c[i + 1]);
      if (value !== undefined) tables[name].set(group, value);
    });
  }
  return tables;
}

// What each output of the session report shows by group, right now: the API query once, then the
// downloads (the query also makes the app's operator a member of every organisation, so they may read).
export async function readReport(app: TestApp, sessionId: string): Promise<Record<Format, Tables>> {
  const { sessionReport } = await app.ok<{ sessionReport: SessionReportData }>(SESSION_REPORT_QUERY, { sessionId });
  const [json, csv, pdf] = await Promise.all([
    download(app, sessionId, 'json').then(async (r) => fromReport((await r.json()) as SessionReportData)),
    download(app, sessionId, 'csv').then(async (r) => fromCsv(await r.text())),
    download(app, sessionId, 'pdf').then(async (r) => {
      const bytes = new Uint8Array(await r.arrayBuffer());
      const { text } = await extractText(await getDocumentProxy(bytes), { mergePages: true });
      return fromPdfText(text);
    }),
  ]);
  return { api: fromReport(sessionReport), json, csv, pdf };
}

// The report of a session in every output, as the tables an attacker reads, with who is behind each one
// as the attacker knows it at this moment (a copy: the session goes on changing).
export async function observeReport(
  app: TestApp,
  session: WorldSession,
  moment: string,
): Promise<Record<Format, Observation[]>> {
  const outputs = await readReport(app, session.id);
  const knows = session.knows;
  const observe = (format: Format) =>
    (['attendance', 'challenges', 'ideas', 'dots'] as const).map((name) => ({
      source: `${format} ${moment} / ${name}`,
      people: new Map(knows[name]),
      shown: outputs[format][name],
    }));
  return { api: observe('api'), json: observe('json'), csv: observe('csv'), pdf: observe('pdf') };
}
