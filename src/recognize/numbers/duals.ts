// Dual nouns that count something ("انفجارين" = 2), from data/numbers/dual-nouns.tsv. Only
// listed nouns count, so "الطرفين" and "البلدين" (the two sides, both countries) do not; see
// the header of that file for the construct and ambiguous columns.
import { loadTable } from '../../data/table.js';
import { fold } from '../../text/normalize.js';
import { cachedReadings as readings } from './readings-cache.js';
import type { Tok } from './scan.js';

export interface DualNoun {
  /** The singular, folded. */
  singular: string;
  english: string;
}

interface DualForm {
  noun: DualNoun;
  /** Needs a word after it (construct state). */
  construct: boolean;
  /** Also the sound plural: needs a dual verb after it. */
  ambiguous: boolean;
}

function build(): Map<string, DualForm> {
  const forms = new Map<string, DualForm>();
  for (const row of loadTable('numbers/dual-nouns.tsv')) {
    const singular = fold(row.singular ?? '');
    if (!singular) continue;
    const noun = { singular, english: row.english ?? '' };
    const feminine = singular.endsWith('ه');
    const base = feminine ? singular.slice(0, -1) + 'ت' : singular;
    const ambiguous = row.ambiguous === 'yes';
    forms.set(base + 'ان', { noun, construct: false, ambiguous: false });
    forms.set(base + 'ين', { noun, construct: false, ambiguous });
    if (row.construct === 'yes') forms.set(base + 'ي', { noun, construct: true, ambiguous: false });
    if (feminine) {
      forms.set(base + 'ا', { noun, construct: true, ambiguous: false });
      for (const suffix of ['يه', 'يها', 'يهما', 'اه', 'اها']) forms.set(base + suffix, { noun, construct: false, ambiguous: false });
    }
  }
  return forms;
}

const FORMS = build();

/** An imperfect dual verb (يستقلان، تتنافسان): tells a dual from a plural in -ين. */
const DUAL_VERB = /^[يت]\p{L}{2,}ان$/u;
/** The numeral two after a noun (مسلحين اثنين). */
export const TWO = /^(?:اثنين|اثنان|اثنتين|اثنتان)$/u;

/** The dual noun at token i, if the token is one. */
export function dualAt(toks: Tok[], i: number): DualNoun | null {
  const t = toks[i];
  if (!t || t.kind !== 'word') return null;
  for (const r of readings(t.text)) {
    const f = FORMS.get(r.stem);
    if (!f) continue;
    const next = toks[i + 1];
    if (f.construct && !(next && next.kind === 'word')) continue;
    if (f.ambiguous && !(next && next.kind === 'word' && (DUAL_VERB.test(next.text) || TWO.test(next.text)))) continue;
    return f.noun;
  }
  return null;
}

/** The dual noun a word is, ignoring context (for the figures recogniser). */
export function dualNoun(word: string): DualNoun | null {
  for (const r of readings(word)) {
    const f = FORMS.get(r.stem);
    if (f) return f.noun;
  }
  return null;
}
