import { toCsv } from '../../core/csv.js';
import { translatorFor, type Translate } from '../../core/i18n/messages.js';
import { figureText, type SessionReportData } from './report.query.js';

// The columns, in a fixed order whatever the reader's language: a spreadsheet or a script finds each in its place.
// Their headings, the section of each row, the names of the session's own figures, yes/no and "(no theme)" are in
// the reader's language (server/locales/<language>/csv.json; English keeps the column names as headings). What
// people wrote stays as they wrote it; codes (statuses, decisions, groups) stay codes, for filtering.
export const CSV_COLUMNS = [
  'section',
  'theme',
  'parent',
  'name',
  'text',
  'language',
  'group',
  'count',
  'suppressed',
  'dots',
  'digital_dots',
  'paper_dots',
  'status',
  'who',
  'due',
  'resources',
  'decision',
  'reason',
  'follow_up',
  'date',
  'planned_minutes',
  'actual_minutes',
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type CsvRow = Partial<Record<Column, string | number>>;

type Figure = { count: number | null; suppressed: boolean; hiddenBecause: string | null };

// One sheet for the whole report: every row says which section it belongs to, so a spreadsheet can filter on it.
export function reportRows(report: SessionReportData, t: Translate = translatorFor('en')): CsvRow[] {
  const { session } = report;
  // A suppressed figure reads as words (as in the PDF), so nobody mistakes it for a zero.
  const figureCells = (f: Figure): CsvRow => ({
    count:
      !f.suppressed && f.count !== null
        ? figureText(f)
        : t(f.hiddenBecause === 'NOT_FINAL' ? 'report:afterClosing' : 'report:notShown'),
    suppressed: t(f.suppressed ? 'csv:yes' : 'csv:no'),
  });
  const noTheme = t('csv:noTheme');
  const rows: CsvRow[] = [
    { section: 'session', name: 'title', text: session.title },
    { section: 'session', name: 'project', text: session.projectTitle },
    { section: 'session', name: 'starts_at', text: session.startsAt, date: session.startsAt },
    { section: 'session', name: 'duration_minutes', text: session.durationMinutes },
    { section: 'session', name: 'location', text: session.location },
    { section: 'session', name: 'languages', text: session.languages.join(' ') },
    { section: 'session', name: 'status', text: session.status, status: session.status },
    {
      section: 'session',
      name: 'small_group_threshold',
      text: t('report:suppressionNote', { threshold: report.smallGroupThreshold }),
      count: report.smallGroupThreshold,
    },
    { section: 'attendance', name: 'total', count: report.attendance.total },
    ...report.attendance.byBackground.map((g) => ({
      section: 'attendance',
      name: 'background',
      group: g.background,
      ...figureCells(g),
    })),
    { section: 'attendance', name: 'returning', ...figureCells(report.attendance.returning) },
  ];
  const kinds = [
    ['challenges', report.contributions.challenges],
    ['ideas', report.contributions.ideas],
    ['dots_given', report.contributions.dotsGiven],
  ] as const;
  for (const [name, grouped] of kinds) {
    rows.push({ section: 'contributions', name, count: grouped.total });
    for (const g of grouped.byBackground) {
      rows.push({ section: 'contributions', name, group: g.background, ...figureCells(g) });
    }
  }
  for (const phase of report.phases) {
    rows.push({
      section: 'phase',
      name: phase.title,
      text: phase.kind,
      planned_minutes: phase.plannedMinutes,
      actual_minutes: phase.actualSeconds === null ? '' : Math.round(phase.actualSeconds / 60),
      date: phase.startedAt ?? '',
    });
  }
  for (const item of report.carriedIn) {
    rows.push({
      section: 'carried_in',
      name: item.kind,
      text: item.text,
      language: item.language ?? '',
      parent: item.fromSession ?? t('csv:betweenSessions'),
    });
  }
  for (const photo of report.photos) rows.push({ section: 'photo', text: photo.caption, name: photo.url });
  for (const theme of report.themes) {
    const themeName = theme.title ?? noTheme;
    rows.push({ section: 'theme', theme: themeName, name: themeName, dots: theme.dotCount });
    for (const c of theme.challenges) {
      rows.push({ section: 'challenge', theme: themeName, text: c.text, language: c.language, dots: c.dotCount });
      for (const m of c.merged) {
        rows.push({
          section: 'merged_challenge',
          theme: themeName,
          parent: c.text,
          text: m.text,
          language: m.language,
        });
      }
      for (const idea of c.ideas) {
        rows.push({
          section: 'idea',
          theme: themeName,
          parent: c.text,
          text: idea.text,
          language: idea.language,
          dots: idea.dotCount,
        });
      }
    }
  }
  for (const round of report.votingRounds) {
    rows.push({
      section: 'voting_round',
      name: round.title,
      text: round.target,
      status: round.status,
      dots: round.totalDots,
      digital_dots: round.digitalDots,
      paper_dots: round.paperDots,
    });
    for (const g of round.dotsByBackground) {
      rows.push({ section: 'voting_round', name: round.title, group: g.background, ...figureCells(g) });
    }
  }
  for (const strategy of report.strategies) {
    rows.push({
      section: 'strategy',
      name: strategy.title,
      text: strategy.description,
      status: strategy.status,
      date: strategy.submittedAt ?? '',
    });
    for (const idea of strategy.ideas) rows.push({ section: 'strategy_idea', parent: strategy.title, text: idea.text });
    for (const action of strategy.actions) {
      rows.push({
        section: 'action',
        parent: strategy.title,
        text: action.what,
        who: action.who,
        due: action.due,
        resources: action.resources,
      });
    }
    if (strategy.response) {
      // The answer, with who carries it out and by when, and the newest step of its timeline.
      rows.push({
        section: 'response',
        parent: strategy.title,
        decision: strategy.response.decision,
        reason: strategy.response.reason ?? '',
        who: strategy.response.responsible ?? '',
        due: strategy.response.plannedFor ?? '',
        status: strategy.latestUpdate?.status ?? '',
        follow_up: strategy.latestUpdate?.text ?? '',
        date: strategy.response.respondedAt,
      });
    }
  }
  // The fixed words of each row in the reader's language: its section, and the name of a figure of the session.
  return rows.map((row) => ({
    ...row,
    section: t(`csv:section.${row.section}`),
    ...(row.section && FIXED_NAMES.has(`${row.section}:${row.name}`) ? { name: t(`csv:name.${row.name}`) } : {}),
  }));
}

// The names that are words of the report itself, not titles people gave (a theme, a round, a strategy).
const FIXED_NAMES = new Set([
  ...[
    'title',
    'project',
    'starts_at',
    'duration_minutes',
    'location',
    'languages',
    'status',
    'small_group_threshold',
  ].map((name) => `session:${name}`),
  ...['total', 'background', 'returning'].map((name) => `attendance:${name}`),
  ...['challenges', 'ideas', 'dots_given'].map((name) => `contributions:${name}`),
]);

export function reportCsv(report: SessionReportData, language = 'en'): string {
  const t = translatorFor(language);
  const headings = Object.fromEntries(CSV_COLUMNS.map((column) => [column, t(`csv:column.${column}`)])) as Record<
    Column,
    string
  >;
  return toCsv(reportRows(report, t), CSV_COLUMNS, headings);
}
