// Hijri dates: a Hijri month with a day before it ("15 رمضان", "التاسع من شهر رمضان") and/or a
// year after it ("رمضان 1442", "15 رمضان 1442 هـ"), or a relative word ("رمضان الماضي"),
// converted to Gregorian with the Umm al-Qura calendar. A month with a year but no day is
// reported as the Gregorian month in which it mostly falls. A day without a year is placed in
// the Hijri year that puts it nearest publication (before it, or after it when the sentence
// speaks of the future). A bare month ("شهر رمضان المبارك") has no single value and is left out.
// Strict months (صفر "zero", محرم "forbidden") need a year or شهر before them.
import { B, E } from '../../text/regex-parts.js';
import { type Direction, type Ymd, compare, isoDay } from './calendar.js';
import { type Candidate, type DateContext, stickyAt } from './candidate.js';
import { speaksOfFuture } from './context.js';
import { gregorianToHijri, hijriMonthToGregorianMonth, hijriToGregorian } from './hijri.js';
import { HIJRI_MONTHS, RELWORD_SRC, SRC, relWord, squeeze } from './lexicon.js';
import { leftDay } from './parts.js';

const HMONTH_RE = new RegExp(`${B}(?<pre>[وف]?[بل]?)(?<form>${SRC.hijriMonth})${E}`, 'gu');
const YEAR_AFTER_RE = new RegExp(
  `[\\s,]*(?:(?:من\\s+)?(?:ال)?(?:عام|سنه)\\s+)?(?<y>[0-9]{3,4})(?![0-9])(?<mark>\\s*ه${E}|\\s+هجري(?:ه)?${E}|\\s+للهجره${E})?`,
  'uy',
);
const RELWORD_RE = new RegExp(`(?:\\s+(?:المبارك|الكريم|المعظم))?\\s+(?<rw>${RELWORD_SRC})${E}`, 'uy');

export function hijriDates(ctx: DateContext): Candidate[] {
  const { text, ref } = ctx;
  const out: Candidate[] = [];
  for (const m of text.matchAll(HMONTH_RE)) {
    const info = HIJRI_MONTHS.get(squeeze(m.groups!.form!))!;
    const start = m.index!;
    let end = start + m[0].length;
    const left = leftDay(text, start);
    let year: number | null = null;
    let rel: Direction | null = null;
    const y = stickyAt(YEAR_AFTER_RE, text, end);
    if (y && (y.groups!.mark || (Number(y.groups!.y) >= 1300 && Number(y.groups!.y) <= 1600))) {
      year = Number(y.groups!.y);
      end += y[0].length;
    } else {
      const r = stickyAt(RELWORD_RE, text, end);
      const w = r ? relWord(r.groups!.rw!) : null;
      if (r && w !== 'current') {
        rel = w === 'past' ? 'before' : 'after';
        end += r[0].length;
      } else if (r) {
        rel = 'onOrBefore';
        end += r[0].length;
      }
    }
    if (info.strict && year === null && !left.shahr) continue;
    const day = left.day;
    const from = day !== null ? left.start : Math.min(start, left.start);
    if (year !== null) {
      const c = day !== null ? hijriToGregorian(year, info.month, day) : null;
      const value = day !== null ? (c ? isoDay(c) : null) : hijriMonthToGregorianMonth(year, info.month);
      if (value) out.push({ start: from, end, value, precision: day !== null ? 'day' : 'month', rule: day !== null ? 'hijri-date' : 'hijri-month-year', implied: false, calendar: 'hijri' });
      continue;
    }
    if (!ref || (day === null && rel === null)) continue;
    const dir = rel ?? (speaksOfFuture(text, start) ? 'onOrAfter' : 'onOrBefore');
    const hy = nearestHijriYear(ref, info.month, day ?? 15, dir);
    if (hy === null) continue;
    const value = day !== null ? isoDay(hijriToGregorian(hy, info.month, day)!) : hijriMonthToGregorianMonth(hy, info.month);
    if (value) out.push({ start: from, end, value, precision: day !== null ? 'day' : 'month', rule: day !== null ? 'hijri-day-month' : 'hijri-month-relative', implied: true, calendar: 'hijri' });
  }
  return out;
}

/** The Hijri year in which month/day falls nearest `ref` in the given direction. */
export function nearestHijriYear(ref: Ymd, month: number, day: number, dir: Direction): number | null {
  const h = gregorianToHijri(ref);
  const years = dir === 'onOrBefore' || dir === 'before' ? [h.y, h.y - 1] : [h.y, h.y + 1];
  for (const y of years) {
    const g = hijriToGregorian(y, month, day);
    if (!g) continue;
    const c = compare(g, ref);
    if (dir === 'onOrBefore' ? c <= 0 : dir === 'before' ? c < 0 : dir === 'onOrAfter' ? c >= 0 : c > 0) return y;
  }
  return null;
}
