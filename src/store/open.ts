// Which back end to open, decided once from configuration: a PostgreSQL URL (option or
// MARSAD_PG_URL) selects the server back end, otherwise the SQLite file.
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
  const pg = o.pg ?? env[PG_URL_ENV];
  return pg ? { pg } : { db: o.db ?? DEFAULT_DB_PATH };
}

export async function openStore(c: StoreConfig): Promise<Store> {
  if (c.pg) return PostgresStore.open({ url: c.pg, ...(c.pgSchema ? { schema: c.pgSchema } : {}) });
  return openSqliteStore(c.db ?? DEFAULT_DB_PATH);
}
