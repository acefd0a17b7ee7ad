import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ProgressReporter } from '../../src/ingest/progress.js';
import { IngestStats, summaryTable } from '../../src/ingest/stats.js';

function sink(): { out: string[]; write: (s: string) => boolean } {
  const out: string[] = [];
  return { out, write: (s: string) => (out.push(s), true) };
}

test('progress: on a TTY one line is redrawn in place and errors print above it', () => {
  const s = sink();
  const p = new ProgressReporter(s, true);
  const stats = new IngestStats();
  stats.articles = 3;
  stats.stored = 2;
  p.onEvent({ kind: 'stored', source: 'a', reason: 'stored', message: 'خبر' }, stats);
  p.onEvent({ kind: 'error', source: 'http://x/y', reason: 'not-found', message: 'HTTP 404 Not Found' }, stats);
  p.finish(stats);
  const all = s.out.join('');
  assert.ok(all.startsWith('\r\x1b[2K3 articles, 2 stored'));
  assert.ok(all.includes('\r\x1b[2Kerror: http://x/y: not-found: HTTP 404 Not Found\n'));
  assert.ok(all.endsWith('\n'));
});

test('progress: without a TTY, plain lines and no control characters', () => {
  const s = sink();
  const p = new ProgressReporter(s, false);
  const stats = new IngestStats();
  p.onEvent({ kind: 'stored', source: 'a', reason: 'stored', message: 'خبر' }, stats);
  p.onEvent({ kind: 'warning', source: 'b.txt', reason: 'invalid-bytes', message: '2 invalid utf-8 byte(s)' }, stats);
  p.finish(stats);
  assert.ok(s.out.every((l) => l.endsWith('\n') && !l.includes('\x1b')));
  assert.deepEqual(s.out.map((l) => l.split(':')[0]), ['progress', 'warning']);
});

test('summary: a table with counts, errors by reason and rates', () => {
  const st = new IngestStats();
  st.sources = 2;
  st.articles = 10;
  st.stored = 7;
  st.duplicates = 2;
  st.bytes = 2 * 1048576;
  st.bump(st.errors, 'timeout');
  st.bump(st.errors, 'timeout');
  st.bump(st.errors, 'not-found');
  const t = summaryTable(st, st.startedAt + 2000);
  assert.match(t, /\| stored +\| +7 \|/);
  assert.match(t, /\| {3}error: timeout +\| +2 \|/);
  assert.match(t, /\| errors +\| +3 \|/);
  assert.match(t, /\| articles\/s +\| +5\.0 \|/);
  assert.match(t, /\| MB\/s +\| +1\.00 \|/);
});
