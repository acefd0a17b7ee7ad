// People, organisations and places, each with all its mentions in the article. Rules find
// candidate mentions (gazetteer names, organisation heads, titles and given names, place
// cues); overlaps are settled longest-first; places are resolved in context; mentions are
// grouped into entities and later short forms, surnames and descriptions are attached.
import { toOriginal, type Normalized } from '../../text/normalize.js';
import type { Segment } from '../../text/sentences.js';
import type { Entity } from '../../types.js';
import { gazetteer, type Gazetteer } from '../../gazetteer/index.js';
import { choosePlace, mainCountry, needsSupport, supported } from '../../resolve/places.js';
import type { Actor } from '../../gazetteer/index.js';
import { fullest, groupMentions, mergeShortForms, nameWords, type Group, type MergeWords, type Mention } from '../../resolve/coreference.js';
import { stripArticle } from '../../text/tokens.js';
import type { Candidate } from './candidate.js';
import { lexiconCandidates, MAJOR_KINDS } from './lexicon-matches.js';
import { organisationCandidates } from './organisations.js';
import { personCandidates } from './persons.js';
import { placeCueBefore, placePatternCandidates } from './place-patterns.js';
import { selectCandidates } from './select.js';
import { tokenView, type TokenView } from './view.js';
import { addLaterMentions } from './later-mentions.js';
import { bare } from './words.js';

