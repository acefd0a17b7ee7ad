import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importGeoNames, kindOf } from '../../src/gazetteer/geonames.js';
import { parseTable } from '../../src/data/table.js';
import { buildGazetteer, GAZETTEER_DIR_ENV } from '../../src/gazetteer/index.js';

// A few rows in the GeoNames dump layout, written for this test (ids and numbers invented).
const MAIN = [
  ['9000001', 'Wadi Zahra', 'Wadi Zahra', 'Wadi Zahra,وادي الزهرة', '33.10', '44.20', 'P', 'PPL', 'IQ', '', '07', '', '', '', '2500', '', '50', 'Asia/Baghdad', '2020-01-01'],
  ['9000002', 'Tall Nakhil', 'Tall Nakhil', 'Tall Nakhil', '35.50', '36.70', 'P', 'PPL', 'SY', '', '12', '', '', '', '40000', '', '300', 'Asia/Damascus', '2020-01-01'],
  ['9000003', 'Muhafazat Zahra', 'Muhafazat Zahra', '', '33.00', '44.00', 'A', 'ADM1', 'IQ', '', '07', '', '', '', '0', '', '40', 'Asia/Baghdad', '2020-01-01'],
  ['9000004', 'No Arabic', 'No Arabic', 'Nowhere', '10.00', '10.00', 'P', 'PPL', 'NE', '', '01', '', '', '', '10', '', '200', 'Africa/Niamey', '2020-01-01'],
].map((r) => r.join('\t')).join('\n');
const ALTERNATES = [
  ['1', '9000002', 'ar', 'تل النخيل', '1', '', '', ''],
  ['2', '9000002', 'ar', 'تل نخيل', '', '', '', ''],
  ['3', '9000002', 'en', 'Palm Hill', '', '', '', ''],
  ['4', '9000003', 'ar', 'محافظة الزهرة', '', '', '', ''],
  ['5', '9000001', 'ar', 'الزهرة القديمة', '', '', '', '1'],
].map((r) => r.join('\t')).join('\n');

describe('GeoNames import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-geonames-'));
  const main = join(dir, 'cities.txt');
  const alt = join(dir, 'alternateNamesV2.txt');
  writeFileSync(main, MAIN + '\n');
  writeFileSync(alt, ALTERNATES + '\n');

  it('keeps places with an Arabic name from the alternate names, preferred first', async () => {
    const out = join(dir, 'out', 'geonames.tsv');
    const r = await importGeoNames({ citiesFile: main, alternateNamesFile: alt, outFile: out });
    assert.equal(r.read, 4);
    const rows = parseTable(readFileSync(out, 'utf8'));
    assert.deepEqual(rows.map((x) => x['id']), ['SY:gn9000002', 'IQ:a:gn9000003']);
    assert.equal(rows[0]!['name_ar'], 'تل النخيل');
    assert.equal(rows[0]!['aliases_ar'], 'تل نخيل');
    assert.equal(rows[0]!['kind'], 'town');
    assert.equal(rows[0]!['name_en'], 'Tall Nakhil');
    assert.equal(rows[1]!['kind'], 'admin1');
    assert.equal(r.written, 2);
  });

  it('without alternate names, uses the Arabic entries of the main table', async () => {
    const out = join(dir, 'plain.tsv');
    await importGeoNames({ citiesFile: main, outFile: out });
    const rows = parseTable(readFileSync(out, 'utf8'));
    assert.deepEqual(rows.map((x) => [x['id'], x['name_ar'], x['admin1']]), [['IQ:gn9000001', 'وادي الزهرة', 'IQ:a:gn9000003']]);
  });

  it('is read by the gazetteer from the folder named by the environment', async () => {
    const folder = join(dir, 'extra');
    await importGeoNames({ citiesFile: main, alternateNamesFile: alt, outFile: join(folder, 'geo.tsv') });
    const g = buildGazetteer({ [GAZETTEER_DIR_ENV]: folder });
    const hit = g.names.get('تل النخيل').find((e) => e.kind === 'place');
    assert.equal(hit?.kind === 'place' && hit.place.country, 'SY');
    assert.ok(g.placesById.has('IQ:a:gn9000003'));
  });

  it('maps feature codes to kinds', () => {
    assert.equal(kindOf('P', 'PPLC', 0), 'city');
    assert.equal(kindOf('P', 'PPL', 500), 'village');
    assert.equal(kindOf('P', 'PPLX', 0), 'neighbourhood');
    assert.equal(kindOf('A', 'ADM2', 0), 'district');
    assert.equal(kindOf('T', 'MT', 0), 'mountain');
    assert.equal(kindOf('H', 'STM', 0), 'river');
  });

  it('cleans up', () => rmSync(dir, { recursive: true, force: true }));
});
