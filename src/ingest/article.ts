// One raw article (bytes or already-decoded text from a file, a JSONL record or a URL) to a
// cleaned Document: decode, extract from HTML, remove boilerplate, read the dateline, hash.
import { createHash } from 'node:crypto';
import type { StoredDocument } from '../store/store.js';
import { parseFrontMatter } from '../text/front-matter.js';
import { fold } from '../text/normalize.js';
import { removeBoilerplate } from './boilerplate.js';
import { parseDateline } from './dateline.js';
import { decodeBytes, looksBinary } from './decode.js';
import { IngestError } from './errors.js';
import { extractArticle } from './html-article.js';

/** The Document every later stage reads; the store keeps it as it is. */
export type IngestedDocument = StoredDocument;

export type ContentKind = 'html' | 'text';

export interface RawArticle {
  /** File path, URL, or `file.jsonl#L12`. */
  source: string;
  kind: ContentKind;
  id?: string;
  url?: string;
  title?: string;
  published?: string;
  /** Used when neither the record nor the page states a date (a feed item's pubDate). */
  defaultPublished?: string;
  /** Undecoded content (files, HTTP bodies)… */
  bytes?: Uint8Array;
  contentType?: string;
  /** …or content that is already text (JSONL fields). */
  content?: string;
  /** Encoding of `content`, when it was decoded upstream. */
  encoding?: string;
  invalidBytes?: number;
}

export interface BuiltArticle {
  doc: IngestedDocument;
  warnings: IngestError[];
  /** fold() of the cleaned text, computed once for the hash and the similarity sketch. */
  folded: string;
}

/** Cleaned bodies shorter than this are reported as empty pages. */
export const DEFAULT_MIN_TEXT_CHARS = 20;
const TITLE_MAX_WORDS = 30;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

/** Hash of the cleaned text, folded and with whitespace squeezed: trivial variants collide. */
export function contentHash(text: string): string {
  return hashFolded(fold(text));
}

const hashFolded = (folded: string): string => sha256(folded.replace(/\s+/g, ' ').trim());

/** Stable id from the URL or the source, so a re-run gives the same id. */
export function documentId(raw: Pick<RawArticle, 'id' | 'url' | 'source'>): string {
  return raw.id ?? sha256(raw.url ?? raw.source).slice(0, 16);
}

/** ISO dates are kept as written (their own time zone); RFC 822 feed dates become ISO. */
export function normalizePublished(value: string | undefined): string | undefined {
  const v = value?.trim();
  if (!v) return undefined;
  if (ISO_DATE.test(v)) return v;
  const t = Date.parse(v);
  return Number.isNaN(t) ? v : new Date(t).toISOString();
}

/** Plain-text files: a short first line followed by a blank line is the title. */
function splitTitle(text: string): { title: string; body: string } {
  const m = /^\s*([^\n]+)\n[ \t\r]*\n([\s\S]*)$/.exec(text);
  if (m && m[1]!.trim().split(/\s+/).length <= TITLE_MAX_WORDS && m[2]!.trim()) {
    return { title: m[1]!.trim(), body: m[2]! };
  }
  return { title: '', body: text };
}

/** Bodies often repeat the headline as their first line. */
function dropRepeatedTitle(body: string, title: string): string {
  const m = /^\s*([^\n]*)\n?/.exec(body);
  return title && m && m[1]!.trim() === title ? body.slice(m[0].length) : body;
}

export function buildArticle(raw: RawArticle, minTextChars = DEFAULT_MIN_TEXT_CHARS, now = new Date()): BuiltArticle {
  const warnings: IngestError[] = [];
  let content = raw.content;
  let encoding = raw.encoding ?? 'utf-8';
  let invalid = raw.invalidBytes ?? 0;
  if (content === undefined) {
    const bytes = raw.bytes ?? new Uint8Array(0);
    if (looksBinary(bytes)) throw new IngestError('binary', 'binary content, not text');
    const decoded = decodeBytes(bytes, { contentType: raw.contentType, html: raw.kind === 'html' });
    content = decoded.text;
    encoding = decoded.encoding;
    invalid = decoded.invalidBytes;
  }
  if (invalid > 0) {
    warnings.push(new IngestError('invalid-bytes', `${invalid} invalid ${encoding} byte(s) replaced with U+FFFD`));
  }
  let title = raw.title?.trim() ?? '';
  let body: string;
  let byline: string | undefined;
  let published = raw.published;
  if (raw.kind === 'html') {
    const a = extractArticle(content);
    title ||= a.title;
    body = a.text;
    byline = a.byline;
    published ??= a.published;
  } else {
    // Marsad's own sample files carry a `---` block with title and published date.
    const fm = parseFrontMatter(content);
    content = fm.body;
    title ||= fm.meta.title ?? '';
    published ??= fm.meta.published;
    const split = title ? { title, body: content } : splitTitle(content);
    title = split.title;
    body = dropRepeatedTitle(split.body, title);
  }
  const cleaned = removeBoilerplate(body);
  if (cleaned.text.length < minTextChars) {
    throw new IngestError('empty', `no article text (${cleaned.text.length} characters after cleaning)`);
  }
  const folded = fold(cleaned.text);
  const doc: IngestedDocument = {
    id: documentId(raw),
    title,
    text: cleaned.text,
    encoding,
    source: raw.source,
    contentHash: hashFolded(folded),
    fetchedAt: now.toISOString(),
    removed: cleaned.removed,
  };
  if (raw.url) doc.url = raw.url;
  const date = normalizePublished(published ?? raw.defaultPublished);
  if (date) doc.published = date;
  if (byline) doc.byline = byline;
  const dateline = parseDateline(cleaned.text);
  if (dateline) doc.dateline = dateline;
  return { doc, warnings, folded };
}