export function recognizeEntities(n: Normalized, segments: Segment[]): Entity[] {
  const g = gazetteer();
  const v = tokenView(n, segments, g.stopWords);
  const listed = lexiconCandidates(v, g);
  const candidates = [
    ...listed,
    ...organisationCandidates(v, g, listed),
    ...personCandidates(v, g),
    ...placePatternCandidates(v, g),
  ];
  const kept = selectCandidates(candidates, v.words.length);
  for (const c of kept) if (c.type === 'ORG' && !c.actor) attachActor(v, g, c);

  const votes = countryVotes(v, g, kept);
  const nearby = nearbyCountries(v, kept);
  const nearbyLocal = nearbyCountries(v, kept, true);
  const main = mainCountry(votes);
  const mentions: Mention[] = [];
  // "في القاهرة والرياض": a name joined by و to a place just before it shares its cue.
  const placeEnds = new Set(kept.filter((c) => c.type === 'LOC').map((c) => c.to));
  for (const c of kept) {
    const m: Mention = { type: c.type, nstart: c.nstart, nend: c.nend, text: c.text, how: c.how ?? 'name', rule: c.rule, at: c.from, actor: c.actor, person: c.person, country: c.country ?? null, attributes: c.attributes };
    if (c.places) {
      const skip = c.nstart - v.tokens[c.from]!.start;
      const prev = c.from > 0 ? v.words[c.from - 1] : undefined;
      const ctx = {
        votes, nearby: nearby.get(v.sentence[c.from]!) ?? new Set<string>(), cue: placeCueBefore(v, g, c.from, skip) || (v.words[c.from]!.startsWith('و') && skip > 0 && placeEnds.has(c.from)),
        cueWord: prev,
      };
      const place = choosePlace(c.places, ctx);
      if (!place) continue;
      if (main && needsSupport(place) && !place.countries.some((x) => (votes.get(x) ?? 0) > 0) && ctx.cue) {
        // A cued neighbourhood or village of a country the article never mentions ("حي
        // الأندلس" in an Iraqi story is not Tripoli's): a local place of the article's country.
        m.country = main;
        m.attributes = { kind: place.kind, country_from: 'article' };
        m.supported = true;
        mentions.push(m);
        continue;
      }
      m.place = place;
      m.country = place.country;
      // A one-word name of a small place needs a cue, a nearby city of its country, or to be
      // in the country the article is about; longer names are not common words.
      m.supported = c.to - c.from > 1 || place.country === main
        || supported(place, { ...ctx, nearby: nearbyLocal.get(v.sentence[c.from]!) ?? new Set<string>() });
    } else if (c.type === 'LOC') {
      m.supported = true;
      if (main) {
        m.country = main;
        m.attributes = { ...c.attributes, country_from: 'article' };
      }
    }
    if (c.actors && c.actors.length > 1) m.actor = pickActor(c.actors, votes);
    mentions.push(m);
  }
  settleHomonyms(mentions);
  let groups = groupMentions(mentions);
  groups = mergeShortForms(groups, mergeWords(g))
    .filter((gr) => !(gr.place && needsSupport(gr.place) && !gr.mentions.some((m) => m.supported)));
  const covered = new Uint8Array(v.words.length);
  const keptAt = new Set(mentions.map((m) => m.at));
  for (const c of kept) if (keptAt.has(c.from)) for (let t = c.from; t < c.to; t++) covered[t] = 1;
  addLaterMentions(v, g, groups, covered);
  return groups
    .map((gr) => toEntity(n, gr, g))
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/**
 * One name, one place per article: where context picked different places for mentions of the
 * same name ("طرابلس" near a Lebanese town once), the reading most mentions got wins.
 */
function settleHomonyms(mentions: Mention[]): void {
  const byName = new Map<string, Mention[]>();
  for (const m of mentions) {
    if (!m.place) continue;
    const k = nameWords(m.text).join(' ');
    const list = byName.get(k);
    if (list) list.push(m);
    else byName.set(k, [m]);
  }
  for (const list of byName.values()) {
    if (list.length < 2) continue;
    const counts = new Map<string, number>();
    for (const m of list) counts.set(m.place!.id, (counts.get(m.place!.id) ?? 0) + 1);
    if (counts.size < 2) continue;
    const winner = list.find((m) => counts.get(m.place!.id) === Math.max(...counts.values()))!.place!;
    for (const m of list) {
      m.place = winner;
      m.country = winner.country;
    }
  }
}

/** Of several bodies sharing a name ("الحرس الوطني"), the one of the article's country. */
function pickActor(actors: Actor[], votes: Map<string, number>): Actor {
  let best = actors[0]!;
  let bestV = -1;
  for (const a of actors) {
    const v = a.country ? votes.get(a.country) ?? 0 : 0;
    if (v > bestV) { best = a; bestV = v; }
  }
  return best;
}

let mergeWordsCache: { g: Gazetteer; mw: MergeWords } | null = null;

function mergeWords(g: Gazetteer): MergeWords {
  if (mergeWordsCache?.g === g) return mergeWordsCache.mw;
  const cues = [...g.placeCues].filter(([, c]) => c.role === 'cue').map(([w]) => stripArticle(w));
  const mw: MergeWords = {
    heads: new Set([...g.orgHeads.keys()]),
    isNationality: (w) => g.nationalities.has(w) || g.nationalities.has('ال' + w),
    placeCues: new Set(cues),
    placeSuffixes: new Set([...g.placeNameSuffixes].map(stripArticle)),
  };
  mergeWordsCache = { g, mw };
  return mw;
}

/** A generic organisation whose words are a known actor (with a head or nationality around it). */
function attachActor(v: TokenView, g: Gazetteer, c: Candidate): void {
  for (const from of [c.from, c.from + 1]) {
    if (from >= c.to) break;
    const m = g.names.longest([v.words[from]!], v.words, from, v.join);
    const actor = m?.values.find((e) => e.kind === 'actor');
    if (!m || !actor || actor.kind !== 'actor') continue;
    const rest = v.words.slice(from + m.length, c.to);
    const ok = rest.every((w) => g.nationalities.has(w)) && (from === c.from || g.orgHeads.has(bare(v.words[c.from]!)));
    if (ok) {
      c.actor = actor.actor;
      c.country ??= actor.actor.country;
      return;
    }
  }
}

/** How much the article is about each country, scaled to [0, 1]. */
function countryVotes(v: TokenView, g: Gazetteer, kept: Candidate[]): Map<string, number> {
  const raw = new Map<string, number>();
  const add = (c: string | null | undefined, w: number) => { if (c) raw.set(c, (raw.get(c) ?? 0) + w); };
  for (const c of kept) {
    if (c.places) {
      const cs = new Set(c.places.flatMap((p) => p.countries));
      if (cs.size === 1 && !c.places.every((p) => p.ambiguous) && c.places.some((p) => MAJOR_KINDS.has(p.kind))) add([...cs][0], 1);
    } else if (c.country) add(c.country, 1);
  }
  for (const w of v.words) add(g.nationalities.get(w), 0.5);
  let max = 0;
  for (const x of raw.values()) max = Math.max(max, x);
  return new Map([...raw].map(([c, x]) => [c, max ? x / max : 0]));
}

/**
 * Per sentence, the countries of places that name one country unambiguously; with `local`,
 * only cities and provinces (a village is backed by a nearby city, not by "سوريا" or by
 * another word that also happens to be a village).
 */
function nearbyCountries(v: TokenView, kept: Candidate[], local = false): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const c of kept) {
    if (!c.places || c.places.every((p) => p.ambiguous)) continue;
    if (local && !c.places.some((p) => p.kind === 'city' || p.kind === 'admin1')) continue;
    const cs = new Set(c.places.flatMap((p) => p.countries));
    if (cs.size !== 1) continue;
    const s = v.sentence[c.from]!;
    let set = out.get(s);
    if (!set) out.set(s, (set = new Set()));
    set.add([...cs][0]!);
  }
  return out;
}

