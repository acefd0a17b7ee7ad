// The JSON shapes the dashboard reads from the API. They mirror src/store/events.ts,
// src/store/store.ts and src/types.ts on the server; the browser build cannot import those
// files (they pull in Node modules), so the copy lives here, in one place, next to api.ts.

export interface Span { start: number; end: number; text: string }

export type DatePrecision = 'year' | 'month' | 'day' | 'none' | string;

export interface Range { low: number; best: number; high: number }

export interface EventSummary {
  id: number;
  date: string;
  dateEnd: string;
  precision: DatePrecision;
  type: string;
  subType: string;
  country: string | null;
  admin1: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  actor1: string | null;
  actor2: string | null;
  killed: Range | null;
  injured: Range | null;
  reports: number;
}

export interface EventPage { items: EventSummary[]; next: string | null }

export interface EventReport {
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
  country: string | null;
  admin1: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  actor1: string | null;
  actor2: string | null;
  killed: number | null;
  injured: number | null;
  speaker: string | null;
  confidence: number | null;
  evidence: Span[];
}

export interface ReportedValue { value: number; docId: string; speaker: string | null }

export interface MergeRecord {
  id: number; eventId: number; reportId: number; rules: string[]; score: number; at: string; undoneAt: string | null;
}

export interface EventDetail extends EventSummary {
  reportList: EventReport[];
  figures: { killed: ReportedValue[]; injured: ReportedValue[] };
  merges: MergeRecord[];
}

export type CountBy = 'week' | 'month' | 'country' | 'type';
export interface CountRow { key: string; events: number; killed: number }

export interface NameCount {
  name: string;
  events: number;
  country?: string | null;
  lat?: number | null;
  lon?: number | null;
}

export interface StoredDocument {
  id: string;
  url?: string;
  title: string;
  published?: string;
  text: string;
  byline?: string;
  source?: string;
}

// The analysis (src/types.ts), the parts the reader shows.
export interface DateMention extends Span { value: string; precision: string; rule: string; implied: boolean; calendar: string }
export interface NumberMention extends Span { value: number; high?: number; bound: string; form: string; rule: string }
export interface FigureMention extends Span {
  value: number; kind: string; bound: string; high?: number; unit?: string; currency?: string; source?: string | null; rule: string;
}
export interface EntityMentionSpan extends Span { how: string }
export interface Entity {
  type: 'PER' | 'ORG' | 'LOC';
  text: string;
  aliases: string[];
  id?: string;
  country?: string | null;
  lat?: number;
  lon?: number;
  label_en?: string;
  mentions: EntityMentionSpan[];
}
export interface EventRecord {
  type: string;
  sub_type: string;
  date: string | null;
  country: string | null;
  place: string | null;
  actor1: string | null;
  actor2: string | null;
  killed: number | null;
  injured: number | null;
  status: string;
  evidence: string[];
  spans: Span[];
  trigger?: string;
  confidence?: number;
  source?: string | null;
}
export interface Quote {
  speaker: string; cue: string; evidence: string; start: number; end: number; anonymous?: boolean; content?: Span;
}
export interface Analysis {
  doc: string;
  published: string | null;
  relevant: boolean;
  title?: string;
  entities: Entity[];
  dates: DateMention[];
  figures: FigureMention[];
  events: EventRecord[];
  other_events: EventRecord[];
  quotes: Quote[];
  numbers: NumberMention[];
  warnings: string[];
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
