// The event side on PostgreSQL: the same rows and merge decisions as the SQLite back end,
// written inside the document's transaction. Merging takes a transaction-scoped advisory
// lock, so two workers storing reports of one incident at once cannot both start an event.
import type pg from 'pg';
import { chooseEvent, type Candidate } from '../../merge/compatible.js';
import { addDays, DEFAULT_DAY_SLACK, DEFAULT_UNDATED_DAYS } from '../../merge/date-window.js';
import { reconcile, type MergedEvent } from '../../merge/reconcile.js';
import type { Report } from '../../merge/report.js';
import { typeFamily } from '../../merge/type-family.js';
import { key } from '../../text/normalize.js';
import type { Span } from '../../types.js';
import { analysisRows, type ReportRow } from '../analysis-rows.js';
import { encodeCursor, ORDER, searchWords, whereClause, type Dialect } from '../event-query.js';
import {
  EVENT_COLUMNS, toMerge, toReport, toSummary, type EventRow, type MergeDbRow, type ReportDbRow, groupReports } from '../event-rows.js';
import { countKey, eventParams, namePattern } from '../event-write.js';
import type {
  CountBy, CountRow, DocumentHit, EventDetail, EventFilter, EventPage, EventReport, EventStore, NameCount, NameQuery,
  PageRequest,
} from '../events.js';

const MERGE_LOCK = 726_300_002;
const MAX_CANDIDATES = 200;
/** As on SQLite: a new report is compared with an event's latest reports. */
const MATCH_REPORTS = 12;
const WINDOW = DEFAULT_DAY_SLACK + DEFAULT_UNDATED_DAYS;

const PG: Dialect = {
  param: (n) => `$${n}`,
  textClause: (ph) => `e.search @@ to_tsquery('simple', ${ph})`,
  // Each word quoted as a tsquery lexeme, so user text is never read as operators.
  textParam: (words) => words.map((w) => `'${w.replace(/['\\]/g, '')}'`).join(' & '),
};

/** Event columns in the order the insert and update statements bind them. */
const EVENT_FIELDS = [
  ['event_date', 'date'], ['date_end', 'dateEnd'], ['precision', 'precision'], ['family', 'family'], ['type', 'type'],
  ['sub_type', 'subType'], ['country', 'country'], ['admin1', 'admin1'], ['place', 'place'], ['place_key', 'placeKey'],
  ['lat', 'lat'], ['lon', 'lon'], ['actor1', 'actor1'], ['actor2', 'actor2'], ['killed_low', 'killedLow'],
  ['killed_best', 'killedBest'], ['killed_high', 'killedHigh'], ['injured_low', 'injuredLow'],
  ['injured_best', 'injuredBest'], ['injured_high', 'injuredHigh'], ['fatalities', 'fatalities'], ['reports', 'reports'],
] as const;
const INSERT_EVENT = `INSERT INTO events (${EVENT_FIELDS.map(([c]) => c).join(', ')}, updated_at)
  VALUES (${EVENT_FIELDS.map((_, i) => `$${i + 1}`).join(', ')}, $${EVENT_FIELDS.length + 1}) RETURNING id`;
const UPDATE_EVENT = `UPDATE events SET ${EVENT_FIELDS.map(([c], i) => `${c} = $${i + 1}`).join(', ')},
  updated_at = $${EVENT_FIELDS.length + 1}, search = to_tsvector('simple', $${EVENT_FIELDS.length + 2})
  WHERE id = $${EVENT_FIELDS.length + 3}`;

function eventValues(m: MergedEvent): unknown[] {
  const p = eventParams(m);
  return [...EVENT_FIELDS.map(([, k]) => p[k]), new Date().toISOString()];
}

const REPORT_FIELDS = [
  'docId', 'index', 'eventId', 'type', 'subType', 'date', 'precision', 'dateStart', 'dateEnd', 'country', 'admin1',
  'place', 'lat', 'lon', 'actor1', 'actor2', 'killed', 'injured', 'speaker', 'published', 'confidence', 'status',
  'trigger', 'search',
] as const;
const INSERT_REPORT = `INSERT INTO reports (doc_id, idx, event_id, type, sub_type, date, precision, date_start, date_end,
  country, admin1, place, lat, lon, actor1, actor2, killed, injured, speaker, published, confidence, status, trigger,
  search) VALUES (${REPORT_FIELDS.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`;

export class PgEventSide implements EventStore {
  constructor(private readonly pool: pg.Pool) {}

  /**
   * Serialises merging until the transaction ends. Taken before a transaction's first write
   * so that two writers never hold row locks while waiting for each other's merge lock.
   */
  async lockMerges(c: pg.ClientBase): Promise<void> {
    await c.query('SELECT pg_advisory_xact_lock($1)', [MERGE_LOCK]);
  }

