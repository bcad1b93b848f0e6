import { toCsv } from '../../core/csv.js';
import { figureText, suppressionNote, type SessionReportData } from './report.query.js';

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
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type CsvRow = Partial<Record<Column, string | number>>;

export const NO_THEME = '(no theme)';

type Figure = { count: number | null; suppressed: boolean; hiddenBecause: string | null };

// A suppressed figure reads as words, so nobody mistakes it for a zero.
const figureCells = (f: Figure): CsvRow => ({
  count: figureText(f),
  suppressed: f.suppressed ? 'yes' : 'no',
});

// One sheet for the whole report: every row says which section it belongs to, so a spreadsheet can filter on it.
export function reportRows(report: SessionReportData): CsvRow[] {
  const { session } = report;
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
      text: suppressionNote(report.smallGroupThreshold),
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
  for (const theme of report.themes) {
    const themeName = theme.title ?? NO_THEME;
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
  return rows;
}

export function reportCsv(report: SessionReportData): string {
  return toCsv(reportRows(report), CSV_COLUMNS);
}
