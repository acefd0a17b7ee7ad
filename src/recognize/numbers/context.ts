// Numbers that are not counts, judged from the words around them (data/numbers/context.tsv):
// years, days of the month, clock times, labels (قانون رقم 5، المادة 12), ordinals, list
// markers, model names (M4، إف-16), phone numbers, scores.
import { loadTable, list } from '../../data/table.js';
import { fold } from '../../text/normalize.js';
import { PhraseIndex } from './phrases.js';
import { isLatin, type Tok } from './scan.js';
import type { ParsedNumber } from './parse.js';

type Role = 'year_before' | 'date_prep' | 'year_after' | 'month' | 'time_before' | 'time_after' | 'label_before' | 'ordinal';

const CONTEXT = new PhraseIndex<Role>();
const MONTHS = new Set<string>();
for (const row of loadTable('numbers/context.tsv')) {
  for (const form of list(row.arabic)) {
    CONTEXT.add(form, row.role as Role);
    if (row.role === 'month') MONTHS.add(fold(form));
  }
}

/** Words that cannot be the noun a year-like number counts (so the number is a year). */
const NOT_A_COUNTED_NOUN = new Set(
  ['و', 'او', 'في', 'من', 'الى', 'علي', 'عن', 'مع', 'حتى', 'ثم', 'قد', 'لا', 'لم', 'لن', 'ما', 'ان', 'انه', 'التي', 'الذي', 'الذين', 'حين', 'حيث', 'عندما', 'بعد', 'قبل', 'خلال', 'كان', 'كانت', 'وفي', 'بين', 'اي', 'كما', 'الا', 'لكن', 'بل'].map(fold),
);

function roleBefore(toks: Tok[], k: number): Role | null {
  return CONTEXT.endingAt(toks, k)?.phrase.data ?? null;
}
function roleAt(toks: Tok[], k: number): Role | null {
  return CONTEXT.at(toks, k)?.phrase.data ?? null;
}

export function isOrdinalBefore(toks: Tok[], k: number): boolean {
  return roleBefore(toks, k) === 'ordinal';
}

export function isMonth(word: string): boolean {
  return MONTHS.has(word);
}

function punctAt(toks: Tok[], k: number, chars: string, glued = true): boolean {
  const t = toks[k];
  return !!t && t.kind === 'punct' && chars.includes(t.text) && (!glued || t.glued);
}

/** Why a parsed number is not a count, or null when it may be one. */
export function notACount(toks: Tok[], p: ParsedNumber): string | null {
  const first = toks[p.from]!;
  const after = toks[p.to];
  const before = toks[p.from - 1];
  const digitsOnly = p.form === 'digits';
  if (digitsOnly) {
    // Glued to Latin letters or a hyphenated model name: M4, F-16, G20.
    if ((before && first.glued && isLatin(before)) || (after && after.glued && isLatin(after))) return 'label';
    if (before?.kind === 'punct' && before.text === '-' && first.glued && toks[p.from - 2]?.kind === 'word' && before.glued) return 'label';
    // 10:30, 12/3/2015, 2-1: clock times, dates and scores.
    if (punctAt(toks, p.to, ':/-') && toks[p.to + 1]?.kind === 'num' && toks[p.to + 1]!.glued) return 'time-date-score';
    if (first.glued && punctAt(toks, p.from - 1, ':/-') && toks[p.from - 2]?.kind === 'num') return 'time-date-score';
    if (punctAt(toks, p.to, ':/-', false) && toks[p.to + 1]?.kind === 'num' && /[:]/.test(after!.text)) return 'time';
    // "1- ريال مدريد": a list marker at the start of a line.
    if ((!before || (before.kind === 'punct' && before.text === '\n')) && punctAt(toks, p.to, '-).', false)) return 'list-marker';
    if (/^[0-9]{8,}$/.test(first.text)) return 'phone';
  }
  // "قاعة تسع 500 شخص": a number word right before digits is a verb or a name, not a count.
  if (p.form === 'words' && after?.kind === 'num' && after.prefix === '') return 'word-before-digits';
  const prevRole = roleBefore(toks, p.from);
  const nextRole = roleAt(toks, p.to);
  if (prevRole === 'label_before') return 'label';
  // "10 صباحا" is a time; after a number word "فجرا" is more often a verb (انتحاريين اثنين فجرا).
  if (prevRole === 'time_before' || (nextRole === 'time_after' && digitsOnly && p.value <= 24)) return 'time';
  if (nextRole === 'month') return 'day-of-month';
  if (prevRole === 'month' && p.value >= 100) return 'year';
  if (prevRole === 'year_before' && digitsOnly) return 'year';
  if (digitsOnly && isYearLike(first.text)) {
    if (nextRole === 'year_after' || prevRole === 'date_prep') return 'year';
    if (!countedNounFollows(toks, p.to)) return 'year';
  }
  if (digitsOnly && /^1[34][0-9]{2}$/.test(first.text) && nextRole === 'year_after') return 'year';
  return null;
}

function isYearLike(s: string): boolean {
  return /^(?:19|20)[0-9]{2}$/.test(s);
}

/**
 * A year-like number (1900-2099) counts something only when a noun follows it ("2000 قطعة")
 * or a partitive ("2000 من المعتقلين"); otherwise it is read as a year ("منذ 2011،").
 */
function countedNounFollows(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (!t || t.kind !== 'word') return false;
  if (t.text === 'من') {
    const n = toks[k + 1];
    return !!n && n.kind === 'word' && n.text.startsWith('ال');
  }
  if (NOT_A_COUNTED_NOUN.has(t.text) || isMonth(t.text) || roleAt(toks, k) !== null) return false;
  return !t.text.startsWith('ال') && !t.text.startsWith('و');
}
