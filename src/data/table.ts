// The one loader for language data. Every data file is UTF-8 TSV: lines starting with '#'
// are the header note (what the file is, where its facts come from), the first other line
// names the columns, then one row per line. Lists inside a cell are separated by '|'.
// Loaded once per process and cached: recognisers build their indexes at load time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../paths.js';

export type Row = Record<string, string>;

const cache = new Map<string, Row[]>();

export class DataFileError extends Error {}

export function parseTable(text: string, name = '<table>'): Row[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | null = null;
  const rows: Row[] = [];
  lines.forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      return;
    }
    if (cells.length > header.length) {
      throw new DataFileError(`${name}:${i + 1}: ${cells.length} cells, header has ${header.length}`);
    }
    const row: Row = {};
    header.forEach((h, k) => (row[h] = (cells[k] ?? '').trim()));
    rows.push(row);
  });
  if (!header) throw new DataFileError(`${name}: no header line`);
  return rows;
}

/** Loads `data/<relPath>` (cached). */
export function loadTable(relPath: string): Row[] {
  let rows = cache.get(relPath);
  if (!rows) {
    rows = parseTable(readFileSync(join(DATA_DIR, relPath), 'utf8'), relPath);
    cache.set(relPath, rows);
  }
  return rows;
}

/** Splits a '|' list cell. */
export function list(cell: string | undefined): string[] {
  return (cell ?? '').split('|').map((s) => s.trim()).filter(Boolean);
}
