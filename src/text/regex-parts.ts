// Shared pieces for regexes over normalised text. `\b` and `\w` know nothing of Arabic, so
// word edges are written with Unicode classes and the `u` flag everywhere.

/** No letter or digit just before. */
export const B = '(?<![\\p{L}\\p{N}_])';
/** No letter or digit just after. */
export const E = '(?![\\p{L}\\p{N}_])';
/** Optional separable proclitics: conjunction, preposition, article (normalised forms). */
export const CLITICS = '(?:[وف]?(?:[بلك]|لل)?(?:ال)?)';
/** Optional conjunction and preposition only (for words that never take the article). */
export const CONJ_PREP = '(?:[وف]?[بلك]?)';
/** Whitespace that may include a line break. */
export const WS = '\\s+';

export function alt(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join('|');
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
