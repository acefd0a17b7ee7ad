// The gazetteer: every name table (places, actors, people, titles, nationalities and the
// entity lexicons) loaded once and indexed for the recognisers. `gazetteer()` builds the
// indexes on first use and returns the same object afterwards; nothing here runs per article.
import { key } from '../text/normalize.js';
import { list, type Row } from '../data/table.js';
import { TokenTrie } from './trie.js';
import { countryPlaceTables, extraPlaceTables, optionalTable, tablesIn } from './sources.js';
import {
  actorRecord, countryPlace, knownPerson, localPlace, regionPlace,
  type Actor, type KnownPerson, type Place,
} from './records.js';
import { nisbaForms } from './nationality.js';

export type { Actor, KnownPerson, Place } from './records.js';
export { GAZETTEER_DIR_ENV } from './sources.js';

export type LexEntry =
  | { kind: 'place'; place: Place }
  | { kind: 'actor'; actor: Actor }
  | { kind: 'person'; person: KnownPerson };

export interface Title {
  title_ar: string;
  role_en: string;
  kind: string;
}

export interface OrgHead {
  name_en: string;
  patterns: Set<string>;
  kind: string;
}

export interface PlaceCue {
  role: 'cue' | 'site' | 'prep';
  kind: string;
}

export interface Gazetteer {
  /** Places, actors and known people by name (all spellings and aliases). */
  names: TokenTrie<LexEntry>;
  titles: TokenTrie<Title>;
  /** Folded given name -> its row facts ("عبد الله" is stored with its space). */
  givenNames: Map<string, { gender: string; ambiguous: boolean }>;
  /** First words of given names written as two words ("عبد" of "عبد الله"). */
  givenFirstWords: Set<string>;
  familyNames: Set<string>;
  /** Folded inflected nationality adjective -> ISO2. */
  nationalities: Map<string, string>;
  /** ISO2 -> English nationality label. */
  nationalityLabels: Map<string, string>;
  orgHeads: Map<string, OrgHead>;
  placeCues: Map<string, PlaceCue>;
  placeNameStarts: Set<string>;
  placeNameSuffixes: Set<string>;
  stopWords: Set<string>;
  /** The stop words that are grammar, time words or verbs (not common nouns): they end an organisation's name. */
  grammarWords: Set<string>;
  descriptors: Map<string, { type: 'PER' | 'ORG'; name_en: string }>;
  /** All-capital Latin words that are not organisations (TV, GPS, US). */
  latinNonOrgs: Set<string>;
  placesById: Map<string, Place>;
  actorsById: Map<string, Actor>;
}

let built: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (!built) built = buildGazetteer();
  return built;
}

function words(rows: Row[], col = 'word_ar'): Set<string> {
  return new Set(rows.map((r) => key(r[col] ?? '')).filter(Boolean));
}

