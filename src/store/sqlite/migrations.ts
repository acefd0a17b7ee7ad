// Versioned schema changes, applied in order and recorded in `schema_migrations`. Never edit
// a released migration: add a new one, so that existing databases upgrade in place.
import type Database from 'better-sqlite3';
import { EVENT_MIGRATIONS } from './event-migrations.js';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, analyses, near duplicates, feed state, ingest errors',
    sql: `
      CREATE TABLE documents (
        seq          INTEGER PRIMARY KEY AUTOINCREMENT,
        id           TEXT NOT NULL UNIQUE,
        url          TEXT UNIQUE,
        title        TEXT NOT NULL,
        published    TEXT,
        text         TEXT NOT NULL,
        byline       TEXT,
        dateline     TEXT,
        encoding     TEXT NOT NULL,
        source       TEXT NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        fetched_at   TEXT NOT NULL,
        removed      TEXT NOT NULL
      );
      CREATE TABLE analyses (
        doc_id     TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        analysis   TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE document_sketches (
        doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        sketch BLOB NOT NULL
      );
      CREATE TABLE near_duplicates (
        doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        of_id      TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        similarity REAL NOT NULL,
        PRIMARY KEY (doc_id, of_id)
      );
      CREATE INDEX near_duplicates_of ON near_duplicates(of_id);
      CREATE TABLE feed_state (
        url           TEXT PRIMARY KEY,
        etag          TEXT,
        last_modified TEXT,
        checked_at    TEXT NOT NULL,
        status        INTEGER NOT NULL
      );
      CREATE TABLE ingest_errors (
        seq     INTEGER PRIMARY KEY AUTOINCREMENT,
        source  TEXT NOT NULL,
        reason  TEXT NOT NULL,
        message TEXT NOT NULL,
        level   TEXT NOT NULL,
        at      TEXT NOT NULL
      );
    `,
  },
  ...EVENT_MIGRATIONS,
];

/** Applies every migration newer than the database's version, each in its own transaction. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  const current = row.v ?? 0;
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  let applied = 0;
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
    })();
    applied++;
  }
  return applied;
}
