import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

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
  dayOfMonth(isoDateTime: string): string;
  monthShort(isoDateTime: string): string;
  euros(amount: number): string;
  number(value: number): string;
  percent(fraction: number): string;
  languageName(tag: string): string;
}

// Dates, numbers and language names in the reader's language, through Intl.
export function useFormat(): Format {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    const shortDay = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    const localDay = new Intl.DateTimeFormat(language, { dateStyle: 'long' });
    const weekday = new Intl.DateTimeFormat(language, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    });
    const dayOfMonth = new Intl.DateTimeFormat(language, { day: 'numeric' });
    const monthShort = new Intl.DateTimeFormat(language, { month: 'short' });
    const time = new Intl.DateTimeFormat(language, { timeStyle: 'short' });
    const euros = new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    const number = new Intl.NumberFormat(language);
    const percent = new Intl.NumberFormat(language, { style: 'percent' });
    const names = new Intl.DisplayNames([language], { type: 'language', fallback: 'code' });
    return {
      language,
      date: (isoDate) => day.format(calendarDate(isoDate)),
      dateRange: (start, end) => day.formatRange(calendarDate(start), calendarDate(end)),
      shortDateRange: (start, end) => shortDay.formatRange(calendarDate(start), calendarDate(end)),
      dayOf: (iso) => localDay.format(new Date(iso)),
      timeRange: (start, minutes) => {
        const from = new Date(start);
        return time.formatRange(from, new Date(from.getTime() + minutes * 60_000));
      },
      weekdayDate: (iso) => weekday.format(new Date(iso)),
      dayOfMonth: (iso) => dayOfMonth.format(new Date(iso)),
      monthShort: (iso) => monthShort.format(new Date(iso)),
      euros: (amount) => euros.format(amount),
      number: (value) => number.format(value),
      percent: (fraction) => percent.format(fraction),
      languageName: (tag) => {
        try {
          return names.of(tag) ?? tag;
        } catch {
          return tag;
        }
      },
    };
  }, [language]);
}
