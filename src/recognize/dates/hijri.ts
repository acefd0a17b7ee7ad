// Hijri (Umm al-Qura) to Gregorian through Node's built-in ICU calendar: no dependency. ICU
// only converts Gregorian -> Hijri, so we estimate the day from the mean lunar year and search
// the neighbourhood for the day whose Hijri parts match, comparing numbers (the formatted
// strings carry era suffixes and, in Arabic locales, other digits).
import { type Ymd, addDays, fromUtc, isoMonth, toUtc } from './calendar.js';

const FORMAT = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
  day: 'numeric', month: 'numeric', year: 'numeric', timeZone: 'UTC',
});

/** The Umm al-Qura date of a Gregorian day. */
export function gregorianToHijri(t: Ymd): Ymd {
  const parts = FORMAT.formatToParts(toUtc(t));
  const get = (type: string) => parseInt(parts.find((p) => p.type === type)?.value ?? 'NaN', 10);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** Day 1 of the Hijri calendar (16 July 622 Julian = 19 July 622 proleptic Gregorian). */
const EPOCH_MS = Date.UTC(622, 6, 19);
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;

/** The Gregorian day of a Hijri date, or null when it does not exist (a 30th of a 29-day month). */
export function hijriToGregorian(y: number, m: number, d: number): Ymd | null {
  if (m < 1 || m > 12 || d < 1 || d > 30) return null;
  const estimate = Math.round((y - 1) * MEAN_YEAR + (m - 1) * MEAN_MONTH + d - 1);
  const guess = fromUtc(new Date(EPOCH_MS + estimate * 86400000));
  for (let k = 0; k <= 6; k++) {
    for (const delta of k === 0 ? [0] : [k, -k]) {
      const g = addDays(guess, delta);
      const h = gregorianToHijri(g);
      if (h.y === y && h.m === m && h.d === d) return g;
    }
  }
  return null;
}

/** The Gregorian month in which a Hijri month mostly falls (that of its 15th day). */
export function hijriMonthToGregorianMonth(y: number, m: number): string | null {
  const g = hijriToGregorian(y, m, 15);
  return g ? isoMonth(g.y, g.m) : null;
}

/** The Gregorian year in which a Hijri year mostly falls (that of its middle, 1 Rajab ± a week). */
export function hijriYearToGregorianYear(y: number): number | null {
  const g = hijriToGregorian(y, 7, 1);
  return g ? g.y : null;
}
