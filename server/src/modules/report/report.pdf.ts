import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
// Named so that it does not shadow pdfkit's own named export, which its type definitions leave out.
import PdfDocument from 'pdfkit';
import { translatorFor, type Translate } from '../../core/i18n/messages.js';
import { hasRightToLeft, isRightToLeft, visualLines } from './bidi-lines.js';
import { figureText, type SessionReportData } from './report.query.js';

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

// The report's own words, in the reader's language (server/locales/<language>/report.json).
// The groups' English names, which the disclosure tests read; the PDF says them in the reader's language.
export const BACKGROUND_LABELS: Record<string, string> = {
  THIRD_COUNTRY_NATIONAL: 'Third-country nationals',
  HOST_COMMUNITY: 'Host community',
  EU_CITIZEN: 'EU citizens',
  PREFERS_NOT_TO_SAY: 'Prefers not to say',
};

const label = (t: Translate, group: string, value: string): string =>
  t(`report:${group}.${value}`, { defaultValue: value });

const formatDate = (iso: string, language: string): string =>
  new Intl.DateTimeFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(new Date(iso));

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

  constructor(title: string, subject = 'Session report') {
    const { regular, bold } = reportFonts();
    this.doc = new PdfDocument({
      size: 'A4',
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      bufferPages: true,
      info: { Title: title, Author: 'Samenspraak', Subject: subject },
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

  // Text as pdfkit should draw it in `width`: right-to-left text as lines in visual order, aligned to the right.
  private laidOut(text: string, width: number, align: 'left' | 'right' | 'center' = 'left') {
    if (!hasRightToLeft(text)) return { text, align };
    const lines = visualLines(text, width, (line) => this.doc.widthOfString(line));
    return { text: lines.join('\n'), align: isRightToLeft(text) ? ('right' as const) : align };
  }

  // Starts a new page when less than `height` is left on this one.
  private room(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  heading(heading: string, size = 14): void {
    this.doc.font(this.bold).fontSize(size);
    const { text, align } = this.laidOut(heading, this.width);
    this.room(this.doc.heightOfString(text, { width: this.width }) + 40);
    this.doc.moveDown(0.8).fillColor(INK).text(text, MARGIN, this.doc.y, { width: this.width, align });
    this.doc.moveDown(0.3);
  }

  text(paragraph: string, options: { size?: number; bold?: boolean; color?: string; indent?: number } = {}): void {
    const indent = options.indent ?? 0;
    this.doc
      .font(options.bold ? this.bold : this.regular)
      .fontSize(options.size ?? 10)
      .fillColor(options.color ?? INK);
    const { text, align } = this.laidOut(paragraph, this.width - indent);
    this.room(this.doc.heightOfString(text, { width: this.width - indent }));
    this.doc.text(text, MARGIN + indent, this.doc.y, { width: this.width - indent, align });
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
          ...cells.map((cell, i) => {
            const width = (widths[i] ?? 0) - 2 * pad;
            return this.doc.heightOfString(this.laidOut(cell || ' ', width).text, { width });
          }),
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
        const { text, align } = this.laidOut(cell, width - 2 * pad, columns[i]?.align ?? 'left');
        this.doc.text(text, x + pad, top + pad, { width: width - 2 * pad, align });
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
  footer(text: string, pageOf: (page: number, pages: number) => string): void {
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
        .text(`${text} · ${pageOf(i + 1, range.count)}`, MARGIN, this.doc.page.height - MARGIN / 2 - 8, {
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
// Arabic letters are shaped by the font engine; right-to-left lines are put in visual order (bidi-lines.ts).
export async function reportPdf(
  report: SessionReportData,
  madeAt: Date = new Date(),
  language = 'en',
): Promise<Buffer> {
  const { session, smallGroupThreshold: threshold } = report;
  const t = translatorFor(language);
  const w = new ReportWriter(session.title, t('report:subject'));
  const figure = (f: Parameters<typeof figureText>[0]): string =>
    figureText(f) === String(f.count)
      ? figureText(f)
      : t(f.hiddenBecause === 'NOT_FINAL' ? 'report:afterClosing' : 'report:notShown');
  const dots = (count: number): string => t('report:dots', { count });

  w.text(t('report:kicker'), { size: 9, color: MUTED });
  w.text(session.title, { size: 20, bold: true });
  w.text(session.projectTitle, { size: 12, color: MUTED });
  w.gap();
  w.text(t('report:date', { date: formatDate(session.startsAt, language), minutes: session.durationMinutes }));
  w.text(t('report:place', { place: session.location }));
  w.text(t('report:languages', { languages: session.languages.join(', ') || '–' }));
  w.text(t('report:statusLine', { status: label(t, 'status', session.status) }));
  w.text(t('report:madeOn', { date: formatDate(madeAt.toISOString(), language) }), { size: 8, color: MUTED });
  w.rule();

  w.heading(t('report:attendance'));
  w.table(
    [
      { header: t('report:group'), share: 0.7 },
      { header: t('report:participants'), share: 0.3, align: 'right' },
    ],
    [
      ...report.attendance.byBackground.map((g) => [label(t, 'background', g.background), figure(g)]),
      [t('report:returning'), figure(report.attendance.returning)],
      [t('report:allParticipants'), String(report.attendance.total)],
    ],
    { lastRowBold: true },
  );
  w.text(t('report:suppressionNote', { threshold }), { size: 8, color: MUTED });

  w.heading(t('report:contributionsByGroup'));
  const { challenges, ideas, dotsGiven } = report.contributions;
  w.table(
    [
      { header: t('report:group'), share: 0.4 },
      { header: t('report:challenges'), share: 0.2, align: 'right' },
      { header: t('report:ideas'), share: 0.2, align: 'right' },
      { header: t('report:dotsInApp'), share: 0.2, align: 'right' },
    ],
    [
      ...challenges.byBackground.map((g, i) => [
        label(t, 'background', g.background),
        figure(g),
        figure(ideas.byBackground[i] ?? g),
        figure(dotsGiven.byBackground[i] ?? g),
      ]),
      [t('report:allWithoutAuthor'), String(challenges.total), String(ideas.total), String(dotsGiven.total)],
    ],
    { lastRowBold: true },
  );

  w.heading(t('report:challengesByTheme'));
  if (!report.themes.length) w.text(t('report:noChallenges'), { color: MUTED });
  for (const theme of report.themes) {
    w.heading(`${theme.title ?? t('report:withoutTheme')} · ${dots(theme.dotCount)}`, 12);
    if (!theme.challenges.length) w.text(t('report:noChallengesInTheme'), { color: MUTED, size: 9 });
    for (const challenge of theme.challenges) {
      w.text(`• ${challenge.text}`, { bold: true, indent: 6 });
      w.text(`[${challenge.language}] · ${dots(challenge.dotCount)}`, { size: 8.5, color: MUTED, indent: 16 });
      for (const merged of challenge.merged) {
        w.text(`${t('report:mergedInto')} ${merged.text} [${merged.language}]`, { size: 9, color: MUTED, indent: 16 });
      }
      for (const idea of challenge.ideas) {
        w.text(`→ ${idea.text}  [${idea.language}] · ${dots(idea.dotCount)}`, { size: 9.5, indent: 16 });
      }
      w.gap(0.4);
    }
  }

  w.heading(t('report:votingRounds'));
  if (!report.votingRounds.length) w.text(t('report:noVotingRounds'), { color: MUTED });
  else
    w.table(
      [
        { header: t('report:round'), share: 0.4 },
        { header: t('report:on'), share: 0.15 },
        { header: t('report:inApp'), share: 0.15, align: 'right' },
        { header: t('report:onPaper'), share: 0.15, align: 'right' },
        { header: t('report:allDots'), share: 0.15, align: 'right' },
      ],
      report.votingRounds.map((round) => [
        round.title,
        label(t, 'target', round.target),
        String(round.digitalDots),
        String(round.paperDots),
        String(round.totalDots),
      ]),
    );
  if (report.votingRounds.length) {
    w.heading(t('report:dotsByGroup'), 12);
    w.table(
      [
        { header: t('report:round'), share: 0.32 },
        ...(report.votingRounds[0]?.dotsByBackground ?? []).map((g) => ({
          header: label(t, 'background', g.background),
          share: 0.17,
          align: 'right' as const,
        })),
      ],
      report.votingRounds.map((round) => [round.title, ...round.dotsByBackground.map((g) => figure(g))]),
    );
    w.text(t('report:dotsByGroupNote', { threshold }), { size: 8, color: MUTED });
  }

  w.heading(t('report:strategies'));
  if (!report.strategies.length) w.text(t('report:noStrategies'), { color: MUTED });
  for (const strategy of report.strategies) {
    w.heading(strategy.title, 12);
    w.text(t('report:statusLine', { status: label(t, 'status', strategy.status) }), { size: 9, color: MUTED });
    if (strategy.description) w.text(strategy.description);
    if (strategy.ideas.length) {
      w.gap(0.3);
      w.text(t('report:buildsOn'), { bold: true, size: 9.5 });
      for (const idea of strategy.ideas) w.text(`→ ${idea.text}`, { size: 9.5, indent: 10 });
    }
    w.gap(0.3);
    if (strategy.actions.length) {
      w.table(
        [
          { header: '#', share: 0.06, align: 'right' },
          { header: t('report:what'), share: 0.38 },
          { header: t('report:who'), share: 0.2 },
          { header: t('report:when'), share: 0.14 },
          { header: t('report:resources'), share: 0.22 },
        ],
        strategy.actions.map((a, i) => [String(i + 1), a.what, a.who, a.due, a.resources]),
      );
    } else w.text(t('report:noActions'), { size: 9, color: MUTED });
    if (strategy.response) {
      w.text(t('report:answer', { decision: label(t, 'decision', strategy.response.decision) }), { bold: true });
      if (strategy.response.reason) w.text(strategy.response.reason);
      const carried = [
        strategy.response.responsible ? t('report:responsible', { who: strategy.response.responsible }) : '',
        strategy.response.plannedFor ? t('report:plannedFor', { date: strategy.response.plannedFor }) : '',
      ].filter(Boolean);
      if (carried.length) w.text(carried.join(' · '), { size: 9.5 });
      const latest = strategy.latestUpdate;
      if (latest) {
        w.text(
          t('report:latestStatus', {
            date: latest.at.slice(0, 10),
            status: label(t, 'progress', latest.status),
            text: latest.text,
          }),
          { color: MUTED },
        );
      }
    } else if (strategy.status !== 'DRAFT') {
      w.text(t('report:notAnswered'), { size: 9, color: MUTED });
    }
  }

  w.footer(`${session.title} · ${session.startsAt.slice(0, 10)}`, (page, pages) => t('report:page', { page, pages }));
  return w.finish();
}
