// Gregorian month names of every naming system, with what surrounds them: a day before
// ("21 يناير", "السادس من يونيو"), an equivalent in another system ("سبتمبر (أيلول)",
// "مارس/آذار", "مايو أيار"), then a year ("2014", "، من عام 2020"), a relative year
// ("من العام الماضي") or a relative word ("الماضي", "المقبل").
//
// A bare month name is often an ordinary word (مارس "practised", آب "father", ماي in names),
// so it is a date only when something dates it: a day, a year, a relative word, an
// equivalent, "شهر" before it, a lead word (في، منذ، خلال، أواخر…) or the prepositions ب/ل
// written onto it ("بيناير"). Forms marked strict in the data need more than a lead word.
// A day and month without a year after a name head ("ثورة 25 يناير", "شارع 26 يوليو") name
// something and are left out: their year is not that of publication.
import { B, E } from '../../text/regex-parts.js';
import { type Ymd, isValidDay, isoDay, isoMonth, resolveMonth, resolveMonthDay } from './calendar.js';
import { type Candidate, type DateContext, leftOf, stickyAt } from './candidate.js';
import { speaksOfFuture, wordBefore } from './context.js';
import { GREGORIAN_MONTHS, SRC, cues, relWord, squeeze } from './lexicon.js';
import { afterMonth, leftDay } from './parts.js';

const MONTH_RE = new RegExp(`${B}(?<pre>[وف]?[بل]?)(?<form>${SRC.gregorianMonth})${E}`, 'gu');
const EQUIV_RE = new RegExp(
  `\\s*(?:\\(\\s*(?<a>${SRC.gregorianMonth})\\s*\\)|[/\\-]\\s*(?<b>${SRC.gregorianMonth})|\\s+(?<c>${SRC.gregorianMonth}))${E}`,
  'uy',
);

/** A month coordinated with the one before it ("شهري مارس وأبريل") shares its context. */
const PREV_MONTH_RE = new RegExp(`${B}[وف]?[بل]?(?:${SRC.gregorianMonth})\\s*$`, 'u');
const NAME_HEADS = new Set(cues('date-name-head'));

function namedAfterDate(word: string): boolean {
  return NAME_HEADS.has(word) || NAME_HEADS.has(word.replace(/^[وف]?(?:ب|ل|لل)?(?:ال)?/, ''));
}

export function gregorianMonthDates(ctx: DateContext): Candidate[] {
  const { text, ref } = ctx;
  const out: Candidate[] = [];
  for (const m of text.matchAll(MONTH_RE)) {
    const pre = m.groups!.pre!;
    const info = GREGORIAN_MONTHS.get(squeeze(m.groups!.form!))!;
    if (info.strict && pre) continue; // "باب" is a door, not ب + آب
    const start = m.index!;
    let end = start + m[0].length;

    let equiv = false;
    const q = stickyAt(EQUIV_RE, text, end);
    if (q) {
      const f = q.groups!.a ?? q.groups!.b ?? q.groups!.c!;
      if (GREGORIAN_MONTHS.get(squeeze(f))!.month === info.month) {
        equiv = true;
        end += q[0].length;
      }
    }
    const after = afterMonth(text, end);
    const left = leftDay(text, start);
    const strong = left.day !== null || left.shahr || equiv || after !== null;
    const coordinated = pre.startsWith('و') && PREV_MONTH_RE.test(leftOf(text, start, 30));
    const medium = left.lead || /[بل]$/.test(pre) || coordinated;
    if (!(strong || (medium && !info.strict))) continue;
    if (after) end = after.end;
    if (left.day !== null && after?.kind !== 'year' && namedAfterDate(wordBefore(text, left.start))) continue;

    const c = resolve(text, ref, start, info.month, left.day, after);
    if (!c) continue;
    const first = left.day1 !== null ? resolve(text, ref, start, info.month, left.day1, after) : null;
    out.push({
      start: left.day === null ? Math.min(start, left.start) : left.start,
      end,
      ...c,
      calendar: 'gregorian',
      ...(first ? { also: [first.value] } : {}),
    });
  }
  return out;
}

function resolve(
  text: string, ref: Ymd | null, at: number, month: number, day: number | null, after: ReturnType<typeof afterMonth>,
): Pick<Candidate, 'value' | 'precision' | 'rule' | 'implied'> | null {
  const emit = (y: number, implied: boolean, rule: string) => {
    if (day === null) return { value: isoMonth(y, month), precision: 'month' as const, rule, implied };
    if (!isValidDay(y, month, day)) return null;
    return { value: isoDay({ y, m: month, d: day }), precision: 'day' as const, rule, implied };
  };
  const shape = day === null ? 'month' : 'day-month';
  if (after?.kind === 'year') return emit(after.year, false, `${shape}-year`);
  if (!ref) return null;
  if (after?.kind === 'relyear') return emit(ref.y + after.offset, true, `${shape}-relative-year`);
  let dir: 'onOrBefore' | 'before' | 'onOrAfter' | 'after' = speaksOfFuture(text, at) ? 'onOrAfter' : 'onOrBefore';
  let rule = dir === 'onOrAfter' ? `${shape}-future` : shape;
  if (after?.kind === 'relword') {
    const w = relWord(after.word);
    if (w === 'current') return emit(ref.y, true, `${shape}-current`);
    dir = w === 'past' ? 'before' : 'after';
    rule = `${shape}-${w}`;
  }
  if (day === null) return emit(resolveMonth(ref, month, dir), true, rule);
  const t = resolveMonthDay(ref, month, day, dir);
  return t ? emit(t.y, true, rule) : null;
}
