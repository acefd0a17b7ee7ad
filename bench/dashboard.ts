// `node dist/bench/dashboard.js [EVENTS]`: fills a fresh SQLite store with EVENTS merged
// events (default 10,000) from generated analyses, serves it with `marsad serve` and times
// the dashboard's events table in chromium: from the moment the page asks the API for the
// first page to the frame in which its rows are on screen. Goal: under 300 ms.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/store/open.js';
import type { StoredDocument } from '../src/store/store.js';
import type { Analysis, EventRecord } from '../src/types.js';
import { ensureWebBuild, launchBrowser, serve } from '../test/web/harness.js';
import { rng } from './generate.js';

const TARGET = Number(process.argv[2] ?? process.env.MARSAD_BENCH_EVENTS ?? 10_000);
const RUNS = Number(process.env.MARSAD_BENCH_RUNS ?? 20);
const GOAL_MS = 300;

const PLACES: [string, string, number, number][] = [
  ['بغداد', 'IQ', 33.31, 44.37], ['الموصل', 'IQ', 36.34, 43.13], ['حلب', 'SY', 36.2, 37.16], ['إدلب', 'SY', 35.93, 36.63],
  ['عدن', 'YE', 12.79, 45.03], ['مأرب', 'YE', 15.46, 45.33], ['بنغازي', 'LY', 32.12, 20.07], ['طرابلس', 'LY', 32.89, 13.19],
  ['غاو', 'ML', 16.27, -0.04], ['الفاشر', 'SD', 13.63, 25.35], ['مقديشو', 'SO', 2.05, 45.32], ['العريش', 'EG', 31.13, 33.8],
];
const ACTORS = ['تنظيم داعش', 'حركة الشباب', 'قوات الدعم السريع', 'الجيش العراقي', 'جماعة الحوثي', 'قوات الأمن', 'الجيش السوداني'];
const KINDS: [string, string, string][] = [
  ['battles', 'armed_clash', 'اشتباكات'],
  ['explosions_remote_violence', 'air_drone_strike', 'غارة جوية'],
  ['explosions_remote_violence', 'remote_explosive_landmine_ied', 'عبوة ناسفة'],
  ['violence_against_civilians', 'attack', 'هجوم'],
  ['protests', 'peaceful_protest', 'تظاهرة'],
  ['strategic_developments', 'arrests', 'اعتقال'],
];

/** One generated article with one event, far enough apart (place jitter, day) to stay its own event. */
function generated(i: number): { doc: StoredDocument; analysis: Analysis } {
  const r = rng(1000 + i);
  const [place, country, lat, lon] = PLACES[i % PLACES.length]!;
  const [type, subType, trigger] = KINDS[Math.floor(r() * KINDS.length)]!;
  const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(r() * 1100) * 86_400_000).toISOString().slice(0, 10);
  const killed = r() < 0.6 ? Math.floor(r() * 30) : null;
  const actor1 = ACTORS[Math.floor(r() * ACTORS.length)]!;
  const sentence = `${trigger} في ${place} ${i} أسفر عن مقتل ${killed ?? 0} أشخاص، وفق مصادر محلية.`;
  const text = `${trigger} في ${place}\n\n${sentence}`;
  const start = text.indexOf(sentence);
  // Spread events over a grid of sites, each more than the merge radius from the next.
  const site = Math.floor(i / PLACES.length);
  const event: EventRecord = {
    type, sub_type: subType, date: day, country, place: `${place} ${site}`, actor1, actor2: null, killed, injured: null,
    status: 'reported', evidence: [sentence], spans: [{ start, end: start + sentence.length, text: sentence }], trigger,
    confidence: 0.9, lat: lat + (site % 40) * 0.5, lon: lon + Math.floor(site / 40) * 0.5,
  };
  const id = `bench-${i}`;
  const doc: StoredDocument = {
    id, title: `${trigger} في ${place}`, published: day, text, encoding: 'utf-8', source: 'bench',
    contentHash: createHash('sha256').update(text).digest('hex'), fetchedAt: new Date().toISOString(), removed: {},
  };
  const analysis: Analysis = {
    doc: id, published: day, language: 'ar', relevant: true, entities: [], dates: [], figures: [], events: [event],
    other_events: [], quotes: [], numbers: [], warnings: [],
  };
  return { doc, analysis };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;

/** Runs in the page: changes the hash and times request start → rows painted. */
const MEASURE = async (hash: string): Promise<{ fromRequest: number; api: number; rows: number }> => {
  performance.clearResourceTimings();
  const rowsShown = new Promise<void>((done) => {
    const seen = () => document.querySelector('.results .events-table tbody tr') !== null;
    const obs = new MutationObserver(() => { if (seen()) { obs.disconnect(); done(); } });
    obs.observe(document.body, { childList: true, subtree: true });
  });
  location.hash = hash;
  await rowsShown;
  // The frame that shows the rows.
  await new Promise<void>((ok) => requestAnimationFrame(() => ok()));
  const painted = performance.now();
  const res = performance.getEntriesByType('resource').find((e) => e.name.includes('/api/events?')) as PerformanceResourceTiming | undefined;
  if (!res) throw new Error('no request to /api/events was seen');
  return { fromRequest: painted - res.startTime, api: res.responseEnd - res.startTime, rows: document.querySelectorAll('.results .events-table tbody tr').length };
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-web-'));
  const db = join(dir, 'bench.db');
  try {
    const store = await openStore({ db });
    const t0 = Date.now();
    let i = 0;
    let events = 0;
    while (events < TARGET) {
      for (const end = i + (TARGET - events); i < end; i++) {
        const { doc, analysis } = generated(i);
        await store.putDocument(doc, { analysis });
      }
      events = (await store.countEvents('type', {})).reduce((n, r) => n + r.events, 0);
      if (i > TARGET * 3) throw new Error(`only ${events} events from ${i} articles: the generated events merge`);
    }
    await store.close();
    console.log(`marsad dashboard bench: ${events} events from ${i} generated articles (store filled in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);

    await ensureWebBuild();
    const server = await serve(db);
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const c0 = Date.now();
      await page.goto(`${server.url}/#/events`);
      await page.waitForSelector('.results .events-table tbody tr');
      console.log(`cold load of #/events (HTML, JS, fonts, first page): ${Date.now() - c0} ms`);
      for (const [label, hash] of [['first page, 50 rows', '#/events?size=50'], ['first page, 100 rows', '#/events?size=100'], ['first page, one country', '#/events?country=IQ']] as const) {
        const total: number[] = [];
        const api: number[] = [];
        let rows = 0;
        for (let run = 0; run < RUNS; run++) {
          // Leave the page between runs so each one renders from scratch.
          await page.evaluate(() => { location.hash = '#/analyse'; });
          await page.waitForSelector('#analyse-text');
          const m = await page.evaluate(MEASURE, hash);
          total.push(m.fromRequest);
          api.push(m.api);
          rows = m.rows;
        }
        const verdict = median(total) < GOAL_MS ? 'under' : 'OVER';
        console.log(`${label} (${rows} rows): request → rows on screen median ${median(total).toFixed(1)} ms, p95 ${p95(total).toFixed(1)} ms `
          + `(API share median ${median(api).toFixed(1)} ms) — ${verdict} the ${GOAL_MS} ms goal`);
      }
    } finally {
      await browser.close();
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
