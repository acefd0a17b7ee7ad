// One contract, every back end: the same calls must give the same answers on SQLite and on
// PostgreSQL. The PostgreSQL half runs when MARSAD_PG_URL is set and says so when skipped.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/store.js';
import { BACKENDS, type Backend } from './backends.js';
import { incidentArticles, makeAnalysis, makeDoc, makeEvent } from './fixtures.js';

async function withStore(b: Backend, fn: (s: Store) => Promise<void>): Promise<void> {
  const o = await b.open();
  try {
    await fn(o.store);
  } finally {
    await o.done();
  }
}

async function loadIncidents(s: Store): Promise<void> {
  for (const { doc, analysis } of incidentArticles()) assert.equal(await s.putDocument(doc, { analysis }), true);
}

const INJECTION = "'; DROP TABLE events; --";

for (const b of BACKENDS) {
  if (b.skip) process.stderr.write(`store contract: ${b.skip}\n`);
  describe(`store contract (${b.name})`, { skip: b.skip ?? false }, () => {
    test('documents round-trip; the same id, URL or text is stored once', () => withStore(b, async (s) => {
      const d1 = makeDoc('d1', { url: 'https://x.example/1', byline: 'مراسل', dateline: { place: 'بغداد', agency: null }, removed: { share: 2 } });
      assert.equal(await s.putDocument(d1), true);
      assert.equal(await s.putDocument(makeDoc('d2')), true);
      assert.deepEqual(await s.getDocument('d1'), d1);
      assert.equal(await s.getDocument('nope'), null);
      assert.equal(await s.putDocument(makeDoc('d1', { contentHash: 'other' })), false, 'same id');
      assert.equal(await s.putDocument(makeDoc('d3', { url: 'https://x.example/1' })), false, 'same URL');
      assert.equal(await s.putDocument(makeDoc('d4', { contentHash: 'hash-d2' })), false, 'same text');
      assert.equal(await s.countDocuments(), 2);
      assert.equal(await s.hasUrl('https://x.example/1'), true);
      assert.equal(await s.hasHash('hash-d2'), true);
      assert.deepEqual((await s.listDocuments({ limit: 1, offset: 1 })).map((d) => d.id), ['d2']);
    }));

    test('sketches, near duplicates, feed state and ingest errors', () => withStore(b, async (s) => {
      await s.putDocument(makeDoc('a'), { sketch: new Uint32Array([1, 2, 3]) });
      await s.putDocument(makeDoc('b'), { nearDuplicates: [{ docId: 'b', ofId: 'a', similarity: 0.75 }] });
      assert.deepEqual(await s.nearDuplicatesOf('a'), [{ docId: 'b', ofId: 'a', similarity: 0.75 }]);
      const sketches = [];
      for await (const k of s.listSketches()) sketches.push({ id: k.docId, v: [...k.sketch] });
      assert.deepEqual(sketches, [{ id: 'a', v: [1, 2, 3] }]);
      await s.putFeedState({ url: 'https://f.example/rss', etag: 'W/"1"', checkedAt: '2024-03-06T00:00:00Z', status: 200 });
      await s.putFeedState({ url: 'https://f.example/rss', etag: 'W/"2"', checkedAt: '2024-03-07T00:00:00Z', status: 304 });
      assert.deepEqual(await s.getFeedState('https://f.example/rss'), { url: 'https://f.example/rss', etag: 'W/"2"', checkedAt: '2024-03-07T00:00:00Z', status: 304 });
      assert.equal(await s.getFeedState('https://none.example'), null);
      await s.recordError({ source: 'x.txt', reason: 'binary', message: 'not text', level: 'error', at: '2024-03-06T00:00:00Z' });
      assert.deepEqual(await s.listErrors(), [{ source: 'x.txt', reason: 'binary', message: 'not text', level: 'error', at: '2024-03-06T00:00:00Z' }]);
    }));

    test('an analysis stored with its document fills the event side', () => withStore(b, async (s) => {
      const analysis = makeAnalysis('k1', [makeEvent({ killed: 4 })]);
      await s.putDocument(makeDoc('k1'), { analysis });
      assert.deepEqual(await s.getAnalysis('k1'), analysis);
      const page = await s.listEvents({}, { limit: 10 });
      assert.equal(page.items.length, 1);
      const e = await s.getEvent(page.items[0]!.id);
      assert.equal(e!.reportList.length, 1);
      assert.deepEqual(e!.reportList[0]!.evidence, [{ start: 0, end: 33, text: 'انفجرت سيارة مفخخة في سوق المدينة' }]);
      assert.equal(e!.reportList[0]!.docTitle, 'خبر k1');
      assert.deepEqual(e!.killed, { low: 4, best: 4, high: 4 });
      assert.equal(await s.getEvent(999_999), null);
    }));

    test('reports of one incident merge; low/best/high keep every value with article and speaker', () => withStore(b, async (s) => {
      await loadIncidents(s);
      const { items } = await s.listEvents({}, { limit: 10 });
      assert.equal(items.length, 2, 'the Kirkuk bombing and the Basra clash');
      const kirkuk = items.find((e) => e.reports === 3)!;
      assert.ok(kirkuk, 'three reports in one event');
      assert.deepEqual(kirkuk.killed, { low: 5, best: 7, high: 12 });
      assert.deepEqual(kirkuk.injured, { low: 10, best: 10, high: 14 });
      const detail = (await s.getEvent(kirkuk.id))!;
      assert.deepEqual(detail.figures.killed.map((v) => [v.docId, v.value, v.speaker]),
        [['k1', 5, 'الشرطة المحلية'], ['k2', 7, 'مصدر طبي'], ['k3', 12, null]]);
      assert.equal(detail.merges.length, 2);
      assert.ok(detail.merges.every((m) => m.rules.length >= 3 && m.undoneAt === null));
      assert.deepEqual(detail.reportList.map((r) => r.docId), ['k1', 'k2', 'k3']);
    }));

    test('reports stored concurrently still merge into one event', () => withStore(b, async (s) => {
      const arts = incidentArticles();
      const stored = await Promise.all([...arts, ...arts].map(({ doc, analysis }) => s.putDocument(doc, { analysis })));
      assert.equal(stored.filter(Boolean).length, 4, 'each article once');
      const { items } = await s.listEvents({}, { limit: 10 });
      assert.deepEqual(items.map((e) => e.reports).sort(), [1, 3]);
    }));

    test('a merge can be undone; re-analysis replaces a document\'s reports', () => withStore(b, async (s) => {
      await loadIncidents(s);
      const kirkuk = (await s.listEvents({ type: 'explosions_remote_violence' }, { limit: 10 })).items[0]!;
      const m = (await s.getEvent(kirkuk.id))!.merges.find((x) => x.reportId !== undefined)!;
      assert.equal(await s.undoMerge(m.id), true);
      assert.equal(await s.undoMerge(m.id), false, 'already undone');
      assert.equal(await s.undoMerge(424242), false);
      const after = await s.listEvents({ type: 'explosions_remote_violence' }, { limit: 10 });
      assert.equal(after.items.length, 2);
      assert.deepEqual(after.items.map((e) => e.reports).sort(), [1, 2]);
      const kept = (await s.getEvent(kirkuk.id))!;
      assert.equal(kept.merges.find((x) => x.id === m.id)!.undoneAt !== null, true, 'the undone merge stays visible');

      await s.putAnalysis('k3', makeAnalysis('k3', []));
      const pair = (await s.listEvents({ type: 'explosions_remote_violence' }, { limit: 10 })).items;
      assert.equal(pair.reduce((n, e) => n + e.reports, 0), 2, 'k3 no longer reports anything');
    }));

    test('filters, text search and cursor pagination', () => withStore(b, async (s) => {
      await loadIncidents(s);
      const n = async (f: Parameters<Store['listEvents']>[0]) => (await s.listEvents(f, { limit: 50 })).items.length;
      assert.equal(await n({ country: 'IQ' }), 2);
      assert.equal(await n({ country: 'SY' }), 0);
      assert.equal(await n({ type: 'battles' }), 1);
      assert.equal(await n({ subType: 'armed_clash' }), 1);
      assert.equal(await n({ from: '2024-03-05', to: '2024-03-05' }), 2);
      assert.equal(await n({ from: '2024-03-06' }), 0);
      assert.equal(await n({ actor: 'قوات الامن' }), 1, 'actor matched after normalisation');
      assert.equal(await n({ minKilled: 3 }), 1);
      assert.equal(await n({ bbox: [44, 35, 45, 36] }), 1);
      assert.equal(await n({ admin1: 'البصرة' }), 1);
      assert.equal(await n({ text: 'حصيلة تفجير' }), 1);
      assert.equal(await n({ text: 'اشتباك البصره' }), 1, 'ة and ه fold together');
      assert.equal(await n({ text: 'زلزال' }), 0);
      assert.equal(await n({ text: 'تفجير', country: 'IQ', type: 'explosions_remote_violence' }), 1);
      assert.equal(await n({ text: 'تفجير', country: 'SY' }), 0);
      assert.equal(await n({ text: 'تفجير', type: 'battles' }), 0);
      for (const bad of [INJECTION, '" OR 1=1 --', 'NEAR(a b)', '\\']) {
        if (bad !== '\\') assert.equal(await n({ text: bad }), 0, bad);
        assert.equal(await n({ actor: bad, country: 'IQ' }), 0, bad);
        assert.equal(await n({ admin1: bad }), 0, bad);
      }
      assert.equal(await n({}), 2, 'the table is still there');

      for (let i = 0; i < 23; i++) {
        const id = `p${i}`;
        const day = `2024-01-${String(i + 1).padStart(2, '0')}`;
        await s.putDocument(makeDoc(id), { analysis: makeAnalysis(id, [makeEvent({ date: day, place: `قرية ${i}`, lat: 30 + i, lon: 40 })]) });
      }
      const seen: number[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await s.listEvents({ country: 'IQ' }, { limit: 10, cursor });
        seen.push(...page.items.map((e) => e.id));
        cursor = page.next;
        pages++;
      } while (cursor);
      assert.equal(pages, 3);
      assert.equal(seen.length, 25);
      assert.equal(new Set(seen).size, 25, 'no event twice across pages');
      const texted: number[] = [];
      for (let c: string | null = null, first = true; first || c; first = false) {
        const page = await s.listEvents({ text: 'قريه', from: '2024-01-01' }, { limit: 10, cursor: c });
        texted.push(...page.items.map((e) => e.id));
        c = page.next;
      }
      assert.equal(texted.length, 23, 'text search pages through every match');
      const all = (await s.listEvents({}, { limit: 100 })).items;
      assert.deepEqual(texted, all.filter((e) => e.place?.startsWith('قرية')).map((e) => e.id), 'in list order');
      assert.deepEqual(seen, all.map((e) => e.id), 'pages follow the list order');
      assert.ok(all.every((e, i) => i === 0 || e.date <= all[i - 1]!.date), 'newest first');
    }));

    test('counts per week, month, country and type', () => withStore(b, async (s) => {
      await loadIncidents(s);
      assert.deepEqual(await s.countEvents('week', {}), [{ key: '2024-03-04', events: 2, killed: 9 }]);
      assert.deepEqual(await s.countEvents('month', {}), [{ key: '2024-03', events: 2, killed: 9 }]);
      assert.deepEqual(await s.countEvents('country', { type: 'battles' }), [{ key: 'IQ', events: 1, killed: 2 }]);
      assert.deepEqual((await s.countEvents('type', {})).map((r) => r.key), ['battles', 'explosions_remote_violence']);
      assert.deepEqual(await s.countEvents('type', { text: 'حصيلة', actor: 'x', minKilled: 0 }), []);
      assert.deepEqual(await s.countEvents('type', { text: 'حصيلة', bbox: [40, 30, 50, 40] }), [{ key: 'explosions_remote_violence', events: 1, killed: 7 }]);
    }));

    test('actors, places and Arabic-normalised article search', () => withStore(b, async (s) => {
      await loadIncidents(s);
      await s.putDocument(makeDoc('n1', { title: 'إنفجار في المدينة', text: 'وقع انْفِجارٌ كبير قرب المستشفى' }));
      assert.deepEqual((await s.listActors({ limit: 10 })).map((a) => a.name).sort(), ['قوات الأمن', 'مسلحون مجهولون']);
      assert.deepEqual((await s.listActors({ q: 'مسلحون', limit: 10 })).map((a) => a.name), ['مسلحون مجهولون']);
      const places = await s.listPlaces({ q: 'كركوك', limit: 10 });
      assert.equal(places.length, 1);
      assert.equal(places[0]!.events, 1);
      assert.deepEqual(await s.listPlaces({ q: '%', limit: 10 }), [], 'LIKE wildcards are literal');
      const hits = await s.searchDocuments('انفجار المستشفى', { limit: 10 });
      assert.deepEqual(hits.map((h) => h.id), ['n1'], 'harakat and hamza forms fold away');
      assert.deepEqual(await s.searchDocuments(INJECTION, { limit: 10 }), []);
      assert.deepEqual(await s.searchDocuments('   ', { limit: 10 }), []);
      assert.equal(await s.countDocuments(), 5);
    }));
  });
}
