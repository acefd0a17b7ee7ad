// Mentions of one real-world entity inside an article, gathered into one group: the same
// gazetteer id; a shorter form of a longer name ("وزارة الداخلية" in "وزارة الداخلية
// التونسية", "تنظيم داعش" around "داعش"); a surname or first name alone ("بوريطة"); a
// description with a nationality ("الوزير المغربي") for the person of that nationality; a
// generic noun ("التنظيم", "الحركة") for the organisation the article is mostly about.
import { key } from '../text/normalize.js';
import { stripArticle } from '../text/tokens.js';
import type { Actor, KnownPerson, Place } from '../gazetteer/index.js';
import type { EntityType } from '../types.js';

export interface Mention {
  type: EntityType;
  nstart: number;
  nend: number;
  text: string;
  /** name | alias | abbreviation | surname | description */
  how: string;
  /** Token index of the mention (for "most recent before" look-ups). */
  at: number;
  place?: Place;
  actor?: Actor;
  person?: KnownPerson;
  country?: string | null;
  attributes?: Record<string, string>;
  /** The rule that found it (lexicon, org-head, title, given-name, place-cue...). */
  rule?: string;
  /** For places: a cue or a neighbouring place backs this reading. */
  supported?: boolean;
}

export interface Group {
  type: EntityType;
  key: string;
  mentions: Mention[];
  place?: Place;
  actor?: Actor;
  person?: KnownPerson;
  country: string | null;
  attributes: Record<string, string>;
}

/** A name as the scorer compares it: folded words without the article. */
export function nameWords(text: string): string[] {
  let w = wordsMemo.get(text);
  if (!w) {
    // Folding goes through the full normaliser: remember names seen, they repeat a lot.
    if (wordsMemo.size > 50_000) wordsMemo.clear();
    // "عبد الله" and "عبدالله" are one name.
    w = key(text).replace(/(^| )عبد ال/gu, '$1عبدال').split(' ').filter(Boolean).map(stripArticle);
    wordsMemo.set(text, w);
  }
  return w;
}

const wordsMemo = new Map<string, string[]>();

function groupKey(m: Mention): string {
  if (m.place) return `LOC:${m.place.id}`;
  if (m.actor) return `ORG:${m.actor.id}`;
  if (m.person) return `PER:${m.person.id}`;
  return `${m.type}:${nameWords(m.text).join(' ')}`;
}

export function groupMentions(mentions: readonly Mention[]): Group[] {
  const byKey = new Map<string, Group>();
  for (const m of mentions) {
    const k = groupKey(m);
    let g = byKey.get(k);
    if (!g) {
      g = { type: m.type, key: k, mentions: [], place: m.place, actor: m.actor, person: m.person, country: m.country ?? m.place?.country ?? null, attributes: {} };
      byKey.set(k, g);
    }
    g.mentions.push(m);
    if (!g.country && m.country) g.country = m.country;
    for (const [a, b] of Object.entries(m.attributes ?? {})) if (!(a in g.attributes)) g.attributes[a] = b;
  }
  return [...byKey.values()];
}

/** Words that may open a place's mention without being its name ("العاصمة بغداد"). */
const PLACE_LEADS = new Set(['عاصمه', 'مدينه', 'محافظه', 'ولايه', 'بلده', 'قريه']);

/** The group's fullest name: the longest name mention (in words, then characters). */
export function fullest(g: Group): string {
  const lead = (m: Mention) => g.type === 'LOC' && !!g.place && PLACE_LEADS.has(nameWords(m.text)[0] ?? '');
  const named = g.mentions.filter((m) => m.how !== 'description');
  const pool = named.some((m) => !lead(m)) ? named.filter((m) => !lead(m)) : named.length ? named : g.mentions;
  let best = pool[0]!.text;
  let bestW = nameWords(best).length;
  for (const m of pool) {
    const w = nameWords(m.text).length;
    if (w > bestW || (w === bestW && m.text.length > best.length)) { best = m.text; bestW = w; }
  }
  return best;
}

function containsRun(hay: string[], needle: string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, k) => hay[i + k] === w)) return true;
  return false;
}

function isPrefix(a: string[], b: string[]): boolean {
  return a.length < b.length && a.every((w, i) => b[i] === w);
}

