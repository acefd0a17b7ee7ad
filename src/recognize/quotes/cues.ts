// The attribution lexicons (data/quotes/*.tsv), compiled once: cue words into one regex, and
// the word classes the speaker finder reads (heads of unnamed sources, of institutions, of
// documents that stand for their author, words that end a speaker phrase, title words).
import { loadTable } from '../../data/table.js';
import { fold } from '../../text/normalize.js';
import { B, E, alt } from '../../text/regex-parts.js';

/**
 * verb: speaker follows (or precedes, SVO); participle: the speaker of its sentence; marker:
 * source follows (بحسب); relay: "نقلت الوكالة عن مصدر" (both speak); learned: "علمت الصحيفة من
 * مصادر" (only the source speaks); relayed: "عن مصدر قوله" (the source just before speaks).
 */
export type CueKind = 'verb' | 'participle' | 'marker' | 'relay' | 'learned' | 'relayed';

export interface Cue { form: string; lemma: string; kind: CueKind }

export const CUES = new Map<string, Cue>();
for (const r of loadTable('quotes/cues.tsv')) {
  const form = fold(r.form_ar!);
  CUES.set(form, { form, lemma: r.lemma_ar!, kind: r.kind as CueKind });
}

/** A cue with an optional و/ف/ك (كما) in front. */
export const CUE_RE = new RegExp(`${B}(?:[وف]|كما )?(${alt(CUES.keys())})${E}`, 'gu');

const words = (file: string, col = 'head_ar') => new Set(loadTable(file).map((r) => fold(r[col]!)));
const bare = (w: string) => (w.length > 3 && w.startsWith('ال') ? w.slice(2) : w);
const withBare = (set: Set<string>) => new Set([...set, ...[...set].map(bare)]);

const ANONYMOUS = withBare(words('quotes/anonymous.tsv'));
const BODIES = withBare(words('quotes/bodies.tsv'));
const DOCUMENTS = withBare(words('quotes/documents.tsv'));

const stops = loadTable('quotes/phrase-stops.tsv');
const byRole = (role: string) => new Set(stops.filter((r) => r.role === role).map((r) => fold(r.word_ar!)));
/** Words that end a speaker phrase (time words included). */
export const PHRASE_STOP = new Set([...byRole('stop'), ...byRole('date')]);
/** Time words: a comma chunk made only of them is a circumstance ("، الجمعة،"). */
export const DATE_WORDS = byRole('date');
/** Words starting with a ب of their own ("بلدية"، "بيروت"). */
export const NOT_MASDAR = byRole('not_masdar');
/** Nouns that make "في X" a circumstance of the statement ("في بيان") rather than part of a description. */
export const AFTER_FI = byRole('after_fi');

const functionWords = loadTable('quotes/function-words.tsv');
const fw = (role: string) => new Set(functionWords.filter((r) => r.role === role).map((r) => fold(r.word_ar!)));
/** The closed word classes of data/quotes/function-words.tsv, by role. */
export const FW = {
  objectPronoun: fw('object_pronoun'),
  circumstance: fw('circumstance'),
  same: fw('same'),
  adjective: fw('adjective'),
  superlative: fw('superlative'),
  notSpeaker: fw('not_speaker'),
  quantifier: fw('quantifier'),
  claim: fw('claim'),
  demonstrative: fw('demonstrative'),
  nameLink: fw('name_link'),
  was: fw('was'),
  clauseOpener: fw('clause_opener'),
};

/** Title and role words (data/persons/titles.tsv): heads of descriptions, and words stripped from an apposed name. */
const ROLE_HEADS = new Set<string>();
const TITLE_WORDS = new Set<string>(byRole('title_extra'));
try {
  for (const r of loadTable('persons/titles.tsv')) {
    const ws = fold(r.title_ar ?? '').split(/\s+/).filter(Boolean);
    if (ws[0]) ROLE_HEADS.add(bare(ws[0]));
    if (ws.length === 1) TITLE_WORDS.add(ws[0]!);
  }
} catch {
  // The titles list belongs to the person recogniser; without it only the other heads open a description.
}

const MEDIA = words('quotes/media.tsv', 'word_ar');
/** "لرويترز"، "لوكالة…"، "للصحفيين"، "لـ": the addressee of a statement, after its speaker. */
export function isMediaDative(w: string): boolean {
  if (w === 'ل') return true;
  if (!w.startsWith('ل') || w.length < 3) return false;
  const rest = w.slice(1);
  return MEDIA.has(rest) || MEDIA.has('ال' + rest.replace(/^ل/u, '')) || MEDIA.has(rest.replace(/^ل/u, ''));
}

export const isAnonymousHead = (w: string) => ANONYMOUS.has(w) || ANONYMOUS.has(bare(w));
export const isBodyHead = (w: string) => BODIES.has(w) || BODIES.has(bare(w));
export const isDocumentHead = (w: string) => DOCUMENTS.has(w) || DOCUMENTS.has(bare(w));
export const isRole = (w: string) => ROLE_HEADS.has(bare(w));
/** A rank or honorific standing before a name ("اللواء"، "الدكتور"، "الناشط"). */
export const isTitleWord = (w: string) => TITLE_WORDS.has(w) || (w.startsWith('ال') && ROLE_HEADS.has(bare(w)));
export { bare };
