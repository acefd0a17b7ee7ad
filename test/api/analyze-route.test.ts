// POST /api/analyze through the real server (fastify.inject), pasted text and URLs served
// from a local page: the Analyse page's contract.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildServer } from '../../src/api/server.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/store.js';

const PAGE = `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>اشتباكات في درنة</title>
<meta property="article:published_time" content="2024-06-02T09:00:00Z"></head><body><article><h1>اشتباكات في درنة</h1>
<p>درنة - قتل أربعة مسلحين وأصيب جنديان أمس في اشتباكات عنيفة مع قوات الجيش الليبي عند مدخل المدينة الشرقي، بحسب مصدر عسكري.</p>
<p>وقال المتحدث باسم الجيش إن الوحدات ما زالت تمشط المنطقة بحثاً عن عناصر فارين، وإن الطريق الساحلي أغلق لساعات.</p>
<p>اقرأ أيضاً</p><p>أسعار الوقود ترتفع في طرابلس</p></article></body></html>`;

describe('POST /api/analyze', () => {
  let dir: string;
  let store: Store;
  let page: Server;
  let base = '';
  let app: ReturnType<typeof buildServer>;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-analyze-'));
    store = await openSqliteStore(join(dir, 'm.db'));
    app = buildServer({ store });
    page = createServer((req, res) => {
      if (req.url === '/article') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(PAGE); }
      else { res.writeHead(404); res.end('no'); }
    });
    await new Promise<void>((r) => page.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(page.address() as AddressInfo).port}`;
  });
  after(async () => {
    await app.close();
    await store.close();
    page.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('analyses pasted text with offsets into that text', async () => {
    const text = 'قُتل ثلاثة أشخاص أمس في انفجار عبوة ناسفة في الموصل.';
    const r = await app.inject({ method: 'POST', url: '/api/analyze', payload: { text, published: '2024-05-10' } });
    assert.equal(r.statusCode, 200, r.body);
    const { analysis, text: echoed } = r.json();
    assert.equal(echoed, text);
    assert.ok(analysis.events.length >= 1);
    assert.ok(analysis.dates.some((d: { value: string }) => d.value === '2024-05-09'));
    for (const f of analysis.figures) assert.equal(text.slice(f.start, f.end), f.text);
  });
  it('fetches, cleans and analyses a URL, taking the page date', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/analyze', payload: { url: `${base}/article` } });
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json();
    assert.equal(body.title, 'اشتباكات في درنة');
    assert.doesNotMatch(body.text, /أسعار الوقود/, 'the related-links block is cleaned away');
    assert.equal(body.analysis.published, '2024-06-02');
    assert.ok(body.analysis.dates.some((d: { value: string }) => d.value === '2024-06-01'));
    for (const e of body.analysis.entities) for (const m of e.mentions) assert.equal(body.text.slice(m.start, m.end), m.text);
  });
  const bad: Array<[string, unknown, RegExp]> = [
    ['an empty text', { text: '   ' }, /text is empty/],
    ['both text and url', { text: 'نص', url: 'http://x' }, /either "text" or "url"/],
    ['neither', {}, /either "text" or "url"/],
    ['a bad date', { text: 'نص', published: 'أمس' }, /YYYY-MM-DD/],
    ['a non-http url', { url: 'file:///etc/passwd' }, /http:\/\/ or https:\/\//],
    ['SQL-looking text is just text', { text: "'; DROP TABLE events; --" }, /^$/],
  ];
  for (const [label, payload, reason] of bad) {
    it(`answers ${label} with a clear status`, async () => {
      const r = await app.inject({ method: 'POST', url: '/api/analyze', payload: payload as object });
      if (reason.source === '^$') return assert.equal(r.statusCode, 200);
      assert.equal(r.statusCode, 400, r.body);
      assert.match(r.json().reason, reason);
    });
  }
  it('a page that is not there is a 400 with the reason, not a 500', async () => {
    const r = await app.inject({ method: 'POST', url: '/api/analyze', payload: { url: `${base}/missing` } });
    assert.equal(r.statusCode, 400);
    assert.match(r.json().reason, /could not read .*404/);
  });
});