  /** Replaces the document's event-side rows; `c` is inside the document's transaction. */
  async writeAnalysis(c: pg.ClientBase, docId: string, analysis: unknown): Promise<void> {
    await this.lockMerges(c);
    const pub = (await c.query<{ published: string | null }>('SELECT published FROM documents WHERE id = $1', [docId])).rows[0]?.published ?? null;
    const rows = analysisRows(docId, analysis, pub);
    const affected = (await c.query<{ event_id: number }>('SELECT DISTINCT event_id FROM reports WHERE doc_id = $1', [docId])).rows;
    await c.query('DELETE FROM reports WHERE doc_id = $1', [docId]);
    await c.query('DELETE FROM entities WHERE doc_id = $1', [docId]);
    await c.query('DELETE FROM figures WHERE doc_id = $1', [docId]);
    for (const a of affected) await this.refresh(c, a.event_id);
    for (const e of rows.entities) {
      await c.query(`INSERT INTO entities (doc_id, idx, type, text, name_key, ref, country, lat, lon, label_en, aliases)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [docId, e.idx, e.type, e.text, e.nameKey, e.ref, e.country, e.lat, e.lon, e.labelEn, JSON.stringify(e.aliases)]);
      for (const m of e.mentions) {
        await c.query('INSERT INTO mentions (doc_id, entity_idx, span_start, span_end, text, how) VALUES ($1, $2, $3, $4, $5, $6)',
          [docId, e.idx, m.start, m.end, m.text, m.how]);
      }
    }
    for (const f of rows.figures) {
      await c.query(`INSERT INTO figures (doc_id, idx, kind, value, high, bound, unit, speaker, span_start, span_end, text)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [docId, f.idx, f.kind, f.value, f.high ?? null, f.bound, f.unit ?? null, f.source ?? null, f.start, f.end, f.text]);
    }
    for (const r of rows.reports) await this.addReport(c, r);
  }

  private async eventReports(c: pg.ClientBase, eventId: number, latest?: number): Promise<(Report & { id: number })[]> {
    const sql = latest === undefined
      ? 'SELECT * FROM reports WHERE event_id = $1 ORDER BY id'
      : `SELECT * FROM (SELECT * FROM reports WHERE event_id = $1 ORDER BY id DESC LIMIT ${latest}) r ORDER BY id`;
    return (await c.query<ReportDbRow>(sql, [eventId])).rows.map(toReport);
  }

  private async addReport(c: pg.ClientBase, r: ReportRow): Promise<void> {
    let choice = null;
    if (r.dateStart) {
      const ids = (await c.query<{ id: number }>(`SELECT id FROM events WHERE family = $1 AND event_date <> ''
        AND event_date <= $2 AND date_end >= $3 AND ($4::text IS NULL OR country IS NULL OR country = $4)
        ORDER BY event_date DESC LIMIT ${MAX_CANDIDATES}`,
      [typeFamily(r.type, r.subType), addDays(r.dateEnd, WINDOW), addDays(r.dateStart, -WINDOW), r.country])).rows;
      const candidates: Candidate[] = [];
      for (const { id } of ids) candidates.push({ eventId: id, reports: await this.eventReports(c, id, MATCH_REPORTS) });
      choice = chooseEvent(r, candidates);
    }
    const eventId = choice?.eventId ?? (await c.query<{ id: number }>(INSERT_EVENT, eventValues(reconcile([r])))).rows[0]!.id;
    const row: Record<string, unknown> = { ...r, eventId };
    const reportId = (await c.query<{ id: number }>(INSERT_REPORT, REPORT_FIELDS.map((k) => row[k] ?? null))).rows[0]!.id;
    for (const [i, s] of r.evidence.entries()) {
      await c.query('INSERT INTO evidence (report_id, idx, span_start, span_end, text) VALUES ($1, $2, $3, $4, $5)',
        [reportId, i, s.start, s.end, s.text]);
    }
    if (choice) {
      await c.query('INSERT INTO merges (event_id, report_id, rules, score, created_at) VALUES ($1, $2, $3, $4, $5)',
        [eventId, reportId, JSON.stringify(choice.rules), choice.score, new Date().toISOString()]);
    }
    await this.refresh(c, eventId);
  }

  private async refresh(c: pg.ClientBase, eventId: number): Promise<void> {
    const reports = await this.eventReports(c, eventId);
    await c.query('DELETE FROM event_actors WHERE event_id = $1', [eventId]);
    if (!reports.length) {
      await c.query('DELETE FROM events WHERE id = $1', [eventId]);
      return;
    }
    const search = (await c.query<{ search: string }>('SELECT search FROM reports WHERE event_id = $1', [eventId])).rows
      .map((s) => s.search).join(' ');
    const merged = reconcile(reports);
    await c.query(UPDATE_EVENT, [...eventValues(merged), search, eventId]);
    for (const r of reports) {
      for (const a of [r.actor1, r.actor2]) {
        if (a) {
          await c.query('INSERT INTO event_actors (event_id, actor_key, actor, event_date) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
            [eventId, key(a), a, merged.date]);
        }
      }
    }
  }

