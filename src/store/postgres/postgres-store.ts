// The server back end: the same Store as SQLite, on PostgreSQL through a node-postgres pool,
// for teams and for several ingest workers at once. A document and its attachments are one
// transaction; concurrent writers of the same article are resolved by the unique keys.
import pg from 'pg';
import { fold } from '../../text/normalize.js';
import type {
  DocumentAttachments, DocumentSketch, FeedState, IngestErrorRecord, ListOptions, NearDuplicateLink, Store,
  StoredDocument,
} from '../store.js';
import { PgEventSide } from './event-side.js';
import { migratePg } from './migrations.js';
import { EventStoreDelegate } from '../event-delegate.js';

export interface PgStoreOptions {
  /** postgres://user@host:port/db */
  url: string;
  /** Schema holding the tables (created if missing); defaults to the server's search path. */
  schema?: string;
  /** Pool size. */
  max?: number;
}

export const DEFAULT_PG_POOL = 4;

interface DocumentRow {
  id: string; url: string | null; title: string; published: string | null; text: string; byline: string | null;
  dateline: { place: string | null; agency: string | null } | null; encoding: string; source: string;
  content_hash: string; fetched_at: string; removed: Record<string, number>;
}

function toDocument(r: DocumentRow): StoredDocument {
  const doc: StoredDocument = {
    id: r.id, title: r.title, text: r.text, encoding: r.encoding, source: r.source,
    contentHash: r.content_hash, fetchedAt: r.fetched_at, removed: r.removed,
  };
  if (r.url !== null) doc.url = r.url;
  if (r.published !== null) doc.published = r.published;
  if (r.byline !== null) doc.byline = r.byline;
  if (r.dateline !== null) doc.dateline = r.dateline;
  return doc;
}

