// Places the gazetteer does not list, named after a cue: "حي جبيل", "قرية تل شور", "ناحية
// بني سعد" (the cue is not part of the name) and sites whose head word is ("مطار طرابلس
// الدولي", "معبر راس جدير", "جبل شنكال"). Which words cue what is data
// (data/lexicon/place-cues.tsv, place-name-starts.tsv, place-name-suffixes.tsv).
import type { Gazetteer } from '../../gazetteer/index.js';
import { PRIORITY, spanOf, type Candidate } from './candidate.js';
import { joined, type TokenView } from './view.js';
import { isCliticDefinite, isDefinite, isFunctionWord, looksLikeDescription } from './words.js';

/** Whether word j can be (the first word of) a place name after a cue. */
function placeWord(v: TokenView, g: Gazetteer, j: number): boolean {
  const w = v.words[j];
  if (w === undefined || !joined(v, j) || isFunctionWord(g, w) || v.functionWord(j) || isCliticDefinite(w)) return false;
  if (g.nationalities.has(w) || g.descriptors.has(w) || g.placeCues.has(w) || g.orgHeads.has(w)) return false;
  if (g.placeNameSuffixes.has(w)) return false;
  if (g.names.longest([w], v.words, j, v.join)) return true;
  // A proclitic word ("وإن", "ببلدة", "لتنفيذ") or a participle ("المتاخمة", "المستهدف") is
  // the sentence going on, not a name.
  if (/^[وفبلك]/u.test(w) || /^الم.*ه$|^الم(?:ت|ست)/u.test(w)) return false;
  return !looksLikeDescription(w) || g.placeNameStarts.has(w);
}

/** End of a place name starting at j: one word, two after a name-start word, plus a suffix. */
function placeNameEnd(v: TokenView, g: Gazetteer, j: number): number {
  const known = g.names.longest([v.words[j]!], v.words, j, v.join);
  let end = known ? j + known.length : j + 1;
  if (!known && g.placeNameStarts.has(v.words[j]!) && j + 1 < v.words.length && joined(v, j + 1) && !isFunctionWord(g, v.words[j + 1]!)) end = j + 2;
  const suffix = v.words[end];
  if (suffix !== undefined && joined(v, end) && g.placeNameSuffixes.has(suffix)) end++;
  return end;
}

export function placePatternCandidates(v: TokenView, g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < v.words.length; i++) {
    for (const f of v.firsts(i)) {
      if (f.restoredArticle || isDefinite(f.form) || f.prefix.includes('ال')) continue;
      const cue = g.placeCues.get(f.form);
      if (!cue || cue.role === 'prep') continue;
      const j = i + 1;
      if (!placeWord(v, g, j)) break;
      // Cue words double as common nouns: "قاعدة بيانات"; an indefinite unknown after a site
      // word must at least not look like an adjective or plural (checked in placeWord).
      const end = placeNameEnd(v, g, j);
      // "معسكر النمسا" is a camp in Austria, not a site named after it.
      if (cue.role === 'site' && isCountryName(v, g, j, end)) break;
      const attrs = { kind: cue.kind, cue: f.form };
      if (cue.role === 'cue') {
        out.push({ type: 'LOC', from: j, to: end, ...spanOf(v, j, end), rule: 'place-cue', priority: PRIORITY.weak, attributes: attrs });
      } else {
        out.push({ type: 'LOC', from: i, to: end, ...spanOf(v, i, end, f.skip), rule: 'site', priority: PRIORITY.site, attributes: attrs });
      }
      break;
    }
  }
  return out;
}

function isCountryName(v: TokenView, g: Gazetteer, from: number, to: number): boolean {
  const m = g.names.longest([v.words[from]!], v.words, from, v.join);
  return !!m && from + m.length === to && m.values.some((e) => e.kind === 'place' && e.place.kind === 'country');
}

/** Whether the word before token i (or a preposition on it) cues a place. */
export function placeCueBefore(v: TokenView, g: Gazetteer, i: number, skip: number): boolean {
  // A preposition on the word itself (بصور، بالباب) is as often "with"/"at" as "in": not a cue.
  void skip;
  // The cue may stand outside quotes around the name: منطقة «الفاو».
  if (i === 0 || !/^[ "'«»]+$/u.test(v.gaps[i]!)) return false;
  const prev = v.words[i - 1]!;
  return v.firsts(i - 1).some((f) => !f.restoredArticle && g.placeCues.has(f.form)) || g.placeCues.has(prev) || prev === 'العاصمه';
}
