// The back ends the contract suite runs on: SQLite always, PostgreSQL when MARSAD_PG_URL is
// set (each opening gets its own schema, dropped afterwards, so runs never collide).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Store } from '../../src/store/store.js';
import { openStore } from '../../src/store/open.js';
import { PostgresStore } from '../../src/store/postgres/postgres-store.js';

export interface OpenedStore {
  store: Store;
  done(): Promise<void>;
}

export interface Backend {
  name: string;
  /** Why the back end is skipped, or null when it runs. */
  skip: string | null;
  open(): Promise<OpenedStore>;
}

export const PG_URL = process.env['MARSAD_PG_URL'] ?? null;

export function uniqueSchema(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}

export async function dropSchema(url: string, schema: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await c.end();
  }
}

export const BACKENDS: Backend[] = [
  {
    name: 'sqlite',
    skip: null,
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'marsad-contract-'));
      const store = await openStore({ db: join(dir, 'marsad.db') });
      return { store, async done() { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
    },
  },
  {
    name: 'postgres',
    skip: PG_URL ? null : 'MARSAD_PG_URL is not set: the PostgreSQL half of the store suite is SKIPPED',
    async open() {
      const schema = uniqueSchema('marsad_test');
      const store = await PostgresStore.open({ url: PG_URL!, schema, max: 2 });
      return { store, async done() { await store.close(); await dropSchema(PG_URL!, schema); } };
    },
  },
];
