// Relative expressions from data/dates/relative.tsv ("أمس", "العام الماضي", "الشهر الجاري"),
// a day written before a relative month ("العاشر من الشهر الجاري"), and "قبل N UNIT"
// ("قبل ثلاثة أيام", "قبل عامين"). "منذ N UNIT" is left out: it mostly gives a duration
// ("منذ 40 يوما" = for 40 days), not a date. All need the publication day; without it they are left out.
import { B, E } from '../../text/regex-parts.js';
import { addDays, addMonths, isValidDay, isoDay, isoMonth, isoYear, type Ymd } from './calendar.js';
import type { Candidate, DateContext } from './candidate.js';
import { COUNTS, DURATION_UNITS, RELATIVE, SRC, type Unit, squeeze } from './lexicon.js';
import { leftDay } from './parts.js';

const RELATIVE_RE = new RegExp(`${B}(?<pre>[وف]?[بل]?)(?<p>${SRC.relative})${E}`, 'gu');

function shifted(ref: Ymd, unit: Unit, offset: number): Pick<Candidate, 'value' | 'precision'> {
  if (unit === 'day') return { value: isoDay(addDays(ref, offset)), precision: 'day' };
  if (unit === 'month') {
    const t = addMonths(ref.y, ref.m, offset);
    return { value: isoMonth(t.y, t.m), precision: 'month' };
  }
  return { value: isoYear(ref.y + offset), precision: 'year' };
}

export function relativeDates(ctx: DateContext): Candidate[] {
  const { text, ref } = ctx;
  if (!ref) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(RELATIVE_RE)) {
    const r = RELATIVE.get(squeeze(m.groups!.p!))!;
    const start = m.index!;
    const end = start + m[0].length;
    if (r.unit === 'month') {
      const left = leftDay(text, start);
      if (left.day !== null) {
        const t = addMonths(ref.y, ref.m, r.offset);
        if (isValidDay(t.y, t.m, left.day)) {
          out.push({ start: left.start, end, value: isoDay({ y: t.y, m: t.m, d: left.day }), precision: 'day', rule: 'day-relative-month', implied: true, calendar: 'gregorian' });
          continue;
        }
      }
    }
    out.push({ start, end, ...shifted(ref, r.unit, r.offset), rule: r.unit === 'day' ? `relative-day${r.offset}` : `relative-${r.unit}`, implied: true, calendar: 'gregorian' });
  }
  for (const m of text.matchAll(AGO_RE)) {
    const g = m.groups!;
    const u = DURATION_UNITS.get(squeeze(g.u!))!;
    const n = g.n ? (/^[0-9]+$/.test(g.n) ? Number(g.n) : COUNTS.get(squeeze(g.n)) ?? null) : u.count;
    if (n === null || n <= 0 || (g.n && u.count !== null)) continue;
    const start = m.index!;
    out.push({ start, end: start + m[0].length, ...shifted(ref, u.unit, -n), rule: 'ago', implied: true, calendar: 'gregorian' });
  }
  return out;
}

const AGO_RE = new RegExp(
  `${B}[وف]?قبل\\s+(?:(?<n>[0-9]{1,3}|${SRC.count})\\s+)?(?<u>${SRC.durationUnit})${E}`,
  'gu',
);
