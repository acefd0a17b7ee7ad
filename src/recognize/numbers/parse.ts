// Reads one number phrase from the tokens: digits ("1,270"), digits with a scale word
// ("2.5 مليون"، "3 آلاف"), or number words with their compounds ("خمسة وعشرين"،
// "مئتين وخمسين"، "ثلاثة آلاف وخمسمئة"، "إحدى عشرة"، "مليون ونصف").
//
// Words are joined without و only where the grammar glues them (a unit before عشر, a unit
// before مئة, a number before its scale word). With و they are joined only from a larger
// place to a smaller one (after a scale, after a hundred) or from a unit to a ten
// ("خمسة وعشرون"), so a list such as "الخمسة عشر وعشرين" stays two numbers.
import { digitValue } from './digits.js';
import { isScale, numberWord, type WordReading } from './lexicon.js';
import type { Tok } from './scan.js';

export interface ParsedNumber {
  /** Token range [from, to). */
  from: number;
  to: number;
  value: number;
  form: 'digits' | 'words' | 'mixed' | 'fraction';
  rule: string;
}

type Last = 'unit' | 'compound' | 'teen' | 'ten_unit' | 'ten' | 'hundred' | 'scale' | 'digits' | 'half';

/** Readings that look like number words but are other words in running text. */
const NOT_NUMBERS = new Set(['لست']);

export function wordAt(toks: Tok[], i: number): WordReading | null {
  const t = toks[i];
  if (!t || t.kind !== 'word' || NOT_NUMBERS.has(t.text)) return null;
  return numberWord(t.text);
}

export function parseNumber(toks: Tok[], i: number): ParsedNumber | null {
  const t = toks[i];
  if (!t) return null;
  let total = 0;
  let cur = 0;
  let last: Last;
  let lastScale = Infinity;
  let hasWords = false;
  let hasDigits = false;
  if (t.kind === 'num') {
    const next = wordAt(toks, i + 1);
    const v = digitValue(t.text, next !== null && isScale(next) && next.prefix === '');
    if (v === null || !Number.isFinite(v)) return null;
    cur = v;
    last = 'digits';
    hasDigits = true;
  } else {
    const w = wordAt(toks, i);
    if (!w) return null;
    // "الاثنين" is Monday, "الأحد" Sunday: with the article these are weekdays.
    if (w.prefix.includes('ال') && (w.value === 2 && w.type === 'unit' && w.stem.startsWith('اثن'))) return null;
    hasWords = true;
    switch (w.type) {
      case 'unit': cur = w.value; last = 'unit'; break;
      case 'compound_unit': cur = 1; last = 'compound'; break;
      case 'ten_unit': cur = 10; last = 'ten_unit'; break;
      case 'ten': cur = w.value; last = 'ten'; break;
      case 'hundred': case 'hundreds': cur = w.value; last = 'hundred'; break;
      // At the head of a phrase "ألفا"، "مليونا" are construct duals (ألفا شخص = 2000).
      case 'scale': total = w.stem.endsWith('ا') ? 2 * w.value : w.value; lastScale = w.value; last = 'scale'; break;
      case 'scale_dual': total = w.value; lastScale = w.value / 2; last = 'scale'; break;
      case 'scale_plural': return null; // "آلاف" alone is a vague amount
      case 'fraction': {
        const s = wordAt(toks, i + 1);
        if (s && s.prefix === '' && (s.type === 'scale')) {
          return { from: i, to: i + 2, value: w.value * s.value, form: 'words', rule: 'fraction-of-scale' };
        }
        return { from: i, to: i + 1, value: w.value, form: 'fraction', rule: 'fraction' };
      }
    }
  }
  let j = i + 1;
  for (; j < toks.length; j++) {
    const tok = toks[j]!;
    if (tok.kind === 'num') {
      // "مليون و200 ألف": a smaller chunk in digits after a scale word.
      if (tok.prefix !== 'و' || last !== 'scale') break;
      const v = digitValue(tok.text);
      if (v === null || v >= lastScale) break;
      cur = v;
      last = 'digits';
      hasDigits = true;
      continue;
    }
    const w = wordAt(toks, j);
    if (!w) break;
    const waw = w.prefix === 'و';
    if (w.prefix && !waw) break;
    if (!waw) {
      if (w.type === 'ten_unit' && (last === 'unit' || last === 'compound') && cur < 10) {
        cur += 10;
        last = 'teen';
      } else if (w.type === 'hundred' && last === 'unit' && cur >= 3) {
        cur *= 100;
        last = 'hundred';
      } else if ((w.type === 'scale' || w.type === 'scale_plural') && cur > 0 && w.value < lastScale && last !== 'compound') {
        total += cur * w.value;
        cur = 0;
        lastScale = w.value;
        last = 'scale';
      } else break;
    } else {
      const small = w.type === 'unit' || w.type === 'ten' || w.type === 'ten_unit' || w.type === 'hundred' || w.type === 'hundreds' || w.type === 'compound_unit';
      if (last === 'scale' && w.type === 'fraction' && w.value === 0.5) {
        total += lastScale / 2;
        last = 'half';
        // "مليون ونصف المليون": the repeated scale word belongs to the phrase.
        const again = wordAt(toks, j + 1);
        if (again && again.prefix === 'ال' && again.value === lastScale && isScale(again)) j++;
        j++;
        break;
      } else if (last === 'scale' && small && w.value < lastScale) {
        cur = w.type === 'compound_unit' ? 1 : w.value;
        last = w.type === 'compound_unit' ? 'compound' : w.type === 'hundreds' ? 'hundred' : (w.type as Last);
      } else if (last === 'hundred' && (w.type === 'unit' || w.type === 'ten' || w.type === 'ten_unit' || w.type === 'compound_unit')) {
        cur += w.type === 'compound_unit' ? 1 : w.value;
        last = w.type === 'compound_unit' ? 'compound' : (w.type as Last);
      } else if ((last === 'unit' || last === 'compound') && w.type === 'ten' && cur % 100 < 10) {
        cur += w.value;
        last = 'ten';
      } else break;
    }
    hasWords = true;
  }
  // "أحد" and "إحدى" are numbers only inside a compound (أحد عشر، إحدى وعشرون).
  if (last === 'compound') return null;
  const form = hasDigits && hasWords ? 'mixed' : hasDigits ? 'digits' : 'words';
  return { from: i, to: j, value: total + cur, form, rule: form === 'mixed' ? 'digits-scale' : form };
}
