// Nationality adjectives (nisba). The table gives the masculine singular ("عراقي"); the
// inflected forms an article uses are generated here: feminine, dual, plural, with and
// without the article, all folded the way the matcher folds text.
import { key } from '../text/normalize.js';

/** Every inflection of a masculine singular nisba (folded; ة is already ه). */
export function nisbaForms(adjective: string): string[] {
  let base = key(adjective);
  if (base.includes(' ')) return [base, 'ال' + base];
  if (base.startsWith('ال') && base.length > 4) base = base.slice(2);
  // masc., fem. (ة folds to ه), masc. plural, dual and fem. dual, fem. plural.
  const suffixes = ['', 'ه', 'ون', 'ين', 'ان', 'تان', 'تين', 'ات'];
  const out = new Set<string>();
  for (const suf of suffixes) {
    out.add(base + suf);
    out.add('ال' + base + suf);
  }
  return [...out];
}
