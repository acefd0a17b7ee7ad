// The event side of the embedded store. Writing is synchronous so that it runs inside the
// document's own better-sqlite3 transaction; each new report is merged at once against the
// candidate events of its type family and dates.
import type Database from 'better-sqlite3';
import { chooseEvent, type Candidate } from '../../merge/compatible.js';
import { addDays, DEFAULT_DAY_SLACK, DEFAULT_UNDATED_DAYS } from '../../merge/date-window.js';
import { reconcile, type MergedEvent } from '../../merge/reconcile.js';
import { typeFamily } from '../../merge/type-family.js';
import { fold, key } from '../../text/normalize.js';
import type { Span } from '../../types.js';
import { analysisRows, type ReportRow } from '../analysis-rows.js';
import {
  EVENT_COLUMNS, toMerge, toReport, toSummary,
  type EventRow, type MergeDbRow, type ReportDbRow, groupReports } from '../event-rows.js';
import { decodeCursor, encodeCursor, ftsWords, ORDER, searchWords, whereClause, type Dialect, type SetMode, type SetPlan } from '../event-query.js';
import type {
  CountBy, CountRow, DocumentHit, EventDetail, EventFilter, EventPage, EventReport, EventStore, NameCount,
  NameQuery, PageRequest,
} from '../events.js';
import { countKey, eventParams, namePattern } from '../event-write.js';
import { fieldTokens, ftsKey, ID_MASK } from './fts-key.js';

/** Candidate events read per new report; beyond this the newest are kept. */
export const MAX_CANDIDATES = 200;
/**
 * A new report is compared with an event's latest reports, not all of them: an incident
 * reported hundreds of times would otherwise make every later report cost hundreds of
 * comparisons (the 10,000-article ingest benchmark ran at 16 articles/s).
 */
export const MATCH_REPORTS = 12;
const WINDOW = DEFAULT_DAY_SLACK + DEFAULT_UNDATED_DAYS;

/** Matches counted before choosing a set or a probe plan (see SetMode). */
export const SET_PLAN_CAP = 4000;

const SQLITE: Dialect = {
  param: () => '?',
  // Counts only: the list query is driven by the index itself (listEvents).
  textClause: (ph) => `e.id IN (SELECT rowid & ${ID_MASK} FROM events_fts WHERE events_fts MATCH ${ph})`,
  textParam: ftsWords,
  bboxClause: (b, mode) => (mode === 'set'
    ? `e.id IN (SELECT id FROM events_rtree WHERE min_lat >= ${b.s} AND max_lat <= ${b.n} AND min_lon >= ${b.w} AND max_lon <= ${b.e})`
    : `e.lat BETWEEN ${b.s} AND ${b.n} AND e.lon BETWEEN ${b.w} AND ${b.e}`),
};

