// `marsad export`: merged events as CSV (ACLED columns plus extras), GeoJSON or JSON lines,
// through the same filters as the API.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { BadRequest, eventFilter, FILTER_PARAMS } from '../../api/params.js';
import { exportEvents } from '../../export/export-events.js';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/formats.js';
import { openStore, storeConfig } from '../../store/open.js';
import { DEFAULT_DB_PATH } from '../../store/sqlite/index.js';
import { UsageError } from '../errors.js';

interface ExportCliOptions {
  db?: string;
  pg?: string;
  format: string;
  out?: string;
  bom?: boolean;
  [filter: string]: unknown;
}

/** CLI option names (commander camel-cases them) to API parameter names. */
const OPTION_OF: Record<(typeof FILTER_PARAMS)[number], string> = {
  from: 'from', to: 'to', country: 'country', admin1: 'admin1', type: 'type', sub_type: 'subType', actor: 'actor',
  q: 'text', bbox: 'bbox', min_killed: 'minKilled',
};

export function register(program: Command): void {
  program
    .command('export')
    .description('write merged events as CSV (ACLED columns plus extras), GeoJSON or JSON lines')
    .option('--db <file>', `SQLite database file (default ${DEFAULT_DB_PATH}, unless MARSAD_PG_URL is set)`)
    .option('--pg <url>', 'PostgreSQL URL instead of SQLite (or MARSAD_PG_URL)')
    .option('--format <f>', `one of ${EXPORT_FORMATS.join(', ')}`, 'csv')
    .option('--out <file>', 'output file (default: standard output)')
    .option('--bom', 'CSV: start with a UTF-8 byte-order mark (for spreadsheet programs)')
    .option('--from <day>', 'first day (YYYY-MM-DD)')
    .option('--to <day>', 'last day (YYYY-MM-DD)')
    .option('--country <iso2>', 'country code')
    .option('--admin1 <name>', 'first-level division')
    .option('--type <type>', 'ACLED event type')
    .option('--sub-type <sub>', 'ACLED sub-event type')
    .option('--actor <name>', 'actor1 or actor2')
    .option('--text <words>', 'full-text words')
    .option('--bbox <w,s,e,n>', 'bounding box')
    .option('--min-killed <n>', 'smallest best estimate of the killed')
    .action(async (o: ExportCliOptions) => {
      if (!(EXPORT_FORMATS as readonly string[]).includes(o.format)) throw new UsageError(`--format takes ${EXPORT_FORMATS.join(', ')}`);
      const query: Record<string, unknown> = {};
      for (const p of FILTER_PARAMS) if (o[OPTION_OF[p]] !== undefined) query[p] = o[OPTION_OF[p]];
      let filter;
      try {
        filter = eventFilter(query);
      } catch (err) {
        throw err instanceof BadRequest ? new UsageError(err.message) : err;
      }
      const store = await openStore(storeConfig({ db: o.db, ...(o.pg ? { pg: o.pg } : {}) }));
      try {
        const chunks = Readable.from(exportEvents(store, { format: o.format as ExportFormat, filter, bom: o.bom ?? false }));
        await pipeline(chunks, o.out ? createWriteStream(o.out) : process.stdout);
      } finally {
        await store.close();
      }
    });
}
