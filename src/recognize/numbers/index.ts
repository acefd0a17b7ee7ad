// The numbers recogniser: every number in the text with its value, bound and form. It reads
// digits (any script, folded already), number words and their compounds, digits with scale
// words, fractions, duals of countable nouns, percentages, ranges ("بين 10 و15"، "من 10 إلى
// 15") and bounds ("أكثر من"، "نحو"، "على الأقل"). Years, days of the month, clock times,
// labels (قانون رقم 5), ordinals, list markers and model names are left out; so are vague
// words (عشرات، مئات، آلاف alone، بضعة), which are not in the lexicon.
import { fold, toOriginal, type Normalized } from '../../text/normalize.js';
import type { Bound, NumberMention } from '../../types.js';
import { boundAfter, boundBefore, percentAt } from './bounds.js';
import { isOrdinalBefore, notACount } from './context.js';
import { dualAt, TWO } from './duals.js';
import { parseNumber, wordAt, type ParsedNumber } from './parse.js';
import { scan, type Tok } from './scan.js';

export interface NumberOptions {
  /** Normalised-text ranges already taken (dates, times) that must not yield numbers. */
  exclude?: Array<[number, number]>;
}

export { scan, type Tok } from './scan.js';

/** Every number in the text: digits of any script, number words, mixed forms, ranges, bounds. */
export function recognizeNumbers(n: Normalized, opts: NumberOptions = {}): NumberMention[] {
  const toks = scan(n.text);
  const exclude = opts.exclude ?? [];
  const excluded = (a: number, b: number) => exclude.some(([s, e]) => a < e && s < b);
  const out: NumberMention[] = [];
  let i = 0;
  while (i < toks.length) {
    const found = numberAt(toks, i);
    if (!found) {
      i++;
      continue;
    }
    i = Math.max(i + 1, found.to);
    if (found.skip) continue;
    if (excluded(toks[found.from]!.start, toks[found.to - 1]!.end)) continue;
    const o = toOriginal(n, toks[found.from]!.start, toks[found.to - 1]!.end);
    const m: NumberMention = {
      start: o.start,
      end: o.end,
      text: n.original.slice(o.start, o.end),
      value: found.value,
      bound: found.bound,
      form: found.form,
      rule: found.rule,
    };
    if (found.high !== undefined) m.high = found.high;
    if (found.percent) m.percent = true;
    out.push(m);
  }
  return out;
}

interface Found {
  from: number;
  to: number;
  value: number;
  high?: number;
  bound: Bound;
  form: string;
  percent: boolean;
  rule: string;
  /** Tokens to pass over without a result (a year, a time, an ordinal…). */
  skip?: boolean;
}

/** The number starting at token i (with its bound, percent marker and range), if any. */
function numberAt(toks: Tok[], i: number): Found | null {
  const dual = dualAt(toks, i);
  if (dual && !wordAt(toks, i)) {
    return withSurroundings(toks, { from: i, to: i + 1, value: 2, form: 'words', rule: 'dual-noun' }, 'dual');
  }
  const p = parseNumber(toks, i);
  if (!p) return null;
  const w = wordAt(toks, i);
  // "الثالث عشر"، "الحادي والعشرين"، "القرن العشرين"، "الأسابيع السبعة"، "اليوم الـ100":
  // ordinal or adjective use.
  const article = w ? w.prefix.includes('ال') : toks[i]!.prefix.includes('ال');
  if ((w && isOrdinalBefore(toks, i)) || (article && definiteWordBefore(toks, i))) {
    return skipOf(p);
  }
  if (notACount(toks, p)) return skipOf(p);
  return withSurroundings(toks, p, p.form);
}

function skipOf(p: ParsedNumber): Found {
  return { from: p.from, to: p.to, value: p.value, bound: 'exact', form: p.form, percent: false, rule: p.rule, skip: true };
}

