// Import of a GeoNames dump (https://download.geonames.org/export/dump/, CC BY 4.0) into a
// place table in the XX.tsv format, keeping the places that have an Arabic name. Reads the
// main table (allCountries.txt, cities500.txt, a country file…) and, when given, the
// alternateNamesV2 table for the Arabic names (isolanguage "ar"); without it, the Arabic-script
// entries of the main table's alternatenames column are used. Files are streamed line by
// line: alternate-name dumps run to gigabytes.
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { DATA_DIR } from '../paths.js';

export interface GeoNamesImportOptions {
  /** The main GeoNames table (tab-separated, no header). */
  citiesFile: string;
  /** alternateNamesV2.txt (or a country's alternate names file). */
  alternateNamesFile?: string;
  /** Where to write the table; default `data/places/local/geonames.tsv`. */
  outFile?: string;
}

export interface GeoNamesImportResult {
  outFile: string;
  /** Places read from the main table. */
  read: number;
  /** Places written (those with an Arabic name). */
  written: number;
}

export const DEFAULT_GEONAMES_OUT = join(DATA_DIR, 'places', 'local', 'geonames.tsv');

interface GnPlace {
  id: string;
  name: string;
  alternates: string[];
  lat: string;
  lon: string;
  fclass: string;
  fcode: string;
  country: string;
  admin1: string;
  population: number;
}

const ARABIC = /\p{Script=Arabic}/u;

async function* lines(file: string): AsyncGenerator<string> {
  const rl = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of rl) if (line && !line.startsWith('#')) yield line;
}

/** Our kind for a GeoNames feature class and code. */
export function kindOf(fclass: string, fcode: string, population: number): string {
  if (fcode === 'ADM1') return 'admin1';
  if (fcode.startsWith('ADM')) return 'district';
  if (fcode === 'PPLX') return 'neighbourhood';
  if (fcode === 'PPLC' || fcode === 'PPLA' || population >= 100_000) return 'city';
  if (fclass === 'P') return population >= 10_000 || fcode === 'PPLA2' ? 'town' : 'village';
  if (fcode === 'STM' || fclass === 'H') return 'river';
  if (fcode.startsWith('MT') || fcode === 'HLL' || fcode === 'HLLS' || fclass === 'T') return 'mountain';
  if (fcode === 'CMPRF' || fcode === 'CMP') return 'camp';
  if (fcode === 'BCN' || fcode === 'INSM') return 'base';
  if (fclass === 'L' || fclass === 'A') return 'region';
  return 'site';
}

function clean(cell: string): string {
  return cell.replace(/[\t|\r\n]/g, ' ').trim();
}

export async function importGeoNames(opts: GeoNamesImportOptions): Promise<GeoNamesImportResult> {
  const outFile = opts.outFile ?? DEFAULT_GEONAMES_OUT;
  const places = new Map<string, GnPlace>();
  for await (const line of lines(opts.citiesFile)) {
    const c = line.split('\t');
    if (c.length < 15 || !c[0]) continue;
    places.set(c[0], {
      id: c[0], name: c[1] ?? '', alternates: (c[3] ?? '').split(',').filter(Boolean), lat: c[4] ?? '', lon: c[5] ?? '',
      fclass: c[6] ?? '', fcode: c[7] ?? '', country: (c[8] ?? '').toUpperCase(), admin1: c[10] ?? '',
      population: Number(c[14]) || 0,
    });
  }
  // Arabic names per place: preferred ones first, historic ones left out.
  const arabic = new Map<string, string[]>();
  const addName = (id: string, name: string, preferred: boolean) => {
    const n = clean(name);
    if (!n || !ARABIC.test(n)) return;
    const list = arabic.get(id) ?? [];
    if (list.includes(n)) return;
    if (preferred) list.unshift(n);
    else list.push(n);
    arabic.set(id, list);
  };
  if (opts.alternateNamesFile) {
    for await (const line of lines(opts.alternateNamesFile)) {
      const c = line.split('\t');
      const id = c[1] ?? '';
      if (c[2] !== 'ar' || !places.has(id) || c[7] === '1') continue;
      addName(id, c[3] ?? '', c[4] === '1');
    }
  } else {
    for (const p of places.values()) for (const a of p.alternates) addName(p.id, a, false);
  }

  const adm1 = new Map<string, string>();
  for (const p of places.values()) if (p.fcode === 'ADM1' && p.country) adm1.set(`${p.country}.${p.admin1}`, `${p.country}:a:gn${p.id}`);
  const rows: string[] = [];
  for (const p of places.values()) {
    const names = arabic.get(p.id);
    if (!names || !p.country) continue;
    const kind = kindOf(p.fclass, p.fcode, p.population);
    const id = kind === 'admin1' ? `${p.country}:a:gn${p.id}` : `${p.country}:gn${p.id}`;
    const admin1 = kind === 'admin1' ? '' : adm1.get(`${p.country}.${p.admin1}`) ?? '';
    rows.push([id, kind, names[0]!, names.slice(1).join('|'), clean(p.name), admin1, p.lat, p.lon, ''].join('\t'));
  }
  const header = [
    '# Places imported from GeoNames (https://www.geonames.org/, CC BY 4.0) by `marsad gazetteer import`:',
    '# the places of the dump that have an Arabic name. Same columns as data/places/XX.tsv.',
    '# Regenerate rather than edit: the import overwrites this file.',
    'id\tkind\tname_ar\taliases_ar\tname_en\tadmin1\tlat\tlon\tnote',
  ];
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, header.concat(rows).join('\n') + '\n', 'utf8');
  return { outFile, read: places.size, written: rows.length };
}