export function buildGazetteer(env: NodeJS.ProcessEnv = process.env): Gazetteer {
  const names = new TokenTrie<LexEntry>();
  const placesById = new Map<string, Place>();
  const addPlace = (p: Place | null) => {
    if (!p || placesById.has(p.id)) return;
    placesById.set(p.id, p);
    const entry: LexEntry = { kind: 'place', place: p };
    for (const nm of [p.name_ar, ...p.aliases_ar]) names.add(nm, entry);
  };
  optionalTable('places/countries.tsv').forEach((r) => addPlace(countryPlace(r)));
  optionalTable('places/regions.tsv').forEach((r) => addPlace(regionPlace(r)));
  for (const rows of countryPlaceTables()) rows.forEach((r) => addPlace(localPlace(r)));
  for (const rows of extraPlaceTables(env)) rows.forEach((r) => addPlace(localPlace(r)));

  // Capitals named in countries.tsv that no country table lists yet (باريس، لندن).
  for (const c of [...placesById.values()].filter((p) => p.kind === 'country' && p.note.startsWith('capital:'))) {
    const capital = c.note.slice('capital:'.length);
    if (names.get(capital).some((e) => e.kind === 'place' && e.place.country === c.country)) continue;
    // Kind "capital": not in the large kinds, so a one-word capital needs its country in the
    // article or a cue ("ماليه", Malé, is also "financial").
    addPlace({ ...c, id: `${c.id}:capital`, kind: 'capital', name_ar: capital, aliases_ar: [], name_en: '', lat: undefined, lon: undefined, note: 'capital' });
  }

  const actorsById = new Map<string, Actor>();
  for (const file of tablesIn('actors')) {
    for (const r of optionalTable(`actors/${file}`)) {
      const a = actorRecord(r);
      if (!a || actorsById.has(a.id)) continue;
      actorsById.set(a.id, a);
      const entry: LexEntry = { kind: 'actor', actor: a };
      for (const nm of [a.name_ar, ...a.aliases_ar]) names.add(nm, entry);
    }
  }
  for (const r of optionalTable('persons/known-people.tsv')) {
    const p = knownPerson(r);
    if (!p) continue;
    const entry: LexEntry = { kind: 'person', person: p };
    for (const nm of [p.name_ar, ...p.aliases_ar]) names.add(nm, entry);
  }

  const titles = new TokenTrie<Title>();
  for (const r of optionalTable('persons/titles.tsv')) {
    if (r['title_ar']) titles.add(r['title_ar'], { title_ar: r['title_ar'], role_en: r['role_en'] ?? '', kind: r['kind'] ?? '' });
  }
  for (const r of optionalTable('lexicon/person-cues.tsv')) {
    if (r['word_ar']) titles.add(r['word_ar'], { title_ar: r['word_ar'], role_en: r['role_en'] ?? '', kind: 'descriptor' });
  }
  const givenNames = new Map<string, { gender: string; ambiguous: boolean }>();
  for (const r of optionalTable('persons/given-names.tsv')) {
    const k = key(r['name_ar'] ?? '');
    if (k) givenNames.set(k, { gender: r['gender'] ?? '', ambiguous: /ambiguous|common/.test(r['note'] ?? '') });
  }
  const givenFirstWords = new Set([...givenNames.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]!));
  const familyNames = words(optionalTable('persons/family-names.tsv'), 'name_ar');

  const nationalities = new Map<string, string>();
  const nationalityLabels = new Map<string, string>();
  for (const r of optionalTable('places/nationalities.tsv')) {
    const iso = (r['iso2'] ?? '').toUpperCase();
    if (!iso) continue;
    nationalityLabels.set(iso, r['name_en'] ?? '');
    for (const adj of [r['adjective_ar'] ?? '', ...list(r['variants_ar'])]) {
      if (!adj) continue;
      for (const f of nisbaForms(adj)) if (!nationalities.has(f)) nationalities.set(f, iso);
    }
  }

  const orgHeads = new Map<string, OrgHead>();
  for (const r of optionalTable('lexicon/org-heads.tsv')) {
    // Keyed without the article: the pattern column says which forms count.
    let k = key(r['word_ar'] ?? '');
    if (k.startsWith('ال') && k.length > 3) k = k.slice(2);
    if (!k) continue;
    const known = orgHeads.get(k);
    if (known) list(r['pattern']).forEach((p) => known.patterns.add(p));
    else orgHeads.set(k, { name_en: r['name_en'] ?? '', patterns: new Set(list(r['pattern'])), kind: r['kind'] ?? '' });
  }
  const placeCues = new Map<string, PlaceCue>();
  for (const r of optionalTable('lexicon/place-cues.tsv')) {
    const k = key(r['word_ar'] ?? '');
    const role = r['role'];
    if (k && (role === 'cue' || role === 'site' || role === 'prep')) placeCues.set(k, { role, kind: r['kind'] ?? '' });
  }
  const descriptors = new Map<string, { type: 'PER' | 'ORG'; name_en: string }>();
  for (const r of optionalTable('lexicon/descriptors.tsv')) {
    const k = key(r['word_ar'] ?? '');
    if (k && (r['type'] === 'PER' || r['type'] === 'ORG')) descriptors.set(k, { type: r['type'], name_en: r['name_en'] ?? '' });
  }

  return {
    names, titles, givenNames, givenFirstWords, familyNames, nationalities, nationalityLabels, orgHeads, placeCues,
    placeNameStarts: words(optionalTable('lexicon/place-name-starts.tsv')),
    placeNameSuffixes: words(optionalTable('lexicon/place-name-suffixes.tsv')),
    stopWords: words(optionalTable('lexicon/name-stop.tsv')),
    grammarWords: words(optionalTable('lexicon/name-stop.tsv').filter((r) => r['class'] !== 'common')),
    descriptors, placesById, actorsById,
    latinNonOrgs: new Set(optionalTable('lexicon/latin-non-orgs.tsv').map((r) => r['word'] ?? '').filter(Boolean)),
  };
}
