// End to end: the sample articles ingested into a temporary SQLite database, a real
// `marsad serve`, and Debian's chromium clicking through the dashboard. Screenshots go to
// test-output/screenshots/ so a person can check that the Arabic is joined and right to left.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { ensureWebBuild, ingest, launchBrowser, ROOT, SCREENSHOTS, serve, skipBrowser, type Served } from './harness.js';

// Written for this test: a shelling with five dead and eight wounded, attributed to an official.
const PASTED = 'حلب - قُتل خمسة مدنيين وأصيب ثمانية آخرون، يوم الثلاثاء 12 مارس 2024، في قصف مدفعي استهدف سوقاً شعبية في مدينة حلب، بحسب ما أفاد مسؤول محلي.';

interface EventJson { id: number; country: string | null; reportList: { docId: string; evidence: { text: string }[] }[] }

describe('dashboard in chromium', { skip: skipBrowser(), timeout: 180_000 }, () => {
  let dir = '';
  let server: Served | null = null;
  let browser: Browser | null = null;
  let page: Page;
  const outside: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    browser = await launchBrowser();
    await ensureWebBuild();
    dir = mkdtempSync(join(tmpdir(), 'marsad-web-'));
    const db = join(dir, 'marsad.db');
    ingest(db, [join(ROOT, 'samples')]);
    server = await serve(db);
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Pages must load with no outside network: every request has to go to our server.
    page.on('request', (r) => { if (!r.url().startsWith(server!.url) && !r.url().startsWith('data:')) outside.push(r.url()); });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server!.url}${path}`)).json()) as T;

  it('opens the overview in Arabic, right to left, with chart, map, rankings and latest events', async () => {
    await page.goto(`${server!.url}/`);
    await page.waitForSelector('svg.chart rect.bar');
    await page.waitForSelector('svg.map path.country');
    await page.waitForSelector('svg.map circle.dot');
    await page.waitForSelector('.events-table tbody tr');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.match(await page.textContent('header nav') ?? '', /الأحداث/);
    // The offline world map is drawn from the bundled TopoJSON: well over a hundred countries.
    assert.ok(await page.locator('svg.map path.country').count() > 100);
    assert.ok(await page.locator('ol.ranked li').count() > 0, 'top actors and places are listed');
    // Counts use Eastern Arabic digits in the Arabic interface.
    assert.match(await page.textContent('.stat-value') ?? '', /^[٠-٩٬]+$/);
    // The body font is the bundled Arabic web font, loaded from our own server.
    assert.ok(await page.evaluate(() => document.fonts.check('16px "Noto Sans Arabic"', 'مرصد')));
    await page.click('button[data-region="levant"]');
    await shot('overview');
  });

  it('filters the events by a country', async () => {
    await page.goto(`${server!.url}/#/events`);
    await page.waitForSelector('.events-table tbody tr');
    const all = await page.locator('.events-table tbody tr').count();
    await page.waitForSelector('#f-country option[value="IQ"]', { state: 'attached' });
    await page.selectOption('#f-country', 'IQ');
    await page.waitForFunction(() => location.hash.includes('country=IQ'));
    await page.waitForSelector('.results .events-table tbody tr');
    const countries = await page.locator('.events-table tbody tr [data-country]').evaluateAll((els) => els.map((e) => e.getAttribute('data-country')));
    assert.ok(countries.length > 0 && countries.length < all, `${countries.length} Iraqi rows of ${all}`);
    assert.ok(countries.every((c) => c === 'IQ'), `only Iraq: ${countries.join(',')}`);
    const csv = await page.getAttribute('#export-csv', 'href');
    assert.match(csv ?? '', /country=IQ/);
    const res = await fetch(`${server!.url}${csv}`);
    assert.equal(res.status, 200);
    assert.equal((await res.text()).trim().split('\n').length, countries.length + 1, 'the CSV holds the filtered events');
    await shot('events-iraq');
  });

  it('pages through the table with the cursor and sorts a page by fatalities', async () => {
    await page.goto(`${server!.url}/#/events?size=25`);
    await page.waitForSelector('.results .events-table tbody tr');
    const firstIds = await page.locator('.events-table tbody tr').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    assert.equal(firstIds.length, 25);
    await page.click('.pager a[rel="next"]');
    await page.waitForFunction(() => location.hash.includes('page=2'));
    await page.waitForSelector('.results .events-table tbody tr');
    const secondIds = await page.locator('.events-table tbody tr').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    assert.ok(secondIds.length > 0 && secondIds.every((id) => !firstIds.includes(id)), 'the second page holds other events');
    await page.click('.pager a[rel="prev"]');
    await page.waitForFunction(() => !location.hash.includes('page=2'));
    await page.waitForSelector('.results .events-table tbody tr');
    await page.click('th[data-sort="killed"]');
    await page.waitForSelector('th[data-sort="killed"][aria-sort="descending"]');
    const killed = await page.locator('.events-table tbody tr').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-killed'))));
    assert.deepEqual(killed, [...killed].sort((a, b) => b - a));
  });

  it('opens an event and shows its evidence highlighted in the article', async () => {
    await page.goto(`${server!.url}/#/events?country=IQ`);
    await page.waitForSelector('.results .events-table tbody tr');
    await page.locator('.events-table tbody tr a[href^="#/event/"]').first().click();
    await page.waitForSelector('.report mark.hl-evidence');
    const id = Number(/#\/event\/(\d+)/.exec(page.url())?.[1]);
    const event = await api<EventJson>(`/api/events/${id}`);
    assert.equal(event.country, 'IQ');
    const first = event.reportList[0]!;
    const card = page.locator(`.report[data-doc="${first.docId}"]`);
    const marked = (await card.locator('mark.hl-evidence').allTextContents()).join('');
    assert.ok(marked.includes(first.evidence[0]!.text), 'the first evidence span is highlighted word for word');
    assert.ok(await page.locator('.figures-table tr.reconciled').count() === 2);
    await shot('event');
  });

  it('reads the article with entities, dates and figures highlighted, hover showing the value', async () => {
    await page.locator('.report h3 a').first().click();
    await page.waitForSelector('.reader mark.hl-date');
    for (const kind of ['entity', 'date', 'figure', 'trigger']) {
      assert.ok(await page.locator(`.reader mark.hl-${kind}`).count() > 0, `${kind} highlighted`);
    }
    await page.locator('.reader mark.hl-date').first().hover();
    assert.match(await page.textContent('.tooltip') ?? '', /\d{4}(-\d{2})?/);
    await shot('article');
  });

  it('switches to English, left to right', async () => {
    await page.click('#lang-switch');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.match(await page.textContent('header nav') ?? '', /Overview.*Events.*Analyse/);
    await page.goto(`${server!.url}/#/events?country=IQ`);
    await page.waitForSelector('.events-table tbody tr');
    assert.match(await page.textContent('.events-table thead') ?? '', /Fatalities/);
    await shot('events-english');
    await page.click('#lang-switch');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  });

  it('analyses pasted text at once', async (t) => {
    // The route is the lead's to add (issue 7 brief); until it exists this step says so and skips.
    const probe = await fetch(`${server!.url}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"اختبار"}' });
    if (probe.status === 404) {
      t.skip('POST /api/analyze is not in the API yet');
      return;
    }
    await page.goto(`${server!.url}/#/analyse`);
    await page.fill('#analyse-text', PASTED);
    await page.click('#analyse-run');
    await page.waitForSelector('#analyse-output mark.hl-figure, #analyse-output .error');
    assert.equal(await page.locator('#analyse-output .error').count(), 0, await page.locator('#analyse-output').textContent() ?? '');
    const tips = await page.locator('#analyse-output mark.hl-figure').evaluateAll((els) => els.map((e) => e.getAttribute('data-tip') ?? ''));
    assert.ok(tips.some((tip) => /٥/.test(tip)), `a figure of five: ${tips.join(' | ')}`);
    assert.ok(await page.locator('#analyse-output mark.hl-date').count() > 0);
    assert.ok(await page.locator('#analyse-output mark.hl-trigger').count() > 0);
    await shot('analyse');
  });

  it('ran with no script errors and no request beyond our own server', () => {
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(outside, []);
  });
});
