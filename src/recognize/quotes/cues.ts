// The attribution cue lexicon (data/quotes/*.tsv), compiled once into one regex.
import { loadTable } from '../../data/table.js';
import { fold } from '../../text/normalize.js';
import { B, E, alt } from '../../text/regex-parts.js';

export type CueKind = 'verb' | 'participle' | 'marker';

export interface Cue { form: string; lemma: string; kind: CueKind }

const rows = loadTable('quotes/cues.tsv');
export const CUES = new Map<string, Cue>();
for (const r of rows) {
  const form = fold(r.form_ar!);
  CUES.set(form, { form, lemma: r.lemma_ar!, kind: r.kind as CueKind });
}

/** A cue with an optional و/ف/ك (كما) in front; markers may also take و. */
export const CUE_RE = new RegExp(`${B}(?:[وف]|كما )?(${alt(CUES.keys())})${E}`, 'gu');

export const ANONYMOUS_HEADS = new Set(loadTable('quotes/anonymous.tsv').map((r) => fold(r.head_ar!)));

/** Title and role words (data/persons/titles.tsv): "رئيس", "وزير", "المتحدث"… first words only. */
const ROLES = new Set<string>();
try {
  for (const r of loadTable('persons/titles.tsv')) {
    const first = fold(r.title_ar ?? '').split(' ')[0];
    if (first) ROLES.add(first.replace(/^ال/, ''));
  }
} catch {
  // The titles list is optional here: without it only the anonymous heads open a description.
}

export function isRole(word: string): boolean {
  return ROLES.has(word.replace(/^ال/, ''));
}
