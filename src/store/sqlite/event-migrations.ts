// Schema of the event side (entities, mentions, figures, reports, merged events, merges and
// the full-text indexes), as migrations that follow the document tables' own.
import type { Migration } from './migrations.js';

export const EVENT_MIGRATIONS: readonly Migration[] = [
  {
    version: 2,
    name: 'entities, mentions, figures, reports, events, evidence, merges, full text',
    sql: `
      CREATE TABLE entities (
        doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx      INTEGER NOT NULL,
        type     TEXT NOT NULL,
        text     TEXT NOT NULL,
        name_key TEXT NOT NULL,
        ref      TEXT,
        country  TEXT,
        lat      REAL,
        lon      REAL,
        label_en TEXT,
        aliases  TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
      );
      CREATE INDEX entities_name ON entities(type, name_key);
      CREATE TABLE mentions (
        doc_id     TEXT NOT NULL,
        entity_idx INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end   INTEGER NOT NULL,
        text       TEXT NOT NULL,
        how        TEXT NOT NULL,
        FOREIGN KEY (doc_id, entity_idx) REFERENCES entities(doc_id, idx) ON DELETE CASCADE
      );
      CREATE INDEX mentions_doc ON mentions(doc_id, entity_idx);
      CREATE TABLE figures (
        doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx        INTEGER NOT NULL,
        kind       TEXT NOT NULL,
        value      REAL NOT NULL,
        high       REAL,
        bound      TEXT NOT NULL,
        unit       TEXT,
        speaker    TEXT,
        span_start INTEGER NOT NULL,
        span_end   INTEGER NOT NULL,
        text       TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
      );
      CREATE TABLE events (
        id             INTEGER PRIMARY KEY AUTOINCREMENT,
        event_date     TEXT NOT NULL,
        date_end       TEXT NOT NULL,
        precision      TEXT NOT NULL,
        family         TEXT NOT NULL,
        type           TEXT NOT NULL,
        sub_type       TEXT NOT NULL,
        country        TEXT,
        admin1         TEXT,
        place          TEXT,
        place_key      TEXT,
        lat            REAL,
        lon            REAL,
        actor1         TEXT,
        actor2         TEXT,
        killed_low     INTEGER,
        killed_best    INTEGER,
        killed_high    INTEGER,
        injured_low    INTEGER,
        injured_best   INTEGER,
        injured_high   INTEGER,
        fatalities     INTEGER NOT NULL DEFAULT 0,
        reports        INTEGER NOT NULL,
        updated_at     TEXT NOT NULL
      );
      -- The list query walks one of these newest first and stops after a page; the trailing
      -- columns let it test the other filters without reading the table row.
      CREATE INDEX events_date ON events(event_date, id, country, type, sub_type, fatalities, lat, lon);
      CREATE INDEX events_country_date ON events(country, event_date, id, type, sub_type, fatalities, lat, lon);
      CREATE INDEX events_type_date ON events(type, event_date, id, sub_type, country, fatalities);
      CREATE INDEX events_admin1_date ON events(admin1, event_date, id, type, fatalities);
      CREATE INDEX events_family_date ON events(family, event_date);
      CREATE INDEX events_killed ON events(fatalities, event_date, id);
      -- Each event's actors in date order, so an actor's events are read newest first.
      CREATE TABLE event_actors (
        event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        actor_key  TEXT NOT NULL,
        actor      TEXT NOT NULL,
        event_date TEXT NOT NULL,
        PRIMARY KEY (actor_key, event_date, event_id)
      ) WITHOUT ROWID;
      CREATE INDEX event_actors_event ON event_actors(event_id, actor_key);
      CREATE TABLE reports (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx        INTEGER NOT NULL,
        event_id   INTEGER NOT NULL REFERENCES events(id),
        type       TEXT NOT NULL,
        sub_type   TEXT NOT NULL,
        date       TEXT,
        precision  TEXT NOT NULL,
        date_start TEXT NOT NULL,
        date_end   TEXT NOT NULL,
        country    TEXT,
        admin1     TEXT,
        place      TEXT,
        lat        REAL,
        lon        REAL,
        actor1     TEXT,
        actor2     TEXT,
        killed     INTEGER,
        injured    INTEGER,
        speaker    TEXT,
        published  TEXT,
        confidence REAL,
        status     TEXT NOT NULL,
        trigger    TEXT,
        search     TEXT NOT NULL,
        UNIQUE (doc_id, idx)
      );
      CREATE INDEX reports_event ON reports(event_id);
      CREATE TABLE evidence (
        report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        idx        INTEGER NOT NULL,
        span_start INTEGER NOT NULL,
        span_end   INTEGER NOT NULL,
        text       TEXT NOT NULL,
        PRIMARY KEY (report_id, idx)
      );
      CREATE TABLE merges (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id   INTEGER NOT NULL,
        report_id  INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
        rules      TEXT NOT NULL,
        score      REAL NOT NULL,
        created_at TEXT NOT NULL,
        undone_at  TEXT
      );
      CREATE INDEX merges_event ON merges(event_id);
      CREATE INDEX merges_report ON merges(report_id);
      -- Folded text (src/text/normalize.ts fold): no SQLite tokenizer handles Arabic marks.
      -- Bounding-box search over event points.
      CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);
      CREATE VIRTUAL TABLE events_fts USING fts5(search, content='', contentless_delete=1);
      CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='', contentless_delete=1);
    `,
  },
];
