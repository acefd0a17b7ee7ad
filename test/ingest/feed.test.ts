import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looksLikeFeed, parseFeed } from '../../src/ingest/feed.js';
import { IngestError } from '../../src/ingest/errors.js';
import { fixture } from './fixtures.js';

const BASE = 'http://news.test';

test('feed: RSS 2.0 items with links, titles and dates', () => {
  const items = parseFeed(fixture('rss.xml').replaceAll('{BASE}', BASE), `${BASE}/rss`);
  assert.deepEqual(items.map((i) => i.url), [`${BASE}/news/market-blast`, `${BASE}/news/jordan-cell`, `${BASE}/news/removed`]);
  assert.equal(items[0]!.title, 'انفجار عبوة ناسفة في سوق شعبي ببغداد يوقع جرحى');
  assert.equal(items[0]!.published, 'Tue, 05 Mar 2024 06:40:00 GMT');
  assert.equal(items[2]!.published, undefined);
});

test('feed: Atom entries with relative links resolved against the feed URL', () => {
  const items = parseFeed(fixture('atom.xml').replaceAll('{BASE}', BASE), `${BASE}/atom`);
  assert.deepEqual(items, [{ url: `${BASE}/news/taounate-floods`, title: 'إجلاء مئات الأسر بعد فيضانات في إقليم تاونات', published: '2024-01-22T09:00:00Z' }]);
});

test('feed: RSS 1.0 (RDF)', () => {
  const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="${BASE}/"><title>أخبار</title></channel>
<item rdf:about="${BASE}/a"><title>خبر أول</title><link>${BASE}/a</link><dc:date>2024-02-01</dc:date></item></rdf:RDF>`;
  assert.deepEqual(parseFeed(rdf), [{ url: `${BASE}/a`, title: 'خبر أول', published: '2024-02-01' }]);
});

test('feed: broken XML is a feed-xml error with the line', () => {
  assert.throws(() => parseFeed(fixture('broken-feed.xml')), (e: unknown) => e instanceof IngestError && e.reason === 'feed-xml' && /line \d+/.test(e.message));
  assert.throws(() => parseFeed('<?xml version="1.0"?><html><body/></html>'), /neither RSS nor Atom/);
});

test('feed: told from pages by content type and root element', () => {
  assert.ok(looksLikeFeed('application/rss+xml', ''));
  assert.ok(looksLikeFeed('application/atom+xml; charset=utf-8', ''));
  assert.ok(looksLikeFeed('text/html', fixture('rss.xml')), 'a feed served as text/html');
  assert.ok(looksLikeFeed('text/xml', fixture('atom.xml')));
  assert.ok(!looksLikeFeed('text/html; charset=utf-8', fixture('wire-market-blast.html')));
  assert.ok(!looksLikeFeed('application/xhtml+xml', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>'));
});
