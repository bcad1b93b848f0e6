const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// The project runs 2026–2027; the demo's "today" stays inside it so that every date is believable.
const FIRST_ANCHOR = Date.UTC(2026, 2, 1);
const LAST_ANCHOR = Date.UTC(2027, 9, 31);

export interface DemoCalendar {
  // The day the demo pretends it is (midnight UTC).
  today: Date;
  pastSession: Date;
  liveSession: Date;
  futureSession: Date;
}

export const minutesAfter = (date: Date, minutes: number): Date => new Date(date.getTime() + minutes * MINUTE);
export const daysAfter = (date: Date, days: number): Date => new Date(date.getTime() + days * DAY);

// Dates follow the day the demo is loaded: the live session is today, one closed six weeks ago,
// the next one five weeks ahead. Everything else is fixed, so one day always gives the same data.
export function demoCalendar(now: Date = new Date()): DemoCalendar {
  const day = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const today = new Date(Math.min(Math.max(day, FIRST_ANCHOR), LAST_ANCHOR));
  return {
    today,
    pastSession: minutesAfter(daysAfter(today, -42), 17 * 60 + 30),
    liveSession: minutesAfter(today, 13 * 60),
    futureSession: minutesAfter(daysAfter(today, 35), 17 * 60 + 30),
  };
}

export interface DemoContext {
  calendar: DemoCalendar;
}
