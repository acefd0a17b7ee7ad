// Bound phrases (data/numbers/bounds.tsv) and percent markers (data/numbers/percent.tsv)
// around a number.
import { loadTable, list } from '../../data/table.js';
import type { Bound } from '../../types.js';
import { PhraseIndex, type PhraseMatch } from './phrases.js';
import type { Tok } from './scan.js';

const BEFORE = new PhraseIndex<Bound>();
const AFTER = new PhraseIndex<Bound>();
for (const row of loadTable('numbers/bounds.tsv')) {
  const index = row.position === 'after' ? AFTER : row.position === 'before' ? BEFORE : null;
  if (!index) throw new Error(`numbers/bounds.tsv: bad position ${row.position}`);
  for (const form of list(row.arabic)) index.add(form, row.bound as Bound);
}

const PERCENT = new PhraseIndex<true>();
for (const row of loadTable('numbers/percent.tsv')) for (const form of list(row.arabic)) PERCENT.add(form, true);

/** A bound phrase ending just before token k ("أكثر من"، "بنحو"). */
export function boundBefore(toks: Tok[], k: number): PhraseMatch<Bound> | null {
  return BEFORE.endingAt(toks, k);
}

/** Most words allowed between a number and a following bound ("7 أشخاص على الأقل"). */
const AFTER_GAP = 2;

/** A bound phrase after token k, right there or after the counted noun. */
export function boundAfter(toks: Tok[], k: number): { match: PhraseMatch<Bound>; adjacent: boolean } | null {
  for (let gap = 0; gap <= AFTER_GAP; gap++) {
    const m = AFTER.at(toks, k + gap, false);
    if (m) return { match: m, adjacent: gap === 0 };
    const t = toks[k + gap];
    if (!t || t.kind !== 'word') return null;
  }
  return null;
}

/** A percent marker starting at token k ("%"، "في المئة"، "بالمئة"). */
export function percentAt(toks: Tok[], k: number): PhraseMatch<true> | null {
  return PERCENT.at(toks, k, false);
}
