// The one file that knows the API's routes and parameter names. Pages call these functions;
// if a route changes on the server, only this file follows it.
import type {
  Analysis, AnalyzeResult, CountBy, CountRow, DocumentWithAnalysis, EventDetail, EventPage, EventQuery, NameCount,
} from './api-types.js';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** Filter keys the dashboard keeps in its address, in the order they appear there. */
export const FILTER_KEYS: readonly (keyof EventQuery)[] = [
  'from', 'to', 'country', 'admin1', 'type', 'sub_type', 'actor', 'text', 'bbox', 'min_killed',
];

/** The server's name of a filter where it differs from the dashboard's (full text is `q`). */
const SERVER_NAME: Partial<Record<keyof EventQuery, string>> = { text: 'q' };

/** Filters as the dashboard's own address keeps them. */
export function filterParams(q: EventQuery): URLSearchParams {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = q[k];
    if (v !== undefined && v.trim() !== '') p.set(k, v.trim());
  }
  return p;
}

/** Filters as the API names them (it refuses unknown parameters). */
export function serverParams(q: EventQuery): URLSearchParams {
  const p = new URLSearchParams();
  for (const [k, v] of filterParams(q)) p.set(SERVER_NAME[k as keyof EventQuery] ?? k, v);
  return p;
}

async function getJson<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { headers: { accept: 'application/json' }, ...init });
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      const body = (await res.json()) as { reason?: string; message?: string };
      message = body.reason ?? body.message ?? message;
    } catch { /* not JSON: keep the status line */ }
    throw new ApiError(res.status, message);
  }
  return (await res.json()) as T;
}

const withParams = (path: string, p: URLSearchParams): string => (p.size ? `${path}?${p}` : path);

export function listEvents(q: EventQuery, limit: number, cursor?: string | null): Promise<EventPage> {
  const p = serverParams(q);
  p.set('limit', String(limit));
  if (cursor) p.set('cursor', cursor);
  return getJson<EventPage>(withParams('/api/events', p));
}

export const getEvent = (id: number): Promise<EventDetail> => getJson(`/api/events/${id}`);

export async function getDocument(id: string): Promise<DocumentWithAnalysis> {
  const body = await getJson<{ document: DocumentWithAnalysis['document']; annotations: Analysis | null }>(
    `/api/documents/${encodeURIComponent(id)}`);
  return { document: body.document, analysis: body.annotations ?? null };
}

export async function counts(by: CountBy, q: EventQuery = {}): Promise<CountRow[]> {
  const p = serverParams(q);
  p.set('by', by);
  const body = await getJson<CountRow[] | { items: CountRow[] }>(withParams('/api/counts', p));
  return Array.isArray(body) ? body : body.items;
}

async function names(path: string, q: string | undefined, limit: number): Promise<NameCount[]> {
  const p = new URLSearchParams({ limit: String(limit) });
  if (q) p.set('q', q);
  const body = await getJson<NameCount[] | { items: NameCount[] }>(withParams(path, p));
  return Array.isArray(body) ? body : body.items;
}

export const listActors = (q: string | undefined, limit = 10): Promise<NameCount[]> => names('/api/actors', q, limit);
export const listPlaces = (q: string | undefined, limit = 10): Promise<NameCount[]> => names('/api/places', q, limit);

/** Address of a download of every event matching `q`. */
export function exportUrl(format: 'csv' | 'geojson' | 'jsonl', q: EventQuery): string {
  const p = serverParams(q);
  p.set('format', format);
  return withParams('/api/export', p);
}

/** Runs the analysis on pasted text, or on the article at `url` (the server fetches it). */
export async function analyzeText(input: { text?: string; url?: string; published?: string }): Promise<AnalyzeResult> {
  const body = await getJson<AnalyzeResult | Analysis>('/api/analyze', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(input),
  });
  // Either {text, analysis} or the bare analysis of the text that was sent.
  if ('analysis' in body) return body;
  if (input.text === undefined) throw new ApiError(500, 'the server answered without the text of the article');
  return { text: input.text, analysis: body };
}
