// Dates at their own precision as day intervals: "2024-03" allows every day of March, a
// report without a date allows the few days before its article was published.

import type { DatePrecision } from './report.js';

/** Days before publication an undated report may refer to. */
export const DEFAULT_UNDATED_DAYS = 3;
/** Slack between two day-precise dates (time zones, "yesterday" read a day late). */
export const DEFAULT_DAY_SLACK = 1;

const DAY_MS = 86_400_000;

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}

function lastDayOfMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DayInterval {
  start: string;
  end: string;
  precision: DatePrecision;
}

/**
 * The interval a date allows; null when neither the date nor the publication day is usable.
 * Month and year values keep their whole span; an undated report takes the days up to its
 * publication.
 */
export function dateInterval(date: string | null, published: string | null,
  undatedDays = DEFAULT_UNDATED_DAYS): DayInterval | null {
  const m = date ? DATE.exec(date) : null;
  if (m) {
    const y = Number(m[1]);
    if (m[3]) return { start: date!, end: date!, precision: 'day' };
    if (m[2]) {
      const mm = Number(m[2]);
      if (mm < 1 || mm > 12) return null;
      return { start: `${m[1]}-${m[2]}-01`, end: `${m[1]}-${m[2]}-${String(lastDayOfMonth(y, mm)).padStart(2, '0')}`, precision: 'month' };
    }
    return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31`, precision: 'year' };
  }
  const pub = published ? /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0] : undefined;
  if (!pub || Number.isNaN(Date.parse(pub))) return null;
  return { start: addDays(pub, -undatedDays), end: pub, precision: 'published' };
}

/** Whether two intervals can be the same day; day-precise dates get `slack` days either way. */
export function datesCompatible(a: DayInterval, b: DayInterval, slack = DEFAULT_DAY_SLACK): boolean {
  const pad = a.precision === 'day' && b.precision === 'day' ? slack : 0;
  return a.start <= addDays(b.end, pad) && b.start <= addDays(a.end, pad);
}
