// What a source reader yields to the ingest loop, one event at a time, so that files, JSONL
// records, pages and feed items all stream through the same path.
import type { RawArticle } from './article.js';
import type { IngestError } from './errors.js';

export type SourceEvent =
  /** A file, URL or feed was opened. */
  | { type: 'source'; source: string }
  /** An article to clean and store; `bytes` is its size as read. */
  | { type: 'article'; raw: RawArticle; bytes: number }
  /** Already stored (by URL), so not fetched again. */
  | { type: 'known'; source: string }
  /** A feed or page answered 304 Not Modified. */
  | { type: 'unchanged'; source: string }
  | { type: 'error'; source: string; error: IngestError };