  async undoMerge(mergeId: number): Promise<boolean> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('SELECT pg_advisory_xact_lock($1)', [MERGE_LOCK]);
      const m = (await c.query<MergeDbRow>('SELECT * FROM merges WHERE id = $1 FOR UPDATE', [mergeId])).rows[0];
      if (!m || m.undone_at !== null) {
        await c.query('ROLLBACK');
        return false;
      }
      const report = toReport((await c.query<ReportDbRow>('SELECT * FROM reports WHERE id = $1', [m.report_id])).rows[0]!);
      const fresh = (await c.query<{ id: number }>(INSERT_EVENT, eventValues(reconcile([report])))).rows[0]!.id;
      await c.query('UPDATE reports SET event_id = $1 WHERE id = $2', [fresh, m.report_id]);
      await c.query('UPDATE merges SET undone_at = $1 WHERE id = $2', [new Date().toISOString(), mergeId]);
      await this.refresh(c, m.event_id);
      await this.refresh(c, fresh);
      await c.query('COMMIT');
      return true;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }

  async listEvents(filter: EventFilter, page: PageRequest): Promise<EventPage> {
    const w = whereClause(filter, PG, page.cursor);
    const { rows } = await this.pool.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events e ${w.sql} ${ORDER}
      LIMIT $${w.params.length + 1}`, [...w.params, page.limit + 1]);
    const items = rows.slice(0, page.limit).map(toSummary);
    const last = items[items.length - 1];
    return { items, next: rows.length > page.limit && last ? encodeCursor(last.date, last.id) : null };
  }

  async getEvent(id: number): Promise<EventDetail | null> {
    const row = (await this.pool.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = $1`, [id])).rows[0];
    if (!row) return null;
    const reportList = (await this.reportsOf([id])).get(id) ?? [];
    const merges = (await this.pool.query<MergeDbRow>('SELECT id, event_id, report_id, rules::text AS rules, score, created_at, undone_at FROM merges WHERE event_id = $1 ORDER BY id', [id])).rows.map(toMerge);
    const values = (pick: (r: EventReport) => number | null) =>
      reportList.flatMap((r) => { const v = pick(r); return v === null ? [] : [{ value: v, docId: r.docId, speaker: r.speaker }]; });
    return { ...toSummary(row), reportList, figures: { killed: values((r) => r.killed), injured: values((r) => r.injured) }, merges };
  }

  async reportsOf(eventIds: readonly number[]): Promise<Map<number, EventReport[]>> {
    if (!eventIds.length) return new Map();
    const ids = [...eventIds];
    const rows = (await this.pool.query<ReportDbRow & { title: string; url: string | null }>(`SELECT r.*, d.title, d.url
      FROM reports r JOIN documents d ON d.id = r.doc_id WHERE r.event_id = ANY($1::int[]) ORDER BY r.id`, [ids])).rows;
    const ev = (await this.pool.query<Span & { report_id: number }>(`SELECT report_id, span_start AS start, span_end AS "end", text
      FROM evidence WHERE report_id = ANY($1::int[]) ORDER BY report_id, idx`, [rows.map((r) => r.id)])).rows;
    return groupReports(rows, ev);
  }

  async countEvents(by: CountBy, filter: EventFilter): Promise<CountRow[]> {
    const w = whereClause(filter, PG);
    const dated = by === 'week' || by === 'month' ? `${w.sql ? `${w.sql} AND` : 'WHERE'} e.event_date <> ''` : w.sql;
    return (await this.pool.query<CountRow>(`SELECT ${countKey(by, 'postgres')} AS key, COUNT(*)::int AS events,
      COALESCE(SUM(e.fatalities), 0)::int AS killed FROM events e ${dated} GROUP BY 1 ORDER BY 1`, w.params)).rows;
  }

  async listActors(q: NameQuery): Promise<NameCount[]> {
    const pat = namePattern(q.q);
    return (await this.pool.query<NameCount>(`SELECT MIN(actor) AS name, COUNT(*)::int AS events FROM event_actors
      ${pat ? `WHERE actor_key LIKE $2 ESCAPE '\\'` : ''} GROUP BY actor_key ORDER BY events DESC, name LIMIT $1`,
    pat ? [q.limit, pat] : [q.limit])).rows;
  }

  async listPlaces(q: NameQuery): Promise<NameCount[]> {
    const pat = namePattern(q.q);
    return (await this.pool.query<NameCount>(`SELECT place AS name, country, AVG(lat)::float8 AS lat, AVG(lon)::float8 AS lon,
      COUNT(*)::int AS events FROM events WHERE place IS NOT NULL ${pat ? `AND place_key LIKE $2 ESCAPE '\\'` : ''}
      GROUP BY place, country ORDER BY events DESC, name LIMIT $1`, pat ? [q.limit, pat] : [q.limit])).rows;
  }

  async searchDocuments(text: string, opts: { limit: number; offset?: number }): Promise<DocumentHit[]> {
    const words = searchWords(text);
    if (!words.length) return [];
    const tsq = PG.textParam(words);
    return (await this.pool.query<DocumentHit>(`SELECT id, title, url, published FROM documents
      WHERE fts @@ to_tsquery('simple', $1) ORDER BY ts_rank(fts, to_tsquery('simple', $1)) DESC, seq LIMIT $2 OFFSET $3`,
    [tsq, opts.limit, opts.offset ?? 0])).rows;
  }
}