function prepare(db: Database.Database) {
  return {
    docFts: db.prepare('INSERT INTO documents_fts (rowid, title, text) SELECT seq, ?, ? FROM documents WHERE id = ?'),
    docOf: db.prepare('SELECT published FROM documents WHERE id = ?'),
    affected: db.prepare('SELECT DISTINCT event_id FROM reports WHERE doc_id = ?'),
    delReports: db.prepare('DELETE FROM reports WHERE doc_id = ?'),
    delEntities: db.prepare('DELETE FROM entities WHERE doc_id = ?'),
    delFigures: db.prepare('DELETE FROM figures WHERE doc_id = ?'),
    entity: db.prepare(`INSERT INTO entities (doc_id, idx, type, text, name_key, ref, country, lat, lon, label_en, aliases)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    mention: db.prepare('INSERT INTO mentions (doc_id, entity_idx, span_start, span_end, text, how) VALUES (?, ?, ?, ?, ?, ?)'),
    figure: db.prepare(`INSERT INTO figures (doc_id, idx, kind, value, high, bound, unit, speaker, span_start, span_end, text)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    // A report merges only with events whose country is its own or unknown (compareReports
    // rejects any other), so the country narrows the candidates in SQL, not after reading them.
    candidates: db.prepare(`SELECT id FROM events WHERE family = ? AND event_date <> '' AND event_date <= ? AND date_end >= ?
      AND (? IS NULL OR country IS NULL OR country = ?) ORDER BY event_date DESC LIMIT ${MAX_CANDIDATES}`),
    reportsOfEvent: db.prepare('SELECT * FROM reports WHERE event_id = ? ORDER BY id'),
    reportsToMatch: db.prepare(`SELECT * FROM (SELECT * FROM reports WHERE event_id = ? ORDER BY id DESC LIMIT ${MATCH_REPORTS}) ORDER BY id`),
    newEvent: db.prepare(`INSERT INTO events (event_date, date_end, precision, family, type, sub_type, country, admin1, place,
      place_key, lat, lon, actor1, actor2, killed_low, killed_best, killed_high, injured_low, injured_best, injured_high, fatalities,
      reports, updated_at) VALUES (@date, @dateEnd, @precision, @family, @type, @subType, @country, @admin1, @place, @placeKey, @lat,
      @lon, @actor1, @actor2, @killedLow, @killedBest, @killedHigh, @injuredLow, @injuredBest, @injuredHigh, @fatalities,
      @reports, @now)`),
    updEvent: db.prepare(`UPDATE events SET event_date = @date, date_end = @dateEnd, precision = @precision, family = @family,
      type = @type, sub_type = @subType, country = @country, admin1 = @admin1, place = @place, place_key = @placeKey, lat = @lat, lon = @lon,
      actor1 = @actor1, actor2 = @actor2, killed_low = @killedLow, killed_best = @killedBest, killed_high = @killedHigh,
      injured_low = @injuredLow, injured_best = @injuredBest, injured_high = @injuredHigh, fatalities = @fatalities,
      reports = @reports, updated_at = @now WHERE id = @id`),
    delEvent: db.prepare('DELETE FROM events WHERE id = ?'),
    delEventFts: db.prepare('DELETE FROM events_fts WHERE rowid = ?'),
    dateOf: db.prepare('SELECT event_date FROM events WHERE id = ?'),
    eventFts: db.prepare('INSERT INTO events_fts (rowid, search) VALUES (?, ?)'),
    delRtree: db.prepare('DELETE FROM events_rtree WHERE id = ?'),
    rtree: db.prepare('INSERT INTO events_rtree (id, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?)'),
    countKilled: db.prepare('SELECT COUNT(*) AS n FROM (SELECT 1 FROM events WHERE fatalities >= ? LIMIT ?)'),
    countBox: db.prepare(`SELECT COUNT(*) AS n FROM (SELECT 1 FROM events_rtree WHERE min_lat >= ? AND max_lat <= ?
      AND min_lon >= ? AND max_lon <= ? LIMIT ?)`),
    searchOf: db.prepare('SELECT search FROM reports WHERE event_id = ?'),
    delActors: db.prepare('DELETE FROM event_actors WHERE event_id = ?'),
    actor: db.prepare('INSERT OR IGNORE INTO event_actors (event_id, actor_key, actor, event_date) VALUES (?, ?, ?, ?)'),
    report: db.prepare(`INSERT INTO reports (doc_id, idx, event_id, type, sub_type, date, precision, date_start, date_end,
      country, admin1, place, lat, lon, actor1, actor2, killed, injured, speaker, published, confidence, status, trigger,
      search) VALUES (@docId, @index, @eventId, @type, @subType, @date, @precision, @dateStart, @dateEnd, @country,
      @admin1, @place, @lat, @lon, @actor1, @actor2, @killed, @injured, @speaker, @published, @confidence, @status,
      @trigger, @search)`),
    evidence: db.prepare('INSERT INTO evidence (report_id, idx, span_start, span_end, text) VALUES (?, ?, ?, ?, ?)'),
    merge: db.prepare('INSERT INTO merges (event_id, report_id, rules, score, created_at) VALUES (?, ?, ?, ?, ?)'),
    getEvent: db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = ?`),
    mergesOf: db.prepare('SELECT * FROM merges WHERE event_id = ? ORDER BY id'),
    getMerge: db.prepare('SELECT * FROM merges WHERE id = ?'),
    undo: db.prepare('UPDATE merges SET undone_at = ? WHERE id = ?'),
    moveReport: db.prepare('UPDATE reports SET event_id = ? WHERE id = ?'),
  };
}

type Statements = ReturnType<typeof prepare>;

export class SqliteEventSide implements EventStore {
  private readonly st: Statements;
  private readonly undoTx: (mergeId: number) => boolean;

  constructor(private readonly db: Database.Database) {
    this.st = prepare(db);
    this.undoTx = db.transaction((mergeId: number) => this.undoSync(mergeId));
  }

  /** Adds a document's folded title and text to the article search. */
  indexDocument(docId: string, title: string, text: string): void {
    this.st.docFts.run(fold(title), fold(text), docId);
  }

  /** Replaces the document's event-side rows with those of `analysis`; call inside a transaction. */
  writeAnalysis(docId: string, analysis: unknown): void {
    const pub = (this.st.docOf.get(docId) as { published: string | null } | undefined)?.published ?? null;
    const rows = analysisRows(docId, analysis, pub);
    const affected = (this.st.affected.all(docId) as { event_id: number }[]).map((r) => r.event_id);
    this.st.delReports.run(docId);
    this.st.delEntities.run(docId);
    this.st.delFigures.run(docId);
    for (const id of affected) this.refresh(id);
    for (const e of rows.entities) {
      this.st.entity.run(docId, e.idx, e.type, e.text, e.nameKey, e.ref, e.country, e.lat, e.lon, e.labelEn, JSON.stringify(e.aliases));
      for (const m of e.mentions) this.st.mention.run(docId, e.idx, m.start, m.end, m.text, m.how);
    }
    for (const f of rows.figures) {
      this.st.figure.run(docId, f.idx, f.kind, f.value, f.high ?? null, f.bound, f.unit ?? null, f.source ?? null, f.start, f.end, f.text);
    }
    for (const r of rows.reports) this.addReport(r);
  }

  private addReport(r: ReportRow): void {
    let choice = null;
    if (r.dateStart) {
      const ids = this.st.candidates.all(typeFamily(r.type, r.subType), addDays(r.dateEnd, WINDOW), addDays(r.dateStart, -WINDOW), r.country, r.country) as { id: number }[];
      const candidates: Candidate[] = ids.map(({ id }) => ({
        eventId: id, reports: (this.st.reportsToMatch.all(id) as ReportDbRow[]).map(toReport),
      }));
      choice = chooseEvent(r, candidates);
    }
    const now = new Date().toISOString();
    const eventId = choice?.eventId ?? Number(this.st.newEvent.run({ ...eventParams(reconcile([r])), now }).lastInsertRowid);
    const reportId = Number(this.st.report.run({ ...r, eventId }).lastInsertRowid);
    r.evidence.forEach((s, i) => this.st.evidence.run(reportId, i, s.start, s.end, s.text));
    if (choice) this.st.merge.run(eventId, reportId, JSON.stringify(choice.rules), choice.score, now);
    this.refresh(eventId);
  }

  /** Recomputes an event from its reports (or deletes it when none is left) and its indexes. */
  private refresh(eventId: number): void {
    const reports = (this.st.reportsOfEvent.all(eventId) as ReportDbRow[]).map(toReport);
    const old = this.st.dateOf.get(eventId) as { event_date: string } | undefined;
    if (old) this.st.delEventFts.run(ftsKey(old.event_date, eventId));
    this.st.delActors.run(eventId);
    this.st.delRtree.run(eventId);
    if (!reports.length) {
      this.st.delEvent.run(eventId);
      return;
    }
    const merged: MergedEvent = reconcile(reports);
    this.st.updEvent.run({ ...eventParams(merged), id: eventId, now: new Date().toISOString() });
    const search = [...(this.st.searchOf.all(eventId) as { search: string }[]).map((s) => s.search),
      fieldTokens(merged.country, merged.type)].join(' ');
    this.st.eventFts.run(ftsKey(merged.date, eventId), search);
    if (merged.lat !== null && merged.lon !== null) this.st.rtree.run(eventId, merged.lat, merged.lat, merged.lon, merged.lon);
    for (const r of reports) {
      for (const a of [r.actor1, r.actor2]) if (a) this.st.actor.run(eventId, key(a), a, merged.date);
    }
  }

  private undoSync(mergeId: number): boolean {
    const m = this.st.getMerge.get(mergeId) as MergeDbRow | undefined;
    if (!m || m.undone_at !== null) return false;
    const report = toReport(this.db.prepare('SELECT * FROM reports WHERE id = ?').get(m.report_id) as ReportDbRow);
    const now = new Date().toISOString();
    const fresh = Number(this.st.newEvent.run({ ...eventParams(reconcile([report])), now }).lastInsertRowid);
    this.st.moveReport.run(fresh, m.report_id);
    this.st.undo.run(now, mergeId);
    this.refresh(m.event_id);
    this.refresh(fresh);
    return true;
  }

  async undoMerge(mergeId: number): Promise<boolean> {
    return this.undoTx(mergeId);
  }

  /** Few matches: read them and sort; many: walk the date order and probe (see SetMode). */
  private plan(f: EventFilter): SetPlan {
    const mode = (n: number): SetMode => (n < SET_PLAN_CAP ? 'set' : 'probe');
    const plan: SetPlan = {};
    if (f.bbox) {
      const [w, s, e, n] = f.bbox;
      plan.bbox = mode((this.st.countBox.get(s, n, w, e, SET_PLAN_CAP) as { n: number }).n);
    }
    if (f.minKilled !== undefined) plan.minKilled = mode((this.st.countKilled.get(f.minKilled, SET_PLAN_CAP) as { n: number }).n);
    return plan;
  }

  /**
   * The list query, driven by whichever index yields matches newest first: the full-text
   * index for words (fts-key.ts), the date-ordered actor index for an actor, else the event
   * indexes. The other filters are checked on each event the driver yields.
   */
  async listEvents(filter: EventFilter, page: PageRequest): Promise<EventPage> {
    const words = filter.text ? searchWords(filter.text) : [];
    const after = page.cursor ? decodeCursor(page.cursor) : null;
    let sql: string;
    let params: unknown[];
    if (words.length) {
      const { text: _t, ...rest } = filter;
      const w = whereClause(rest, SQLITE, null, { ...this.plan(rest), actor: 'probe' });
      sql = `SELECT ${EVENT_COLUMNS} FROM events_fts f CROSS JOIN events e ON e.id = (f.rowid & ${ID_MASK})
        WHERE events_fts MATCH ? ${after ? 'AND f.rowid < ?' : ''} ${w.sql.replace(/^WHERE/, 'AND')}
        ORDER BY f.rowid DESC LIMIT ?`;
      const fields = fieldTokens(filter.country ?? null, filter.type ?? null);
      params = [ftsWords(fields ? [...words, ...fields.split(' ')] : words), ...(after ? [ftsKey(...after)] : []), ...w.params];
    } else if (filter.actor) {
      const { actor, ...rest } = filter;
      const w = whereClause(rest, SQLITE, null, this.plan(rest));
      sql = `SELECT ${EVENT_COLUMNS} FROM event_actors a CROSS JOIN events e ON e.id = a.event_id
        WHERE a.actor_key = ? ${after ? 'AND (a.event_date, a.event_id) < (?, ?)' : ''} ${w.sql.replace(/^WHERE/, 'AND')}
        ORDER BY a.event_date DESC, a.event_id DESC LIMIT ?`;
      params = [key(actor), ...(after ?? []), ...w.params];
    } else {
      const w = whereClause(filter, SQLITE, page.cursor, this.plan(filter));
      sql = `SELECT ${EVENT_COLUMNS} FROM events e ${w.sql} ${ORDER} LIMIT ?`;
      params = w.params;
    }
    const rows = this.db.prepare(sql).all(...params, page.limit + 1) as EventRow[];
    const items = rows.slice(0, page.limit).map(toSummary);
    const last = items[items.length - 1];
    return { items, next: rows.length > page.limit && last ? encodeCursor(last.date, last.id) : null };
  }

  async getEvent(id: number): Promise<EventDetail | null> {
    const row = this.st.getEvent.get(id) as EventRow | undefined;
    if (!row) return null;
    const reportList = (await this.reportsOf([id])).get(id) ?? [];
    const merges = (this.st.mergesOf.all(id) as MergeDbRow[]).map(toMerge);
    const values = (pick: (r: EventReport) => number | null) =>
      reportList.flatMap((r) => { const v = pick(r); return v === null ? [] : [{ value: v, docId: r.docId, speaker: r.speaker }]; });
    return { ...toSummary(row), reportList, figures: { killed: values((r) => r.killed), injured: values((r) => r.injured) }, merges };
  }

  async reportsOf(eventIds: readonly number[]): Promise<Map<number, EventReport[]>> {
    if (!eventIds.length) return new Map();
    const marks = eventIds.map(() => '?').join(',');
    const rows = this.db.prepare(`SELECT r.*, d.title, d.url FROM reports r JOIN documents d ON d.id = r.doc_id
      WHERE r.event_id IN (${marks}) ORDER BY r.id`).all(...eventIds) as (ReportDbRow & { title: string; url: string | null })[];
    const ev = this.db.prepare(`SELECT report_id, span_start AS start, span_end AS end, text FROM evidence
      WHERE report_id IN (SELECT id FROM reports WHERE event_id IN (${marks})) ORDER BY report_id, idx`)
      .all(...eventIds) as (Span & { report_id: number })[];
    return groupReports(rows, ev);
  }

  async countEvents(by: CountBy, filter: EventFilter): Promise<CountRow[]> {
    const w = whereClause(filter, SQLITE);
    const k = countKey(by, 'sqlite');
    const dated = by === 'week' || by === 'month' ? `${w.sql ? `${w.sql} AND` : 'WHERE'} e.event_date <> ''` : w.sql;
    return this.db.prepare(`SELECT ${k} AS key, COUNT(*) AS events, COALESCE(SUM(e.fatalities), 0) AS killed
      FROM events e ${dated} GROUP BY 1 ORDER BY 1`).all(...w.params) as CountRow[];
  }

  async listActors(q: NameQuery): Promise<NameCount[]> {
    const pat = namePattern(q.q);
    return this.db.prepare(`SELECT MIN(actor) AS name, COUNT(*) AS events FROM event_actors
      ${pat ? 'WHERE actor_key LIKE ? ESCAPE \'\\\'' : ''} GROUP BY actor_key ORDER BY events DESC, name LIMIT ?`)
      .all(...(pat ? [pat] : []), q.limit) as NameCount[];
  }

  async listPlaces(q: NameQuery): Promise<NameCount[]> {
    const pat = namePattern(q.q);
    return this.db.prepare(`SELECT place AS name, country, AVG(lat) AS lat, AVG(lon) AS lon, COUNT(*) AS events FROM events
      WHERE place IS NOT NULL ${pat ? 'AND place_key LIKE ? ESCAPE \'\\\'' : ''}
      GROUP BY place, country ORDER BY events DESC, name LIMIT ?`).all(...(pat ? [pat] : []), q.limit) as NameCount[];
  }

  async searchDocuments(text: string, opts: { limit: number; offset?: number }): Promise<DocumentHit[]> {
    const words = searchWords(text);
    if (!words.length) return [];
    return this.db.prepare(`SELECT d.id, d.title, d.url, d.published FROM documents_fts f JOIN documents d ON d.seq = f.rowid
      WHERE documents_fts MATCH ? ORDER BY f.rank LIMIT ? OFFSET ?`).all(ftsWords(words), opts.limit, opts.offset ?? 0) as DocumentHit[];
  }
}
