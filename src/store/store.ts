// The storage port. Every back end (SQLite, PostgreSQL) implements this one interface, so
// ingest, merge and the API never see SQL. Methods are async because a server database
// cannot answer synchronously; the SQLite back end resolves at once. The event side
// (entities, reports, merged events, queries) is declared in events.ts.
import type { EventStore } from './events.js';

/** Where the text came from and how it was read; stored once per article. */
export interface StoredDocument {
  id: string;
  url?: string;
  title: string;
  /** ISO date or date-time as the source gave it, when it gave one. */
  published?: string;
  /** Cleaned body text, paragraphs as lines. */
  text: string;
  byline?: string;
  dateline?: { place: string | null; agency: string | null };
  /** The character encoding the bytes were decoded from. */
  encoding: string;
  /** File path or URL the article was read from. */
  source: string;
  /** SHA-256 (hex) of the cleaned text: equal hashes are the same article. */
  contentHash: string;
  /** ISO date-time when Marsad read it. */
  fetchedAt: string;
  /** Lines removed by cleaning, counted per boilerplate rule. */
  removed: Record<string, number>;
}

/** A near-duplicate link: `docId` was found to be a near copy of the earlier `ofId`. */
export interface NearDuplicateLink {
  docId: string;
  ofId: string;
  /** Estimated Jaccard similarity of the two texts' word shingles (0..1). */
  similarity: number;
}

/** A sketch kept per document so that later runs can find near duplicates of it. */
export interface DocumentSketch {
  docId: string;
  sketch: Uint32Array;
}

/** What a feed answered last, for conditional requests. */
export interface FeedState {
  url: string;
  etag?: string;
  lastModified?: string;
  checkedAt: string;
  status: number;
}

export type IngestErrorLevel = 'error' | 'warning';

export interface IngestErrorRecord {
  source: string;
  /** A short stable reason code (http-404, timeout, binary, too-large…). */
  reason: string;
  /** The one-line explanation shown to the user. */
  message: string;
  level: IngestErrorLevel;
  at: string;
}

/** What may be written together with a document, in the same transaction. */
export interface DocumentAttachments {
  analysis?: unknown;
  sketch?: Uint32Array;
  nearDuplicates?: NearDuplicateLink[];
}

export interface ListOptions {
  limit?: number;
  offset?: number;
}

export interface Store extends EventStore {
  /**
   * Stores a document and its attachments atomically; an analysis also fills the event side
   * (entities, mentions, figures, reports) and merges its reports into incidents. Returns
   * false (and writes nothing) when a document with the same id, URL or content hash is
   * already stored.
   */
  putDocument(doc: StoredDocument, attach?: DocumentAttachments): Promise<boolean>;
  hasUrl(url: string): Promise<boolean>;
  hasHash(contentHash: string): Promise<boolean>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Documents in the order they were stored. */
  listDocuments(opts?: ListOptions): Promise<StoredDocument[]>;
  countDocuments(): Promise<number>;

  /** Replaces the document's analysis and, with it, its event-side rows. */
  putAnalysis(docId: string, analysis: unknown): Promise<void>;
  getAnalysis<T = unknown>(docId: string): Promise<T | null>;

  putNearDuplicate(link: NearDuplicateLink): Promise<void>;
  /** Links in both directions that involve the document. */
  nearDuplicatesOf(docId: string): Promise<NearDuplicateLink[]>;
  /** Every stored sketch, for rebuilding an in-memory similarity index. */
  listSketches(): AsyncIterable<DocumentSketch>;

  getFeedState(url: string): Promise<FeedState | null>;
  putFeedState(state: FeedState): Promise<void>;

  recordError(err: IngestErrorRecord): Promise<void>;
  listErrors(opts?: ListOptions): Promise<IngestErrorRecord[]>;

  close(): Promise<void>;
}
