// Scale-out: articles are queued as graphile-worker jobs on the PostgreSQL that holds the
// store, and any number of `marsad worker` processes claim them (SKIP LOCKED, so each job
// runs on one worker at a time). A job whose worker dies stays locked until graphile-worker
// resets it, then runs again; the store's unique keys make a second run store nothing new.
import { Logger, makeWorkerUtils, run, type Runner, type Task } from 'graphile-worker';
import { analyze } from '../../analyze.js';
import { buildArticle, documentId, type RawArticle } from '../../ingest/article.js';
import { IngestError } from '../../ingest/errors.js';
import { readPath } from '../../ingest/file-source.js';
import { GlobFilter } from '../../ingest/glob.js';
import { sketch } from '../../ingest/minhash.js';
import type { Store } from '../store.js';
import { PostgresStore } from './postgres-store.js';

export const INGEST_TASK = 'marsad_ingest';
/** graphile-worker's own schema, apart from the store's tables. */
export const DEFAULT_QUEUE_SCHEMA = 'graphile_worker';
export const DEFAULT_CONCURRENCY = 2;
export const DEFAULT_MAX_ATTEMPTS = 5;
export const DEFAULT_JOB_MAX_BYTES = 10 * 1024 * 1024;

/** A raw article as JSON: bytes travel as base64. */
export interface ArticleJob extends Omit<RawArticle, 'bytes'> {
  bytes64?: string;
}

export function toJob(raw: RawArticle): ArticleJob {
  const { bytes, ...rest } = raw;
  return bytes ? { ...rest, bytes64: Buffer.from(bytes).toString('base64') } : rest;
}

export function fromJob(job: ArticleJob): RawArticle {
  const { bytes64, ...rest } = job;
  return bytes64 !== undefined ? { ...rest, bytes: new Uint8Array(Buffer.from(bytes64, 'base64')) } : rest;
}

export type JobOutcome = 'stored' | 'duplicate' | 'rejected';

/** One article into the store: clean, analyse, store with its analysis and sketch. */
export async function ingestRaw(store: Store, raw: RawArticle): Promise<{ outcome: JobOutcome; docId?: string }> {
  if (raw.url && (await store.hasUrl(raw.url))) return { outcome: 'duplicate' };
  let built;
  try {
    built = buildArticle(raw);
  } catch (err) {
    // A permanent problem with the article itself (empty, binary): recorded, not retried.
    if (!(err instanceof IngestError)) throw err;
    await store.recordError({ source: raw.source, reason: err.reason, message: err.message, level: 'error', at: new Date().toISOString() });
    return { outcome: 'rejected' };
  }
  const { doc } = built;
  if (await store.hasHash(doc.contentHash)) return { outcome: 'duplicate', docId: doc.id };
  const day = doc.published ? /^\d{4}-\d{2}-\d{2}/.exec(doc.published)?.[0] ?? null : null;
  const analysis = analyze(doc.text, { published: day, id: doc.id });
  const stored = await store.putDocument(doc, { analysis, sketch: sketch(doc.text) });
  return { outcome: stored ? 'stored' : 'duplicate', docId: doc.id };
}

export interface QueueOptions {
  url: string;
  /** graphile-worker's schema. */
  queueSchema?: string;
}

export interface EnqueueOptions extends QueueOptions {
  include?: string[];
  exclude?: string[];
  maxBytes?: number;
  maxAttempts?: number;
}

export interface EnqueueResult {
  queued: number;
  errors: { source: string; message: string }[];
}

/** Reads files, folders and JSONL files and queues one job per article (keyed by its id). */
export async function enqueueSources(sources: readonly string[], opts: EnqueueOptions): Promise<EnqueueResult> {
  const utils = await makeWorkerUtils({ connectionString: opts.url, schema: opts.queueSchema ?? DEFAULT_QUEUE_SCHEMA, logger: quietLogger });
  const result: EnqueueResult = { queued: 0, errors: [] };
  try {
    await utils.migrate();
    const filter = new GlobFilter(opts.include, opts.exclude);
    for (const source of sources) {
      for await (const e of readPath(source, { maxBytes: opts.maxBytes ?? DEFAULT_JOB_MAX_BYTES, filter })) {
        if (e.type === 'error') result.errors.push({ source: e.source, message: e.error.message });
        if (e.type !== 'article') continue;
        await utils.addJob(INGEST_TASK, toJob(e.raw), {
          jobKey: `doc:${documentId(e.raw)}`, maxAttempts: opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        });
        result.queued++;
      }
    }
  } finally {
    await utils.release();
  }
  return result;
}

export interface WorkerOptions extends QueueOptions {
  /** Schema of the store's tables (default: the server's search path). */
  storeSchema?: string;
  concurrency?: number;
  pollIntervalMs?: number;
  /**
   * How often to look for jobs locked by a worker that died (graphile-worker frees a job
   * locked for more than four hours); its default is a few minutes.
   */
  resetLockedIntervalMs?: number;
  /** Called after every job, for progress lines and tests. */
  onJob?: (r: { source: string; outcome: JobOutcome; docId?: string }) => void;
}

export interface RunningWorker {
  runner: Runner;
  store: PostgresStore;
  /** Stops taking jobs, lets running ones finish, closes the store. */
  stop(): Promise<void>;
}

export async function startWorker(opts: WorkerOptions): Promise<RunningWorker> {
  const store = await PostgresStore.open({ url: opts.url, ...(opts.storeSchema ? { schema: opts.storeSchema } : {}) });
  const ingest: Task = async (payload) => {
    const raw = fromJob(payload as ArticleJob);
    const r = await ingestRaw(store, raw);
    opts.onJob?.({ source: raw.source, ...r });
  };
  try {
    const runner = await run({
      connectionString: opts.url,
      schema: opts.queueSchema ?? DEFAULT_QUEUE_SCHEMA,
      concurrency: opts.concurrency ?? DEFAULT_CONCURRENCY,
      pollInterval: opts.pollIntervalMs ?? 1000,
      noHandleSignals: true,
      logger: quietLogger,
      taskList: { [INGEST_TASK]: ingest },
      ...(opts.resetLockedIntervalMs
        ? { minResetLockedInterval: opts.resetLockedIntervalMs, maxResetLockedInterval: opts.resetLockedIntervalMs }
        : {}),
    });
    return {
      runner, store,
      async stop() {
        await runner.stop();
        await store.close();
      },
    };
  } catch (err) {
    await store.close();
    throw err;
  }
}

/** graphile-worker's messages at warning level and above, on stderr. */
export const quietLogger = new Logger(() => (level, message) => {
  if (level === 'error' || level === 'warning') process.stderr.write(`worker ${level}: ${message}\n`);
});
