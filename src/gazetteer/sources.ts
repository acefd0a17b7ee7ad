// Where gazetteer tables come from. The shipped tables are read through the one loader
// (`loadTable`); local imports (`data/places/local/*.tsv`) and a folder named by
// MARSAD_GAZETTEER_DIR are read with the same parser. A table that is not there yet is
// skipped, so a partial data folder still gives a working recogniser.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';
import { loadTable, parseTable, type Row } from '../data/table.js';

/** Environment variable naming an extra folder of place tables (XX.tsv format). */
export const GAZETTEER_DIR_ENV = 'MARSAD_GAZETTEER_DIR';

/** `data/<relPath>` when it exists, else no rows. */
export function optionalTable(relPath: string): Row[] {
  if (!existsSync(join(DATA_DIR, relPath))) return [];
  return loadTable(relPath);
}

/** The `.tsv` file names directly inside `data/<relDir>`, sorted; none when the folder is missing. */
export function tablesIn(relDir: string): string[] {
  const dir = join(DATA_DIR, relDir);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort();
}

/** Rows of every `.tsv` in an absolute folder (for local and environment-named folders). */
export function tablesInFolder(dir: string): Row[][] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => parseTable(readFileSync(join(dir, f), 'utf8'), join(dir, f)));
}

/** Country files `data/places/XX.tsv` (two capital letters), in code order. */
export function countryPlaceTables(): Row[][] {
  return tablesIn('places')
    .filter((f) => /^[A-Z]{2}\.tsv$/.test(f))
    .map((f) => loadTable(`places/${f}`));
}

/** Imported and user-supplied place tables. */
export function extraPlaceTables(env: NodeJS.ProcessEnv = process.env): Row[][] {
  const out = tablesInFolder(join(DATA_DIR, 'places', 'local'));
  const extra = env[GAZETTEER_DIR_ENV];
  if (extra) out.push(...tablesInFolder(extra));
  return out;
}
