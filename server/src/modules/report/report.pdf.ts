import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
// Named so that it does not shadow pdfkit's own named export, which its type definitions leave out.
import PdfDocument from 'pdfkit';
import { figureText, suppressionNote, type SessionReportData } from './report.query.js';

const require = createRequire(import.meta.url);

// DejaVu Sans covers every Latin accent, Greek, Cyrillic and the Arabic letters; pdfkit's built-in Helvetica
// only Latin-1. It comes with the dejavu-fonts-ttf package, or else from Debian's fonts-dejavu-core.
function findFont(file: string): string | undefined {
  const candidates: (() => string)[] = [
    () => require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
    () => `/usr/share/fonts/truetype/dejavu/${file}`,
  ];
  for (const candidate of candidates) {
    try {
      const path = candidate();
      if (existsSync(path)) return path;
    } catch {
      // Not installed this way; try the next.
    }
  }
  return undefined;
}

let fonts: { regular: string; bold: string } | undefined;
function reportFonts(): { regular: string; bold: string } {
  if (!fonts) {
    const regular = findFont('DejaVuSans.ttf');
    const bold = findFont('DejaVuSans-Bold.ttf');
    fonts = regular && bold ? { regular, bold } : { regular: 'Helvetica', bold: 'Helvetica-Bold' };
  }
  return fonts;
}

export const BACKGROUND_LABELS: Record<string, string> = {
  THIRD_COUNTRY_NATIONAL: 'Third-country nationals',
  HOST_COMMUNITY: 'Host community',
  EU_CITIZEN: 'EU citizens',
  PREFERS_NOT_TO_SAY: 'Prefers not to say',
};

const STATUS_LABELS: Record<string, string> = {
  DRAFT: 'draft',
  SCHEDULED: 'scheduled',
  LIVE: 'live',
  CLOSED: 'closed',
  REVIEWED: 'reviewed',
  SUBMITTED: 'submitted to the municipality',
  ANSWERED: 'answered by the municipality',
  OPEN: 'open',
};

const TARGET_LABELS: Record<string, string> = { CHALLENGES: 'challenges', IDEAS: 'ideas' };

const DECISION_LABELS: Record<string, string> = {
  ADOPTED: 'Adopted',
  PARTLY_ADOPTED: 'Partly adopted',
  UNDER_STUDY: 'Under study',
  DECLINED: 'Declined',
};

const label = (labels: Record<string, string>, value: string): string => labels[value] ?? value;

const formatDate = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));

const dots = (n: number): string => `${n} ${n === 1 ? 'dot' : 'dots'}`;

const MARGIN = 50;
const INK = '#1a1a1a';
const MUTED = '#5c5c5c';
const RULE = '#c8c8c8';

interface Column {
  header: string;
  // A share of the text width.
  share: number;
  align?: 'left' | 'right';
}

