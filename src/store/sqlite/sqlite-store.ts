// The embedded back end: one SQLite file through better-sqlite3, WAL so that readers (the
// API, a second CLI) never block the ingest writer. Statements are prepared once per store.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type {
  DocumentAttachments, DocumentSketch, FeedState, IngestErrorRecord, ListOptions,
  NearDuplicateLink, Store, StoredDocument,
} from '../store.js';
import { backfillEvents } from './event-backfill.js';
import { SqliteEventSide } from './event-side.js';
import { migrate } from './migrations.js';
import { EventStoreDelegate } from '../event-delegate.js';

interface DocumentRow {
  id: string; url: string | null; title: string; published: string | null; text: string;
  byline: string | null; dateline: string | null; encoding: string; source: string;
  content_hash: string; fetched_at: string; removed: string;
}

function toDocument(r: DocumentRow): StoredDocument {
  const doc: StoredDocument = {
    id: r.id, title: r.title, text: r.text, encoding: r.encoding, source: r.source,
    contentHash: r.content_hash, fetchedAt: r.fetched_at, removed: JSON.parse(r.removed),
  };
  if (r.url !== null) doc.url = r.url;
  if (r.published !== null) doc.published = r.published;
  if (r.byline !== null) doc.byline = r.byline;
  if (r.dateline !== null) doc.dateline = JSON.parse(r.dateline);
  return doc;
}

const sketchBytes = (s: Uint32Array): Buffer => Buffer.from(s.buffer, s.byteOffset, s.byteLength);

function prepareStatements(db: Database.Database) {
  return {
    // Three indexed lookups: SQLite would scan the table for one query joined with OR.
    hasId: db.prepare('SELECT 1 FROM documents WHERE id = ?'),
    insertDoc: db.prepare(`INSERT INTO documents (id, url, title, published, text, byline, dateline,
      encoding, source, content_hash, fetched_at, removed) VALUES (@id, @url, @title, @published,
      @text, @byline, @dateline, @encoding, @source, @contentHash, @fetchedAt, @removed)`),
    hasUrl: db.prepare('SELECT 1 FROM documents WHERE url = ?'),
    hasHash: db.prepare('SELECT 1 FROM documents WHERE content_hash = ?'),
    get: db.prepare('SELECT * FROM documents WHERE id = ?'),
    list: db.prepare('SELECT * FROM documents ORDER BY seq LIMIT ? OFFSET ?'),
    count: db.prepare('SELECT COUNT(*) AS n FROM documents'),
    putAnalysis: db.prepare(`INSERT INTO analyses (doc_id, analysis, updated_at) VALUES (?, ?, ?)
      ON CONFLICT(doc_id) DO UPDATE SET analysis = excluded.analysis, updated_at = excluded.updated_at`),
    getAnalysis: db.prepare('SELECT analysis FROM analyses WHERE doc_id = ?'),
    putSketch: db.prepare('INSERT OR REPLACE INTO document_sketches (doc_id, sketch) VALUES (?, ?)'),
    sketches: db.prepare('SELECT doc_id, sketch FROM document_sketches'),
    putLink: db.prepare(`INSERT OR REPLACE INTO near_duplicates (doc_id, of_id, similarity) VALUES (?, ?, ?)`),
    links: db.prepare('SELECT doc_id, of_id, similarity FROM near_duplicates WHERE doc_id = ? OR of_id = ?'),
    getFeed: db.prepare('SELECT * FROM feed_state WHERE url = ?'),
    putFeed: db.prepare(`INSERT OR REPLACE INTO feed_state (url, etag, last_modified, checked_at, status)
      VALUES (?, ?, ?, ?, ?)`),
    putError: db.prepare('INSERT INTO ingest_errors (source, reason, message, level, at) VALUES (?, ?, ?, ?, ?)'),
    listErrors: db.prepare('SELECT source, reason, message, level, at FROM ingest_errors ORDER BY seq LIMIT ? OFFSET ?'),
  };
}

export class SqliteStore extends EventStoreDelegate implements Store {
  readonly db: Database.Database;
  /** Entities, reports, merged events and their queries, on the same connection. */
  readonly events: SqliteEventSide;
  private readonly st: ReturnType<typeof prepareStatements>;
  private readonly writeAnalysis: (docId: string, analysis: unknown) => void;

