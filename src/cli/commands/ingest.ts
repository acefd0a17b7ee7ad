// `marsad ingest`: read files, folders, JSONL, article URLs and feeds into the store.
// Validates options, runs the Ingestor, prints progress (stderr) and a summary (stdout).
import type { Command } from 'commander';
import { DEFAULT_MAX_BYTES, DEFAULT_MIN_INTERVAL_MS, DEFAULT_RETRIES, DEFAULT_TIMEOUT_MS } from '../../ingest/http-client.js';
import { Ingestor } from '../../ingest/ingestor.js';
import { DEFAULT_NEAR_DUP_THRESHOLD } from '../../ingest/minhash.js';
import { ProgressReporter } from '../../ingest/progress.js';
import { summaryTable } from '../../ingest/stats.js';
import { DEFAULT_WATCH_INTERVAL_S, watch } from '../../ingest/watch.js';
import { DEFAULT_DB_PATH, openSqliteStore } from '../../store/sqlite/index.js';
import { UsageError } from '../errors.js';

interface IngestCliOptions {
  db: string;
  include: string[];
  exclude: string[];
  maxSize: string;
  timeout: string;
  retries: string;
  rateLimit: string;
  nearDup: string;
  analyze: boolean;
  watch?: boolean;
  interval: string;
  quiet?: boolean;
}

const collect = (v: string, prev: string[]): string[] => [...prev, v];

function positive(name: string, value: string, allowZero = false): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!allowZero && n === 0)) throw new UsageError(`${name} takes a ${allowZero ? 'non-negative' : 'positive'} number, got "${value}"`);
  return n;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('read articles (files, folders, .jsonl, article URLs, RSS/Atom feeds) into the store')
    .argument('<sources...>', 'files, folders, .jsonl files, http(s) URLs of articles or feeds')
    .option('--db <file>', 'SQLite database file', DEFAULT_DB_PATH)
    .option('--include <glob>', 'in folders, only files matching (repeatable)', collect, [])
    .option('--exclude <glob>', 'in folders, skip files matching (repeatable)', collect, [])
    .option('--max-size <MB>', 'largest file, HTTP body or JSONL record taken', String(DEFAULT_MAX_BYTES / 1024 / 1024))
    .option('--timeout <ms>', 'HTTP timeout per request', String(DEFAULT_TIMEOUT_MS))
    .option('--retries <n>', 'HTTP retries on 5xx and timeouts', String(DEFAULT_RETRIES))
    .option('--rate-limit <ms>', 'minimum time between two requests to one host', String(DEFAULT_MIN_INTERVAL_MS))
    .option('--near-dup <similarity>', 'link articles at or above this estimated similarity (0-1)', String(DEFAULT_NEAR_DUP_THRESHOLD))
    .option('--no-analyze', 'store documents without running the analysis')
    .option('--watch', 'keep polling the sources (feeds use conditional requests)')
    .option('--interval <seconds>', 'time between two polls with --watch', String(DEFAULT_WATCH_INTERVAL_S))
    .option('--quiet', 'no progress lines, only the summary')
    .action(async (sources: string[], o: IngestCliOptions) => {
      const maxBytes = Math.round(positive('--max-size', o.maxSize) * 1024 * 1024);
      const nearDup = positive('--near-dup', o.nearDup);
      if (nearDup > 1) throw new UsageError(`--near-dup takes a similarity between 0 and 1, got "${o.nearDup}"`);
      const intervalMs = positive('--interval', o.interval) * 1000;
      const store = openSqliteStore(o.db);
      const progress = new ProgressReporter(process.stderr);
      const ingestor = new Ingestor(
        store,
        {
          include: o.include,
          exclude: o.exclude,
          maxBytes,
          nearDuplicateThreshold: nearDup,
          http: {
            timeoutMs: positive('--timeout', o.timeout),
            retries: positive('--retries', o.retries, true),
            minIntervalMs: positive('--rate-limit', o.rateLimit, true),
          },
          ...(o.analyze ? {} : { analyzer: null }),
        },
        o.quiet ? null : progress,
      );
      try {
        if (o.watch) {
          const stop = new AbortController();
          process.once('SIGINT', () => stop.abort());
          process.once('SIGTERM', () => stop.abort());
          await watch(ingestor, sources, {
            intervalMs,
            signal: stop.signal,
            onPass: (n) => process.stderr.write(`watch: pass ${n} done, ${ingestor.stats.stored} stored so far\n`),
          });
        } else {
          await ingestor.run(sources);
        }
      } finally {
        if (!o.quiet) progress.finish(ingestor.stats);
        await store.close();
      }
      process.stdout.write(summaryTable(ingestor.stats) + '\n');
      if (ingestor.stats.errorCount > 0) process.exitCode = 3;
    });
}
