// The counted noun after a number: "57 قتيلا"، "35 من عناصر التنظيم"، "3 ملايين دولار",
// and whether it makes the number a figure at all ("49 يوما" measures time, not a count).
import { fold } from '../../text/normalize.js';
import type { FigureKind } from '../../types.js';
import { isMonth } from '../numbers/context.js';
import { wordAt } from '../numbers/parse.js';
import type { Tok } from '../numbers/scan.js';
import { AFTER, BEFORE, CURRENCIES, NOT_COUNTED, UNITS, type UnitClass } from './lexicon.js';

export interface Unit {
  /** Token range [from, to) of the noun (and its partitive من). */
  from: number;
  to: number;
  kind: FigureKind;
  /** unknown: a noun not in the lexicon, read as "other" unless an event says otherwise. */
  cls: UnitClass | 'unknown';
  currency?: string;
  /** The number measures rather than counts (time, distance, score). */
  notCounted?: string;
  /** A partitive pronoun (منهم، منها): the count of a group named before. */
  pronoun?: boolean;
}

/** Words that follow numbers without being what they count. */
export const FUNCTION_WORDS = new Set(
  ('في من على إلى الى عن مع و أو او ثم قد لا لم لن ما أن إن ان انه أنه التي الذي الذين حتى عند منذ بعد قبل خلال أي كل هذه هذا ذلك تلك ' +
    'حيث بين ضد عبر داخل خارج أمام وراء نحو حول دون مقابل فقط فحسب فيما بينما وفق حسب بحسب إذ كان كانت يوم أيضا ايضا بينهم منهم ' +
    'يوميا سنويا شهريا أسبوعيا حاليا تقريبا رسميا محليا دوليا فعليا إجمالا عالميا مرة مرات ضعف أضعاف بالمقارنة مقارنة لكن غير سوى عام')
    .split(' ')
    .map(fold),
);

/** Quotes and brackets between a number and its noun ('اعتقال 11 "مطلوبا"'). */
function skipQuotes(toks: Tok[], k: number): number {
  while (toks[k]?.kind === 'punct' && /^["'()«»]$/u.test(toks[k]!.text)) k++;
  return k;
}

/** The entry for a noun form, trying it as written and without the article. */
export function unitEntry(word: string): { kind: FigureKind; cls: UnitClass } | null {
  const e = UNITS.get(word) ?? (word.startsWith('ال') ? UNITS.get(word.slice(2)) : undefined);
  return e ? { kind: e.kind, cls: e.cls } : null;
}

export function unitAfter(toks: Tok[], k0: number): Unit | null {
  let k = skipQuotes(toks, k0);
  const t = toks[k];
  if (!t || t.kind !== 'word') return null;
  // "37 ما بين رجال أمن ومواطنين"
  if (t.text === 'ما' && toks[k + 1]?.text === 'بين') return nounAt(toks, k + 2, k, true);
  if (t.text === fold('منهم') || t.text === fold('منها')) {
    return { from: k, to: k + 1, kind: t.text === fold('منهم') ? 'people' : 'other', cls: 'unknown', pronoun: true };
  }
  if (t.text === 'من') return nounAt(toks, skipQuotes(toks, k + 1), k, true);
  return nounAt(toks, k, k, false);
}

function nounAt(toks: Tok[], k: number, from: number, partitive: boolean): Unit | null {
  const t = toks[k];
  if (!t || t.kind !== 'word') return null;
  const cur = CURRENCIES.at(toks, k, false);
  if (cur) return { from, to: cur.to, kind: 'money', cls: 'thing', currency: cur.phrase.data || undefined };
  const measure = NOT_COUNTED.get(t.text);
  if (measure !== undefined) return { from, to: k + 1, kind: 'other', cls: 'thing', notCounted: measure };
  const e = unitEntry(t.text);
  if (e) return { from, to: k + 1, kind: e.kind, cls: e.cls };
  // A counted noun has no article and no preposition (اليوم الـ100 للحرب).
  if (!partitive && /^(?:[وف]?(?:ال|لل|بال|كال))/u.test(t.text)) return null;
  const bare = /^[وف]/u.test(t.text) && FUNCTION_WORDS.has(t.text.slice(1));
  if (bare || FUNCTION_WORDS.has(t.text) || isMonth(t.text) || wordAt(toks, k)) return null;
  if (BEFORE.at(toks, k, true) || AFTER.at(toks, k, false)) return null;
  // An unknown partitive ("9 من قوات") names a group of people more often than things.
  return { from, to: k + 1, kind: 'other', cls: 'unknown' };
}
