// The JSON shapes the dashboard reads from the API. The server's own types are imported
// type-only (erased from the bundle, so no Node module reaches the browser); only the
// browser-side shapes (filters in the address, the document subset shown) are declared here.
import type { Estimate } from '../../src/merge/reconcile.js';
import type { Analysis } from '../../src/types.js';

export type { Span, DateMention, NumberMention, FigureMention, EntityMentionSpan, Entity, EventRecord, Quote, Analysis } from '../../src/types.js';
export type { EventSummary, EventPage, EventReport, MergeRecord, EventDetail, CountBy, CountRow, NameCount } from '../../src/store/events.js';
export type { ReportedValue } from '../../src/merge/reconcile.js';
export type { DatePrecision } from '../../src/merge/report.js';

export type Range = Estimate;

export interface StoredDocument {
  id: string;
  url?: string;
  title: string;
  published?: string;
  text: string;
  byline?: string;
  source?: string;
}

export interface DocumentWithAnalysis { document: StoredDocument; analysis: Analysis | null }

/** What POST /api/analyze answers: the analysis and the text it points into. */
export interface AnalyzeResult { text: string; title?: string; analysis: Analysis }

/** Filters of the event list, as the dashboard keeps them in its address. */
export interface EventQuery {
  from?: string;
  to?: string;
  country?: string;
  admin1?: string;
  type?: string;
  sub_type?: string;
  actor?: string;
  text?: string;
  bbox?: string;
  min_killed?: string;
}
