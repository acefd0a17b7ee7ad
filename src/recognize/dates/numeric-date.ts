// Dates written in digits: day/month/year with / . or - ("21/1/2021", "21.01.2021",
// "21-1-2021") and year-month-day ("2021-01-21", "2021/1/21"). Arabic usage is day first;
// when the first part cannot be a month but the second can be a day (12/25/2020) the order
// is month first. A year of 1300–1500, or one marked هـ, is Hijri.
import { isValidDay, isoDay } from './calendar.js';
import type { Candidate, DateContext } from './candidate.js';
import { stickyAt } from './candidate.js';
import { hijriToGregorian } from './hijri.js';
import { HIJRI_MARK_RE } from './year.js';

const DMY_RE = /(?<![0-9./-])(?<a>[0-9]{1,2})(?<s>[/.-])(?<b>[0-9]{1,2})\k<s>(?<y>[0-9]{4})(?![0-9]|[.,/-][0-9])/gu;
const YMD_RE = /(?<![0-9./-])(?<y>[0-9]{4})(?<s>[/.-])(?<b>[0-9]{1,2})\k<s>(?<c>[0-9]{1,2})(?![0-9]|[.,/-][0-9])/gu;

export function numericDates(ctx: DateContext): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const push = (start: number, end: number, y: number, mo: number, d: number) => {
    const h = stickyAt(HIJRI_MARK_RE, text, end);
    if (h || (y >= 1300 && y <= 1500)) {
      const g = hijriToGregorian(y, mo, d);
      if (g) out.push({ start, end: end + (h ? h[0].length : 0), value: isoDay(g), precision: 'day', rule: 'numeric-hijri-date', implied: false, calendar: 'hijri' });
      return;
    }
    if (y < 1800 || y > 2199 || !isValidDay(y, mo, d)) return;
    out.push({ start, end, value: isoDay({ y, m: mo, d }), precision: 'day', rule: 'numeric-date', implied: false, calendar: 'gregorian' });
  };
  for (const m of text.matchAll(DMY_RE)) {
    const g = m.groups!;
    let d = Number(g.a);
    let mo = Number(g.b);
    if (mo > 12 && d <= 12) [d, mo] = [mo, d];
    push(m.index!, m.index! + m[0].length, Number(g.y), mo, d);
  }
  for (const m of text.matchAll(YMD_RE)) {
    const g = m.groups!;
    push(m.index!, m.index! + m[0].length, Number(g.y), Number(g.b), Number(g.c));
  }
  return out;
}
