// The records a gazetteer lookup returns, built from table rows. Places from every table
// share one shape (countries and regions become places of kind country/region), so place
// resolution handles them alike.
import { list, type Row } from '../data/table.js';
import { key } from '../text/normalize.js';

export interface Place {
  id: string;
  kind: string;
  name_ar: string;
  aliases_ar: string[];
  name_en: string;
  /** ISO 3166-1 alpha-2; null for a region spanning several countries. */
  country: string | null;
  /** Countries a region spans (just `country` for other places). */
  countries: string[];
  admin1: string | null;
  lat?: number;
  lon?: number;
  /** The name is also a common word, a person or another place: needs context to count. */
  ambiguous: boolean;
  note: string;
}

export interface Actor {
  id: string;
  name_ar: string;
  /** name_ar folded for lookups. */
  key: string;
  aliases_ar: string[];
  name_en: string;
  type: string;
  country: string | null;
  parent: string | null;
  note: string;
}

export interface KnownPerson {
  id: string;
  name_ar: string;
  /** name_ar folded for lookups. */
  key: string;
  aliases_ar: string[];
  name_en: string;
  role_en: string;
  country: string | null;
}

function num(s: string | undefined): number | undefined {
  if (!s) return undefined;
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
}

function orNull(s: string | undefined): string | null {
  return s && s.trim() ? s.trim() : null;
}

/**
 * Whether an `ambiguous:<why>` note says the name also reads as a word or a person (so it
 * needs a place cue), as opposed to naming another place too (context picks the place).
 */
export function readsAsWord(note: string): boolean {
  const m = /ambiguous:(.*)$/u.exec(note);
  if (!m) return false;
  // Notes are free text: a gloss in quotes or a word/name/short-string remark is a reading as
  // a word; "same name as the city", "also the river", "also names the country" are places.
  const why = m[1]!.replace(/same name as the \w+/giu, '');
  return /word|\bname\b|person|adjective|verb|noun|phrase|short|syllable|generic|common|epithet|club|newspaper|channel|month|colloquial|religious|["'“”‘’]/iu.test(why);
}

export function countryPlace(r: Row): Place | null {
  const iso2 = (r['iso2'] ?? '').toUpperCase();
  if (!/^[A-Z]{2}$/.test(iso2) || !r['name_ar']) return null;
  return {
    id: iso2, kind: 'country', name_ar: r['name_ar'], aliases_ar: list(r['aliases_ar']),
    name_en: r['name_en'] ?? '', country: iso2, countries: [iso2], admin1: null,
    lat: num(r['lat']), lon: num(r['lon']), ambiguous: false, note: r['capital_ar'] ? `capital:${r['capital_ar']}` : '',
  };
}

export function regionPlace(r: Row): Place | null {
  if (!r['id'] || !r['name_ar']) return null;
  const countries = list(r['countries']).map((c) => c.toUpperCase());
  return {
    id: r['id'], kind: 'region', name_ar: r['name_ar'], aliases_ar: list(r['aliases_ar']),
    name_en: r['name_en'] ?? '', country: countries.length === 1 ? countries[0]! : null, countries,
    admin1: null, lat: num(r['lat']), lon: num(r['lon']), ambiguous: false, note: '',
  };
}

/** A row of `data/places/XX.tsv` (or an imported table in the same format). */
export function localPlace(r: Row): Place | null {
  if (!r['id'] || !r['name_ar']) return null;
  const country = (r['id'].split(':')[0] ?? '').toUpperCase();
  const note = r['note'] ?? '';
  return {
    id: r['id'], kind: r['kind'] || 'place', name_ar: r['name_ar'], aliases_ar: list(r['aliases_ar']),
    name_en: r['name_en'] ?? '', country: /^[A-Z]{2}$/.test(country) ? country : null,
    countries: /^[A-Z]{2}$/.test(country) ? [country] : [], admin1: orNull(r['admin1']),
    lat: num(r['lat']), lon: num(r['lon']), ambiguous: readsAsWord(note), note,
  };
}

export function actorRecord(r: Row): Actor | null {
  if (!r['id'] || !r['name_ar']) return null;
  return {
    id: r['id'], name_ar: r['name_ar'], key: key(r['name_ar']), aliases_ar: list(r['aliases_ar']), name_en: r['name_en'] ?? '',
    type: r['type'] ?? '', country: orNull(r['country'])?.toUpperCase() ?? null, parent: orNull(r['parent']),
    note: r['note'] ?? '',
  };
}

export function knownPerson(r: Row): KnownPerson | null {
  if (!r['name_ar']) return null;
  return {
    id: `person:${r['name_en'] || r['name_ar']}`, name_ar: r['name_ar'], key: key(r['name_ar']), aliases_ar: list(r['aliases_ar']),
    name_en: r['name_en'] ?? '', role_en: r['role_en'] ?? '', country: orNull(r['country'])?.toUpperCase() ?? null,
  };
}