  constructor(path: string) {
    super();
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    // The busy timeout first: switching to WAL needs a lock that another process (a reader,
    // a second CLI) may hold for a moment.
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    const applied = migrate(this.db);
    this.st = prepareStatements(this.db);
    this.events = new SqliteEventSide(this.db);
    // A database from before the event tables: index what it already holds, once.
    if (applied > 0) backfillEvents(this.db, this.events);
    this.writeDocument = this.db.transaction((doc: StoredDocument, attach: DocumentAttachments): boolean => {
      const url = doc.url ?? null;
      if (this.st.hasId.get(doc.id) || this.st.hasHash.get(doc.contentHash) || (url !== null && this.st.hasUrl.get(url))) {
        return false;
      }
      this.st.insertDoc.run({
        ...doc, url, published: doc.published ?? null, byline: doc.byline ?? null,
        dateline: doc.dateline ? JSON.stringify(doc.dateline) : null, removed: JSON.stringify(doc.removed),
      });
      const now = new Date().toISOString();
      this.events.indexDocument(doc.id, doc.title, doc.text);
      if (attach.analysis !== undefined) {
        this.st.putAnalysis.run(doc.id, JSON.stringify(attach.analysis), now);
        this.events.writeAnalysis(doc.id, attach.analysis);
      }
      if (attach.sketch) this.st.putSketch.run(doc.id, sketchBytes(attach.sketch));
      for (const l of attach.nearDuplicates ?? []) this.st.putLink.run(l.docId, l.ofId, l.similarity);
      return true;
    });
    this.writeAnalysis = this.db.transaction((docId: string, analysis: unknown) => {
      this.st.putAnalysis.run(docId, JSON.stringify(analysis), new Date().toISOString());
      this.events.writeAnalysis(docId, analysis);
    });
  }

  private readonly writeDocument: (doc: StoredDocument, attach: DocumentAttachments) => boolean;

  async putDocument(doc: StoredDocument, attach: DocumentAttachments = {}): Promise<boolean> {
    return this.writeDocument(doc, attach);
  }
  async hasUrl(url: string): Promise<boolean> {
    return this.st.hasUrl.get(url) !== undefined;
  }
  async hasHash(contentHash: string): Promise<boolean> {
    return this.st.hasHash.get(contentHash) !== undefined;
  }
  async getDocument(id: string): Promise<StoredDocument | null> {
    const r = this.st.get.get(id) as DocumentRow | undefined;
    return r ? toDocument(r) : null;
  }
  async listDocuments(opts: ListOptions = {}): Promise<StoredDocument[]> {
    return (this.st.list.all(opts.limit ?? -1, opts.offset ?? 0) as DocumentRow[]).map(toDocument);
  }
  async countDocuments(): Promise<number> {
    return (this.st.count.get() as { n: number }).n;
  }
  async putAnalysis(docId: string, analysis: unknown): Promise<void> {
    this.writeAnalysis(docId, analysis);
  }
  async getAnalysis<T = unknown>(docId: string): Promise<T | null> {
    const r = this.st.getAnalysis.get(docId) as { analysis: string } | undefined;
    return r ? (JSON.parse(r.analysis) as T) : null;
  }
  async putNearDuplicate(l: NearDuplicateLink): Promise<void> {
    this.st.putLink.run(l.docId, l.ofId, l.similarity);
  }
  async nearDuplicatesOf(docId: string): Promise<NearDuplicateLink[]> {
    const rows = this.st.links.all(docId, docId) as { doc_id: string; of_id: string; similarity: number }[];
    return rows.map((r) => ({ docId: r.doc_id, ofId: r.of_id, similarity: r.similarity }));
  }
  async *listSketches(): AsyncIterable<DocumentSketch> {
    for (const r of this.st.sketches.iterate() as Iterable<{ doc_id: string; sketch: Buffer }>) {
      // Copy: the Buffer may sit at an offset that is not 4-byte aligned.
      const bytes = Uint8Array.prototype.slice.call(r.sketch);
      yield { docId: r.doc_id, sketch: new Uint32Array(bytes.buffer, 0, bytes.byteLength >> 2) };
    }
  }
  async getFeedState(url: string): Promise<FeedState | null> {
    const r = this.st.getFeed.get(url) as
      | { url: string; etag: string | null; last_modified: string | null; checked_at: string; status: number }
      | undefined;
    if (!r) return null;
    const s: FeedState = { url: r.url, checkedAt: r.checked_at, status: r.status };
    if (r.etag !== null) s.etag = r.etag;
    if (r.last_modified !== null) s.lastModified = r.last_modified;
    return s;
  }
  async putFeedState(s: FeedState): Promise<void> {
    this.st.putFeed.run(s.url, s.etag ?? null, s.lastModified ?? null, s.checkedAt, s.status);
  }
  async recordError(e: IngestErrorRecord): Promise<void> {
    this.st.putError.run(e.source, e.reason, e.message, e.level, e.at);
  }
  async listErrors(opts: ListOptions = {}): Promise<IngestErrorRecord[]> {
    return this.st.listErrors.all(opts.limit ?? -1, opts.offset ?? 0) as IngestErrorRecord[];
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
