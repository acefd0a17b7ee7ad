// People: a name after a title or role ("وزير الخارجية المغربي، ناصر بوريطة"), a given name
// followed by one or more name words (with nasab بن/ابن and "عبد" compounds), and kunyas
// ("أبو قتادة المغربي"). A given name that is also a common word ("أمل كبير", "سعيد
// بالنتيجة") only counts when a name word follows it.
import type { Gazetteer } from '../../gazetteer/index.js';
import { PRIORITY, spanOf, type Candidate } from './candidate.js';
import { nationalityAt } from './lexicon-matches.js';
import { joined, type TokenView } from './view.js';
import { isDefinite, isFunctionWord, isNameWord, looksLikeDescription } from './words.js';

const CONNECTORS = new Set(['بن', 'ابن', 'بنت', 'ولد', 'ابو', 'ابي', 'ال', 'عبد']);
const KUNYA = new Set(['ابو']);
/** Most words a name runs to ("صالح بن عبد الرحمن صالح القشعمي"). */
const MAX_NAME = 7;
/** Words a title may be separated from its name by (complements, nationality, a comma). */
const MAX_COMPLEMENT = 7;

function isGiven(g: Gazetteer, v: TokenView, i: number): number {
  const w = v.words[i]!;
  const next = v.words[i + 1];
  if (next !== undefined && g.givenFirstWords.has(w) && joined(v, i + 1) && g.givenNames.has(`${w} ${next}`)) return 2;
  return g.givenNames.has(w) ? 1 : 0;
}

/**
 * Token index just past a name starting at `s`; `continues` when `s` follows a given name
 * already taken (so it must be joined to it, and the article may start it).
 */
export function nameEnd(v: TokenView, g: Gazetteer, s: number, continues = false): number {
  let j = s;
  while (j < v.words.length && j - s < MAX_NAME) {
    if ((j > s || continues) && !joined(v, j)) break;
    const w = v.words[j]!;
    if (v.functionWord(j) || v.tanween(j)) break;
    // Inside a name, a word led by a proclitic (و، ل),
    // an imperfect verb (يطالب، سيشارك) or a plural past verb (حاولوا) is the sentence going on,
    // unless the lexicons know it as a name (وليد، يزيد، لطفي).
    if ((j > s || continues) && /^(?:[ولي]|س[يت])|وا$/u.test(w) && !g.givenNames.has(w) && !g.familyNames.has(w)) break;
    // بـ opens a surname (بوريطة، بفاف) only right after the first name; بو- names and
    // the connector بن anywhere.
    if (j - s + (continues ? 1 : 0) > 1 && /^ب(?!و)/u.test(w) && !CONNECTORS.has(w) && !g.familyNames.has(w)) break;
    // An unknown word in -ا after a name is an adverbial accusative (ارتفاعا، حاليا).
    if ((j > s || continues) && w.length >= 5 && w.endsWith('ا') && !g.givenNames.has(w) && !g.familyNames.has(w)) break;
    if (j > s && g.titles.longest([w], v.words, j, v.join)) break;
    if (CONNECTORS.has(w) && j + 1 < v.words.length && joined(v, j + 1) && !isFunctionWord(g, v.words[j + 1]!)) {
      // بن عبد الرحمن: connectors chain, and the word after the last one is taken as is.
      j++;
      while (CONNECTORS.has(v.words[j]!) && j + 1 < v.words.length && joined(v, j + 1)) j++;
      j++;
      continue;
    }
    if (!isNameWord(g, w) && !(j > s && g.familyNames.has(w))) break;
    // The article starts a family name only after a given name ("مسعود البارزاني").
    if (j === s && !continues && isDefinite(w)) break;
    j++;
    // A family name with the article usually ends the name, unless a known name or a
    // connector follows ("مارك الحاج موسى", "أحمد آل طالع العسيري").
    if (isDefinite(w) && j < v.words.length) {
      const next = v.words[j]!;
      if (!CONNECTORS.has(next) && !g.givenNames.has(next) && !g.familyNames.has(next)) break;
    }
  }
  return j;
}

function person(v: TokenView, from: number, to: number, skip: number, rule: string, attrs: Record<string, string>, country: string | null): Candidate {
  return { type: 'PER', from, to, ...spanOf(v, from, to, skip), rule, priority: PRIORITY.pattern, country, attributes: attrs };
}

/** Reading of token i with conjunction/preposition peeled, if it is a given name. */
function givenAt(v: TokenView, g: Gazetteer, i: number): { skip: number; len: number } | null {
  for (const f of v.firsts(i)) {
    if (f.restoredArticle || isDefinite(f.form) || f.prefix.includes('ال')) continue;
    const w = f.form;
    const next = v.words[i + 1];
    let hit: { skip: number; len: number } | null = null;
    if (next !== undefined && g.givenFirstWords.has(w) && joined(v, i + 1) && g.givenNames.has(`${w} ${next}`)) hit = { skip: f.skip, len: 2 };
    else if (g.givenNames.has(w)) hit = { skip: f.skip, len: 1 };
    if (hit) return v.functionWord(i) ? null : hit;
  }
  return null;
}

