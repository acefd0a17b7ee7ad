// "اليوم" (today) and "غدا" (tomorrow), which are also ordinary words. "اليوم" is the
// publication day except where it means "the day" ("في اليوم التالي", "ذلك اليوم", "اليوم
// الوطني") or "nowadays / to this day" ("عالم اليوم", "حتى اليوم"); the frames are in
// data/dates/cues.tsv. "غدا" is also the verb "became" ("غدا الوضع…"), so it counts when
// written with tanween (غداً), before punctuation, or in a sentence that speaks of the future.
import { B, E } from '../../text/regex-parts.js';
import type { Normalized } from '../../text/normalize.js';
import { addDays, isoDay } from './calendar.js';
import { type Candidate, type DateContext, stickyAt } from './candidate.js';
import { speaksOfFuture, wordBefore } from './context.js';
import { cues } from './lexicon.js';

const TODAY_RE = new RegExp(`${B}(?<pre>[وف]?[بل]?)اليوم${E}`, 'gu');
const TOMORROW_RE = new RegExp(`${B}[وف]?غدا${E}`, 'gu');
const NOT_BEFORE = new Set(cues('not-today-before'));
const NEXT_WORD_RE = /\s*(\p{L}+)/uy;
const NOT_AFTER = new Set(cues('not-today-after'));
const CLAUSE_START_RE = /(?:^|[.,;:!?"\n(])\s*$/u;
const IMPERFECT_RE = /^[يت]\p{L}{3,}$/u;
const PUNCT_AFTER_RE = /\s*(?:[.,;:!?)"']|$)/uy;

export function todayDates(ctx: DateContext, n: Normalized): Candidate[] {
  const { text, ref } = ctx;
  if (!ref) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(TODAY_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (m.groups!.pre === 'ل' || NOT_BEFORE.has(wordBefore(text, start))) continue;
    const next = stickyAt(NEXT_WORD_RE, text, end)?.[1] ?? '';
    if (NOT_AFTER.has(next)) continue;
    const nowadays = m.groups!.pre === 'و' && IMPERFECT_RE.test(next) && CLAUSE_START_RE.test(text.slice(Math.max(0, start - 5), start));
    if (nowadays) continue;
    out.push({ start, end, value: isoDay(ref), precision: 'day', rule: 'today', implied: true, calendar: 'gregorian' });
  }
  for (const m of text.matchAll(TOMORROW_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const written = n.original.slice(n.starts[start]!, n.ends[end - 1]!);
    const adverb = /\u064B/.test(written) || stickyAt(PUNCT_AFTER_RE, text, end) !== null || speaksOfFuture(text, start);
    if (!adverb) continue;
    out.push({ start, end, value: isoDay(addDays(ref, 1)), precision: 'day', rule: 'tomorrow', implied: true, calendar: 'gregorian' });
  }
  return out;
}
