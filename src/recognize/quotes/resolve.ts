// Definite descriptions that point back: "وقال المصدر" is the source already quoted, "وأضاف
// البيان" the body that issued it, "اللواء التركي" the named general, "الوزير المغربي" the
// minister introduced as "وزير الخارجية المغربي، ناصر بوريطة". Resolved over the whole article
// once every statement is found, so the set of speakers does not count one source twice.
import { fold, toNormalized, type Normalized } from '../../text/normalize.js';
import type { Entity, Quote } from '../../types.js';
import { bare, isDocumentHead, isRole, isTitleWord } from './cues.js';

export interface Draft {
  q: Quote;
  how: 'entity' | 'name' | 'description' | 'inherited';
  intro?: string[];
  /** A named person spoke (a PER mention or an apposed name). */
  person?: boolean;
  /** The statement an inherited speaker continues ("وأضاف أن…"), followed when that one is resolved. */
  from?: Draft;
}

const LINKS = new Set(['في', 'من', 'ب', 'ل', 'عن', 'باسم', 'ذاته', 'نفسه', 'ذاتها', 'نفسها']);

/** Plural heads read as their singular, so that "المصدر" finds "مصادر طبية" and back. */
const SINGULAR = new Map([['مصادر', 'مصدر'], ['مسوولون', 'مسوول'], ['مسوولين', 'مسوول'], ['شهود', 'شاهد']]);

function wordsOf(s: string): string[] {
  return fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').split(' ').filter(Boolean).map(bare).map((w) => SINGULAR.get(w) ?? w);
}

function contains(hay: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The entity (PER/ORG) named by these words whose latest mention before `at` is nearest. */
function entityFor(n: Normalized, entities: Entity[], ws: string[], at: number): Entity | null {
  let best: Entity | null = null;
  let bestAt = -1;
  for (const ent of entities) {
    if (ent.type === 'LOC') continue;
    if (![ent.text, ...ent.aliases].some((name) => contains(wordsOf(name), ws))) continue;
    const before = ent.mentions.map((m) => toNormalized(n, m.start)).filter((s) => s <= at);
    const last = before.length ? Math.max(...before) : -1;
    if (last > bestAt || (!best && last === -1)) {
      best = ent;
      bestAt = last;
    }
  }
  return best;
}

/** A person named right after this description somewhere in the article ("الوصف، الاسم"). */
function apposedPerson(n: Normalized, entities: Entity[], description: string): Entity | null {
  const needle = fold(description).replace(/\s+/gu, ' ');
  const starts = new Map<number, Entity>();
  for (const ent of entities) if (ent.type === 'PER') for (const m of ent.mentions) starts.set(toNormalized(n, m.start), ent);
  for (let at = n.text.indexOf(needle); at >= 0; at = n.text.indexOf(needle, at + 1)) {
    const gap = /^[\s,]*/u.exec(n.text.slice(at + needle.length, at + needle.length + 4))![0].length;
    const ent = starts.get(at + needle.length + gap);
    if (ent) return ent;
  }
  return null;
}

/** Rewrites pointing descriptions in place; drops a bare "البيان" that points nowhere. */
export function resolveDescriptions(n: Normalized, drafts: Draft[], entities: Entity[]): Draft[] {
  const out: Draft[] = [];
  const dropped = new Set<Draft>();
  for (const d of drafts) {
    if (d.from) {
      if (dropped.has(d.from)) {
        dropped.add(d);
        continue;
      }
      d.q.speaker = d.from.q.speaker;
      d.q.anonymous = d.from.q.anonymous;
      d.intro = d.from.intro;
      d.person = d.from.person;
    }
    const raw = fold(d.q.speaker).split(/\s+/).filter(Boolean);
    // "وقال إدان" after "وقال مختار إدان": a one-word name already quoted in full.
    const fuller = d.how === 'description' && raw.length === 1 && !d.q.anonymous ? out.find((p) => p.q.speaker !== d.q.speaker && contains(wordsOf(p.q.speaker), wordsOf(d.q.speaker))) : undefined;
    if (fuller) {
      d.q.speaker = fuller.q.speaker;
      d.person = fuller.person;
      out.push(d);
      continue;
    }
    const role = d.how === 'description' && !!raw[0] && isRole(raw[0]);
    // "وزير الداخلية الأردني" written elsewhere as "وزير الداخلية الأردني، سمير مبيضين،".
    const named = role ? apposedPerson(n, entities, d.q.speaker) : null;
    if (named) {
      d.q.speaker = named.text;
      d.person = true;
      out.push(d);
      continue;
    }
    if (d.how !== 'description' || !raw[0]?.startsWith('ال')) {
      out.push(d);
      continue;
    }
    let k = 0;
    while (k < raw.length - 1 && isTitleWord(raw[k]!)) k++;
    const content = raw.slice(k).map(bare).filter((w) => !LINKS.has(w));
    const all = wordsOf(d.q.speaker).filter((w) => !LINKS.has(w));
    const earlier = out.slice().reverse();
    const at = toNormalized(n, d.q.start);
    const bySpeaker = earlier.find((p) => contains(wordsOf(p.q.speaker), all) || (k > 0 && contains(wordsOf(p.q.speaker), content)));
    const ent = bySpeaker ? null : entityFor(n, entities, all, at);
    const byIntro = bySpeaker || ent ? null : earlier.find((p) => p.intro && content.length > 0 && content.every((w) => p.intro!.includes(w)));
    const byDocument = bySpeaker || ent || byIntro || !isDocumentHead(raw[0]!) ? null : earlier.find((p) => !p.q.anonymous);
    // "المتحدث الأمني" after one named person has spoken: that person.
    const persons = new Set(earlier.filter((p) => p.person).map((p) => p.q.speaker));
    const bySole = bySpeaker || ent || byIntro || !role || persons.size !== 1 ? null : earlier.find((p) => p.person);
    const to = bySpeaker ?? byIntro ?? byDocument ?? bySole;
    if (to) {
      d.q.speaker = to.q.speaker;
      d.q.anonymous = to.q.anonymous;
      d.intro = to.intro;
      d.person = to.person;
    } else if (ent) {
      d.q.speaker = ent.text;
      d.q.anonymous = false;
    } else if (isDocumentHead(raw[0]!) && raw.length <= 2) {
      dropped.add(d);
      continue;
    }
    out.push(d);
  }
  return out;
}
