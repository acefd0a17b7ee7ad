// Names from the gazetteer (places, actors, known people), longest match first, with the
// clitic readings of the first token (وبغداد، لداعش، بالموصل، وللحوثيين).
import type { Gazetteer } from '../../gazetteer/index.js';
import type { Actor, KnownPerson, Place } from '../../gazetteer/index.js';
import { PRIORITY, spanOf, type Candidate } from './candidate.js';
import type { TokenView } from './view.js';
import { placeCueBefore } from './place-patterns.js';

/** Kinds of place that name a country or a large division. */
export const MAJOR_KINDS = new Set(['country', 'region', 'admin1', 'city']);

export function lexiconCandidates(v: TokenView, g: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < v.words.length; i++) {
    const firsts = v.firsts(i);
    const m = g.names.longest(v.forms(i), v.words, i, v.join);
    if (!m) continue;
    // "وأن" is not Van, "بأنه" no town: a function word stays one.
    if (m.length === 1 && (v.functionWord(i) || v.tanween(i))) continue;
    const f = firsts[m.first]!;
    const span = spanOf(v, i, i + m.length, f.skip, f.restoredArticle);
    const to = i + m.length;
    const matched = [f.form, ...v.words.slice(i + 1, to)].join(' ');
    const places: Place[] = [];
    const actors: Actor[] = [];
    let person: KnownPerson | undefined;
    // A one-word name that is a common news word ("المدينة", "فتح") is never read as a place
    // or an organisation.
    // Nor is a nationality adjective ("السورية") or a direction ("الشمالية") alone, and a
    // place or body never gains an article its name lacks ("القارة" is not the town قارة).
    const gainedArticle = f.prefix.endsWith('ال') && !f.form.startsWith('ال');
    const common = gainedArticle || m.length === 1 && (g.stopWords.has(f.form) || g.placeNameSuffixes.has(f.form));
    const adjective = m.length === 1 && g.nationalities.has(f.form);
    for (const e of m.values) {
      if (e.kind === 'place' && !common && !(adjective && e.place.kind !== 'country')) places.push(e.place);
      else if (e.kind === 'actor' && !common) actors.push(e.actor);
      // A one-word name read through ك or ب ("كبرى" is not ك + بري) is a word.
      else if (e.kind === 'person' && !(m.length === 1 && (g.stopWords.has(f.form) || /[كب]/u.test(f.prefix)))) person ??= e.person;
    }
    // "القاعدة الجوية" is an air base: a one-word name followed by an adjective is the noun.
    const next = v.words[to];
    if (m.length === 1 && next !== undefined && v.join(to) && /^ال.+يه$/u.test(next) && !g.nationalities.has(next)) actors.length = 0;
    const actor = actors[0];
    if (actor) {
      // A name both a place and a body lists ("القاعدة", "الفاو") is the place after a place
      // cue ("منطقة الفاو") and the body otherwise.
      const asPlace = places.length > 0 && placeCueBefore(v, g, i, f.skip);
      const how = actors.some((a) => a.key === matched) ? 'name' : m.length === 1 && matched.length <= 5 ? 'abbreviation' : 'alias';
      out.push({ type: 'ORG', from: i, to, ...span, rule: 'lexicon', priority: PRIORITY.lexicon + (asPlace ? -0.25 : 0.25), actor, actors, country: actor.country, how });
    }
    if (places.length) {
      out.push({ type: 'LOC', from: i, to, ...span, rule: 'lexicon', priority: PRIORITY.lexicon, places });
    }
    if (person && !actor && !places.length && personNameStands(g, person, matched, f.form)) {
      // An alias that carries the title ("اللواء منصور التركي"): the name is what follows it.
      const title = g.titles.longest(v.forms(i), v.words, i, v.join);
      let from = title && title.length < m.length ? i + title.length : i;
      while (from > i && from < to - 1 && g.nationalities.has(v.words[from]!)) from++;
      const named = from === i ? span : spanOf(v, from, to);
      const how = person.key === matched ? 'name' : to - from === 1 ? 'surname' : 'alias';
      out.push({ type: 'PER', from: i, to, ...named, rule: 'lexicon', priority: PRIORITY.lexicon, person, country: person.country, how });
    }
  }
  return out;
}

/**
 * A known person's one-word alias counts alone only if it cannot be anything else: not a
 * family name with the article ("الحوثي", "الأسد"), not a given name or word ("مبارك").
 */
function personNameStands(g: Gazetteer, p: KnownPerson, matched: string, form: string): boolean {
  if (matched.includes(' ') || p.key === matched) return true;
  return !form.startsWith('ال') && !g.givenNames.has(form) && !g.nationalities.has(form) && !g.stopWords.has(form);
}

/** The nationality (ISO2) a token expresses, reading through و/ب/ل proclitics. */
export function nationalityAt(v: TokenView, g: Gazetteer, i: number): string | null {
  for (const f of v.firsts(i)) {
    const iso = g.nationalities.get(f.form);
    if (iso) return iso;
  }
  return null;
}