function definiteWordBefore(toks: Tok[], i: number): boolean {
  const b = toks[i - 1];
  return !!b && b.kind === 'word' && b.text.length > 3 && /^(?:[وفبلك])?ال/u.test(b.text) && !wordAt(toks, i - 1);
}

const RANGE_START = new Set(['بين', 'مابين']);
const RANGE_MIDDLE = new Set(['إلى', 'الى', 'حتى'].map(fold));
/** A change verb before "من X إلى Y" makes it a new value, not a range ("ارتفع من 10 إلى 15"). */
const CHANGE_VERB = /^(?:[وف])?(?:ارتفع|ارتفعت|يرتفع|ترتفع|زاد|زادت|انخفض|انخفضت|تراجع|تراجعت|قفز|قفزت|صعد|صعدت|هبط|هبطت|ارتفاع|انخفاض|زياده|تراجع)$/u;

function withSurroundings(toks: Tok[], p: ParsedNumber, form: string): Found {
  let from = p.from;
  let to = p.to;
  let bound: Bound = 'exact';
  let rule = p.rule;
  let high: number | undefined;
  let percent = false;

  const before = boundBefore(toks, from);
  if (before) {
    bound = before.phrase.data;
    from = before.from;
  }
  // Ranges: "بين 10 و15"، "ما بين 10 و15"، "10 إلى 15"، "من 10 إلى 15".
  const prev = toks[from - 1];
  if (prev && prev.kind === 'word' && (RANGE_START.has(prev.text) || (prev.text === 'بين' && toks[from - 2]?.text === 'ما'))) {
    const second = secondOfRange(toks, to, 'و');
    if (second && second.value > p.value) {
      high = second.value;
      to = second.to;
      from = toks[from - 2]?.text === 'ما' ? from - 2 : from - 1;
      rule = 'range-between';
    }
  } else if (toks[to]?.kind === 'word' && RANGE_MIDDLE.has(toks[to]!.text)) {
    const second = secondOfRange(toks, to + 1, '');
    const fromWord = prev?.kind === 'word' && prev.text === 'من';
    const changed = fromWord && toks.slice(Math.max(0, from - 5), from - 1).some((t) => t.kind === 'word' && CHANGE_VERB.test(t.text));
    if (second && second.value > p.value && !changed) {
      high = second.value;
      to = second.to;
      if (fromWord) from -= 1;
      rule = 'range-to';
    }
  }
  const pc = percentAt(toks, to);
  if (pc) {
    percent = true;
    to = pc.to;
  } else if (form === 'digits' && toks[from]!.glued && toks[from - 1]?.text === '%' && toks[from - 2]?.kind !== 'num') {
    // "%40": the sign before the digits, as right-to-left text is often stored.
    percent = true;
    from -= 1;
  }
  const after = boundAfter(toks, to);
  if (after && bound === 'exact') {
    bound = after.match.phrase.data;
    if (after.adjacent) to = after.match.to;
  }
  if (form === 'dual') {
    rule = 'dual-noun';
    // "رجلين اثنين": the numeral repeats the dual; one number, not two.
    if (toks[to]?.kind === 'word' && TWO.test(toks[to]!.text)) to += 1;
  }
  return { from, to, value: p.value, high, bound, form, percent, rule };
}

/** The second number of a range at token k; `conj` is the و that must join it ("و15"، "و 15"). */
function secondOfRange(toks: Tok[], k: number, conj: string): ParsedNumber | null {
  const t = toks[k];
  if (!t) return null;
  if (conj) {
    if (t.kind === 'word' && t.text === conj) return countable(toks, parseNumber(toks, k + 1));
    if (t.kind === 'num' && t.prefix === conj) return countable(toks, parseNumber(toks, k));
    const w = wordAt(toks, k);
    if (w && w.prefix === conj) return countable(toks, parseNumber(toks, k));
    return null;
  }
  return countable(toks, parseNumber(toks, k));
}

function countable(toks: Tok[], p: ParsedNumber | null): ParsedNumber | null {
  return p && !notACount(toks, p) && p.form !== 'fraction' ? p : null;
}
