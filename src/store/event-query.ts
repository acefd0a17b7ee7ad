// The WHERE clause, order and cursor of the event list, built once for both back ends. Only
// placeholders carry user input; the dialect supplies the placeholder style and full text.
import { key } from '../text/normalize.js';
import type { EventFilter } from './events.js';

/**
 * How a filter that selects a set of events (words, an actor, a box) joins the list query:
 * `set` reads the matching ids first and sorts them (best when few match), `probe` walks the
 * date order and checks each event (best when many match, as a page fills quickly).
 */
export type SetMode = 'set' | 'probe';

export interface SetPlan {
  text?: SetMode;
  actor?: SetMode;
  bbox?: SetMode;
  /** Many events at or above the toll: walk the date order rather than the toll index. */
  minKilled?: SetMode;
}

export interface Dialect {
  /** Placeholder for the n-th (1-based) parameter. */
  param(n: number): string;
  /** Clause restricting `events.id` to full-text matches of the parameter at `ph`. */
  textClause(ph: string, mode: SetMode): string;
  /** Clause for a bounding box given as placeholders (used in the order s, n, w, e). */
  bboxClause?(ph: { w: string; s: string; e: string; n: string }, mode: SetMode): string;
  /** The parameter value for a list of folded words. */
  textParam(words: string[]): string;
}

export class BadCursor extends Error {}

export interface Where {
  sql: string;
  params: unknown[];
}

/** Folded words of a full-text query; punctuation and FTS operators are dropped. */
export function searchWords(text: string): string[] {
  return key(text).split(' ').filter((w) => w !== '').slice(0, 16);
}

export function encodeCursor(date: string, id: number): string {
  return Buffer.from(JSON.stringify([date, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [string, number] {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && Number.isSafeInteger(v[1])) return [v[0], v[1] as number];
  } catch { /* reported below */ }
  throw new BadCursor('cursor is not one this server gave out');
}

export function whereClause(f: EventFilter, d: Dialect, cursor?: string | null, plan: SetPlan = {}, startAt = 1): Where {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown): string => { params.push(v); return d.param(startAt + params.length - 1); };
  if (f.from) clauses.push(`e.event_date >= ${p(f.from)}`);
  if (f.to) clauses.push(`e.event_date <= ${p(f.to)} AND e.event_date <> ''`);
  if (f.country) clauses.push(`e.country = ${p(f.country)}`);
  if (f.admin1) clauses.push(`e.admin1 = ${p(f.admin1)}`);
  if (f.type) clauses.push(`e.type = ${p(f.type)}`);
  if (f.subType) clauses.push(`e.sub_type = ${p(f.subType)}`);
  // Unary plus keeps the planner off the toll index (SQLite and PostgreSQL both accept it).
  if (f.minKilled !== undefined) clauses.push(`${plan.minKilled === 'probe' ? '+' : ''}e.fatalities >= ${p(f.minKilled)}`);
  if (f.bbox) {
    const [w, s, ea, n] = f.bbox;
    // Pushed in the order every clause text uses them ('?' placeholders are positional).
    const ph = { s: p(s), n: p(n), w: p(w), e: p(ea) };
    clauses.push(d.bboxClause?.(ph, plan.bbox ?? 'probe') ?? `e.lat BETWEEN ${ph.s} AND ${ph.n} AND e.lon BETWEEN ${ph.w} AND ${ph.e}`);
  }
  if (f.actor) {
    const k = p(key(f.actor));
    clauses.push(plan.actor === 'probe'
      ? `EXISTS (SELECT 1 FROM event_actors a WHERE a.actor_key = ${k} AND a.event_id = e.id)`
      : `e.id IN (SELECT event_id FROM event_actors WHERE actor_key = ${k})`);
  }
  if (f.text) {
    const words = searchWords(f.text);
    if (words.length) clauses.push(d.textClause(p(d.textParam(words)), plan.text ?? 'set'));
  }
  if (cursor) {
    const [date, id] = decodeCursor(cursor);
    clauses.push(`(e.event_date, e.id) < (${p(date)}, ${p(id)})`);
  }
  return { sql: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export const ORDER = 'ORDER BY e.event_date DESC, e.id DESC';

/** SQLite FTS5: each word quoted, so no user text is read as query syntax. */
export const ftsWords = (words: string[]): string => words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');

