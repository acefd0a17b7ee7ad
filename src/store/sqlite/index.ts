// Opening the embedded store: the one place that knows the default database path.
import { SqliteStore } from './sqlite-store.js';

/** Default database file, relative to the working directory. */
export const DEFAULT_DB_PATH = './data/marsad.db';

export function openSqliteStore(path: string = DEFAULT_DB_PATH): SqliteStore {
  return new SqliteStore(path);
}

export { SqliteStore } from './sqlite-store.js';
export { MIGRATIONS, migrate } from './migrations.js';
