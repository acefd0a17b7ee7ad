// Local sources: files, folders with glob filters, JSONL streams, and their failures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ingestor } from '../../src/ingest/ingestor.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { CP1256, encodeWith, fixture } from './fixtures.js';

const P1 = 'أعلن الجيش أن وحداته أحبطت محاولة تسلل عبر الحدود الشمالية فجر اليوم، واعتقلت أربعة أشخاص كانوا يحملون أسلحة خفيفة.';
const P2 = 'قالت وزارة الداخلية إن دورية للشرطة تعرضت لإطلاق نار قرب مدخل المدينة الجنوبي، دون أن يسفر الحادث عن إصابات.';
const P3 = 'أفاد مسؤول محلي بأن السيول جرفت جسرا صغيرا يربط قريتين في الريف الشرقي، ما أدى إلى عزل مئات السكان لساعات.';

function tree(): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-files-'));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

test('files: a folder walked recursively with include/exclude globs; each format and encoding', async () => {
  const t = tree();
  const store = openSqliteStore(join(t.dir, 'db', 'marsad.db'));
  try {
    const src = join(t.dir, 'in');
    mkdirSync(join(src, 'sub', 'drafts'), { recursive: true });
    writeFileSync(join(src, 'a.txt'), `تسلل عبر الحدود\n\n${P1}\nاقرأ أيضاً:\nخبر قديم عن الحدود\n`);
    writeFileSync(join(src, 'sub', 'b.txt'), encodeWith(CP1256, `إطلاق نار على دورية\n\n${P2}\n`));
    writeFileSync(join(src, 'sub', 'c.html'), fixture('daily-rabat-floods.html'));
    writeFileSync(join(src, 'sub', 'drafts', 'd.txt'), `مسودة\n\n${P3}\n`);
    writeFileSync(join(src, 'notes.md'), P3);
    writeFileSync(join(src, 'e.jsonl'), [
      JSON.stringify({ id: 'j1', url: 'http://x.test/j1', title: 'سيول', published: '2024-05-02', text: P3 }),
      '{"id": "j2", "text": ',
      JSON.stringify({ id: 'j3', title: 'بلا نص' }),
      JSON.stringify({ id: 'j4', html: `<p>${P2.replace('الجنوبي', 'الشمالي')}</p><p>شارك</p>` }),
      '',
    ].join('\n'));
    const ing = new Ingestor(store, { exclude: ['**/drafts/**'], analyzer: null });
    const s = await ing.run([src]);
    const docs = await store.listDocuments();
    assert.deepEqual(docs.map((d) => d.title), ['تسلل عبر الحدود', 'سيول', '', 'إطلاق نار على دورية', 'إجلاء مئات الأسر بعد فيضانات في إقليم تاونات']);
    const [a, j1, j4, b, c] = docs;
    assert.equal(a!.text, P1);
    assert.deepEqual(a!.removed, { 'related-links': 2 });
    assert.equal(b!.encoding, 'windows-1256');
    assert.equal(b!.text, P2);
    assert.equal(j1!.id, 'j1');
    assert.equal(j1!.url, 'http://x.test/j1');
    assert.equal(j1!.published, '2024-05-02');
    assert.equal(j1!.source, join(src, 'e.jsonl') + '#L1');
    assert.deepEqual(j4!.removed, { share: 1 });
    assert.equal(c!.encoding, 'utf-8');
    assert.deepEqual([...s.errors], [['bad-jsonl-line', 2]]);
    const errs = await store.listErrors();
    assert.deepEqual(errs.map((e) => e.source.replace(src, '')), ['/e.jsonl#L2', '/e.jsonl#L3']);
    assert.match(errs[0]!.message, /invalid JSON/);
    assert.match(errs[1]!.message, /no "text" or "html"/);

    const only = new Ingestor(store, { include: ['sub/*.txt'], analyzer: null });
    const s2 = await only.run([src]);
    assert.deepEqual([s2.sources, s2.stored, s2.duplicates], [1, 0, 1], 'include keeps sub/b.txt only; already stored');
  } finally {
    await store.close();
    t.done();
  }
});

test('files: missing path, binary file, empty file and a 50 MB file are reported; the rest is stored', async () => {
  const t = tree();
  const store = openSqliteStore(join(t.dir, 'marsad.db'));
  try {
    const big = join(t.dir, 'big.txt');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    writeFileSync(join(t.dir, 'photo.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]));
    writeFileSync(join(t.dir, 'empty.html'), '<html><body><p>شارك</p></body></html>');
    writeFileSync(join(t.dir, 'good.txt'), `خبر\n\n${P1}`);
    const ing = new Ingestor(store, { analyzer: null });
    const s = await ing.run([join(t.dir, 'nope.txt'), big, join(t.dir, 'photo.txt'), join(t.dir, 'empty.html'), join(t.dir, 'good.txt')]);
    const errs = await store.listErrors();
    assert.deepEqual(errs.map((e) => [e.source.replace(t.dir, ''), e.reason]), [
      ['/nope.txt', 'read-error'],
      ['/big.txt', 'too-large'],
      ['/photo.txt', 'binary'],
      ['/empty.html', 'empty'],
    ]);
    assert.match(errs[1]!.message, /50\.0 MB is over the 20\.0 MB limit/);
    assert.equal(s.stored, 1);
    assert.equal(s.sources, 5);
  } finally {
    await store.close();
    t.done();
  }
});

test('files: the same text under two names is stored once; a re-run stores nothing new', async () => {
  const t = tree();
  const store = openSqliteStore(join(t.dir, 'marsad.db'));
  try {
    writeFileSync(join(t.dir, 'one.txt'), `خبر\n\n${P2}`);
    writeFileSync(join(t.dir, 'two.txt'), `خبر\n\n${P2.replace('إن', 'إنّ')}`);
    const first = await new Ingestor(store, { analyzer: null }).run([t.dir]);
    assert.deepEqual([first.stored, first.duplicates], [1, 1], 'a shadda does not make a new text');
    const second = await new Ingestor(store, { analyzer: null }).run([t.dir]);
    assert.deepEqual([second.stored, second.duplicates], [0, 2]);
    assert.equal(await store.countDocuments(), 1);
  } finally {
    await store.close();
    t.done();
  }
});
