// The marsad command as a user meets it: real processes, real files, and every kind of bad
// input answered with one line and no stack trace.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/paths.js';

const CLI = join(ROOT, 'dist/src/cli/main.js');
function marsad(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ARTICLE = `---
title: اشتباكات في ريف حلب
published: 2024-03-14
outlet: وكالة التجربة (Test Agency)
---
اشتباكات في ريف حلب

حلب - قُتل ثلاثة عناصر من قوات الأمن وأصيب ٧ آخرون أمس في اشتباكات مع مسلحين قرب مدينة الباب، بحسب مصدر أمني.
وقال المتحدث باسم الشرطة إن الهجوم وقع في 12 مارس.
`;

describe('marsad analyze', () => {
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'marsad-cli-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('analyses a file with front matter and prints JSON with offsets into the body', () => {
    const f = join(dir, 'a.txt');
    writeFileSync(f, ARTICLE);
    const r = marsad(['analyze', f, '--json']);
    assert.equal(r.code, 0, r.err);
    const a = JSON.parse(r.out);
    assert.equal(a.published, '2024-03-14', 'published comes from the front matter');
    for (const k of ['entities', 'dates', 'figures', 'events', 'quotes']) assert.ok(Array.isArray(a[k]), k);
    const body = ARTICLE.slice(ARTICLE.indexOf('اشتباكات في ريف حلب\n\n'));
    for (const d of a.dates) assert.equal(body.slice(d.start, d.end), d.text);
    for (const f2 of a.figures) assert.equal(body.slice(f2.start, f2.end), f2.text);
    assert.ok(a.dates.some((d: { value: string }) => d.value === '2024-03-13'), 'أمس resolves against the published date');
  });
  it('--published overrides the front matter and must be a date', () => {
    const f = join(dir, 'b.txt');
    writeFileSync(f, ARTICLE);
    assert.equal(JSON.parse(marsad(['analyze', f, '--json', '--published', '2024-03-20']).out).published, '2024-03-20');
    const bad = marsad(['analyze', f, '--published', 'yesterday']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--published takes YYYY-MM-DD/);
  });
  it('reads standard input with -', () => {
    const r = marsad(['analyze', '-', '--json'], 'قتل خمسة أشخاص في بغداد.');
    assert.equal(r.code, 0, r.err);
    assert.ok(JSON.parse(r.out).figures.length >= 1);
  });
  it('an empty file gives a valid empty analysis', () => {
    const f = join(dir, 'empty.txt');
    writeFileSync(f, '');
    const r = marsad(['analyze', f, '--json']);
    assert.equal(r.code, 0, r.err);
    const a = JSON.parse(r.out);
    assert.deepEqual([a.entities.length, a.dates.length, a.events.length, a.relevant], [0, 0, 0, false]);
  });
  const bad: Array<[string, Buffer | string, RegExp]> = [
    ['binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0]), /looks binary/],
    ['invalid UTF-8 (windows-1256 bytes)', Buffer.from([0xe3, 0xd1, 0xd5, 0xcf, 0x20, 0xc7, 0xe1]), /not valid UTF-8 \(first bad byte at offset 0\).*marsad ingest/],
    ['a 20 MB file', Buffer.alloc(20 * 1024 * 1024, 'ا'), /20\.0 MB.*at most 4 MB/],
  ];
  for (const [label, bytes, msg] of bad) {
    it(`${label}: one clear line, exit 1, no stack trace`, () => {
      const f = join(dir, label.replace(/\W+/g, '_'));
      writeFileSync(f, bytes);
      const r = marsad(['analyze', f]);
      assert.equal(r.code, 1);
      assert.match(r.err, msg);
      assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
      assert.equal(r.err.trim().split('\n').length, 1);
    });
  }
  it('a missing file and a folder are reported, not thrown', () => {
    const r1 = marsad(['analyze', join(dir, 'nope.txt')]);
    assert.equal(r1.code, 1);
    assert.match(r1.err, /cannot read .*ENOENT/);
    const r2 = marsad(['analyze', dir]);
    assert.equal(r2.code, 2);
    assert.match(r2.err, /is a folder/);
  });
  it('--jsonl answers each line, errors included, and goes on', () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'قتل 3 أشخاص أمس في الموصل.', published: '2024-01-10' }),
      '{not json',
      JSON.stringify({ id: 'c', title: 'no text field' }),
      JSON.stringify({ id: 'd', text: 'تظاهر المئات في تونس.' }),
    ].join('\n');
    const r = marsad(['analyze', '--jsonl'], lines);
    assert.equal(r.code, 0);
    const out = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(out.map((o) => o.id ?? o.doc), ['a', 'line-2', 'c', 'd']);
    assert.ok(out[0].dates.some((d: { value: string }) => d.value === '2024-01-09'));
    assert.ok(out[1].error && out[2].error);
    assert.match(r.err, /2 of the lines failed/);
  });
});

describe('marsad eval', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-eval-'));
    mkdirSync(join(dir, 'gold'));
    writeFileSync(join(dir, 'gold', 'x.txt'), 'قتل 5 أشخاص في 21 يناير 2021.');
    writeFileSync(join(dir, 'gold', 'x.gold.json'), JSON.stringify({ doc: 'x', published: '2021-04-15', relevant: true, entities: [], dates: [{ text: '21 يناير 2021', value: '2021-01-21' }], figures: [], events: [], quotes: [] }));
    writeFileSync(join(dir, 'gold', 'broken.txt'), 'نص');
    writeFileSync(join(dir, 'gold', 'broken.gold.json'), '{');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  it('scores a folder, reports a broken gold file and keeps going', () => {
    const r = marsad(['eval', join(dir, 'gold'), '--json']);
    const s = JSON.parse(r.out);
    assert.equal(s.docs.length, 1);
    assert.equal(s.fields.dates.f1, 1);
    assert.ok(s.problems.some((p: string) => p.startsWith('broken:')));
  });
  it('--min fails the run when a figure falls below its bound', () => {
    assert.equal(marsad(['eval', join(dir, 'gold'), '--min', 'dates=0.9']).code, 0);
    const r = marsad(['eval', join(dir, 'gold'), '--min', 'dates=0.9', 'events.killed=0.5']);
    assert.equal(r.code, 1);
    assert.match(r.err, /events.killed = n\/a is below/);
    assert.equal(marsad(['eval', join(dir, 'gold'), '--min', 'dates']).code, 2);
  });
  it('a missing folder is one clear line', () => {
    const r = marsad(['eval', join(dir, 'nope')]);
    assert.equal(r.code, 1);
    assert.match(r.err, /no such folder/);
  });
});