// A small report writer over pdfkit: headings, paragraphs and tables that break across pages cleanly.
class ReportWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly regular: string;
  private readonly bold: string;

  constructor(title: string) {
    const { regular, bold } = reportFonts();
    this.doc = new PdfDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      bufferPages: true,
      info: { Title: title, Author: 'Samenspraak', Subject: 'Session report' },
    });
    this.doc.registerFont('body', regular);
    this.doc.registerFont('bold', bold);
    this.regular = 'body';
    this.bold = 'bold';
    this.doc.font(this.regular).fillColor(INK);
  }

  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  // Starts a new page when less than `height` is left on this one.
  private room(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  heading(text: string, size = 14): void {
    this.doc.font(this.bold).fontSize(size);
    this.room(this.doc.heightOfString(text, { width: this.width }) + 40);
    this.doc.moveDown(0.8).fillColor(INK).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
  }

  text(text: string, options: { size?: number; bold?: boolean; color?: string; indent?: number } = {}): void {
    const indent = options.indent ?? 0;
    this.doc
      .font(options.bold ? this.bold : this.regular)
      .fontSize(options.size ?? 10)
      .fillColor(options.color ?? INK);
    this.room(this.doc.heightOfString(text, { width: this.width - indent }));
    this.doc.text(text, MARGIN + indent, this.doc.y, { width: this.width - indent });
    this.doc.fillColor(INK);
  }

  gap(lines = 0.5): void {
    this.doc.moveDown(lines);
  }

  rule(): void {
    const y = this.doc.y + 4;
    this.doc
      .moveTo(MARGIN, y)
      .lineTo(MARGIN + this.width, y)
      .lineWidth(0.75)
      .strokeColor(RULE)
      .stroke();
    this.doc.y = y + 6;
  }

  table(columns: readonly Column[], rows: readonly string[][], options: { lastRowBold?: boolean } = {}): void {
    const pad = 4;
    const widths = columns.map((c) => c.share * this.width);
    const heightOf = (cells: readonly string[], font: string): number => {
      this.doc.font(font).fontSize(9.5);
      return (
        Math.max(
          ...cells.map((cell, i) => this.doc.heightOfString(cell || ' ', { width: (widths[i] ?? 0) - 2 * pad })),
        ) +
        2 * pad
      );
    };
    const draw = (cells: readonly string[], font: string, fill?: string): void => {
      const height = heightOf(cells, font);
      const top = this.doc.y;
      if (fill) this.doc.rect(MARGIN, top, this.width, height).fill(fill);
      this.doc.fillColor(INK).font(font).fontSize(9.5);
      let x = MARGIN;
      cells.forEach((cell, i) => {
        const width = widths[i] ?? 0;
        this.doc.text(cell, x + pad, top + pad, { width: width - 2 * pad, align: columns[i]?.align ?? 'left' });
        x += width;
      });
      this.doc
        .moveTo(MARGIN, top + height)
        .lineTo(MARGIN + this.width, top + height)
        .lineWidth(0.5)
        .strokeColor(RULE)
        .stroke();
      this.doc.x = MARGIN;
      this.doc.y = top + height;
    };
    const header = columns.map((c) => c.header);
    this.room(heightOf(header, this.bold) + heightOf(rows[0] ?? [''], this.regular));
    draw(header, this.bold, '#eeeeee');
    rows.forEach((row, index) => {
      const font = options.lastRowBold && index === rows.length - 1 ? this.bold : this.regular;
      if (this.doc.y + heightOf(row, font) > this.bottom) {
        this.doc.addPage();
        draw(header, this.bold, '#eeeeee');
      }
      draw(row, font);
    });
    this.doc.moveDown(0.5);
  }

  // Page numbers at the foot of every page, written once the number of pages is known.
  footer(text: string): void {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const bottomMargin = this.doc.page.margins.bottom;
      // Writing inside the bottom margin would otherwise start a new page.
      this.doc.page.margins.bottom = 0;
      this.doc
        .font(this.regular)
        .fontSize(8)
        .fillColor(MUTED)
        .text(`${text} · page ${i + 1} of ${range.count}`, MARGIN, this.doc.page.height - MARGIN / 2 - 8, {
          width: this.width,
          align: 'center',
          lineBreak: false,
        });
      this.doc.page.margins.bottom = bottomMargin;
    }
  }

  finish(): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
      this.doc.end();
    });
  }
}