const DOC_COLUMNS = 'id, url, title, published, text, byline, dateline, encoding, source, content_hash, fetched_at, removed';
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export class PostgresStore extends EventStoreDelegate implements Store {
  protected readonly events: PgEventSide;

  private constructor(readonly pool: pg.Pool) {
    super();
    this.events = new PgEventSide(pool);
  }

  static async open(opts: PgStoreOptions): Promise<PostgresStore> {
    if (opts.schema !== undefined && !SCHEMA_NAME.test(opts.schema)) throw new Error(`bad schema name: ${opts.schema}`);
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.max ?? DEFAULT_PG_POOL,
      ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
    });
    try {
      const client = await pool.connect();
      try {
        await migratePg(client, opts.schema);
      } finally {
        client.release();
      }
    } catch (err) {
      await pool.end();
      throw err;
    }
    return new PostgresStore(pool);
  }

  /** Runs `fn` in one transaction on one pooled connection. */
  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }

  async putDocument(doc: StoredDocument, attach: DocumentAttachments = {}): Promise<boolean> {
    return this.tx(async (c) => {
      if (attach.analysis !== undefined) await this.events.lockMerges(c);
      const ins = await c.query(
        `INSERT INTO documents (id, url, title, published, text, byline, dateline, encoding, source, content_hash,
          fetched_at, removed, fts) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,
          setweight(to_tsvector('simple', $13), 'A') || to_tsvector('simple', $14))
         ON CONFLICT DO NOTHING RETURNING id`,
        [doc.id, doc.url ?? null, doc.title, doc.published ?? null, doc.text, doc.byline ?? null,
          doc.dateline ? JSON.stringify(doc.dateline) : null, doc.encoding, doc.source, doc.contentHash, doc.fetchedAt,
          JSON.stringify(doc.removed), fold(doc.title), fold(doc.text)],
      );
      if (ins.rowCount === 0) return false;
      if (attach.analysis !== undefined) await this.writeAnalysis(c, doc.id, attach.analysis);
      if (attach.sketch) {
        const s = attach.sketch;
        await c.query('INSERT INTO document_sketches (doc_id, sketch) VALUES ($1, $2) ON CONFLICT (doc_id) DO UPDATE SET sketch = excluded.sketch',
          [doc.id, Buffer.from(s.buffer, s.byteOffset, s.byteLength)]);
      }
      for (const l of attach.nearDuplicates ?? []) await this.link(c, l);
      return true;
    });
  }

  private async writeAnalysis(c: pg.PoolClient, docId: string, analysis: unknown): Promise<void> {
    await c.query(`INSERT INTO analyses (doc_id, analysis, updated_at) VALUES ($1, $2, $3)
      ON CONFLICT (doc_id) DO UPDATE SET analysis = excluded.analysis, updated_at = excluded.updated_at`,
    [docId, JSON.stringify(analysis), new Date().toISOString()]);
    await this.events.writeAnalysis(c, docId, analysis);
  }

  private async link(c: pg.ClientBase, l: NearDuplicateLink): Promise<void> {
    await c.query(`INSERT INTO near_duplicates (doc_id, of_id, similarity) VALUES ($1, $2, $3)
      ON CONFLICT (doc_id, of_id) DO UPDATE SET similarity = excluded.similarity`, [l.docId, l.ofId, l.similarity]);
  }

  async hasUrl(url: string): Promise<boolean> {
    return ((await this.pool.query('SELECT 1 FROM documents WHERE url = $1', [url])).rowCount ?? 0) > 0;
  }
  async hasHash(contentHash: string): Promise<boolean> {
    return ((await this.pool.query('SELECT 1 FROM documents WHERE content_hash = $1', [contentHash])).rowCount ?? 0) > 0;
  }
  async getDocument(id: string): Promise<StoredDocument | null> {
    const { rows } = await this.pool.query<DocumentRow>(`SELECT ${DOC_COLUMNS} FROM documents WHERE id = $1`, [id]);
    return rows[0] ? toDocument(rows[0]) : null;
  }
  async listDocuments(opts: ListOptions = {}): Promise<StoredDocument[]> {
    const { rows } = await this.pool.query<DocumentRow>(`SELECT ${DOC_COLUMNS} FROM documents ORDER BY seq LIMIT $1 OFFSET $2`,
      [opts.limit ?? null, opts.offset ?? 0]);
    return rows.map(toDocument);
  }
  async countDocuments(): Promise<number> {
    return (await this.pool.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM documents')).rows[0]!.n;
  }
  async putAnalysis(docId: string, analysis: unknown): Promise<void> {
    await this.tx(async (c) => {
      await this.events.lockMerges(c);
      await this.writeAnalysis(c, docId, analysis);
    });
  }
  async getAnalysis<T = unknown>(docId: string): Promise<T | null> {
    const { rows } = await this.pool.query<{ analysis: T }>('SELECT analysis FROM analyses WHERE doc_id = $1', [docId]);
    return rows[0] ? rows[0].analysis : null;
  }
  async putNearDuplicate(l: NearDuplicateLink): Promise<void> {
    await this.link(this.pool as unknown as pg.ClientBase, l);
  }
  async nearDuplicatesOf(docId: string): Promise<NearDuplicateLink[]> {
    const { rows } = await this.pool.query<{ doc_id: string; of_id: string; similarity: number }>(
      'SELECT doc_id, of_id, similarity FROM near_duplicates WHERE doc_id = $1 OR of_id = $1', [docId]);
    return rows.map((r) => ({ docId: r.doc_id, ofId: r.of_id, similarity: r.similarity }));
  }
  async *listSketches(): AsyncIterable<DocumentSketch> {
    // Paged by document order so a large store is never read into memory at once.
    for (let after = 0; ;) {
      const { rows } = await this.pool.query<{ doc_id: string; sketch: Buffer; seq: number }>(
        `SELECT s.doc_id, s.sketch, d.seq FROM document_sketches s JOIN documents d ON d.id = s.doc_id
         WHERE d.seq > $1 ORDER BY d.seq LIMIT 1000`, [after]);
      for (const r of rows) {
        const bytes = Uint8Array.prototype.slice.call(r.sketch);
        yield { docId: r.doc_id, sketch: new Uint32Array(bytes.buffer, 0, bytes.byteLength >> 2) };
      }
      if (rows.length < 1000) return;
      after = rows[rows.length - 1]!.seq;
    }
  }
  async getFeedState(url: string): Promise<FeedState | null> {
    const { rows } = await this.pool.query<{ url: string; etag: string | null; last_modified: string | null; checked_at: string; status: number }>(
      'SELECT * FROM feed_state WHERE url = $1', [url]);
    const r = rows[0];
    if (!r) return null;
    const s: FeedState = { url: r.url, checkedAt: r.checked_at, status: r.status };
    if (r.etag !== null) s.etag = r.etag;
    if (r.last_modified !== null) s.lastModified = r.last_modified;
    return s;
  }
  async putFeedState(s: FeedState): Promise<void> {
    await this.pool.query(`INSERT INTO feed_state (url, etag, last_modified, checked_at, status) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
      checked_at = excluded.checked_at, status = excluded.status`,
    [s.url, s.etag ?? null, s.lastModified ?? null, s.checkedAt, s.status]);
  }
  async recordError(e: IngestErrorRecord): Promise<void> {
    await this.pool.query('INSERT INTO ingest_errors (source, reason, message, level, at) VALUES ($1, $2, $3, $4, $5)',
      [e.source, e.reason, e.message, e.level, e.at]);
  }
  async listErrors(opts: ListOptions = {}): Promise<IngestErrorRecord[]> {
    const { rows } = await this.pool.query<IngestErrorRecord>(
      'SELECT source, reason, message, level, at FROM ingest_errors ORDER BY seq LIMIT $1 OFFSET $2', [opts.limit ?? null, opts.offset ?? 0]);
    return rows;
  }


  async close(): Promise<void> {
    await this.pool.end();
  }
}
