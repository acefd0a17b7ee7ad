// `marsad gazetteer import FILE`: turn a GeoNames dump into a local place table that the
// entity recogniser reads next to the shipped ones (data/places/local/*.tsv).
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { DEFAULT_GEONAMES_OUT, importGeoNames } from '../../gazetteer/geonames.js';
import { fail, UsageError } from '../errors.js';

export function register(program: Command): void {
  const gaz = program.command('gazetteer').description('manage the place gazetteer');
  gaz
    .command('import')
    .description('import a GeoNames dump (places with Arabic names) into a local place table')
    .argument('<file>', 'GeoNames main table (allCountries.txt, cities500.txt, or a country file)')
    .option('--alternate-names <file>', 'alternateNamesV2.txt, for the Arabic names')
    .option('--out <file>', 'table to write', DEFAULT_GEONAMES_OUT)
    .action(async (file: string, opts: { alternateNames?: string; out: string }) => {
      try {
        for (const f of [file, opts.alternateNames]) {
          if (f && !existsSync(f)) throw new UsageError(`gazetteer import: no such file: ${f}`);
        }
        const r = await importGeoNames({ citiesFile: file, alternateNamesFile: opts.alternateNames, outFile: opts.out });
        process.stdout.write(`read ${r.read} places, wrote ${r.written} with an Arabic name to ${r.outFile}\n`);
      } catch (e) {
        fail(e);
      }
    });
}
