// A run killed midway and run again stores every article exactly once: each article is
// committed in its own transaction, and the re-run skips what is already stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ROOT } from '../../src/paths.js';
import { writeJsonl } from '../../bench/ingest-jsonl.js';

const CLI = join(ROOT, 'dist', 'test', 'ingest', 'run-ingest-cli.js');
const COUNT = 2000;

function storedCount(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return 0; // not migrated yet
  }
}

test('kill-resume: a killed ingest of a 2,000-line JSONL, run again, stores each article once', { timeout: 600_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-kill-'));
  try {
    const jsonl = join(dir, 'articles.jsonl');
    const db = join(dir, 'marsad.db');
    writeJsonl(jsonl, COUNT);
    const child = spawn(process.execPath, [CLI, 'ingest', jsonl, '--db', db, '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    let before = 0;
    for (;;) {
      await new Promise((r) => setTimeout(r, 25));
      before = storedCount(db);
      if (before >= 50 || child.exitCode !== null) break;
    }
    child.kill('SIGKILL');
    await exited;
    before = storedCount(db);
    assert.ok(before > 0 && before < COUNT, `killed midway (${before} stored) ${stderr}`);

    const rerun = spawnSync(process.execPath, [CLI, 'ingest', jsonl, '--db', db], { encoding: 'utf8' });
    assert.equal(rerun.status, 0, rerun.stderr);
    assert.match(rerun.stdout, /\| stored\s+\|\s+\d+ \|/);

    const conn = new Database(db, { readonly: true });
    try {
      const rows = conn.prepare('SELECT id, COUNT(*) AS n FROM documents GROUP BY id').all() as { id: string; n: number }[];
      assert.equal(rows.length, COUNT);
      assert.ok(rows.every((r) => r.n === 1));
      const ids = new Set(rows.map((r) => r.id));
      for (let i = 0; i < COUNT; i++) assert.ok(ids.has(`gen-${i}`), `gen-${i}`);
      const analysed = conn.prepare('SELECT COUNT(*) AS n FROM analyses').get() as { n: number };
      assert.equal(analysed.n, COUNT, 'every document has its analysis');
    } finally {
      conn.close();
    }
    const storedLine = /\| stored\s+\|\s+(\d+) \|/.exec(rerun.stdout)!;
    assert.equal(Number(storedLine[1]), COUNT - before, 'the re-run stored only what was missing');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
