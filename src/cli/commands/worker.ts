// `marsad worker` and `marsad enqueue`: scale-out on PostgreSQL. `enqueue` reads sources into
// the job queue; any number of workers (on any machines) claim, analyse and store articles.
import type { Command } from 'commander';
import {
  DEFAULT_CONCURRENCY, DEFAULT_JOB_MAX_BYTES, DEFAULT_MAX_ATTEMPTS, enqueueSources, startWorker,
} from '../../store/postgres/job-queue.js';
import { PG_URL_ENV } from '../../store/open.js';
import { UsageError } from '../errors.js';

const collect = (v: string, prev: string[]): string[] => [...prev, v];

function pgUrl(o: { pg?: string }): string {
  const url = o.pg ?? process.env[PG_URL_ENV];
  if (!url) throw new UsageError(`--pg <url> (or ${PG_URL_ENV}) is required`);
  return url;
}

function whole(name: string, v: string, min: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`${name} takes a whole number >= ${min}, got "${v}"`);
  return n;
}

export function register(program: Command): void {
  program
    .command('worker')
    .description('claim queued articles from PostgreSQL, analyse and store them (run several for scale-out)')
    .option('--pg <url>', `PostgreSQL URL (or ${PG_URL_ENV})`)
    .option('--concurrency <n>', 'jobs run at once in this process', String(DEFAULT_CONCURRENCY))
    .option('--quiet', 'no line per article')
    .action(async (o: { pg?: string; concurrency: string; quiet?: boolean }) => {
      const worker = await startWorker({
        url: pgUrl(o),
        concurrency: whole('--concurrency', o.concurrency, 1),
        ...(o.quiet ? {} : { onJob: (r) => process.stderr.write(`${r.outcome}\t${r.docId ?? '-'}\t${r.source}\n`) }),
      });
      const stop = () => void worker.stop();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await worker.runner.promise;
    });

  program
    .command('enqueue')
    .description('queue articles from files, folders and .jsonl files for `marsad worker`')
    .argument('<sources...>', 'files, folders, .jsonl files')
    .option('--pg <url>', `PostgreSQL URL (or ${PG_URL_ENV})`)
    .option('--include <glob>', 'in folders, only files matching (repeatable)', collect, [])
    .option('--exclude <glob>', 'in folders, skip files matching (repeatable)', collect, [])
    .option('--max-size <MB>', 'largest file or record taken', String(DEFAULT_JOB_MAX_BYTES / 1024 / 1024))
    .option('--attempts <n>', 'tries per article before it is given up', String(DEFAULT_MAX_ATTEMPTS))
    .action(async (sources: string[], o: { pg?: string; include: string[]; exclude: string[]; maxSize: string; attempts: string }) => {
      const mb = Number(o.maxSize);
      if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-size takes a positive number, got "${o.maxSize}"`);
      const r = await enqueueSources(sources, {
        url: pgUrl(o), include: o.include, exclude: o.exclude, maxBytes: Math.round(mb * 1024 * 1024),
        maxAttempts: whole('--attempts', o.attempts, 1),
      });
      for (const e of r.errors) process.stderr.write(`error\t${e.source}\t${e.message}\n`);
      process.stdout.write(`${r.queued} article(s) queued, ${r.errors.length} error(s)\n`);
      if (r.errors.length) process.exitCode = 3;
    });
}
