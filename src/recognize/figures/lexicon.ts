// The figure lexicons: kind words (data/figures/kinds.tsv), nouns that measure rather than
// count (data/figures/not-counted.tsv) and currencies (data/figures/currencies.tsv), folded
// and indexed once at load time.
import { loadTable, list } from '../../data/table.js';
import { fold } from '../../text/normalize.js';
import type { FigureKind } from '../../types.js';
import { PhraseIndex } from '../numbers/phrases.js';

export type UnitClass = 'person' | 'group' | 'thing';

export interface UnitEntry {
  kind: FigureKind;
  cls: UnitClass;
  english: string;
}

const KINDS = new Set<string>(['killed', 'injured', 'kidnapped', 'arrested', 'displaced', 'people', 'fighters', 'countries', 'percent', 'money', 'other']);
export const CASUALTY = new Set<FigureKind>(['killed', 'injured', 'kidnapped', 'arrested', 'displaced']);

/** Event words before a number; kind `other` marks an action that is not a casualty. */
export const BEFORE = new PhraseIndex<FigureKind>();
/** Verbs after a number and its noun ("قتلوا"، "أصيبوا"، "بجروح"). */
export const AFTER = new PhraseIndex<FigureKind>();
export const UNITS = new Map<string, UnitEntry>();
export const NOT_COUNTED = new Map<string, string>();
export const CURRENCIES = new PhraseIndex<string>();

/** The forms a counted noun takes after a number, with the accusative alif (شخصا، جنديا). */
function withAlif(form: string): string[] {
  return form.endsWith('ا') || form.endsWith('ه') ? [form] : [form, form + 'ا'];
}

for (const row of loadTable('figures/kinds.tsv')) {
  const kind = row.kind ?? '';
  if (!KINDS.has(kind)) throw new Error(`figures/kinds.tsv: unknown kind ${kind}`);
  for (const form of list(row.arabic)) {
    if (row.position === 'before') BEFORE.add(form, kind as FigureKind);
    else if (row.position === 'after') AFTER.add(form, kind as FigureKind);
    else if (row.position === 'unit') {
      const cls = (row.class ?? '') as UnitClass;
      if (!['person', 'group', 'thing'].includes(cls)) throw new Error(`figures/kinds.tsv: unit ${form} needs a class`);
      for (const f of withAlif(fold(form))) if (!UNITS.has(f)) UNITS.set(f, { kind: kind as FigureKind, cls, english: row.english ?? '' });
    } else throw new Error(`figures/kinds.tsv: bad position ${row.position}`);
  }
}

for (const row of loadTable('figures/not-counted.tsv')) {
  for (const form of list(row.arabic)) for (const f of withAlif(fold(form))) NOT_COUNTED.set(f, row.why ?? '');
}

for (const row of loadTable('figures/currencies.tsv')) {
  for (const form of list(row.arabic)) CURRENCIES.add(form, row.code ?? '');
}
