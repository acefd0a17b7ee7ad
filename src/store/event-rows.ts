// Database rows of the event side to API shapes, shared by both back ends (column names are
// the same in each schema).
import type { Estimate } from '../merge/reconcile.js';
import type { DatePrecision, Report } from '../merge/report.js';
import type { Span } from '../types.js';
import type { EventReport, EventSummary, MergeRecord } from './events.js';

export interface EventRow {
  id: number; event_date: string; date_end: string; precision: string; type: string; sub_type: string;
  country: string | null; admin1: string | null; place: string | null; lat: number | null; lon: number | null;
  actor1: string | null; actor2: string | null; killed_low: number | null; killed_best: number | null;
  killed_high: number | null; injured_low: number | null; injured_best: number | null; injured_high: number | null;
  reports: number;
}

export interface ReportDbRow {
  id: number; event_id: number; doc_id: string; idx: number; type: string; sub_type: string; date: string | null;
  precision: string; date_start: string; date_end: string; country: string | null; admin1: string | null;
  place: string | null; lat: number | null; lon: number | null; actor1: string | null; actor2: string | null;
  killed: number | null; injured: number | null; speaker: string | null; published: string | null;
  confidence: number | null;
}

export interface MergeDbRow {
  id: number; event_id: number; report_id: number; rules: string; score: number; created_at: string; undone_at: string | null;
}

export const EVENT_COLUMNS = `e.id, e.event_date, e.date_end, e.precision, e.type, e.sub_type, e.country, e.admin1,
  e.place, e.lat, e.lon, e.actor1, e.actor2, e.killed_low, e.killed_best, e.killed_high, e.injured_low,
  e.injured_best, e.injured_high, e.reports`;

const range = (low: number | null, best: number | null, high: number | null): Omit<Estimate, 'values'> | null =>
  best === null ? null : { low: low ?? best, best, high: high ?? best };

export function toSummary(r: EventRow): EventSummary {
  return {
    id: Number(r.id), date: r.event_date, dateEnd: r.date_end, precision: r.precision as DatePrecision,
    type: r.type, subType: r.sub_type, country: r.country, admin1: r.admin1, place: r.place, lat: r.lat, lon: r.lon,
    actor1: r.actor1, actor2: r.actor2, killed: range(r.killed_low, r.killed_best, r.killed_high),
    injured: range(r.injured_low, r.injured_best, r.injured_high), reports: Number(r.reports),
  };
}

export function toReport(r: ReportDbRow): Report & { id: number; eventId: number } {
  return {
    id: Number(r.id), eventId: Number(r.event_id), docId: r.doc_id, index: r.idx, type: r.type, subType: r.sub_type,
    date: r.date, precision: r.precision as DatePrecision, dateStart: r.date_start, dateEnd: r.date_end,
    country: r.country, admin1: r.admin1, place: r.place, lat: r.lat, lon: r.lon, actor1: r.actor1, actor2: r.actor2,
    killed: r.killed, injured: r.injured, speaker: r.speaker, published: r.published, confidence: r.confidence,
  };
}

export function toEventReport(r: ReportDbRow & { title: string; url: string | null }, evidence: Span[]): EventReport {
  const { dateStart: _s, dateEnd: _e, ...rest } = toReport(r);
  return { ...rest, docTitle: r.title, docUrl: r.url, evidence };
}

export function toMerge(r: MergeDbRow): MergeRecord {
  return {
    id: Number(r.id), eventId: Number(r.event_id), reportId: Number(r.report_id), rules: JSON.parse(r.rules),
    score: r.score, at: r.created_at, undoneAt: r.undone_at,
  };
}

/** Reports (joined with their article) and evidence rows, grouped per event in report order. */
export function groupReports(
  rows: ReadonlyArray<ReportDbRow & { title: string; url: string | null }>,
  evidence: ReadonlyArray<Span & { report_id: number }>,
): Map<number, EventReport[]> {
  const spans = new Map<number, Span[]>();
  for (const s of evidence) {
    const list = spans.get(s.report_id) ?? [];
    list.push({ start: s.start, end: s.end, text: s.text });
    spans.set(s.report_id, list);
  }
  const out = new Map<number, EventReport[]>();
  for (const r of rows) {
    const list = out.get(r.event_id) ?? [];
    list.push(toEventReport(r, spans.get(r.id) ?? []));
    out.set(r.event_id, list);
  }
  return out;
}
