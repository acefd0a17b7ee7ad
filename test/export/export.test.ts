import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvField, csvRecord } from '../../src/export/csv.js';
import { ACLED_COLUMNS, EXPORT_COLUMNS } from '../../src/export/event-row.js';
import { exportEvents } from '../../src/export/export-events.js';
import type { ExportFormat } from '../../src/export/formats.js';
import { openStore } from '../../src/store/open.js';
import { incidentArticles } from '../store/fixtures.js';

/** An RFC 4180 reader, to check that what is written reads back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; } else cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

test('csv: fields are quoted only when needed, quotes doubled, records end in CRLF', () => {
  const cases: [string | number | null, string][] = [
    ['كركوك', 'كركوك'], ['a,b', '"a,b"'], ['قال "المصدر"', '"قال ""المصدر"""'], ['سطر\nثان', '"سطر\nثان"'],
    ['x\r', '"x\r"'], [' lead', '" lead"'], [12, '12'], [null, ''], [Number.NaN, ''], ['=SUM(A1)', '=SUM(A1)'],
  ];
  for (const [v, out] of cases) assert.equal(csvField(v), out, String(v));
  assert.equal(csvRecord(['a', 'b,c', null]), 'a,"b,c",\r\n');
  const tricky = ['"', '""', ',\r\n,', 'عربي, "مقتبس"\nسطر'];
  assert.deepEqual(parseCsv(csvRecord(tricky)), [tricky]);
});

async function exported(format: ExportFormat, bom = false): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-export-'));
  const store = await openStore({ db: join(dir, 'm.db') });
  try {
    for (const { doc, analysis } of incidentArticles()) await store.putDocument(doc, { analysis });
    let out = '';
    for await (const chunk of exportEvents(store, { format, bom, pageSize: 1 })) out += chunk;
    return out;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('export: CSV has ACLED columns then extras, and reads back cell for cell', async () => {
  const rows = parseCsv(await exported('csv'));
  assert.deepEqual(rows[0]!.slice(0, ACLED_COLUMNS.length), [...ACLED_COLUMNS]);
  assert.deepEqual(rows[0], [...EXPORT_COLUMNS]);
  assert.equal(rows.length, 3, 'header and two events (paged one by one)');
  const col = (r: string[], name: string) => r[EXPORT_COLUMNS.indexOf(name as (typeof EXPORT_COLUMNS)[number])];
  const kirkuk = rows.find((r) => col(r, 'reports') === '3')!;
  assert.equal(col(kirkuk, 'event_type'), 'Explosions/Remote violence');
  assert.equal(col(kirkuk, 'sub_event_type'), 'Remote explosive/landmine/IED');
  assert.equal(col(kirkuk, 'country'), 'Iraq');
  assert.equal(col(kirkuk, 'event_date'), '2024-03-05');
  assert.equal(col(kirkuk, 'time_precision'), '1');
  assert.equal(col(kirkuk, 'geo_precision'), '1');
  assert.equal(col(kirkuk, 'fatalities'), '7');
  assert.deepEqual([col(kirkuk, 'killed_low'), col(kirkuk, 'killed_best'), col(kirkuk, 'killed_high')], ['5', '7', '12']);
  assert.equal(col(kirkuk, 'injured'), '10');
  assert.equal(col(kirkuk, 'source'), 'news-one.example; news-two.example; خبر k3');
  assert.ok(col(kirkuk, 'evidence')!.includes('قتل 12 شخصا في تفجير بكركوك, "بحسب" مسؤول'), 'commas and quotes survive');
  const withBom = await exported('csv', true);
  assert.equal(withBom.charCodeAt(0), 0xfeff);
});

test('export: GeoJSON features and JSON lines', async () => {
  const geo = JSON.parse(await exported('geojson'));
  assert.equal(geo.type, 'FeatureCollection');
  assert.equal(geo.features.length, 2);
  for (const f of geo.features) {
    assert.equal(f.type, 'Feature');
    assert.deepEqual(f.geometry.coordinates, [f.properties.longitude, f.properties.latitude], 'GeoJSON is lon, lat');
  }
  const lines = (await exported('jsonl')).trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 2);
  assert.deepEqual(Object.keys(lines[0]), [...EXPORT_COLUMNS]);
});
