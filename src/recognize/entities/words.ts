// Word classes the entity patterns share: which folded words can be part of a name, which
// carry the article, which are clitic-prefixed definites ("بالنتيجة") that never start one.
import type { Gazetteer } from '../../gazetteer/index.js';

const CLITIC_DEFINITE = /^(?:[وف]?(?:[بك]ال|لل)|[وف]ال)/u;

export function isDefinite(w: string): boolean {
  return w.startsWith('ال') && w.length > 3;
}

/** A definite word with a proclitic in front ("بالموصل", "والتراث", "للسياحة"). */
export function isCliticDefinite(w: string): boolean {
  return CLITIC_DEFINITE.test(w) && w.length > 4;
}

/** The word with the article removed (for head-word lookups). */
export function bare(w: string): string {
  return isDefinite(w) ? w.slice(2) : w;
}

/** Words that belong to the grammar or the vocabulary of news, never to a proper name. */
export function isFunctionWord(g: Gazetteer, w: string): boolean {
  return g.stopWords.has(w) || w.length < 2 || !/^\p{L}+$/u.test(w);
}

/** Whether a word may be part of a person's name. */
export function isNameWord(g: Gazetteer, w: string): boolean {
  if (isFunctionWord(g, w) || isCliticDefinite(w)) return false;
  if (g.nationalities.has(w) || g.descriptors.has(w)) return false;
  if (g.orgHeads.has(bare(w)) || g.placeCues.has(w)) return false;
  return true;
}

/** Whether the name patterns would take an indefinite common-looking word as a name: feminine
 * nisba adjectives and sound plurals ("سكنية", "بيانات") are descriptions, not names. */
export function looksLikeDescription(w: string): boolean {
  return /يه$/u.test(w) || (/ات$/u.test(w) && w.length > 4);
}