/** a's words appear in b in order, with the same first and last word (a shortened full name). */
function isShortenedName(a: string[], b: string[]): boolean {
  if (a.length >= b.length || a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  let j = 0;
  for (const w of b) if (j < a.length && w === a[j]) j++;
  return j === a.length;
}

export interface MergeWords {
  /** Words that may open an organisation's name ahead of a shorter form ("تنظيم" + "داعش"). */
  heads: Set<string>;
  /** Trailing nationality words ("وزارة الداخلية" + "التونسية"). */
  isNationality: (w: string) => boolean;
  /** Words that introduce a place ("محافظة الأنبار" is "الأنبار"), without the article. */
  placeCues: Set<string>;
  /** Adjectives that end a place name ("حصيبة الشرقية"), without the article. */
  placeSuffixes: Set<string>;
}

/** Folds each group into a longer one it is a shorter form of (see MergeWords). */
export function mergeShortForms(groups: Group[], mw: MergeWords): Group[] {
  const { heads, isNationality } = mw;
  const words = new Map(groups.map((g) => [g, nameWords(fullest(g))] as const));
  const absorbed = new Set<Group>();
  const fits = (a: Group, b: Group): boolean => {
    if (a === b || a.type !== b.type || absorbed.has(b)) return false;
    if (a.place && b.place && a.type !== 'LOC') return false;
    const wa = words.get(a)!;
    const wb = words.get(b)!;
    if (a.type === 'ORG' && wa.length > 1 && wb.length > 1) {
      // "قوات X" and "X", "قوات X" and "جهاز X": one body whatever the head word, even where
      // the lexicon lists the forms under two ids.
      const restA = heads.has(wa[0]!) ? wa.slice(1) : wa;
      const restB = heads.has(wb[0]!) ? wb.slice(1) : wb;
      if ((restA !== wa || restB !== wb) && restA.length === restB.length && restA.every((w, i) => restB[i] === w) && wa.length <= wb.length) return true;
    }
    if (a.actor && b.actor && a.actor.id !== b.actor.id) return false;
    if (a.type === 'PER') {
      // "عبد الله الثاني" from the lexicon and "عبدالله الثاني" found by a pattern.
      if (wa.join(' ') === wb.join(' ')) return !a.person || !b.person || a.person.id === b.person.id;
      if (wa.length === 1) return wb.length > 1 && (wb[wb.length - 1] === wa[0] || wb[0] === wa[0]);
      return isShortenedName(wa, wb);
    }
    if (a.type === 'LOC') {
      // "محافظة الأنبار" and "الأنبار"; "حصيبة" inside a pattern-found "حصيبة الشرقية".
      if (wa.length === wb.length + 1 && mw.placeCues.has(wa[0]!) && wb.every((w, i) => wa[i + 1] === w)) return true;
      // "كردستان" inside "إقليم كردستان العراق".
      if (wa.length < wb.length && mw.placeCues.has(wb[0]!) && containsRun(wb.slice(1), wa)) return true;
      return !b.place && isPrefix(wa, wb) && wb.slice(wa.length).every((w) => mw.placeSuffixes.has(w));
    }
    if (a.type === 'ORG') {
      if (isPrefix(wa, wb) && wb.slice(wa.length).every(isNationality)) return true;
      // "قوات التحالف" for "التحالف العربي".
      if (heads.has(wa[0]!) && wa.length > 1 && wa[0] !== wb[0] && isPrefix(wa.slice(1), [...wb, ''])) return true;
      if (isPrefix(wa, wb) && !a.actor) return true;
      if (wb.length === wa.length + 1 && heads.has(wb[0]!) && wa.every((w, i) => wb[i + 1] === w)) return true;
    }
    return false;
  };
  // Shorter groups first, so chains fold into the longest form.
  const order = [...groups].sort((x, y) => words.get(x)!.length - words.get(y)!.length);
  for (const a of order) {
    const targets = groups.filter((b) => fits(a, b));
    if (targets.length === 0) continue;
    // A first name or surname shared by two people stays unresolved.
    if (a.type === 'PER' && targets.length > 1) continue;
    const target = targets.reduce((x, y) => (y.mentions.length > x.mentions.length ? y : x));
    // "الحرس الوطني" with both "قوات الحرس الوطني" and "جهاز الحرس الوطني": one body.
    if (a.type === 'ORG') {
      for (const other of targets) {
        if (other === target || other.actor && target.actor && other.actor.id !== target.actor.id) continue;
        target.mentions.push(...other.mentions.map((m) => ({ ...m, how: 'alias' })));
        absorbed.add(other);
      }
    }
    for (const m of a.mentions) target.mentions.push(m.how === 'name' ? { ...m, how: words.get(a)!.length === 1 && a.type === 'PER' ? 'surname' : 'alias' } : m);
    if (!target.actor && a.actor) target.actor = a.actor;
    if (!target.country && a.country) target.country = a.country;
    for (const [k, v] of Object.entries(a.attributes)) if (!(k in target.attributes)) target.attributes[k] = v;
    absorbed.add(a);
  }
  return groups.filter((g) => !absorbed.has(g)).map((g) => ({ ...g, mentions: [...g.mentions].sort((x, y) => x.nstart - y.nstart) }));
}
