import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS, openSqliteStore } from '../../src/store/sqlite/index.js';
import type { StoredDocument } from '../../src/store/store.js';

function doc(n: number, extra: Partial<StoredDocument> = {}): StoredDocument {
  return {
    id: `d${n}`, title: `عنوان ${n}`, text: `نص الخبر رقم ${n}`, encoding: 'utf-8', source: `f${n}.txt`,
    contentHash: `h${n}`, fetchedAt: '2024-03-05T10:00:00.000Z', removed: { share: n }, ...extra,
  };
}

function tempDb(): { path: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-store-'));
  return { path: join(dir, 'sub', 'marsad.db'), done: () => rmSync(dir, { recursive: true, force: true }) };
}

test('store: documents round-trip and duplicates by id, URL or hash are refused', async () => {
  const t = tempDb();
  const s = openSqliteStore(t.path);
  try {
    const d1 = doc(1, { url: 'http://x/1', published: '2024-03-05', byline: 'كاتب', dateline: { place: 'بغداد', agency: 'رويترز' } });
    assert.equal(await s.putDocument(d1), true);
    assert.equal(await s.putDocument(doc(2)), true);
    assert.deepEqual(await s.getDocument('d1'), d1);
    assert.deepEqual(await s.getDocument('d2'), doc(2));
    assert.equal(await s.getDocument('nope'), null);
    assert.equal(await s.putDocument(doc(3, { id: 'd1' })), false, 'same id');
    assert.equal(await s.putDocument(doc(4, { url: 'http://x/1' })), false, 'same URL');
    assert.equal(await s.putDocument(doc(5, { contentHash: 'h2' })), false, 'same hash');
    assert.equal(await s.countDocuments(), 2);
    assert.ok(await s.hasUrl('http://x/1'));
    assert.ok(!(await s.hasUrl('http://x/2')));
    assert.ok(await s.hasHash('h2'));
    assert.deepEqual((await s.listDocuments()).map((d) => d.id), ['d1', 'd2']);
    assert.deepEqual((await s.listDocuments({ limit: 1, offset: 1 })).map((d) => d.id), ['d2']);
  } finally {
    await s.close();
    t.done();
  }
});

test('store: attachments are written with the document, atomically', async () => {
  const t = tempDb();
  const s = openSqliteStore(t.path);
  try {
    await s.putDocument(doc(1));
    const sk = Uint32Array.from([1, 2, 3, 0xffffffff]);
    await s.putDocument(doc(2), { analysis: { events: [1] }, sketch: sk, nearDuplicates: [{ docId: 'd2', ofId: 'd1', similarity: 0.8 }] });
    assert.deepEqual(await s.getAnalysis('d2'), { events: [1] });
    assert.equal(await s.getAnalysis('d1'), null);
    await s.putAnalysis('d1', { events: [] });
    assert.deepEqual(await s.getAnalysis('d1'), { events: [] });
    assert.deepEqual(await s.nearDuplicatesOf('d1'), [{ docId: 'd2', ofId: 'd1', similarity: 0.8 }]);
    const sketches = [];
    for await (const x of s.listSketches()) sketches.push(x);
    assert.deepEqual(sketches, [{ docId: 'd2', sketch: sk }]);
    // A link to a document that does not exist fails the whole write: nothing half-stored.
    await assert.rejects(s.putDocument(doc(3), { nearDuplicates: [{ docId: 'd3', ofId: 'missing', similarity: 0.9 }] }));
    assert.equal(await s.getDocument('d3'), null);
  } finally {
    await s.close();
    t.done();
  }
});

test('store: feed state and ingest errors', async () => {
  const t = tempDb();
  const s = openSqliteStore(t.path);
  try {
    assert.equal(await s.getFeedState('http://f'), null);
    await s.putFeedState({ url: 'http://f', etag: '"v1"', checkedAt: '2024-01-01T00:00:00Z', status: 200 });
    await s.putFeedState({ url: 'http://f', etag: '"v2"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT', checkedAt: '2024-01-02T00:00:00Z', status: 200 });
    assert.deepEqual(await s.getFeedState('http://f'), { url: 'http://f', etag: '"v2"', lastModified: 'Mon, 01 Jan 2024 00:00:00 GMT', checkedAt: '2024-01-02T00:00:00Z', status: 200 });
    const e = { source: 'http://x', reason: 'not-found', message: 'HTTP 404', level: 'error' as const, at: '2024-01-01T00:00:00Z' };
    await s.recordError(e);
    assert.deepEqual(await s.listErrors(), [e]);
  } finally {
    await s.close();
    t.done();
  }
});

test('store: migrations are versioned, applied once, and the database uses WAL', async () => {
  const t = tempDb();
  try {
    await openSqliteStore(t.path).close();
    const s = openSqliteStore(t.path);
    await s.putDocument(doc(1));
    await s.close();
    const db = new Database(t.path, { readonly: true });
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[];
    assert.deepEqual(versions.map((v) => v.version), MIGRATIONS.map((m) => m.version));
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
  } finally {
    t.done();
  }
});
