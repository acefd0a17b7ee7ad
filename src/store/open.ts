// Which back end to open, decided once from configuration, most explicit first: a --pg URL,
// then a --db file named on the command line, then MARSAD_PG_URL from the environment, then
// the default SQLite file. (A named file must win over the environment: a test or a user who
// says --db FILE means that file even on a machine where MARSAD_PG_URL is set.)
import { PostgresStore } from './postgres/postgres-store.js';
import { DEFAULT_DB_PATH, openSqliteStore } from './sqlite/index.js';
import type { Store } from './store.js';

export interface StoreConfig {
  /** SQLite file (default ./data/marsad.db). */
  db?: string;
  /** postgres:// URL; wins over `db`. */
  pg?: string;
  /** PostgreSQL schema for the tables. */
  pgSchema?: string;
}

export const PG_URL_ENV = 'MARSAD_PG_URL';

export function storeConfig(o: { db?: string; pg?: string }, env: NodeJS.ProcessEnv = process.env): StoreConfig {
  if (o.pg) return { pg: o.pg };
  if (o.db) return { db: o.db };
  const pg = env[PG_URL_ENV];
  return pg ? { pg } : { db: DEFAULT_DB_PATH };
}

export async function openStore(c: StoreConfig): Promise<Store> {
  if (c.pg) return PostgresStore.open({ url: c.pg, ...(c.pgSchema ? { schema: c.pgSchema } : {}) });
  return openSqliteStore(c.db ?? DEFAULT_DB_PATH);
}
