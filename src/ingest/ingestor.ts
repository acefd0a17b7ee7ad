// The ingest service: sources stream events; each article is cleaned, checked against the
// store (same URL, same text) and the near-duplicate index, analysed, and committed with its
// analysis, sketch and links in one transaction. A failure is reported and the batch goes on.
import { analyze as analyzeText } from '../analyze.js';
import type { NearDuplicateLink, Store } from '../store/store.js';
import type { AnalyzeOptions } from '../types.js';
import { buildArticle, DEFAULT_MIN_TEXT_CHARS, type RawArticle } from './article.js';
import { asIngestError, IngestError } from './errors.js';
import { readPath } from './file-source.js';
import { GlobFilter } from './glob.js';
import { DEFAULT_MAX_BYTES, HttpClient, type HttpOptions } from './http-client.js';
import { DEFAULT_NEAR_DUP_THRESHOLD, NearDuplicateIndex, sketch } from './minhash.js';
import type { SourceEvent } from './source-events.js';
import { IngestStats } from './stats.js';
import { isHttpUrl, readUrl } from './web-source.js';

export type Analyzer = (text: string, opts: AnalyzeOptions) => unknown;

export interface IngestOptions {
  include?: string[];
  exclude?: string[];
  /** Largest file, HTTP body or JSONL record taken (bytes). */
  maxBytes?: number;
  http?: Partial<HttpOptions>;
  /** Estimated Jaccard at or above which a new article is linked to an earlier one. */
  nearDuplicateThreshold?: number;
  /** Links kept per new article (best first). */
  maxNearDuplicateLinks?: number;
  minTextChars?: number;
  /** The analysis stored with each document; null stores documents only. */
  analyzer?: Analyzer | null;
}

export const DEFAULT_MAX_NEAR_DUPLICATE_LINKS = 5;

export type IngestEventKind = 'stored' | 'duplicate' | 'near-duplicate' | 'known' | 'unchanged' | 'error' | 'warning';

export interface IngestEvent {
  kind: IngestEventKind;
  source: string;
  reason: string;
  message: string;
  docId?: string;
}

export interface IngestObserver {
  onEvent(e: IngestEvent, stats: IngestStats): void;
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})(?:$|T|\s)/;

export class Ingestor {
  readonly stats = new IngestStats();
  private readonly http: HttpClient;
  private readonly filter: GlobFilter;
  private readonly index: NearDuplicateIndex;
  private readonly analyzer: Analyzer | null;
  private loaded = false;

  constructor(
    private readonly store: Store,
    private readonly options: IngestOptions = {},
    private readonly observer: IngestObserver | null = null,
  ) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.http = new HttpClient({ maxBytes, ...options.http });
    this.filter = new GlobFilter(options.include, options.exclude);
    this.index = new NearDuplicateIndex(options.nearDuplicateThreshold ?? DEFAULT_NEAR_DUP_THRESHOLD);
    this.analyzer = options.analyzer === undefined ? analyzeText : options.analyzer;
  }

  private emit(kind: IngestEventKind, source: string, reason: string, message: string, docId?: string): void {
    this.observer?.onEvent({ kind, source, reason, message, ...(docId ? { docId } : {}) }, this.stats);
  }

  private async report(source: string, err: IngestError, level: 'error' | 'warning'): Promise<void> {
    this.stats.bump(level === 'error' ? this.stats.errors : this.stats.warnings, err.reason);
    await this.store.recordError({ source, reason: err.reason, message: err.message, level, at: new Date().toISOString() });
    this.emit(level, source, err.reason, err.message);
  }

  /** Loads the sketches of stored documents so near duplicates across runs are found. */
  private async loadIndex(): Promise<void> {
    if (this.loaded) return;
    for await (const s of this.store.listSketches()) this.index.add(s.docId, s.sketch);
    this.loaded = true;
  }

  private events(source: string): AsyncGenerator<SourceEvent> {
    if (isHttpUrl(source)) return readUrl(source, { http: this.http, store: this.store });
    return readPath(source, { maxBytes: this.options.maxBytes ?? DEFAULT_MAX_BYTES, filter: this.filter });
  }

  /** Reads every source once; may be called again (watch mode) with the same counters. */
  async run(sources: readonly string[]): Promise<IngestStats> {
    await this.loadIndex();
    for (const source of sources) {
      for await (const e of this.events(source)) await this.handle(e);
    }
    return this.stats;
  }

  private async handle(e: SourceEvent): Promise<void> {
    switch (e.type) {
      case 'source':
        this.stats.sources++;
        return;
      case 'known':
        this.stats.known++;
        this.emit('known', e.source, 'url', 'already stored');
        return;
      case 'unchanged':
        this.stats.unchanged++;
        this.emit('unchanged', e.source, 'not-modified', 'not modified since last read');
        return;
      case 'error':
        await this.report(e.source, e.error, 'error');
        return;
      case 'article':
        this.stats.articles++;
        this.stats.bytes += e.bytes;
        try {
          await this.ingestArticle(e.raw);
        } catch (err) {
          // Anything not already an IngestError is a bug or a store failure: say so, go on.
          await this.report(e.raw.source, asIngestError(err, 'unexpected'), 'error');
        }
    }
  }

  private duplicate(source: string, reason: string, message: string): void {
    this.stats.duplicates++;
    this.emit('duplicate', source, reason, message);
  }

  private async ingestArticle(raw: RawArticle): Promise<void> {
    if (raw.url && (await this.store.hasUrl(raw.url))) return this.duplicate(raw.source, 'url', 'same URL already stored');
    const { doc, warnings, folded } = buildArticle(raw, this.options.minTextChars ?? DEFAULT_MIN_TEXT_CHARS);
    for (const w of warnings) await this.report(raw.source, w, 'warning');
    if (await this.store.hasHash(doc.contentHash)) return this.duplicate(raw.source, 'hash', 'same text already stored');

    const sig = sketch(folded, true);
    const links: NearDuplicateLink[] = this.index
      .query(sig)
      .filter((m) => m.id !== doc.id)
      .slice(0, this.options.maxNearDuplicateLinks ?? DEFAULT_MAX_NEAR_DUPLICATE_LINKS)
      .map((m) => ({ docId: doc.id, ofId: m.id, similarity: m.similarity }));

    let analysis: unknown;
    if (this.analyzer) {
      try {
        const day = doc.published ? ISO_DAY.exec(doc.published)?.[1] ?? null : null;
        analysis = this.analyzer(doc.text, { published: day, id: doc.id });
      } catch (err) {
        await this.report(raw.source, new IngestError('analysis-failed', (err as Error).message ?? String(err)), 'warning');
      }
    }
    const stored = await this.store.putDocument(doc, { analysis, sketch: sig, nearDuplicates: links });
    if (!stored) return this.duplicate(raw.source, 'id', 'same id already stored');
    this.index.add(doc.id, sig);
    this.stats.stored++;
    this.emit('stored', raw.source, 'stored', doc.title, doc.id);
    if (links.length) {
      this.stats.nearDuplicates++;
      const best = links[0]!;
      this.emit('near-duplicate', raw.source, 'near-duplicate', `near copy of ${best.ofId} (${best.similarity.toFixed(2)})`, doc.id);
    }
  }
}
