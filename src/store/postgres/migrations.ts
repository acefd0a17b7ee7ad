// The PostgreSQL schema as versioned migrations, the same tables as the SQLite back end.
// Workers on several machines may start at once: migration runs under an advisory lock.
import type pg from 'pg';

export interface PgMigration {
  version: number;
  name: string;
  sql: string;
}

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'documents, analyses, near duplicates, feed state, ingest errors',
    sql: `
      CREATE TABLE documents (
        seq          serial PRIMARY KEY,
        id           text NOT NULL UNIQUE,
        url          text UNIQUE,
        title        text NOT NULL,
        published    text,
        text         text NOT NULL,
        byline       text,
        dateline     jsonb,
        encoding     text NOT NULL,
        source       text NOT NULL,
        content_hash text NOT NULL UNIQUE,
        fetched_at   text NOT NULL,
        removed      jsonb NOT NULL,
        fts          tsvector NOT NULL
      );
      CREATE INDEX documents_fts ON documents USING gin (fts);
      CREATE TABLE analyses (
        doc_id     text PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        analysis   jsonb NOT NULL,
        updated_at text NOT NULL
      );
      CREATE TABLE document_sketches (
        doc_id text PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        sketch bytea NOT NULL
      );
      CREATE TABLE near_duplicates (
        doc_id     text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        of_id      text NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        similarity double precision NOT NULL,
        PRIMARY KEY (doc_id, of_id)
      );
      CREATE INDEX near_duplicates_of ON near_duplicates(of_id);
      CREATE TABLE feed_state (
        url           text PRIMARY KEY,
        etag          text,
        last_modified text,
        checked_at    text NOT NULL,
        status        integer NOT NULL
      );
      CREATE TABLE ingest_errors (
        seq     serial PRIMARY KEY,
        source  text NOT NULL,
        reason  text NOT NULL,
        message text NOT NULL,
        level   text NOT NULL,
        at      text NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'entities, mentions, figures, reports, events, evidence, merges, full text',
    sql: `
      CREATE TABLE entities (
        doc_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE, idx integer NOT NULL,
        type text NOT NULL, text text NOT NULL, name_key text NOT NULL, ref text, country text,
        lat double precision, lon double precision, label_en text, aliases jsonb NOT NULL,
        PRIMARY KEY (doc_id, idx)
      );
      CREATE INDEX entities_name ON entities(type, name_key);
      CREATE TABLE mentions (
        doc_id text NOT NULL, entity_idx integer NOT NULL, span_start integer NOT NULL, span_end integer NOT NULL,
        text text NOT NULL, how text NOT NULL,
        FOREIGN KEY (doc_id, entity_idx) REFERENCES entities(doc_id, idx) ON DELETE CASCADE
      );
      CREATE INDEX mentions_doc ON mentions(doc_id, entity_idx);
      CREATE TABLE figures (
        doc_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE, idx integer NOT NULL, kind text NOT NULL,
        value double precision NOT NULL, high double precision, bound text NOT NULL, unit text, speaker text,
        span_start integer NOT NULL, span_end integer NOT NULL, text text NOT NULL, PRIMARY KEY (doc_id, idx)
      );
      CREATE TABLE events (
        id serial PRIMARY KEY, event_date text NOT NULL, date_end text NOT NULL, precision text NOT NULL,
        family text NOT NULL, type text NOT NULL, sub_type text NOT NULL, country text, admin1 text, place text,
        place_key text, lat double precision, lon double precision, actor1 text, actor2 text,
        killed_low integer, killed_best integer, killed_high integer,
        injured_low integer, injured_best integer, injured_high integer,
        fatalities integer NOT NULL DEFAULT 0, reports integer NOT NULL, updated_at text NOT NULL,
        search tsvector NOT NULL DEFAULT ''::tsvector
      );
      CREATE INDEX events_date ON events(event_date, id);
      CREATE INDEX events_country_date ON events(country, event_date, id);
      CREATE INDEX events_type_date ON events(type, event_date, id);
      CREATE INDEX events_admin1_date ON events(admin1, event_date, id);
      CREATE INDEX events_family_date ON events(family, event_date);
      CREATE INDEX events_killed ON events(fatalities, event_date, id);
      CREATE INDEX events_search ON events USING gin (search);
      CREATE TABLE event_actors (
        event_id integer NOT NULL REFERENCES events(id) ON DELETE CASCADE, actor_key text NOT NULL, actor text NOT NULL,
        event_date text NOT NULL, PRIMARY KEY (actor_key, event_date, event_id)
      );
      CREATE INDEX event_actors_event ON event_actors(event_id, actor_key);
      CREATE TABLE reports (
        id serial PRIMARY KEY, doc_id text NOT NULL REFERENCES documents(id) ON DELETE CASCADE, idx integer NOT NULL,
        event_id integer NOT NULL REFERENCES events(id), type text NOT NULL, sub_type text NOT NULL, date text,
        precision text NOT NULL, date_start text NOT NULL, date_end text NOT NULL, country text, admin1 text, place text,
        lat double precision, lon double precision, actor1 text, actor2 text, killed integer, injured integer,
        speaker text, published text, confidence double precision, status text NOT NULL, trigger text,
        search text NOT NULL, UNIQUE (doc_id, idx)
      );
      CREATE INDEX reports_event ON reports(event_id);
      CREATE TABLE evidence (
        report_id integer NOT NULL REFERENCES reports(id) ON DELETE CASCADE, idx integer NOT NULL,
        span_start integer NOT NULL, span_end integer NOT NULL, text text NOT NULL, PRIMARY KEY (report_id, idx)
      );
      CREATE TABLE merges (
        id serial PRIMARY KEY, event_id integer NOT NULL,
        report_id integer NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        rules jsonb NOT NULL, score double precision NOT NULL, created_at text NOT NULL, undone_at text
      );
      CREATE INDEX merges_event ON merges(event_id);
      CREATE INDEX merges_report ON merges(report_id);
    `,
  },
];

/** Any fixed number: the advisory lock that serialises migrations across processes. */
const MIGRATION_LOCK = 726_300_001;

/**
 * Applies every migration newer than the database's version; `schema` (already validated as
 * a plain name) is created first, under the same lock, as concurrent creation can collide.
 */
export async function migratePg(client: pg.ClientBase, schema?: string, migrations: readonly PgMigration[] = PG_MIGRATIONS): Promise<number> {
  await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
  try {
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)`);
    const { rows } = await client.query<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_migrations');
    const current = rows[0]?.v ?? 0;
    let applied = 0;
    for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
      if (m.version <= current) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, new Date().toISOString()]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
      applied++;
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  }
}
