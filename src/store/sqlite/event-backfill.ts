// When the event tables are added to a database that already holds documents (made before
// they existed), its documents and analyses are indexed once, in one transaction.
import type Database from 'better-sqlite3';
import type { SqliteEventSide } from './event-side.js';

export function backfillEvents(db: Database.Database, events: SqliteEventSide): number {
  // Ids first: better-sqlite3 cannot write while a read cursor is open on the connection.
  const ids = (db.prepare('SELECT id FROM documents ORDER BY seq').all() as { id: string }[]).map((r) => r.id);
  const doc = db.prepare('SELECT title, text FROM documents WHERE id = ?');
  const analysis = db.prepare('SELECT analysis FROM analyses WHERE doc_id = ?');
  db.transaction(() => {
    for (const id of ids) {
      const d = doc.get(id) as { title: string; text: string };
      events.indexDocument(id, d.title, d.text);
      const a = analysis.get(id) as { analysis: string } | undefined;
      if (a) events.writeAnalysis(id, JSON.parse(a.analysis));
    }
  })();
  return ids.length;
}
