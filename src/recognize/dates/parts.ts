// Regex pieces several date rules share: the day written before a month ("21", "السادس من",
// "يوم 10"), the year written after it ("2019", "، من عام 2020"), a relative year ("من العام
// الماضي") and the words that place a month or weekday relative to publication (الماضي…).
import { B, E, alt } from '../../text/regex-parts.js';
import { cues, ORDINALS, RELATIVE, RELWORD_SRC, SRC, phraseSource, squeeze } from './lexicon.js';
import { leftOf, stickyAt } from './candidate.js';

/** A day before a month, anchored at the end of the left window. */
const DAY_LEFT_RE = new RegExp(
  `(?:${B}(?<yawm>[وف]?[بل]?يوم)\\s+)?` +
    `(?:(?<![0-9])(?<d1>[0-9]{1,2})\\s*(?:-|و|الي|حتي)\\s*)?` +
    `(?:(?<![0-9])(?<day>[0-9]{1,2})|${B}(?<ord>[وف]?(?:${SRC.ordinal}))\\s+من)` +
    `\\s*(?:من\\s+)?(?:(?<shahr>شهري?)\\s+)?$`,
  'u',
);
const SHAHR_LEFT_RE = new RegExp(`${B}[وف]?[بل]?شهري?\\s+$`, 'u');
const MONTH_LEAD_RE = new RegExp(`${B}[وف]?[بل]?(?:${alt(cues('month-lead'))})\\s+$`, 'u');

export interface LeftDay {
  /** Normalised offset where the day expression starts. */
  start: number;
  day: number | null;
  /** The first day of a range "10 و15 مارس". */
  day1: number | null;
  shahr: boolean;
  lead: boolean;
}

/** What stands before a month name that starts at `at`. */
export function leftDay(text: string, at: number): LeftDay {
  const w = leftOf(text, at);
  const base = at - w.length;
  const m = DAY_LEFT_RE.exec(w);
  if (m) {
    const g = m.groups!;
    const day = g.day ? Number(g.day) : ORDINALS.get(squeeze(g.ord!.replace(/^[وف](?=ال)/, ''))) ?? null;
    if (day !== null && day >= 1 && day <= 31) {
      const d1 = g.d1 ? Number(g.d1) : null;
      return { start: base + m.index, day, day1: d1 !== null && d1 >= 1 && d1 < day ? d1 : null, shahr: !!g.shahr, lead: true };
    }
  }
  const s = SHAHR_LEFT_RE.exec(w);
  if (s) return { start: base + s.index, day: null, day1: null, shahr: true, lead: true };
  return { start: at, day: null, day1: null, shahr: false, lead: MONTH_LEAD_RE.test(w) };
}

const YEAR_AFTER_RE = new RegExp(
  `[\\s,]*(?:(?:من\\s+)?(?:ال)?(?:عام|سنه)\\s+)?(?<y>[0-9]{4})(?![0-9])(?:\\s*م${E})?`,
  'uy',
);
const YEAR_RELATIVE = [...RELATIVE].filter(([, r]) => r.unit === 'year').map(([f]) => f);
const REL_YEAR_AFTER_RE = new RegExp(`[\\s,]*(?:من\\s+)?(?<ry>${phraseSource(YEAR_RELATIVE)})${E}`, 'uy');
const RELWORD_AFTER_RE = new RegExp(`\\s+(?<rw>${RELWORD_SRC})${E}`, 'uy');

export type After =
  | { kind: 'year'; year: number; end: number }
  | { kind: 'relyear'; offset: number; end: number }
  | { kind: 'relword'; word: string; end: number };

/** A year, relative year or الماضي/المقبل/الجاري right after `at`. */
export function afterMonth(text: string, at: number): After | null {
  let m = stickyAt(YEAR_AFTER_RE, text, at);
  if (m) {
    const year = Number(m.groups!.y);
    if (year >= 1000 && year <= 2199 && !countFollows(text, at + m[0].length)) return { kind: 'year', year, end: at + m[0].length };
  }
  m = stickyAt(REL_YEAR_AFTER_RE, text, at);
  if (m) return { kind: 'relyear', offset: RELATIVE.get(squeeze(m.groups!.ry!))!.offset, end: at + m[0].length };
  m = stickyAt(RELWORD_AFTER_RE, text, at);
  if (m) return { kind: 'relword', word: m.groups!.rw!, end: at + m[0].length };
  return null;
}

const COUNT_AFTER_RE = new RegExp(`\\s*(?:%|(?:${alt(cues('count-noun'))})${E})`, 'uy');
/** True when the number that ends at `at` counts something ("2000 جندي") rather than dating it. */
export function countFollows(text: string, at: number): boolean {
  return stickyAt(COUNT_AFTER_RE, text, at) !== null;
}
