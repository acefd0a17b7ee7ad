// One merged event as an export row: ACLED's columns first, then Marsad's extras (injured,
// low/best/high of both tolls, the evidence and the articles it rests on).
import { loadTable } from '../data/table.js';
import type { EventReport, EventSummary } from '../store/events.js';
import { subTypeLabel, typeLabel } from './acled-taxonomy.js';

export const ACLED_COLUMNS = [
  'event_id', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country', 'admin1', 'location',
  'latitude', 'longitude', 'geo_precision', 'time_precision', 'fatalities', 'source', 'notes',
] as const;
export const EXTRA_COLUMNS = [
  'injured', 'killed_low', 'killed_best', 'killed_high', 'injured_low', 'injured_best', 'injured_high',
  'reports', 'documents', 'evidence', 'country_code', 'event_type_code', 'sub_event_type_code',
] as const;
export const EXPORT_COLUMNS = [...ACLED_COLUMNS, ...EXTRA_COLUMNS] as const;

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

// Built once: ISO code to the English country name ACLED files carry.
const COUNTRY_NAMES = new Map(loadTable('places/countries.tsv').map((r) => [r['iso2'] ?? '', r['name_en'] ?? '']));

/** ACLED time precision: 1 the day is known, 2 within a few days (undated report), 3 month or year. */
const TIME_PRECISION = { day: 1, published: 2, month: 3, year: 3 } as const;

/** ACLED geo precision: 1 a named place with coordinates, 2 a named place or region, 3 the country. */
function geoPrecision(e: EventSummary): number {
  if (e.place !== null && e.lat !== null) return 1;
  if (e.place !== null || e.admin1 !== null) return 2;
  return 3;
}

function sourceName(r: EventReport): string {
  if (r.docUrl) {
    try { return new URL(r.docUrl).hostname.replace(/^www\./, ''); } catch { /* not a URL: fall through */ }
  }
  return r.docTitle || r.docId;
}

const unique = (xs: string[]): string[] => [...new Set(xs.filter((x) => x !== ''))];

export function exportRow(e: EventSummary, reports: readonly EventReport[]): ExportRow {
  const evidence = unique(reports.flatMap((r) => r.evidence.map((s) => s.text.replace(/\s+/g, ' ').trim())));
  return {
    event_id: e.id,
    event_date: e.date || null,
    event_type: typeLabel(e.type),
    sub_event_type: subTypeLabel(e.type, e.subType),
    actor1: e.actor1,
    actor2: e.actor2,
    country: e.country ? COUNTRY_NAMES.get(e.country) || e.country : null,
    admin1: e.admin1,
    location: e.place,
    latitude: e.lat,
    longitude: e.lon,
    geo_precision: geoPrecision(e),
    time_precision: TIME_PRECISION[e.precision],
    fatalities: e.killed?.best ?? 0,
    source: unique(reports.map(sourceName)).join('; '),
    notes: evidence[0] ?? null,
    injured: e.injured?.best ?? null,
    killed_low: e.killed?.low ?? null,
    killed_best: e.killed?.best ?? null,
    killed_high: e.killed?.high ?? null,
    injured_low: e.injured?.low ?? null,
    injured_best: e.injured?.best ?? null,
    injured_high: e.injured?.high ?? null,
    reports: e.reports,
    documents: unique(reports.map((r) => r.docId)).join('; '),
    evidence: evidence.join(' | '),
    country_code: e.country,
    event_type_code: e.type,
    sub_event_type_code: e.subType,
  };
}
