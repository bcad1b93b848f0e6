import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
// Named so that it does not shadow pdfkit's own named export, which its type definitions leave out.
import { Parser } from 'htmlparser2';
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

// DejaVu has no Ethiopic letters: Tigrinya (and Amharic) are drawn in Noto Sans Ethiopic, whose files come with
// @fontsource/noto-sans-ethiopic. Those hold the Ethiopic letters only, so digits, Latin letters and punctuation in
// the same line stay in DejaVu: a line is written in runs, one font each (ReportWriter.write).
const ETHIOPIC = /[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]/;
const ETHIOPIC_RUN = /[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]+(?: +[\u1200-\u139f\u2d80-\u2ddf\uab00-\uab2f]+)*/g;

function findEthiopicFont(weight: 400 | 700): string | undefined {
  try {
    const path = require.resolve(
      `@fontsource/noto-sans-ethiopic/files/noto-sans-ethiopic-ethiopic-${weight}-normal.woff`,
    );
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

// A paragraph cut into runs of Ethiopic letters (with the spaces between them) and runs of everything else.
export function scriptRuns(text: string): { text: string; ethiopic: boolean }[] {
  const runs: { text: string; ethiopic: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(ETHIOPIC_RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), ethiopic: false });
    runs.push({ text: match[0], ethiopic: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), ethiopic: false });
  return runs;
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
  // The Ethiopic font that goes with each of the two, when installed.
  private readonly ethiopic?: Record<string, string>;

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
    const ethiopic = findEthiopicFont(400);
    const ethiopicBold = findEthiopicFont(700);
    if (ethiopic && ethiopicBold) {
      this.doc.registerFont('ethiopic', ethiopic);
      this.doc.registerFont('ethiopic-bold', ethiopicBold);
      this.ethiopic = { body: 'ethiopic', bold: 'ethiopic-bold' };
    }
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

  // The runs of `text` in their fonts, when part of it needs another font than `font`; undefined when it does not.
  private runsOf(
    text: string,
    font: string,
    size: number,
  ): { text: string; font: string; width: number }[] | undefined {
    const ethiopic = this.ethiopic?.[font];
    if (!ethiopic || !ETHIOPIC.test(text)) return undefined;
    const runs = scriptRuns(text).map((run) => {
      const runFont = run.ethiopic ? ethiopic : font;
      return { text: run.text, font: runFont, width: this.doc.font(runFont, size).widthOfString(run.text) };
    });
    this.doc.font(font, size);
    return runs;
  }

  // How tall `text` is in `width`, in the current font and size (pdfkit's own measure when one font does).
  private heightOf(text: string, width: number, font: string, size: number): number {
    const runs = this.runsOf(text, font, size);
    if (!runs) return this.doc.heightOfString(text, { width });
    const total = runs.reduce((sum, run) => sum + run.width, 0);
    return Math.max(1, Math.ceil(total / width)) * this.doc.currentLineHeight(true);
  }

  // Writes `text` at (x, y) in `font`, Ethiopic letters in the Ethiopic font: a line that fits is placed run by run
  // as aligned; a longer one flows on as pdfkit's continued text, from the left.
  private write(
    text: string,
    font: string,
    x: number,
    y: number,
    size: number,
    options: { width: number; align: 'left' | 'right' | 'center'; lineBreak?: boolean },
  ): void {
    const runs = this.runsOf(text, font, size);
    if (!runs) {
      this.doc.font(font, size).text(text, x, y, options);
      return;
    }
    const total = runs.reduce((sum, run) => sum + run.width, 0);
    if (total <= options.width || options.lineBreak === false) {
      const free = Math.max(0, options.width - total);
      let at = x + (options.align === 'right' ? free : options.align === 'center' ? free / 2 : 0);
      const lineHeight = Math.max(...runs.map((run) => this.doc.font(run.font, size).currentLineHeight(true)));
      for (const run of runs) {
        this.doc.font(run.font, size).text(run.text, at, y, { lineBreak: false });
        at += run.width;
      }
      this.doc.font(font, size);
      this.doc.x = x;
      this.doc.y = y + lineHeight;
      return;
    }
    runs.forEach((run, i) => {
      this.doc.font(run.font, size);
      const continued = i < runs.length - 1;
      if (i === 0) this.doc.text(run.text, x, y, { width: options.width, align: 'left', continued });
      else this.doc.text(run.text, { continued });
    });
    this.doc.font(font, size);
    this.doc.x = x;
  }

  // Starts a new page when less than `height` is left on this one.
  private room(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  heading(heading: string, size = 14): void {
    this.doc.font(this.bold).fontSize(size);
    const { text, align } = this.laidOut(heading, this.width);
    this.room(this.heightOf(text, this.width, this.bold, size) + 40);
    this.doc.moveDown(0.8).fillColor(INK);
    this.write(text, this.bold, MARGIN, this.doc.y, size, { width: this.width, align });
    this.doc.moveDown(0.3);
  }

  text(paragraph: string, options: { size?: number; bold?: boolean; color?: string; indent?: number } = {}): void {
    const indent = options.indent ?? 0;
    this.doc
      .font(options.bold ? this.bold : this.regular)
      .fontSize(options.size ?? 10)
      .fillColor(options.color ?? INK);
    const font = options.bold ? this.bold : this.regular;
    const size = options.size ?? 10;
    const { text, align } = this.laidOut(paragraph, this.width - indent);
    this.room(this.heightOf(text, this.width - indent, font, size));
    this.write(text, font, MARGIN + indent, this.doc.y, size, { width: this.width - indent, align });
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
            return this.heightOf(this.laidOut(cell || ' ', width).text, width, font, 9.5);
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
        this.write(text, font, x + pad, top + pad, 9.5, { width: width - 2 * pad, align });
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
      this.doc.font(this.regular).fontSize(8).fillColor(MUTED);
      // One line, right-to-left words in visual order like every other line ("صفحهٔ 1 از 2" read backwards otherwise).
      const line = `${text} · ${pageOf(i + 1, range.count)}`;
      const drawn = hasRightToLeft(line) ? this.laidOut(line, Number.POSITIVE_INFINITY).text : line;
      this.write(drawn, this.regular, MARGIN, this.doc.page.height - MARGIN / 2 - 8, 8, {
        width: this.width,
        align: 'center',
        lineBreak: false,
      });
      this.doc.page.margins.bottom = bottomMargin;
    }
  }

  // An image scaled to the text width (and at most `maxHeight`), with its caption below.
  image(data: Buffer, caption: string, size: { width: number; height: number }, maxHeight = 300): void {
    const scale = Math.min(this.width / size.width, maxHeight / size.height, 1);
    const width = size.width * scale;
    const height = size.height * scale;
    this.doc.font(this.regular).fontSize(9);
    this.room(height + this.doc.heightOfString(caption, { width: this.width }) + 16);
    const top = this.doc.y;
    this.doc.image(data, MARGIN, top, { width, height });
    this.doc.y = top + height + 4;
    this.text(caption, { size: 9, color: MUTED });
    this.gap(0.6);
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
// Minutes are cleaned HTML of a few tags: each block becomes a paragraph, a heading or a list item.
export function minutesBlocks(html: string): { kind: 'heading' | 'paragraph' | 'item' | 'quote'; text: string }[] {
  const blocks: { kind: 'heading' | 'paragraph' | 'item' | 'quote'; text: string }[] = [];
  let current: { kind: 'heading' | 'paragraph' | 'item' | 'quote'; text: string } | null = null;
  let quoting = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'blockquote') quoting++;
        const kind =
          name === 'h2' || name === 'h3'
            ? 'heading'
            : name === 'li'
              ? 'item'
              : name === 'p'
                ? quoting
                  ? 'quote'
                  : 'paragraph'
                : null;
        if (kind) current = { kind, text: '' };
        if (name === 'br' && current) current.text += '\n';
      },
      ontext(text) {
        if (current) current.text += text;
        else if (text.trim()) blocks.push({ kind: 'paragraph', text });
      },
      onclosetag(name) {
        if (name === 'blockquote') quoting--;
        if (current && ['h2', 'h3', 'li', 'p'].includes(name)) {
          if (current.text.trim()) blocks.push({ ...current, text: current.text.trim() });
          current = null;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return blocks;
}

export interface ReportImages {
  // The stored image of each photo of the report, by id.
  photos: ReadonlyMap<string, Buffer>;
}

// Arabic letters are shaped by the font engine; right-to-left lines are put in visual order (bidi-lines.ts).
export async function reportPdf(
  report: SessionReportData,
  madeAt: Date = new Date(),
  language = 'en',
  images: ReportImages = { photos: new Map() },
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

  w.heading(t('report:room.heading'));
  if (!report.phases.length) w.text(t('report:room.noAgenda'), { color: MUTED });
  else {
    const minutes = (count: number): string => t('report:room.minutes', { count });
    const produced = (p: SessionReportData['phases'][number]['produced']): string =>
      [
        p.challenges && t('report:room.challenges', { count: p.challenges }),
        p.themes && t('report:room.themes', { count: p.themes }),
        p.ideas && t('report:room.ideas', { count: p.ideas }),
        p.dots && dots(p.dots),
        p.strategies && t('report:room.strategies', { count: p.strategies }),
        p.photos && t('report:room.photos', { count: p.photos }),
      ]
        .filter(Boolean)
        .join(', ') || '–';
    w.table(
      [
        { header: t('report:room.phase'), share: 0.38 },
        { header: t('report:room.planned'), share: 0.12, align: 'right' },
        { header: t('report:room.actual'), share: 0.12, align: 'right' },
        { header: t('report:room.produced'), share: 0.38 },
      ],
      report.phases.map((phase) => [
        phase.title,
        minutes(phase.plannedMinutes),
        phase.actualSeconds === null ? t('report:room.didNotRun') : minutes(Math.round(phase.actualSeconds / 60)),
        produced(phase.produced),
      ]),
    );
    w.text(t('report:room.measured'), { size: 8, color: MUTED });
  }

  if (report.carriedIn.length) {
    w.heading(t('report:carriedIn.heading'));
    for (const item of report.carriedIn) {
      const from = item.fromSession
        ? t('report:carriedIn.from', { session: item.fromSession })
        : t('report:carriedIn.betweenSessions');
      w.text(`• ${t(`report:carriedIn.kind.${item.kind}`)}: ${item.text}`, { indent: 6 });
      w.text(
        `${from}${item.language ? ` · [${item.language}]` : ''}${item.newIdeas ? ` · ${t('report:carriedIn.newIdeas', { count: item.newIdeas })}` : ''}`,
        { size: 8.5, color: MUTED, indent: 16 },
      );
    }
  }

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

  if (report.minutesHtml) {
    w.heading(t('report:minutes'));
    for (const block of minutesBlocks(report.minutesHtml)) {
      if (block.kind === 'heading') w.text(block.text, { bold: true, size: 11 });
      else if (block.kind === 'item') w.text(`• ${block.text}`, { indent: 8 });
      else if (block.kind === 'quote') w.text(block.text, { indent: 12, color: MUTED });
      else w.text(block.text);
      w.gap(0.3);
    }
  }

  if (report.photos.length) {
    w.heading(t('report:photos'));
    for (const photo of report.photos) {
      const data = images.photos.get(photo.id);
      if (data) w.image(data, photo.caption, photo);
      else w.text(t('report:photoMissing', { caption: photo.caption }), { size: 9, color: MUTED });
    }
  }

  w.footer(`${session.title} · ${session.startsAt.slice(0, 10)}`, (page, pages) => t('report:page', { page, pages }));
  return w.finish();
}
