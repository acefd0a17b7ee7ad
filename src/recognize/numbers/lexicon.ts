// The number-word lexicon (data/numbers/number-words.tsv), folded and indexed once.
import { loadTable, list } from '../../data/table.js';
import { fold } from '../../text/normalize.js';
import { cachedReadings as readings } from './readings-cache.js';

export type WordType =
  | 'unit' | 'compound_unit' | 'ten_unit' | 'ten' | 'hundred' | 'hundreds'
  | 'scale' | 'scale_dual' | 'scale_plural' | 'fraction';

export interface NumberWord {
  value: number;
  type: WordType;
  english: string;
}

export interface WordReading extends NumberWord {
  /** Clitics peeled off the token (و، ب، ال…). */
  prefix: string;
  stem: string;
}

const TYPES = new Set<string>(['unit', 'compound_unit', 'ten_unit', 'ten', 'hundred', 'hundreds', 'scale', 'scale_dual', 'scale_plural', 'fraction']);

function build(): Map<string, NumberWord> {
  const m = new Map<string, NumberWord>();
  for (const row of loadTable('numbers/number-words.tsv')) {
    const type = row.type ?? '';
    if (!TYPES.has(type)) throw new Error(`numbers/number-words.tsv: unknown type ${type}`);
    for (const form of list(row.arabic)) {
      m.set(fold(form), { value: Number(row.value), type: type as WordType, english: row.english ?? '' });
    }
  }
  return m;
}

const WORDS = build();

/**
 * The number-word reading of a normalised token, if it has one. The form as written wins
 * over a reading with clitics peeled off, so "الف" is a thousand, not ال + ف.
 */
export function numberWord(token: string): WordReading | null {
  for (const r of readings(token)) {
    // ك ("like") before a number word is rare, and كمية، كمئة… would read as numbers.
    if (r.prefix.includes('ك')) continue;
    const w = WORDS.get(r.stem);
    if (w) return { ...w, prefix: r.prefix, stem: r.stem };
  }
  return null;
}

export function isScale(w: NumberWord): boolean {
  return w.type === 'scale' || w.type === 'scale_dual' || w.type === 'scale_plural';
}
