// Years: after عام/سنة ("عام 2014", "بعام 2019", "لسنة 2007", "عامي 2019 و2020"), after a lead
// word ("في 2014", "منذ 2010", "قبل 2000") when no counted noun follows ("في 2000 غارة" is a
// count), "من 2015 إلى 2018", and the years coordinated after one of those ("في 1995 و1999 و2006", "2019-2021").
// A year followed by هـ / هجري is a Hijri year, reported as the Gregorian year in which it
// mostly falls (that of its middle, see hijri.ts).
import { B, E, alt } from '../../text/regex-parts.js';
import { isoYear } from './calendar.js';
import { type Candidate, type DateContext, stickyAt } from './candidate.js';
import { hijriYearToGregorianYear } from './hijri.js';
import { cues } from './lexicon.js';
import { countFollows } from './parts.js';

const YEAR_WORD_RE = new RegExp(`${B}[وف]?[بل]?(?:(?:ال)?(?:عام|سنه)|عامي|سنتي)\\s+(?<y>[0-9]{4})(?![0-9])`, 'gu');
const YEAR_LEAD_RE = new RegExp(`${B}[وف]?(?:${alt(cues('year-lead'))})\\s+(?<y>[0-9]{4})(?![0-9]|[.,:][0-9]|[/-][0-9]{1,2}(?![0-9]))`, 'gu');
/** "من 2015 إلى 2018": من alone is too common before counts ("أكثر من 2000"), so only as a range. */
const FROM_RANGE_RE = /(?<![\p{L}\p{N}_])[وف]?من\s+(?<y>[0-9]{4})(?=\s*(?:-|الي|حتي)\s*[0-9]{4}(?![0-9]))/gu;
const CHAIN_RE = new RegExp(`\\s*(?:,|-|/|و|او|الي|حتي|ثم)\\s*(?:(?:ال)?(?:عام|سنه)\\s+)?(?<y>[0-9]{4})(?![0-9])`, 'uy');
export const HIJRI_MARK_RE = new RegExp(`\\s*(?:ه${E}|هجري(?:ه)?${E}|للهجره${E})`, 'uy');
const GREGORIAN_MARK_RE = new RegExp(`\\s*(?:م${E}|ميلادي(?:ه)?${E}|للميلاد${E})`, 'uy');

/** Gregorian years a lead word may introduce: wide enough for history, narrow enough to skip counts. */
const LEAD_MIN = 1900;
const LEAD_MAX = 2100;

export function yearDates(ctx: DateContext): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const take = (start: number, digitsEnd: number, y: number, rule: string, lead: boolean): number | null => {
    const h = stickyAt(HIJRI_MARK_RE, text, digitsEnd);
    if (h) {
      const g = hijriYearToGregorianYear(y);
      if (g === null) return null;
      const end = digitsEnd + h[0].length;
      out.push({ start, end, value: isoYear(g), precision: 'year', rule: `hijri-${rule}`, implied: false, calendar: 'hijri' });
      return end;
    }
    if (countFollows(text, digitsEnd)) return null;
    if (lead ? y < LEAD_MIN || y > LEAD_MAX : y < 1000 || y > 2199) return null;
    const gm = stickyAt(GREGORIAN_MARK_RE, text, digitsEnd);
    const end = digitsEnd + (gm ? gm[0].length : 0);
    out.push({ start, end, value: isoYear(y), precision: 'year', rule, implied: false, calendar: 'gregorian' });
    return end;
  };
  const chain = (from: number, lead: boolean) => {
    let at: number | null = from;
    while (at !== null) {
      const c = stickyAt(CHAIN_RE, text, at);
      if (!c) return;
      const ds = at + c[0].length - 4;
      at = take(ds, at + c[0].length, Number(c.groups!.y), 'year-list', lead);
    }
  };
  for (const re of [YEAR_WORD_RE, YEAR_LEAD_RE, FROM_RANGE_RE]) {
    const lead = re !== YEAR_WORD_RE;
    for (const m of text.matchAll(re)) {
      const start = lead ? m.index! + m[0].length - 4 : m.index!;
      const end = take(start, m.index! + m[0].length, Number(m.groups!.y), lead ? 'year-lead' : 'year', lead);
      if (end !== null) chain(end, lead);
    }
  }
  return out;
}
