import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { storeConfig } from '../../src/store/open.js';
import { DEFAULT_DB_PATH } from '../../src/store/sqlite/index.js';

describe('which back end a command opens', () => {
  const env = { MARSAD_PG_URL: 'postgres://x@127.0.0.1:1/db' };
  it('a --pg URL wins', () => assert.deepEqual(storeConfig({ pg: 'postgres://a/b', db: 'f.db' }, env), { pg: 'postgres://a/b' }));
  it('a --db file named on the command line wins over MARSAD_PG_URL', () => assert.deepEqual(storeConfig({ db: 'f.db' }, env), { db: 'f.db' }));
  it('MARSAD_PG_URL is used when nothing is named', () => assert.deepEqual(storeConfig({}, env), { pg: env.MARSAD_PG_URL }));
  it('otherwise the default SQLite file', () => assert.deepEqual(storeConfig({}, {}), { db: DEFAULT_DB_PATH }));
});
