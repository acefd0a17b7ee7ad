// Organisations named by a head word and what follows it: "وزارة الدفاع العراقية", "حزب
// الاتحاد الوطني الكردستاني", "المرصد السوري لحقوق الإنسان", and state bodies named by a
// definite head and a nationality ("الجيش العراقي", "الحكومة الأردنية", "القوات المسلحة
// الأردنية"). Which heads take which form is data (data/lexicon/org-heads.tsv).
import type { Gazetteer } from '../../gazetteer/index.js';
import { PRIORITY, spanOf, type Candidate } from './candidate.js';
import { nationalityAt } from './lexicon-matches.js';
import type { TokenView } from './view.js';
import { joined } from './view.js';
import { bare, isDefinite, isFunctionWord } from './words.js';

/** Longest noun phrase taken after a head (words). */
const MAX_TAIL = 5;

/** Whether word j can continue an organisation's noun phrase. */
function tailWord(v: TokenView, g: Gazetteer, j: number, taken: number, prev: string): boolean {
  const w = v.words[j]!;
  if (!joined(v, j) || g.grammarWords.has(w) || /^[0-9]/.test(w) || v.functionWord(j) && !g.stopWords.has(w) || g.titles.longest([w], v.words, j, v.join)) return false;
  if (isDefinite(w)) return true;
  // Genitive links inside a long name: للسياحة والتراث، لحقوق الإنسان.
  if (taken > 0 && /^لل./u.test(w) && w.length > 4) return true;
  if (taken > 0 && /^وال./u.test(w) && /^لل/u.test(prev)) return true;
  const next = v.words[j + 1];
  const nextJoined = next !== undefined && joined(v, j + 1) && !g.grammarWords.has(next);
  // لحقوق الإنسان، لمكافحة الإرهاب after an adjective (المرصد السوري لحقوق الإنسان).
  if (taken > 0 && /^ل[^ل]/u.test(w) && w.length > 3 && nextJoined && isDefinite(next!) && isDefinite(prev) && /يه?$/u.test(v.raw(j - 1))) return true;
  // A person's name after a head is whose body it is ("قيادة عبد الفتاح ..."), not its name.
  if (g.givenNames.has(w) || g.givenFirstWords.has(w)) return false;
  // A known name inside (حزب الله، قوات سوريا الديمقراطية، تنظيم داعش).
  if (g.names.longest([w], v.words, j, v.join)) return true;
  if (/^[وفبلك]/u.test(w)) return false;
  // A noun in construct with a following definite or known word, right after the head
  // (كتيبة ثوار طرابلس); later, an indefinite word is the sentence going on (مقتل العشرات).
  return taken === 0 && nextJoined && (isDefinite(next!) || g.names.longest([next!], v.words, j + 1, v.join) !== null);
}

/** An adjective after the noun of a name: a nisba, a participle, or a few common ones. */
function modifier(v: TokenView, g: Gazetteer, j: number): boolean {
  const w = v.words[j]!;
  return /ي(?:ه|ين|ون)?$/u.test(v.raw(j)) || /^الم/u.test(w) || g.nationalities.has(w)
    || /^ال(?:عام|عامه|خاص|خاصه|اعلي|عليا|حر|حره|موحد|موحده|كبري|جديد|جديده)$/u.test(w);
}

function tail(v: TokenView, g: Gazetteer, from: number): number {
  let j = from;
  let noun = false;
  while (j < v.words.length && j - from < MAX_TAIL) {
    const w = v.words[j]!;
    // Another organisation's head or a place cue starts a new phrase (قوات ... تنظيم داعش شرق).
    if (j > from && (g.orgHeads.has(bare(w)) && !isDefinite(w) || g.placeCues.has(w))) break;
    if (!tailWord(v, g, j, j - from, v.words[j - 1] ?? '')) break;
    // After the defined noun only adjectives follow: "قوات مكافحة الشغب | الرصاص الحي".
    if (isDefinite(w) && noun && !modifier(v, g, j) && !g.names.longest([w], v.words, j, v.join)) break;
    if (isDefinite(w)) noun = true;
    j++;
    // A nationality closes the name (حزب الله اللبناني | الحداد).
    if (g.nationalities.has(w)) break;
  }
  // A phrase does not end on a dangling preposition-led word.
  while (j > from && /^(?:ل[^ل]|لل)/u.test(v.words[j - 1]!) && !isDefinite(v.words[j - 1]!)) j--;
  // Only common nouns and participles after the head is a description (قوات الأمن، إدارة
  // المدينة، قوات الجيش المدعومة), not a name.
  if (v.words.slice(from, j).every((w) => g.stopWords.has(w) || /^الم.+ه$/u.test(w))) return from;
  return j;
}

