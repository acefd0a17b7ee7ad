// Scale-out on PostgreSQL: two worker processes share one queue and every article lands
// exactly once; a worker killed mid-job leaves its job to be run again by another.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { enqueueSources } from '../../src/store/postgres/job-queue.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';
import { dropSchema, PG_URL, uniqueSchema } from './backends.js';

const CHILD = fileURLToPath(new URL('./worker-child.js', import.meta.url));
const SKIP = PG_URL ? false : 'MARSAD_PG_URL is not set: the two-worker test is SKIPPED';
if (SKIP) process.stderr.write(`store workers: ${SKIP}\n`);

interface Child {
  proc: ChildProcess;
  lines: Record<string, unknown>[];
  waitFor(pred: (l: Record<string, unknown>) => boolean, ms: number): Promise<void>;
}

function spawnWorker(env: Record<string, string>): Child {
  const proc = spawn(process.execPath, [CHILD], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: Record<string, unknown>[] = [];
  const waiters: (() => void)[] = [];
  createInterface({ input: proc.stdout! }).on('line', (l) => {
    lines.push(JSON.parse(l));
    for (const w of waiters.splice(0)) w();
  });
  return {
    proc, lines,
    waitFor(pred, ms) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`worker: timed out; saw ${JSON.stringify(lines)}`)), ms);
        const check = () => {
          if (lines.some(pred)) { clearTimeout(timer); resolve(); } else waiters.push(check);
        };
        check();
      });
    },
  };
}

const stopped = (c: Child) => new Promise<void>((r) => (c.proc.exitCode !== null || c.proc.signalCode !== null ? r() : c.proc.once('exit', () => r())));

function writeArticles(dir: string, n: number): void {
  for (let i = 0; i < n; i++) {
    writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`),
      `خبر رقم ${i}\nأفادت مصادر محلية بأن اجتماعا عقد في المدينة رقم ${i} لبحث مشروع الطريق الجديد ${i * 7}.\n`);
  }
}

async function withSchemas(fn: (s: { queue: string; store: string; dir: string }) => Promise<void>): Promise<void> {
  const s = { queue: uniqueSchema('gw'), store: uniqueSchema('marsad_w'), dir: mkdtempSync(join(tmpdir(), 'marsad-workers-')) };
  try {
    await fn(s);
  } finally {
    await dropSchema(PG_URL!, s.queue);
    await dropSchema(PG_URL!, s.store);
    rmSync(s.dir, { recursive: true, force: true });
  }
}

describe('scale-out workers on PostgreSQL', { skip: SKIP }, () => {
  test('two workers share the queue; every article is stored exactly once', { timeout: 90_000 }, () => withSchemas(async (s) => {
    const N = 40;
    writeArticles(s.dir, N);
    const env = { MARSAD_PG_URL: PG_URL!, QUEUE_SCHEMA: s.queue, STORE_SCHEMA: s.store, MODE: 'work' };
    // The queue's tables exist before the workers poll it.
    assert.equal((await enqueueSources([], { url: PG_URL!, queueSchema: s.queue })).queued, 0);
    const workers = [spawnWorker(env), spawnWorker(env)];
    try {
      await Promise.all(workers.map((w) => w.waitFor((l) => l['ready'] === true, 30_000)));
      const r = await enqueueSources([s.dir], { url: PG_URL!, queueSchema: s.queue });
      assert.equal(r.queued, N);
      const done = () => workers.reduce((n, w) => n + w.lines.filter((l) => 'outcome' in l).length, 0);
      const deadline = Date.now() + 60_000;
      while (done() < N && Date.now() < deadline) await new Promise((res) => setTimeout(res, 100));
      await new Promise((res) => setTimeout(res, 500));
      const outcomes = workers.flatMap((w) => w.lines.filter((l) => 'outcome' in l));
      assert.equal(outcomes.length, N, 'one job run per article');
      assert.ok(outcomes.every((o) => o['outcome'] === 'stored'));
      assert.equal(new Set(outcomes.map((o) => o['docId'])).size, N);
      assert.ok(workers.every((w) => w.lines.some((l) => 'outcome' in l)), 'both workers took jobs');
    } finally {
      for (const w of workers) w.proc.kill('SIGTERM');
      await Promise.all(workers.map(stopped));
    }
    const store = await PostgresStore.open({ url: PG_URL!, schema: s.store });
    try {
      assert.equal(await store.countDocuments(), N);
    } finally {
      await store.close();
    }
  }));

  test('a worker killed mid-job leaves the job to be run again', { timeout: 90_000 }, () => withSchemas(async (s) => {
    writeArticles(s.dir, 1);
    const base = { MARSAD_PG_URL: PG_URL!, QUEUE_SCHEMA: s.queue, STORE_SCHEMA: s.store };
    await enqueueSources([], { url: PG_URL!, queueSchema: s.queue });
    const hung = spawnWorker({ ...base, MODE: 'hang' });
    await hung.waitFor((l) => l['ready'] === true, 30_000);
    assert.equal((await enqueueSources([s.dir], { url: PG_URL!, queueSchema: s.queue })).queued, 1);
    await hung.waitFor((l) => l['claimed'] === true, 30_000);
    hung.proc.kill('SIGKILL');
    await stopped(hung);
    // graphile-worker frees jobs locked for over four hours; age the lock instead of waiting.
    const c = new pg.Client({ connectionString: PG_URL! });
    await c.connect();
    try {
      const aged = await c.query(`UPDATE ${s.queue}._private_jobs SET locked_at = now() - interval '5 hours' WHERE locked_at IS NOT NULL`);
      assert.equal(aged.rowCount, 1, 'the dead worker still holds the job');
    } finally {
      await c.end();
    }
    const rescuer = spawnWorker({ ...base, MODE: 'work' });
    try {
      await rescuer.waitFor((l) => l['outcome'] === 'stored', 30_000);
    } finally {
      rescuer.proc.kill('SIGTERM');
      await stopped(rescuer);
    }
  }));
});
