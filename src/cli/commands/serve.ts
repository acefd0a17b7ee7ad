// `marsad serve`: the HTTP API (and the dashboard from web/dist) on 127.0.0.1.
import type { Command } from 'commander';
import { buildServer, DEFAULT_HOST, DEFAULT_PORT } from '../../api/server.js';
import { DEFAULT_STATIC_DIR } from '../../api/static-files.js';
import { openStore, storeConfig } from '../../store/open.js';
import { DEFAULT_DB_PATH } from '../../store/sqlite/index.js';
import { UsageError } from '../errors.js';

interface ServeOptions {
  db?: string;
  pg?: string;
  port: string;
  static: string;
  log?: boolean;
}

export function register(program: Command): void {
  program
    .command('serve')
    .description('serve the events API (OpenAPI at /openapi.json) and the dashboard on 127.0.0.1')
    .option('--db <file>', `SQLite database file (default ${DEFAULT_DB_PATH}, unless MARSAD_PG_URL is set)`)
    .option('--pg <url>', 'PostgreSQL URL instead of SQLite (or MARSAD_PG_URL)')
    .option('--port <n>', 'TCP port', String(DEFAULT_PORT))
    .option('--static <dir>', 'folder served at /', DEFAULT_STATIC_DIR)
    .option('--log', 'log every request')
    .action(async (o: ServeOptions) => {
      const port = Number(o.port);
      if (!/^\d+$/.test(o.port) || port < 1 || port > 65535) throw new UsageError(`--port takes 1-65535, got "${o.port}"`);
      const store = await openStore(storeConfig({ db: o.db, ...(o.pg ? { pg: o.pg } : {}) }));
      const app = buildServer({ store, staticDir: o.static, logger: o.log ?? false });
      const close = async () => {
        await app.close();
        await store.close();
      };
      process.once('SIGINT', () => void close());
      process.once('SIGTERM', () => void close());
      const address = await app.listen({ host: DEFAULT_HOST, port });
      process.stderr.write(`marsad: serving on ${address} (API under /api, OpenAPI at /openapi.json)\n`);
    });
}
