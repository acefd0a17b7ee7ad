// Clitic readings of a word, memoised: the number and figure rules ask for the readings of
// the same words many times per article. The cache is bounded so a long-running server
// does not grow without limit.
import { readings, type Reading } from '../../text/tokens.js';

const MAX_ENTRIES = 50_000;
const cache = new Map<string, Reading[]>();

export function cachedReadings(word: string): Reading[] {
  let r = cache.get(word);
  if (!r) {
    if (cache.size >= MAX_ENTRIES) cache.clear();
    r = readings(word);
    cache.set(word, r);
  }
  return r;
}
