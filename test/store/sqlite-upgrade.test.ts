import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../../src/store/open.js';
import { MIGRATIONS, migrate } from '../../src/store/sqlite/migrations.js';
import { incidentArticles } from './fixtures.js';

test('sqlite: a database from before the event tables is upgraded and indexed in place', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-upgrade-'));
  const path = join(dir, 'old.db');
  try {
    // A version-1 database as the first ingest release wrote it: documents and analyses only.
    const old = new Database(path);
    migrate(old, MIGRATIONS.filter((m) => m.version === 1));
    const ins = old.prepare(`INSERT INTO documents (id, url, title, published, text, encoding, source, content_hash, fetched_at, removed)
      VALUES (?, ?, ?, ?, ?, 'utf-8', ?, ?, ?, '{}')`);
    const ana = old.prepare(`INSERT INTO analyses (doc_id, analysis, updated_at) VALUES (?, ?, '2024-03-06')`);
    for (const { doc, analysis } of incidentArticles()) {
      ins.run(doc.id, doc.url ?? null, doc.title, doc.published ?? null, doc.text, doc.source, doc.contentHash, doc.fetchedAt);
      ana.run(doc.id, JSON.stringify(analysis));
    }
    old.close();

    const s = await openStore({ db: path });
    try {
      const events = (await s.listEvents({}, { limit: 10 })).items;
      assert.equal(events.length, 2);
      assert.deepEqual(events.find((e) => e.reports === 3)?.killed, { low: 5, best: 7, high: 12 });
      assert.equal((await s.searchDocuments('انفجار', { limit: 10 })).length, 4);
    } finally {
      await s.close();
    }
    const again = await openStore({ db: path });
    try {
      assert.equal((await again.listEvents({}, { limit: 10 })).items.length, 2, 'reopening indexes nothing twice');
    } finally {
      await again.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
