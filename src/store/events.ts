// The event side of the storage port: what analyses become once stored (entities with their
// mention spans, figures with their speakers, per-article reports, merged incidents and the
// merges that made them) and the queries the API and exports ask of it.
import type { Estimate, ReportedValue } from '../merge/reconcile.js';
import type { DatePrecision, IncidentFields } from '../merge/report.js';
import type { Span } from '../types.js';

/** Structured filters over merged events; every field is optional. */
export interface EventFilter {
  /** First day included (YYYY-MM-DD). */
  from?: string;
  /** Last day included (YYYY-MM-DD). */
  to?: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  admin1?: string;
  type?: string;
  subType?: string;
  /** Matches actor1 or actor2 (normalised). */
  actor?: string;
  /** Full-text words, all required (normalised). */
  text?: string;
  /** [west, south, east, north] in degrees. */
  bbox?: [number, number, number, number];
  minKilled?: number;
}

export interface PageRequest {
  limit: number;
  /** Opaque cursor from a previous page's `next`. */
  cursor?: string | null;
}

export interface EventSummary extends IncidentFields {
  id: number;
  /** First day of the incident at its precision (YYYY-MM-DD), '' when no date is known. */
  date: string;
  dateEnd: string;
  precision: DatePrecision;
  type: string;
  subType: string;
  killed: Omit<Estimate, 'values'> | null;
  injured: Omit<Estimate, 'values'> | null;
  /** How many article reports the event merges. */
  reports: number;
}

export interface EventPage {
  items: EventSummary[];
  /** Cursor of the next page, null on the last one. */
  next: string | null;
}

export interface EventReport extends IncidentFields {
  id: number;
  eventId: number;
  docId: string;
  docTitle: string;
  docUrl: string | null;
  published: string | null;
  index: number;
  type: string;
  subType: string;
  date: string | null;
  precision: DatePrecision;
  killed: number | null;
  injured: number | null;
  speaker: string | null;
  confidence: number | null;
  evidence: Span[];
}

export interface MergeRecord {
  id: number;
  eventId: number;
  reportId: number;
  rules: string[];
  score: number;
  at: string;
  undoneAt: string | null;
}

export interface EventDetail extends EventSummary {
  reportList: EventReport[];
  /** Every reported casualty value, with its article and speaker. */
  figures: { killed: ReportedValue[]; injured: ReportedValue[] };
  merges: MergeRecord[];
}

export type CountBy = 'week' | 'month' | 'country' | 'type';

export interface CountRow {
  key: string;
  events: number;
  killed: number;
}

export interface NameCount {
  name: string;
  events: number;
  country?: string | null;
  lat?: number | null;
  lon?: number | null;
}

export interface DocumentHit {
  id: string;
  title: string;
  url: string | null;
  published: string | null;
}

export interface NameQuery {
  /** Only names containing these words (normalised). */
  q?: string;
  limit: number;
}

export interface EventStore {
  listEvents(filter: EventFilter, page: PageRequest): Promise<EventPage>;
  getEvent(id: number): Promise<EventDetail | null>;
  /** Reports of several events at once (exports), keyed by event id. */
  reportsOf(eventIds: readonly number[]): Promise<Map<number, EventReport[]>>;
  countEvents(by: CountBy, filter: EventFilter): Promise<CountRow[]>;
  listActors(q: NameQuery): Promise<NameCount[]>;
  listPlaces(q: NameQuery): Promise<NameCount[]>;
  /** Full text over articles, Arabic-normalised; every word must occur. */
  searchDocuments(text: string, opts: { limit: number; offset?: number }): Promise<DocumentHit[]>;
  /** Detaches the merged report into an event of its own and keeps it from re-joining. */
  undoMerge(mergeId: number): Promise<boolean>;
}
