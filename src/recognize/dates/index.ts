// The dates recogniser: every calendar date or period expression, with its value at its own
// precision, resolved against the publication day when relative. Rules (one file each) propose
// candidates over the normalised text; refiners (refine.ts) settle overlaps; spans are mapped
// back to the original text. Expressions that cannot be resolved (relative, no publication
// day) are left out, as the gold format asks.
import { type Normalized, toOriginal } from '../../text/normalize.js';
import type { DateMention } from '../../types.js';
import { parseIso } from './calendar.js';
import type { Candidate, DateContext, DateRule } from './candidate.js';
import { addAnaphoricYears } from './anaphoric-year.js';
import { gregorianMonthDates } from './gregorian-month.js';
import { hijriDates } from './hijri-date.js';
import { holidayDates } from './holiday.js';
import { numericDates } from './numeric-date.js';
import { alignBareRelativeDays, dropHijriBesideGregorian, keepLongest, mergeWeekdayIntoDate, shareRangeYear } from './refine.js';
import { relativeDates } from './relative.js';
import { todayDates } from './today.js';
import { weekdayDates } from './weekday.js';
import { yearDates } from './year.js';

/** Every date or period expression, resolved against `published` (ISO YYYY-MM-DD) when relative. */
export function recognizeDates(n: Normalized, published: string | null): DateMention[] {
  const ctx: DateContext = { text: n.text, ref: parseIso(published) };
  const rules: DateRule[] = [
    numericDates, gregorianMonthDates, hijriDates, holidayDates, yearDates,
    weekdayDates, relativeDates, (c) => todayDates(c, n),
  ];
  let cands: Candidate[] = rules.flatMap((rule) => rule(ctx));
  cands = keepLongest(cands);
  cands = mergeWeekdayIntoDate(cands, n.text);
  cands = dropHijriBesideGregorian(cands, n.text);
  cands = alignBareRelativeDays(cands);
  cands = shareRangeYear(cands, n.text);
  cands = addAnaphoricYears(cands, n.text);
  return cands.flatMap((c) => {
    const o = toOriginal(n, c.start, c.end);
    const mention = (value: string): DateMention => ({
      start: o.start, end: o.end, text: n.original.slice(o.start, o.end),
      value, precision: c.precision, rule: c.rule, implied: c.implied, calendar: c.calendar,
    });
    return [...(c.also ?? []).map(mention), mention(c.value)];
  });
}
