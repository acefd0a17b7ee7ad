// Every web source kind and failure, served from a local server on 127.0.0.1.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ingestor, type IngestOptions } from '../../src/ingest/ingestor.js';
import { watch } from '../../src/ingest/watch.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/index.js';
import { CP1256, encodeWith, fixture, ISO_8859_6, startServer, utf16, type Route, type TestServer } from './fixtures.js';

// Generous timeouts: the machines running the tests may be busy. Only /slow is meant to time out.
const FAST: IngestOptions = { http: { timeoutMs: 5000, retries: 1, retryBaseMs: 10, minIntervalMs: 0 } };
const HTML = { 'content-type': 'text/html; charset=utf-8' };
const page = (name: string): Route => ({ headers: HTML, body: fixture(name) });
const feed = (name: string, type: string, etag?: string): ((base: string) => Route) => (base) => ({
  handle: (req, res) => {
    if (etag && req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': type, ...(etag ? { etag } : {}) }).end(fixture(name).replaceAll('{BASE}', base));
  },
});

async function withStore(fn: (store: SqliteStore) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-ingest-'));
  const store = openSqliteStore(join(dir, 'marsad.db'));
  try {
    await fn(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function withServer(routes: Parameters<typeof startServer>[0], fn: (s: TestServer) => Promise<void>): Promise<void> {
  const server = await startServer(routes);
  try {
    await fn(server);
  } finally {
    await server.close();
  }
}

test('web: an RSS feed is read item by item; a re-run is a 304 and stores nothing twice', () =>
  withServer(
    {
      '/rss': feed('rss.xml', 'application/rss+xml; charset=utf-8', '"v1"'),
      '/news/market-blast': page('wire-market-blast.html'),
      '/news/jordan-cell': page('broadcaster-jordan-cell.html'),
    },
    (srv) =>
      withStore(async (store) => {
        const first = new Ingestor(store, FAST);
        const s = await first.run([`${srv.base}/rss`]);
        assert.deepEqual([s.sources, s.articles, s.stored, s.errorCount], [1, 2, 2, 1]);
        assert.deepEqual([...s.errors], [['not-found', 1]]);
        const docs = await store.listDocuments();
        const blast = docs.find((d) => d.url === `${srv.base}/news/market-blast`)!;
        assert.equal(blast.title, 'انفجار عبوة ناسفة في سوق شعبي ببغداد يوقع جرحى');
        assert.equal(blast.published, '2024-03-05T09:40:00+03:00', 'the page date wins over the feed date');
        assert.deepEqual(blast.dateline, { place: 'بغداد', agency: 'رويترز' });
        assert.equal(blast.encoding, 'utf-8');
        assert.ok(blast.text.startsWith('بغداد - رويترز:'), 'the dateline stays in the text');
        for (const rule of ['related-links', 'tags', 'share']) assert.ok(blast.removed[rule]! > 0, rule);
        for (const gone of ['اقرأ أيضاً', 'الوسوم', 'شارك على', 'جميع الحقوق', 'صورة أرشيفية']) assert.ok(!blast.text.includes(gone), gone);
        const analysis = await store.getAnalysis<{ doc: string; published: string | null }>(blast.id);
        assert.equal(analysis?.doc, blast.id);
        assert.equal(analysis?.published, '2024-03-05');
        const jordan = docs.find((d) => d.url?.endsWith('/news/jordan-cell'))!;
        assert.deepEqual(jordan.dateline, { place: 'دبي، الإمارات العربية المتحدة', agency: 'CNN' });
        assert.ok(jordan.removed['cms-leftover']! >= 1 && jordan.removed.credit! >= 1);
        const ua = srv.hits.get('/news/market-blast')![0]!['user-agent'];
        assert.equal(ua, 'Marsad/0.1 (+https://github.com/marsad)');
        assert.equal((await store.listErrors())[0]!.reason, 'not-found');

        const again = await new Ingestor(store, FAST).run([`${srv.base}/rss`]);
        assert.deepEqual([again.stored, again.unchanged, again.errorCount], [0, 1, 0]);
        assert.equal(srv.hits.get('/rss')![1]!['if-none-match'], '"v1"');
        assert.equal(srv.hits.get('/news/market-blast')!.length, 1, 'stored items are not fetched again');
        assert.equal(await store.countDocuments(), 2);
      }),
  ));

test('web: an Atom feed served as text/xml, relative links, Last-Modified remembered', () =>
  withServer(
    {
      '/atom': () => ({
        handle: (req, res) => {
          const lm = 'Mon, 22 Jan 2024 09:00:00 GMT';
          if (req.headers['if-modified-since'] === lm) return void res.writeHead(304).end();
          res.writeHead(200, { 'content-type': 'text/xml', 'last-modified': lm }).end(fixture('atom.xml'));
        },
      }),
      '/news/taounate-floods': page('daily-rabat-floods.html'),
    },
    (srv) =>
      withStore(async (store) => {
        const ing = new Ingestor(store, FAST);
        await watch(ing, [`${srv.base}/atom`], { intervalMs: 5, maxPasses: 2 });
        assert.deepEqual([ing.stats.stored, ing.stats.unchanged, ing.stats.errorCount], [1, 1, 0]);
        const [d] = await store.listDocuments();
        assert.deepEqual(d!.dateline, { place: 'الرباط', agency: 'وكالة المغرب العربي للأنباء' });
        assert.equal(d!.published, '2024-01-22T08:15:00+01:00');
        for (const rule of ['caption', 'source-line', 'tags', 'subscribe']) assert.ok(d!.removed[rule]! > 0, rule);
        assert.ok(!d!.text.includes('تصوير') && !d!.text.includes('تاونات\n'));
        assert.ok((await store.getFeedState(`${srv.base}/atom`))?.lastModified);
      }),
  ));

const ARTICLE = 'أعلنت قيادة العمليات المشتركة أن قواتها أحبطت هجوما على موقع عسكري غربي البلاد، وأن الاشتباكات أسفرت عن مقتل ثلاثة مسلحين وإصابة جندي.';
const arPage = (meta = ''): string => `<html><head>${meta}<title>إحباط هجوم</title></head><body><article><h1>إحباط هجوم</h1><p>${ARTICLE}</p><p>${ARTICLE.replace('ثلاثة', 'أربعة')}</p></article></body></html>`;

test('web: pages in windows-1256, ISO-8859-6 and UTF-16 are decoded and the encoding recorded', () =>
  withServer(
    {
      '/cp1256': { headers: { 'content-type': 'text/html; charset=windows-1256' }, body: encodeWith(CP1256, arPage()) },
      '/iso': { headers: { 'content-type': 'text/html' }, body: encodeWith(ISO_8859_6, arPage('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">').replace('إحباط', 'احباط')) },
      '/guess': { headers: { 'content-type': 'text/html' }, body: encodeWith(CP1256, arPage().replace(/ثلاثة/g, 'خمسة')) },
      '/utf16': { headers: { 'content-type': 'text/html' }, body: utf16(arPage().replace(/ثلاثة/g, 'ستة'), 'le') },
    },
    (srv) =>
      withStore(async (store) => {
        const s = await new Ingestor(store, { ...FAST, analyzer: null }).run(['/cp1256', '/iso', '/guess', '/utf16'].map((p) => srv.base + p));
        assert.equal(s.errorCount, 0);
        const docs = await store.listDocuments();
        assert.deepEqual(docs.map((d) => d.encoding), ['windows-1256', 'iso-8859-6', 'windows-1256', 'utf-16le']);
        for (const d of docs) assert.ok(d.text.includes('قيادة العمليات المشتركة'), d.encoding);
        assert.equal(docs[0]!.title, 'إحباط هجوم');
      }),
  ));

test('web: each failure is reported with its reason and the batch goes on', () =>
  withServer(
    {
      '/ok': page('daily-rabat-floods.html'),
      '/slow': { handle: () => undefined },
      '/png': { headers: { 'content-type': 'image/png' }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) },
      '/binary-as-html': { headers: HTML, body: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 1, 2, 3]) },
      '/invalid': { headers: HTML, body: Buffer.concat([Buffer.from(arPage().slice(0, 120)), Buffer.from([0xff, 0xc3]), Buffer.from(arPage().slice(120))]) },
      '/empty': { headers: HTML, body: '<html><head><title>فارغ</title></head><body><nav><a href="/">الرئيسية</a></nav></body></html>' },
      '/huge': { headers: HTML, body: 'أ'.repeat(40_000) },
      '/huge-chunked': { handle: (_q, res) => { res.writeHead(200, HTML); for (let i = 0; i < 40; i++) res.write('ب'.repeat(1000)); res.end(); } },
      '/broken-feed': feed('broken-feed.xml', 'application/rss+xml'),
      '/flaky': { handle: (() => { let n = 0; return (_q, res) => (n++ === 0 ? res.writeHead(503).end() : res.writeHead(200, HTML).end(arPage().replace(/ثلاثة/g, 'سبعة'))); })() },
      '/down': { status: 500, body: 'خطأ' },
    },
    (srv) =>
      withStore(async (store) => {
        const paths = ['/missing', '/slow', '/png', '/binary-as-html', '/invalid', '/empty', '/huge', '/huge-chunked', '/broken-feed', '/flaky', '/down', '/ok'];
        const refused = 'http://127.0.0.1:9/';
        const ing = new Ingestor(store, { http: { ...FAST.http, timeoutMs: 1500 }, maxBytes: 30_000, analyzer: null });
        const s = await ing.run([...paths.map((p) => srv.base + p), refused]);
        const reasons = Object.fromEntries((await store.listErrors()).map((e) => [e.source.replace(srv.base, ''), `${e.level}:${e.reason}`]));
        assert.deepEqual(reasons, {
          '/missing': 'error:not-found',
          '/slow': 'error:timeout',
          '/png': 'error:binary',
          '/binary-as-html': 'error:binary',
          '/invalid': 'warning:invalid-bytes',
          '/empty': 'error:empty',
          '/huge': 'error:too-large',
          '/huge-chunked': 'error:too-large',
          '/broken-feed': 'error:feed-xml',
          '/down': 'error:http-error',
          [refused]: 'error:network',
        });
        assert.equal(srv.hits.get('/slow')!.length, 2, 'a timeout is retried');
        assert.equal(srv.hits.get('/missing')!.length, 1, 'a 404 is not retried');
        assert.equal(srv.hits.get('/flaky')!.length, 2, 'a 503 is retried and then succeeds');
        assert.equal(srv.hits.get('/down')!.length, 2);
        assert.deepEqual((await store.listDocuments()).map((d) => d.url!.replace(srv.base, '')), ['/invalid', '/flaky', '/ok']);
        assert.equal(s.stored, 3);
        assert.equal(s.warnings.get('invalid-bytes'), 1);
        const errs = await store.listErrors();
        for (const e of errs) assert.ok(e.message.length > 0 && !e.message.includes('\n'), 'one clear line');
        assert.match(errs.find((e) => e.reason === 'timeout')!.message, /no answer within 1500 ms/);
      }),
  ));

test('web: near-duplicates are linked, exact duplicates are not stored twice', () =>
  withServer(
    {
      '/a': page('wire-market-blast.html'),
      '/b': page('wire-market-blast-copy.html'),
      '/a-mirror': page('wire-market-blast.html'),
      '/c': page('broadcaster-jordan-cell.html'),
    },
    (srv) =>
      withStore(async (store) => {
        const s = await new Ingestor(store, { ...FAST, analyzer: null }).run(['/a', '/b', '/a-mirror', '/c', '/a'].map((p) => srv.base + p));
        assert.deepEqual([s.stored, s.duplicates, s.known, s.nearDuplicates], [3, 1, 1, 1]);
        const docs = await store.listDocuments();
        const [a, b, c] = docs;
        const links = await store.nearDuplicatesOf(a!.id);
        assert.equal(links.length, 1);
        assert.equal(links[0]!.docId, b!.id);
        assert.equal(links[0]!.ofId, a!.id);
        assert.ok(links[0]!.similarity >= 0.5 && links[0]!.similarity < 1);
        assert.deepEqual(await store.nearDuplicatesOf(c!.id), []);
        assert.deepEqual(b!.dateline, { place: 'بغداد', agency: 'رويترز' });
        assert.ok(b!.removed['related-links']! >= 1);
        assert.equal(b!.removed['source-line'], 1);
      }),
  ));
