import { useTranslation } from 'react-i18next';
import { languages } from './i18n';

// A calendar date such as a project's first day (YYYY-MM-DD) has no time zone: read and show it at UTC.
function calendarDate(isoDate: string): Date {
  const [year = 1970, month = 1, day = 1] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

export interface Format {
  language: string;
  date(isoDate: string): string;
  dateRange(startIsoDate: string, endIsoDate: string): string;
  shortDateRange(startIsoDate: string, endIsoDate: string): string;
  dayOf(isoDateTime: string): string;
  timeRange(startIsoDateTime: string, minutes: number): string;
  weekdayDate(isoDateTime: string): string;
  // A moment with its day and time, as fully as the language writes it ("Saturday 5 December 2026 at 19:00").
  dateTime(isoDateTime: string): string;
  dayOfMonth(isoDateTime: string): string;
  monthShort(isoDateTime: string): string;
  euros(amount: number): string;
  number(value: number): string;
  percent(fraction: number): string;
  languageName(tag: string): string;
  // "a, b and c" in the reader's language.
  list(items: readonly string[]): string;
}

// A browser's Intl may have no data for a language (Chromium, on phones too, has none for Tigrinya and Somali) and
// then writes month and day names in English. There dates are written in figures only (day/month/year, 24-hour
// clock), and languages by their own names, so that no English word reaches the reader.
const figures = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions => {
  const timeZone = options.timeZone ? { timeZone: options.timeZone } : {};
  const clock: Intl.DateTimeFormatOptions = options.timeStyle
    ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }
    : {};
  if (options.timeStyle && !options.dateStyle) return { ...clock, ...timeZone };
  if (options.month && !options.day) return { month: '2-digit', ...timeZone };
  if (options.day && !options.month) return { day: 'numeric', ...timeZone };
  return { day: '2-digit', month: '2-digit', year: 'numeric', ...clock, ...timeZone };
};
const ownName = (tag: string): string => {
  const listed = languages.find((l) => l.code === tag)?.name;
  if (listed) return listed;
  try {
    if (Intl.DisplayNames.supportedLocalesOf([tag]).length)
      return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
  } catch {
    // Not a language tag Intl reads.
  }
  return tag;
};

// A value made on first use and kept: an Intl formatter costs far more to make than to use.
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

// Dates, numbers and language names in one language, through Intl. Each formatter is made when first used.
function createFormat(language: string): Format {
  const known = once(() => Intl.DateTimeFormat.supportedLocalesOf([language]).length > 0);
  const dates = (options: Intl.DateTimeFormatOptions) =>
    once(() =>
      known() ? new Intl.DateTimeFormat(language, options) : new Intl.DateTimeFormat('en-GB', figures(options)),
    );
  const day = dates({ dateStyle: 'long', timeZone: 'UTC' });
  const shortDay = dates({ dateStyle: 'medium', timeZone: 'UTC' });
  const localDay = dates({ dateStyle: 'long' });
  const weekday = dates({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const dayOfMonth = dates({ day: 'numeric' });
  const monthShort = dates({ month: 'short' });
  const time = dates({ timeStyle: 'short' });
  const moment = dates({ dateStyle: 'full', timeStyle: 'short' });
  // Without Intl data for the language, a list is joined by commas: no English "and".
  const list = once(() =>
    Intl.ListFormat.supportedLocalesOf([language]).length
      ? new Intl.ListFormat(language, { type: 'conjunction' })
      : { format: (items: readonly string[]) => items.join(', ') },
  );
  const euros = once(
    () => new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
  );
  const number = once(() => new Intl.NumberFormat(language));
  const percent = once(() => new Intl.NumberFormat(language, { style: 'percent' }));
  const names = once(() =>
    Intl.DisplayNames.supportedLocalesOf([language]).length
      ? new Intl.DisplayNames([language], { type: 'language', fallback: 'code' })
      : { of: ownName },
  );
  return {
    language,
    date: (isoDate) => day().format(calendarDate(isoDate)),
    dateRange: (start, end) => day().formatRange(calendarDate(start), calendarDate(end)),
    shortDateRange: (start, end) => shortDay().formatRange(calendarDate(start), calendarDate(end)),
    dayOf: (iso) => localDay().format(new Date(iso)),
    timeRange: (start, minutes) => {
      const from = new Date(start);
      return time().formatRange(from, new Date(from.getTime() + minutes * 60_000));
    },
    weekdayDate: (iso) => weekday().format(new Date(iso)),
    dateTime: (iso) => moment().format(new Date(iso)),
    dayOfMonth: (iso) => dayOfMonth().format(new Date(iso)),
    monthShort: (iso) => monthShort().format(new Date(iso)),
    euros: (amount) => euros().format(amount),
    number: (value) => number().format(value),
    percent: (fraction) => percent().format(fraction),
    list: (items) => list().format(items),
    languageName: (tag) => {
      try {
        return names().of(tag) ?? tag;
      } catch {
        return tag;
      }
    },
  };
}

// One Format per language for the whole page, shared by every component: a board of fifty cards made some 650 Intl
// formatters when each card made its own.
const formats = new Map<string, Format>();

export function formatFor(language: string): Format {
  let format = formats.get(language);
  if (!format) {
    format = createFormat(language);
    formats.set(language, format);
  }
  return format;
}

// Dates, numbers and language names in the reader's language, through Intl.
export function useFormat(): Format {
  const { i18n } = useTranslation();
  return formatFor(i18n.resolvedLanguage ?? i18n.language);
}