// An A4 report to hand out or file: title block, attendance, contributions, the board by theme with votes,
// voting rounds, and the strategies with their actions and the municipality's answer.
// Arabic letters are shaped by the font engine, but pdfkit lays every line out left to right, so
// right-to-left text shows its words in reverse order.
export async function reportPdf(report: SessionReportData, madeAt: Date = new Date()): Promise<Buffer> {
  const { session, smallGroupThreshold: threshold } = report;
  const w = new ReportWriter(session.title);
  const figure = figureText;

  w.text('SESSION REPORT', { size: 9, color: MUTED });
  w.text(session.title, { size: 20, bold: true });
  w.text(session.projectTitle, { size: 12, color: MUTED });
  w.gap();
  w.text(`Date: ${formatDate(session.startsAt)} (${session.durationMinutes} minutes)`);
  w.text(`Place: ${session.location}`);
  w.text(`Languages: ${session.languages.join(', ') || '–'}`);
  w.text(`Status: ${label(STATUS_LABELS, session.status)}`);
  w.text(`Made on ${formatDate(madeAt.toISOString())}`, { size: 8, color: MUTED });
  w.rule();

  w.heading('Attendance');
  w.table(
    [
      { header: 'Group', share: 0.7 },
      { header: 'Participants', share: 0.3, align: 'right' },
    ],
    [
      ...report.attendance.byBackground.map((g) => [label(BACKGROUND_LABELS, g.background), figure(g)]),
      ['Returning (attended an earlier session of the project)', figure(report.attendance.returning)],
      ['All participants', String(report.attendance.total)],
    ],
    { lastRowBold: true },
  );
  w.text(suppressionNote(threshold), { size: 8, color: MUTED });

  w.heading('Contributions by group');
  const { challenges, ideas, dotsGiven } = report.contributions;
  w.table(
    [
      { header: 'Group', share: 0.4 },
      { header: 'Challenges', share: 0.2, align: 'right' },
      { header: 'Ideas', share: 0.2, align: 'right' },
      { header: 'Dots given in the app', share: 0.2, align: 'right' },
    ],
    [
      ...challenges.byBackground.map((g, i) => [
        label(BACKGROUND_LABELS, g.background),
        figure(g),
        figure(ideas.byBackground[i] ?? g),
        figure(dotsGiven.byBackground[i] ?? g),
      ]),
      [
        'All (with those recorded without an author)',
        String(challenges.total),
        String(ideas.total),
        String(dotsGiven.total),
      ],
    ],
    { lastRowBold: true },
  );

  w.heading('Challenges by theme');
  if (!report.themes.length) w.text('No challenges were recorded.', { color: MUTED });
  for (const theme of report.themes) {
    w.heading(`${theme.title ?? 'Without a theme'} · ${dots(theme.dotCount)}`, 12);
    if (!theme.challenges.length) w.text('No challenges in this theme.', { color: MUTED, size: 9 });
    for (const challenge of theme.challenges) {
      w.text(`• ${challenge.text}`, { bold: true, indent: 6 });
      w.text(`[${challenge.language}] · ${dots(challenge.dotCount)}`, { size: 8.5, color: MUTED, indent: 16 });
      for (const merged of challenge.merged) {
        w.text(`Merged into it: ${merged.text} [${merged.language}]`, { size: 9, color: MUTED, indent: 16 });
      }
      for (const idea of challenge.ideas) {
        w.text(`→ ${idea.text}  [${idea.language}] · ${dots(idea.dotCount)}`, { size: 9.5, indent: 16 });
      }
      w.gap(0.4);
    }
  }

  w.heading('Voting rounds');
  if (!report.votingRounds.length) w.text('No voting rounds were held.', { color: MUTED });
  else
    w.table(
      [
        { header: 'Round', share: 0.4 },
        { header: 'On', share: 0.15 },
        { header: 'In the app', share: 0.15, align: 'right' },
        { header: 'On paper', share: 0.15, align: 'right' },
        { header: 'All dots', share: 0.15, align: 'right' },
      ],
      report.votingRounds.map((round) => [
        round.title,
        label(TARGET_LABELS, round.target),
        String(round.digitalDots),
        String(round.paperDots),
        String(round.totalDots),
      ]),
    );
  if (report.votingRounds.length) {
    w.heading('Dots by group, per voting round', 12);
    w.table(
      [
        { header: 'Round', share: 0.32 },
        ...(report.votingRounds[0]?.dotsByBackground ?? []).map((g) => ({
          header: label(BACKGROUND_LABELS, g.background),
          share: 0.17,
          align: 'right' as const,
        })),
      ],
      report.votingRounds.map((round) => [round.title, ...round.dotsByBackground.map((g) => figure(g))]),
    );
    w.text(
      `By the background of who gave the dots, paper dots of a known group included; shown once a round has closed, and only for groups of at least ${threshold} people.`,
      { size: 8, color: MUTED },
    );
  }

  w.heading('Strategies');
  if (!report.strategies.length) w.text('No strategies were drafted.', { color: MUTED });
  for (const strategy of report.strategies) {
    w.heading(strategy.title, 12);
    w.text(`Status: ${label(STATUS_LABELS, strategy.status)}`, { size: 9, color: MUTED });
    if (strategy.description) w.text(strategy.description);
    if (strategy.ideas.length) {
      w.gap(0.3);
      w.text('Builds on the ideas:', { bold: true, size: 9.5 });
      for (const idea of strategy.ideas) w.text(`→ ${idea.text}`, { size: 9.5, indent: 10 });
    }
    w.gap(0.3);
    if (strategy.actions.length) {
      w.table(
        [
          { header: '#', share: 0.06, align: 'right' },
          { header: 'What', share: 0.38 },
          { header: 'Who', share: 0.2 },
          { header: 'When', share: 0.14 },
          { header: 'Resources', share: 0.22 },
        ],
        strategy.actions.map((a, i) => [String(i + 1), a.what, a.who, a.due, a.resources]),
      );
    } else w.text('No actions yet.', { size: 9, color: MUTED });
    if (strategy.response) {
      w.text(`Answer of the municipality: ${label(DECISION_LABELS, strategy.response.decision)}`, { bold: true });
      w.text(strategy.response.reason);
      if (strategy.response.followUp) w.text(`Next: ${strategy.response.followUp}`, { color: MUTED });
    } else if (strategy.status !== 'DRAFT') {
      w.text('The municipality has not answered yet.', { size: 9, color: MUTED });
    }
  }

  w.footer(`${session.title} · ${session.startsAt.slice(0, 10)}`);
  return w.finish();
}
