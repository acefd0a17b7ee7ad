// Refiners run in order over every rule's candidates (as chrono does): keep the longest of
// overlapping candidates, fold a weekday into the explicit date written right after it
// ("الأحد 12 مارس", "يوم الجمعة التاسع من شهر رمضان"), and drop a Hijri date written beside
// its Gregorian equivalent ("15 رمضان 1442 هـ الموافق 27 أبريل 2021"): the Gregorian one is
// kept because it is what the writer states, while a conversion can differ by a day from a
// sighting-based calendar. Finally, where the article pins "أمس"/"اليوم" to a weekday
// ("أمس الأحد"), a bare "أمس"/"اليوم" elsewhere in it means that same day: the writer's
// weekday is more reliable than an estimated publication day. In a range whose second end
// states its year ("بين مارس وفبراير 2021", "من 20 ديسمبر إلى 5 يناير 2021") the first end
// takes that year (the one before when its month comes later in the year).
import type { Candidate } from './candidate.js';
import { isWeekday } from './weekday.js';

export function keepLongest(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (kept.some((k) => c.start < k.end && k.start < c.end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const WEEKDAY_GAP = /^[\s,]*$/u;
export function mergeWeekdayIntoDate(cands: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1];
    if (b && isWeekday(a) && !isWeekday(b) && b.precision === 'day' && !b.rule.startsWith('relative') && !b.rule.startsWith('today')
      && WEEKDAY_GAP.test(text.slice(a.end, b.start))) {
      out.push({ ...b, start: a.start, rule: `${b.rule}+weekday` });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

const EQUIVALENT_GAP = /^[\s,()\-/]*(?:الموافق\s*(?:ل)?)?[\s,()\-/]*$/u;
export function dropHijriBesideGregorian(cands: Candidate[], text: string): Candidate[] {
  return cands.filter((c, i) => {
    if (c.calendar !== 'hijri' || c.precision !== 'day') return true;
    const prev = cands[i - 1];
    const next = cands[i + 1];
    const beside = (o: Candidate | undefined, gap: string) =>
      o !== undefined && o.calendar === 'gregorian' && o.precision === 'day' && !o.implied && EQUIVALENT_GAP.test(gap);
    return !(beside(next, next ? text.slice(c.end, next.start) : '') || beside(prev, prev ? text.slice(prev.end, c.start) : ''));
  });
}

export function alignBareRelativeDays(cands: Candidate[]): Candidate[] {
  const pinned = new Map<string, string>();
  for (const c of cands) {
    if (c.rule === 'weekday-yesterday' && !pinned.has('relative-day-1')) pinned.set('relative-day-1', c.value);
    if (c.rule === 'weekday-today' && !pinned.has('today')) pinned.set('today', c.value);
  }
  return cands.map((c) => {
    const v = pinned.get(c.rule);
    return v && v !== c.value ? { ...c, value: v, rule: `${c.rule}+pinned-weekday` } : c;
  });
}

const RANGE_GAP = /^\s*(?:و|الي|حتي|-)\s*$/u;
const MONTH_RULE = /^(?:day-month|month)(?:-future)?$/;
export function shareRangeYear(cands: Candidate[], text: string): Candidate[] {
  return cands.map((a, i) => {
    const b = cands[i + 1];
    if (!b || !MONTH_RULE.test(a.rule) || !/-year$/.test(b.rule) || b.implied) return a;
    const gap = text.slice(a.end, b.start);
    if (!RANGE_GAP.test(gap) && !(/^\s+$/.test(gap) && text[b.start] === 'و')) return a;
    const [, am, ad] = a.value.split('-');
    const [by, bm] = b.value.split('-');
    const y = Number(by) - (Number(am) > Number(bm) ? 1 : 0);
    return { ...a, value: [String(y), am, ad].filter(Boolean).join('-'), rule: `${a.rule}+range-year`, implied: true };
  });
}