const EDGE_PUNCT = /^[\s"'«»()\[\]،,.:؛;-]+|[\s"'«»()\[\]،,.:؛;-]+$/gu;

function toEntity(n: Normalized, gr: Group, g: Gazetteer): Entity {
  const text = fullest(gr).replace(EDGE_PUNCT, '');
  const own = nameWords(text).join(' ');
  const aliases: string[] = [];
  const seen = new Set([own]);
  const mentions = gr.mentions.map((m) => {
    const o = toOriginal(n, m.nstart, m.nend);
    const surface = m.text.replace(EDGE_PUNCT, '');
    const k = nameWords(surface).join(' ');
    if (!seen.has(k)) { seen.add(k); aliases.push(surface); }
    return { start: o.start, end: o.end, text: n.original.slice(o.start, o.end), how: m.how };
  });
  const e: Entity = { type: gr.type, text, aliases, mentions };
  const attributes: Record<string, string> = { ...gr.attributes };
  // Record why: the rules that found the named mentions.
  attributes['rule'] = [...new Set(gr.mentions.map((m) => m.rule).filter(Boolean))].join('|');
  if (gr.place) {
    const p = gr.place;
    Object.assign(e, { id: p.id, country: p.country, label_en: p.name_en || undefined });
    if (p.lat !== undefined) e.lat = p.lat;
    if (p.lon !== undefined) e.lon = p.lon;
    attributes['kind'] = p.kind;
    if (p.admin1) attributes['admin1'] = p.admin1;
  } else if (gr.actor) {
    Object.assign(e, { id: gr.actor.id, country: gr.actor.country ?? gr.country, label_en: gr.actor.name_en || undefined });
    if (gr.actor.type) attributes['type'] = gr.actor.type;
  } else if (gr.person) {
    Object.assign(e, { id: gr.person.id, country: gr.person.country ?? gr.country, label_en: gr.person.name_en || undefined });
    if (gr.person.role_en) attributes['role'] ??= gr.person.role_en;
  } else {
    e.country = gr.country;
  }
  if (gr.type === 'PER' && e.country && !attributes['nationality']) attributes['nationality'] = e.country;
  if (attributes['nationality']) attributes['nationality_en'] = g.nationalityLabels.get(attributes['nationality']) ?? '';
  if (Object.keys(attributes).length) e.attributes = attributes;
  if (e.label_en === undefined) delete e.label_en;
  return e;
}
