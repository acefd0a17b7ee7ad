// Query-string validation for the HTTP API: every parameter is checked before any query runs
// and a bad one gives a 400 with the reason, never a 500. Unknown parameters are refused so
// that a typo ("contry") does not silently widen a result.
import { ACLED_TYPES, SUB_TYPES } from '../export/acled-taxonomy.js';
import { EXPORT_FORMATS, type ExportFormat } from '../export/formats.js';
import type { CountBy, EventFilter } from '../store/events.js';

export class BadRequest extends Error {
  readonly statusCode = 400;
}

export const DEFAULT_PAGE = 50;
export const MAX_PAGE = 500;
/** Longest free-text parameter accepted. */
export const MAX_TEXT = 200;

export type Query = Record<string, unknown>;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const INTEGER = /^\d{1,9}$/;

export const FILTER_PARAMS = ['from', 'to', 'country', 'admin1', 'type', 'sub_type', 'actor', 'q', 'bbox', 'min_killed'] as const;

/** The parameter as one string, or undefined; repeated or empty parameters are errors. */
export function one(q: Query, name: string): string | undefined {
  const v = q[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new BadRequest(`${name} is given more than once`);
  if (v.trim() === '') throw new BadRequest(`${name} is empty`);
  if (v.length > MAX_TEXT) throw new BadRequest(`${name} is longer than ${MAX_TEXT} characters`);
  return v.trim();
}

export function onlyParams(q: Query, allowed: readonly string[]): void {
  for (const k of Object.keys(q)) if (!allowed.includes(k)) throw new BadRequest(`unknown parameter: ${k}`);
}

function day(q: Query, name: string): string | undefined {
  const v = one(q, name);
  if (v === undefined) return undefined;
  if (!ISO_DAY.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`)) || new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) !== v) {
    throw new BadRequest(`${name} must be a date YYYY-MM-DD, got "${v}"`);
  }
  return v;
}

export function intParam(q: Query, name: string, min: number, max: number): number | undefined {
  const v = one(q, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!INTEGER.test(v) || n < min || n > max) throw new BadRequest(`${name} must be a whole number from ${min} to ${max}, got "${v}"`);
  return n;
}

function bbox(q: Query): EventFilter['bbox'] {
  const v = one(q, 'bbox');
  if (v === undefined) return undefined;
  const parts = v.split(',').map((s) => s.trim());
  const n = parts.map(Number);
  if (parts.length !== 4 || parts.some((s) => s === '') || n.some((x) => !Number.isFinite(x))) {
    throw new BadRequest(`bbox must be four numbers west,south,east,north, got "${v}"`);
  }
  const [w, s, e, no] = n as [number, number, number, number];
  if (w < -180 || e > 180 || s < -90 || no > 90 || w > e || s > no) {
    throw new BadRequest('bbox must have -180 <= west <= east <= 180 and -90 <= south <= north <= 90');
  }
  return [w, s, e, no];
}

export function eventFilter(q: Query): EventFilter {
  const f: EventFilter = {};
  const from = day(q, 'from');
  const to = day(q, 'to');
  if (from && to && from > to) throw new BadRequest('from is after to');
  if (from) f.from = from;
  if (to) f.to = to;
  const country = one(q, 'country');
  if (country !== undefined) {
    if (!/^[A-Za-z]{2}$/.test(country)) throw new BadRequest(`country must be an ISO 3166-1 alpha-2 code, got "${country}"`);
    f.country = country.toUpperCase();
  }
  const type = one(q, 'type');
  if (type !== undefined) {
    if (!(type in ACLED_TYPES)) throw new BadRequest(`type must be one of ${Object.keys(ACLED_TYPES).join(', ')}`);
    f.type = type;
  }
  const sub = one(q, 'sub_type');
  if (sub !== undefined) {
    if (!SUB_TYPES.has(sub) || (type !== undefined && !(sub in ACLED_TYPES[type]!.subTypes))) {
      throw new BadRequest(`sub_type "${sub}" is not an ACLED sub-type${type ? ` of ${type}` : ''}`);
    }
    f.subType = sub;
  }
  const admin1 = one(q, 'admin1');
  if (admin1 !== undefined) f.admin1 = admin1;
  const actor = one(q, 'actor');
  if (actor !== undefined) f.actor = actor;
  const text = one(q, 'q');
  if (text !== undefined) f.text = text;
  const box = bbox(q);
  if (box) f.bbox = box;
  const minKilled = intParam(q, 'min_killed', 0, 1_000_000_000);
  if (minKilled !== undefined) f.minKilled = minKilled;
  return f;
}

export function pageSize(q: Query): number {
  return intParam(q, 'limit', 1, MAX_PAGE) ?? DEFAULT_PAGE;
}

export function countBy(q: Query): CountBy {
  const by = one(q, 'by') ?? 'month';
  if (by !== 'week' && by !== 'month' && by !== 'country' && by !== 'type') throw new BadRequest('by must be week, month, country or type');
  return by;
}

export function exportFormat(q: Query): ExportFormat {
  const f = one(q, 'format') ?? 'csv';
  if (!(EXPORT_FORMATS as readonly string[]).includes(f)) throw new BadRequest(`format must be one of ${EXPORT_FORMATS.join(', ')}`);
  return f as ExportFormat;
}

export function idParam(v: string, name = 'id'): number {
  if (!/^\d{1,9}$/.test(v)) throw new BadRequest(`${name} must be a positive whole number, got "${v.slice(0, 40)}"`);
  return Number(v);
}
