// A stored analysis as rows: entities with their mentions, figures with their speakers and
// one merge report per reported event. Pure, so that both back ends write the same rows.
import { dateInterval } from '../merge/date-window.js';
import type { Report } from '../merge/report.js';
import { fold, key } from '../text/normalize.js';
import type { Analysis, EntityMentionSpan, EventRecord, FigureMention, Span } from '../types.js';

export interface EntityRow {
  idx: number;
  type: string;
  text: string;
  nameKey: string;
  ref: string | null;
  country: string | null;
  lat: number | null;
  lon: number | null;
  labelEn: string | null;
  aliases: string[];
  mentions: EntityMentionSpan[];
}

export interface ReportRow extends Report {
  evidence: Span[];
  status: string;
  trigger: string | null;
  /** Folded words the event's full-text index gets from this report. */
  search: string;
}

export interface AnalysisRows {
  entities: EntityRow[];
  figures: (FigureMention & { idx: number })[];
  reports: ReportRow[];
}

const num = (x: unknown): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);
const str = (x: unknown): string | null => (typeof x === 'string' && x.trim() !== '' ? x : null);

function isAnalysis(a: unknown): a is Analysis {
  return typeof a === 'object' && a !== null && Array.isArray((a as Analysis).events) && Array.isArray((a as Analysis).entities);
}

function evidenceSpans(e: EventRecord): Span[] {
  if (Array.isArray(e.spans) && e.spans.length) return e.spans.map((s) => ({ start: s.start, end: s.end, text: s.text }));
  return (e.evidence ?? []).map((text) => ({ start: -1, end: -1, text }));
}

function reportOf(e: EventRecord, index: number, docId: string, published: string | null): ReportRow | null {
  const iv = dateInterval(str(e.date), published);
  const evidence = evidenceSpans(e);
  const search = fold([e.place, e.actor1, e.actor2, ...evidence.map((s) => s.text)].filter(Boolean).join(' '));
  return {
    docId, index, type: e.type, subType: e.sub_type, date: iv ? str(e.date) : null,
    precision: iv?.precision ?? 'published', dateStart: iv?.start ?? '', dateEnd: iv?.end ?? '',
    country: str(e.country), admin1: str(e.admin1), place: str(e.place), lat: num(e.lat), lon: num(e.lon),
    actor1: str(e.actor1), actor2: str(e.actor2), killed: num(e.killed), injured: num(e.injured),
    speaker: str(e.source), published, confidence: num(e.confidence), evidence,
    status: e.status ?? 'reported', trigger: str(e.trigger), search,
  };
}

/** Rows of an analysis; an unknown shape (another analyser's output) gives no rows. */
export function analysisRows(docId: string, analysis: unknown, docPublished?: string | null): AnalysisRows {
  if (!isAnalysis(analysis)) return { entities: [], figures: [], reports: [] };
  const published = (analysis.published ?? docPublished ?? null)?.slice(0, 10) ?? null;
  const entities = analysis.entities.map((e, idx): EntityRow => ({
    idx, type: e.type, text: e.text, nameKey: key(e.text), ref: str(e.id), country: str(e.country),
    lat: num(e.lat), lon: num(e.lon), labelEn: str(e.label_en), aliases: e.aliases ?? [], mentions: e.mentions ?? [],
  }));
  const figures = (analysis.figures ?? []).map((f, idx) => ({ ...f, idx }));
  const reports = analysis.events
    .map((e, i) => reportOf(e, i, docId, published))
    .filter((r): r is ReportRow => r !== null);
  return { entities, figures, reports };
}