/** A definite adjective that can follow a definite head (الحرس الوطني، الهيئة العامة). */
function adjectiveLike(w: string): boolean {
  return isDefinite(w) && (/يه?$/u.test(w) || /^ال(?:عام|عامه|اعلي|عليا|موحد|موحده|حر|حره)$/u.test(w));
}

/** Feminine singular and plural heads take feminine adjectives; others masculine. */
function agrees(head: string, adjective: string): boolean {
  const adj = bare(adjective);
  if (head.endsWith('ه') || head.endsWith('ات')) return adj.endsWith('يه') || adj.endsWith('يات');
  return adj.endsWith('ي') || adj.endsWith('ين') || adj.endsWith('ون');
}

/**
 * `listed` are the gazetteer's matches: no phrase starts inside a listed organisation's name
 * ("الأمن الدولي لبحث الأزمة" must not eat "مجلس الأمن الدولي").
 */
export function organisationCandidates(v: TokenView, g: Gazetteer, listed: Candidate[] = []): Candidate[] {
  const out: Candidate[] = [];
  const inside = new Uint8Array(v.words.length);
  for (const c of listed) if (c.type === 'ORG') for (let t = c.from + 1; t < c.to; t++) inside[t] = 1;
  for (let i = 0; i < v.words.length; i++) {
    if (inside[i]) continue;
    // An all-capital Latin word in Arabic text names a body (CNN, BBC, AFP).
    if (/^[a-z]{2,6}$/.test(v.words[i]!)) {
      const raw = v.raw(i);
      if (/^[A-Z]{2,6}$/.test(raw) && !g.latinNonOrgs.has(raw)) {
        out.push({ type: 'ORG', from: i, to: i + 1, ...spanOf(v, i, i + 1), rule: 'org-acronym', priority: PRIORITY.weak, country: null });
      }
      continue;
    }
    for (const f of v.firsts(i)) {
      if (f.restoredArticle) continue;
      const def = isDefinite(f.form);
      const head = g.orgHeads.get(bare(f.form));
      if (!head) continue;
      const span = (to: number, rule: string, country: string | null) =>
        out.push({ type: 'ORG', from: i, to, ...spanOf(v, i, to, f.skip), rule, priority: PRIORITY.pattern, country,
          attributes: { head: head.name_en, kind: head.kind } });
      // A listed actor starting here keeps its own extent, plus trailing nationality words.
      const known = g.names.longest([v.words[i]!, f.form], v.words, i, v.join);
      const cap = (to: number) => {
        if (!known || !known.values.some((e) => e.kind === 'actor') || to <= i + known.length) return to;
        let k = i + known.length;
        while (k < to && g.nationalities.has(v.words[k]!)) k++;
        return k;
      };
      if (!def && head.patterns.has('np')) {
        const to = cap(tail(v, g, i + 1));
        if (to > i + 1) span(to, 'org-head', countryIn(v, g, i + 1, to));
      }
      if (def && head.patterns.has('def')) {
        const to = adjectiveLike(v.words[i + 1] ?? '') && v.join(i + 1) ? cap(tail(v, g, i + 1)) : i + 1;
        if (to > i + 1) span(to, 'org-head-definite', countryIn(v, g, i + 1, to));
      }
      if (def && head.patterns.has('nat')) {
        // الجيش العراقي / القوات المسلحة الأردنية: at most one adjective before the nationality.
        for (const j of [i + 1, i + 2]) {
          if (j >= v.words.length || !joined(v, j)) break;
          const iso = nationalityAt(v, g, j);
          if (iso && g.nationalities.has(v.words[j]!) && agrees(bare(f.form), v.words[j]!)) {
            span(j + 1, 'org-nationality', iso);
            break;
          }
          if (!isDefinite(v.words[j]!) || isFunctionWord(g, v.words[j]!)) break;
        }
      }
      break;
    }
  }
  return out;
}

/** The country a nationality adjective inside the phrase names (وزارة الدفاع العراقية -> IQ). */
function countryIn(v: TokenView, g: Gazetteer, from: number, to: number): string | null {
  for (let j = from; j < to; j++) {
    const iso = g.nationalities.get(v.words[j]!);
    if (iso) return iso;
  }
  return null;
}