export function personCandidates(v: TokenView, g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  const titled = new Set<number>();
  for (let i = 0; i < v.words.length; i++) {
    const t = g.titles.longest(v.forms(i), v.words, i, v.join);
    if (t) {
      const title = t.values[0]!;
      const found = afterTitle(v, g, i + t.length, title.kind !== 'descriptor');
      if (found) {
        const attrs: Record<string, string> = { role: title.role_en, title: spanOf(v, i, i + t.length).text };
        if (found.nationality) attrs['nationality'] = found.nationality;
        out.push(person(v, found.start, found.end, 0, 'title', attrs, found.nationality));
        titled.add(found.start);
      }
    }
    const given = givenAt(v, g, i);
    if (given && !titled.has(i)) {
      const end = nameEnd(v, g, i + given.len, true);
      if (end > i + given.len && acceptGiven(v, g, i, given.len)) {
        out.push(person(v, i, end, given.skip, 'given-name', {}, null));
      }
    }
    if (KUNYA.has(v.words[i]!) && i + 1 < v.words.length && joined(v, i + 1) && isNameWord(g, v.words[i + 1]!)) {
      let end = i + 2;
      const nisba = v.words[end];
      if (nisba !== undefined && joined(v, end) && isDefinite(nisba) && nisba.endsWith('ي') && !isFunctionWord(g, nisba)) end++;
      out.push({ ...person(v, i, end, 0, 'kunya', {}, null), priority: PRIORITY.weak });
    }
  }
  return out;
}

/** A common-word given name needs a name word after it that is not itself a common word. */
function acceptGiven(v: TokenView, g: Gazetteer, i: number, len: number): boolean {
  const w = v.words[i]!;
  const info = g.givenNames.get(len === 2 ? `${w} ${v.words[i + 1]}` : w) ?? g.givenNames.get(v.firsts(i).find((f) => g.givenNames.has(f.form))?.form ?? '');
  if (!info?.ambiguous) return true;
  const j = i + len;
  const next = v.words[j]!;
  if (g.givenNames.has(next) || g.familyNames.has(next) || CONNECTORS.has(next)) return true;
  // A nisba surname as written (ends in ي, not the ى that folding merges with it).
  if (v.raw(j).endsWith('ي')) return true;
  // Two more name words, or one that does not look like a feminine noun, plural or adverb.
  return nameEnd(v, g, j, true) > j + 1;
}

/** Where the name after a title starts and ends, and the nationality said on the way. */
function afterTitle(v: TokenView, g: Gazetteer, from: number, unknownNames: boolean): { start: number; end: number; nationality: string | null } | null {
  let nationality: string | null = null;
  for (let j = from; j < v.words.length && j - from < MAX_COMPLEMENT; j++) {
    const gap = v.gaps[j]!;
    if (/[\n.!?:;"()\[\]]/u.test(gap)) return null;
    const w = v.words[j]!;
    if (isFunctionWord(g, w) || v.functionWord(j)) return null;
    const iso = g.nationalities.get(w) ?? (j === from ? nationalityAt(v, g, j) : null);
    if (iso) {
      nationality = iso;
      continue;
    }
    const given = isGiven(g, v, j);
    if (given) {
      const end = nameEnd(v, g, j + given, true);
      if (end > j + given) return { start: j, end, nationality };
      continue;
    }
    if (g.names.longest([w], v.words, j, v.join) || isDefinite(w) || !isNameWord(g, w) || /^ل|^لل|^ب/u.test(w) && w.length > 4) continue;
    // An unknown word right after the title and its complements is the name (ماكرون), unless
    // it reads as a verb (يسيطر), an adverb in -ا (حاليا) or a word with a pronoun (نجاحها).
    if (!unknownNames) {
      // After a plain noun (المواطن، الشاب) an unknown first name needs a known name after it.
      const end = nameEnd(v, g, j);
      const known = v.words.slice(j + 1, end).some((x) => g.givenNames.has(x) || g.familyNames.has(x));
      return end - j >= 2 && known ? { start: j, end, nationality } : null;
    }
    if (/^[وفبليت]/u.test(w) || /(?:ا|ها|هم|هما|كم|نا)$/u.test(w) || looksLikeDescription(w) || v.tanween(j)) return null;
    // Verbal nouns of the افتعال/انفعال/استفعال patterns (احتراق، انسحاب، استهداف) are not names.
    if (/^(?:ا...ا.|است...ا.)$/u.test(w)) return null;
    // A verbal noun in construct ("استمرار الدعم") is not a name: a one-word name is not
    // followed by a definite noun other than a nisba.
    const after = v.words[j + 1];
    if (after !== undefined && v.join(j + 1) && isDefinite(after) && !v.raw(j + 1).endsWith('ي')) return null;
    const end = nameEnd(v, g, j);
    return end > j ? { start: j, end, nationality } : null;
  }
  return null;
}
