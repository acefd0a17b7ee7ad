// Holidays with a fixed calendar day ("عيد الأضحى", "عيد الفطر", "المولد النبوي"): the
// occurrence nearest publication, or the previous/next one when الماضي/المقبل follows. A year
// written after it fixes the occurrence (Hijri when the year is 1300–1600 or marked هـ).
import { B, E } from '../../text/regex-parts.js';
import { type Ymd, compare, isValidDay, isoDay, toUtc } from './calendar.js';
import { type Candidate, type DateContext, stickyAt } from './candidate.js';
import { gregorianToHijri, hijriToGregorian } from './hijri.js';
import { type Holiday, HOLIDAYS, RELWORD_SRC, SRC, relWord, squeeze } from './lexicon.js';

const HOLIDAY_RE = new RegExp(`${B}[وف]?[بل]?(?<h>${SRC.holiday})${E}`, 'gu');
const AFTER_RE = new RegExp(`(?:\\s+(?<rw>${RELWORD_SRC})${E}|[\\s,]*(?:(?:ال)?عام\\s+)?(?<y>[0-9]{4})(?![0-9])(?<mark>\\s*ه${E})?)`, 'uy');

function occurrence(h: Holiday, year: number): Ymd | null {
  if (h.calendar === 'hijri') return hijriToGregorian(year, h.month, h.day);
  return isValidDay(year, h.month, h.day) ? { y: year, m: h.month, d: h.day } : null;
}

export function holidayDates(ctx: DateContext): Candidate[] {
  const { text, ref } = ctx;
  const out: Candidate[] = [];
  for (const m of text.matchAll(HOLIDAY_RE)) {
    const h = HOLIDAYS.get(squeeze(m.groups!.h!))!;
    const start = m.index!;
    let end = start + m[0].length;
    const a = stickyAt(AFTER_RE, text, end);
    let t: Ymd | null = null;
    if (a?.groups!.y) {
      const y = Number(a.groups!.y);
      const hijriYear = !!a.groups!.mark || (y >= 1300 && y <= 1600);
      if (hijriYear !== (h.calendar === 'hijri')) continue;
      t = occurrence(h, y);
      end += a[0].length;
    } else if (ref) {
      const base = h.calendar === 'hijri' ? gregorianToHijri(ref).y : ref.y;
      const around = [base - 1, base, base + 1].map((y) => occurrence(h, y)).filter((x): x is Ymd => x !== null);
      const w = a?.groups!.rw ? relWord(a.groups!.rw) : null;
      if (w === 'past') t = around.filter((x) => compare(x, ref) < 0).pop() ?? null;
      else if (w === 'next') t = around.find((x) => compare(x, ref) > 0) ?? null;
      else t = around.reduce<Ymd | null>((best, x) => (best === null || distance(x, ref) < distance(best, ref) ? x : best), null);
      if (w && w !== 'current') end += a![0].length;
    }
    if (t) out.push({ start, end, value: isoDay(t), precision: 'day', rule: 'holiday', implied: !a?.groups!.y, calendar: h.calendar });
  }
  return out;
}

function distance(a: Ymd, b: Ymd): number {
  return Math.abs(toUtc(a).getTime() - toUtc(b).getTime());
}

