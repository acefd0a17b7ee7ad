// `node dist/bench/store.js`: loads MARSAD_BENCH_EVENTS (default 1,000,000) generated events
// into a SQLite store (one transaction, prepared statements) and times the API's filtered
// list query (the store's listEvents, the function the /api/events handler calls): p50 and
// p95 per filter shape and overall. Goal: p95 under 50 ms.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../src/api/server.js';
import { typeFamily } from '../src/merge/type-family.js';
import type { EventFilter } from '../src/store/events.js';
import { fieldTokens, ftsKey } from '../src/store/sqlite/fts-key.js';
import { SqliteStore } from '../src/store/sqlite/sqlite-store.js';
import { fold, key } from '../src/text/normalize.js';
import { ACLED_TYPES } from '../src/export/acled-taxonomy.js';

const COUNT = Number(process.env['MARSAD_BENCH_EVENTS'] ?? 1_000_000);
const RUNS = Number(process.env['MARSAD_BENCH_RUNS'] ?? 100);
const PAGE = 50;

// A small deterministic generator (mulberry32), so every run loads the same data.
let seed = 0x5eed;
function rand(): number {
  seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
/** Skewed choice: early items are much more frequent, as a few countries dominate news. */
const skewed = <T>(xs: readonly T[]): T => xs[Math.floor(rand() ** 2 * xs.length)]!;

const COUNTRIES = [
  ['SY', 35, 38], ['IQ', 33, 44], ['YE', 15, 48], ['LY', 27, 17], ['SD', 15, 30], ['PS', 31.9, 35.2], ['LB', 33.9, 35.8],
  ['SO', 5, 46], ['EG', 27, 30], ['ML', 17, -4], ['AF', 34, 66], ['NG', 9, 8], ['TN', 34, 9], ['DZ', 28, 3],
  ['MA', 32, -6], ['JO', 31, 36], ['SA', 24, 45], ['TR', 39, 35], ['IR', 32, 53], ['BF', 12, -1.5],
] as const;
const TYPES = Object.entries(ACLED_TYPES).flatMap(([t, v]) => Object.keys(v.subTypes).map((s) => [t, s] as const));
const WORDS = ['قصف', 'اشتباك', 'هجوم', 'انفجار', 'عبوة', 'غارة', 'مظاهرة', 'اعتقال', 'كمين', 'صاروخ', 'مسيرة', 'حاجز', 'قرية', 'سوق', 'معسكر'];
const ACTORS = Array.from({ length: 300 }, (_, i) => `${pick(['قوات', 'جماعة', 'لواء', 'كتيبة', 'حركة'])} ${pick(WORDS)} ${i}`);
const ADMIN1 = Array.from({ length: 12 }, (_, i) => `محافظة ${i}`);
const START = Date.parse('2021-01-01T00:00:00Z');
const DAYS = 4 * 365;

function day(n: number): string {
  return new Date(START + n * 86_400_000).toISOString().slice(0, 10);
}

function load(store: SqliteStore): number {
  const db = store.db;
  const insEvent = db.prepare(`INSERT INTO events (event_date, date_end, precision, family, type, sub_type, country, admin1,
    place, place_key, lat, lon, actor1, actor2, killed_low, killed_best, killed_high, fatalities, reports, updated_at)
    VALUES (?, ?, 'day', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insActor = db.prepare('INSERT OR IGNORE INTO event_actors (event_id, actor_key, actor, event_date) VALUES (?, ?, ?, ?)');
  const insFts = db.prepare('INSERT INTO events_fts (rowid, search) VALUES (?, ?)');
  const insBox = db.prepare('INSERT INTO events_rtree (id, min_lat, max_lat, min_lon, max_lon) VALUES (?, ?, ?, ?, ?)');
  const now = new Date().toISOString();
  const actorKeys = new Map(ACTORS.map((a) => [a, key(a)]));
  // A large page cache while loading: seven indexes grow at once.
  db.pragma('cache_size = -262144');
  const t0 = performance.now();
  db.transaction(() => {
    for (let i = 0; i < COUNT; i++) {
      const [cc, lat, lon] = skewed(COUNTRIES);
      const [type, sub] = skewed(TYPES);
      // Generated in date order, as a store fills while news arrives.
      const d = day(Math.floor((i * DAYS) / COUNT));
      const admin1 = `${cc} ${pick(ADMIN1)}`;
      const place = `بلدة ${Math.floor(rand() * 500)}`;
      const a1 = rand() < 0.7 ? skewed(ACTORS) : null;
      const a2 = rand() < 0.4 ? pick(ACTORS) : null;
      const killed = rand() < 0.6 ? 0 : Math.floor(-Math.log(1 - rand()) * 6);
      const high = killed + (rand() < 0.2 ? Math.floor(rand() * 5) : 0);
      const y = lat + (rand() - 0.5) * 4;
      const x = lon + (rand() - 0.5) * 4;
      const id = Number(insEvent.run(d, d, typeFamily(type, sub), type, sub, cc, admin1, place, key(place), y, x, a1, a2, killed, killed, high, killed, 1 + Math.floor(rand() * 3), now).lastInsertRowid);
      insBox.run(id, y, y, x, x);
      if (a1) insActor.run(id, actorKeys.get(a1)!, a1, d);
      if (a2) insActor.run(id, actorKeys.get(a2)!, a2, d);
      insFts.run(ftsKey(d, id), `${fold(`${place} ${pick(WORDS)} ${pick(WORDS)} ${pick(WORDS)} ${a1 ?? ''}`)} ${fieldTokens(cc, type)}`);
    }
  })();
  db.pragma('optimize');
  db.exec('ANALYZE');
  return (performance.now() - t0) / 1000;
}

/** Filter shapes analysts use, each drawn with fresh random values per run. */
const SHAPES: Record<string, () => EventFilter> = {
  'no filter': () => ({}),
  country: () => ({ country: skewed(COUNTRIES)[0] }),
  'rare country': () => ({ country: COUNTRIES[COUNTRIES.length - 1 - Math.floor(rand() * 4)]![0] }),
  'country + type': () => ({ country: skewed(COUNTRIES)[0], type: pick(TYPES)[0] }),
  'country + sub-type + month': () => {
    const m = day(Math.floor(rand() * DAYS)).slice(0, 7);
    return { country: skewed(COUNTRIES)[0], subType: pick(TYPES)[1], from: `${m}-01`, to: `${m}-28` };
  },
  'date range (1 month)': () => { const s = Math.floor(rand() * (DAYS - 31)); return { from: day(s), to: day(s + 30) }; },
  'type + min killed 10': () => ({ type: pick(TYPES)[0], minKilled: 10 }),
  'min killed 25': () => ({ minKilled: 25 }),
  admin1: () => ({ admin1: `${skewed(COUNTRIES)[0]} ${pick(ADMIN1)}` }),
  actor: () => ({ actor: pick(ACTORS) }),
  'bbox (region)': () => { const [, la, lo] = skewed(COUNTRIES); return { bbox: [lo - 1, la - 1, lo + 1, la + 1] as [number, number, number, number] }; },
  'text word': () => ({ text: pick(WORDS) }),
  'text + country': () => ({ text: `${pick(WORDS)} ${pick(WORDS)}`, country: skewed(COUNTRIES)[0] }),
};

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function main(): Promise<void> {
  // MARSAD_BENCH_DB keeps the database (and reuses it when it already holds events).
  const keep = process.env['MARSAD_BENCH_DB'];
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-store-'));
  const store = new SqliteStore(keep ?? join(dir, 'bench.db'));
  try {
    console.log(`marsad store bench: ${COUNT.toLocaleString('en')} generated events, SQLite, Node ${process.version}`);
    const have = (store.db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;
    const loadS = have ? 0 : load(store);
    if (have) console.log(`reusing ${keep} with ${have} events`);
    else console.log(`load: ${loadS.toFixed(1)} s (${Math.round(COUNT / loadS).toLocaleString('en')} events/s, with actor and full-text rows)`);
    const all: number[] = [];
    console.log(`list query, ${PAGE} per page, ${RUNS} runs per shape (first page, then the next page by cursor):`);
    for (const [name, make] of Object.entries(SHAPES)) {
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const f = make();
        let t = performance.now();
        const first = await store.listEvents(f, { limit: PAGE });
        times.push(performance.now() - t);
        if (first.next) {
          t = performance.now();
          await store.listEvents(f, { limit: PAGE, cursor: first.next });
          times.push(performance.now() - t);
        }
      }
      times.sort((a, b) => a - b);
      all.push(...times);
      console.log(`  ${name.padEnd(28)} p50 ${quantile(times, 0.5).toFixed(2).padStart(7)} ms   p95 ${quantile(times, 0.95).toFixed(2).padStart(7)} ms   max ${times[times.length - 1]!.toFixed(1).padStart(7)} ms`);
    }
    all.sort((a, b) => a - b);
    const p95 = quantile(all, 0.95);
    console.log(`overall (${all.length} queries): p50 ${quantile(all, 0.5).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms (goal < 50 ms: ${p95 < 50 ? 'met' : 'NOT met'})`);

    // The same query end to end through the HTTP layer (validation, JSON), without a socket.
    const app = buildServer({ store, staticDir: join(dir, 'none') });
    const http: number[] = [];
    for (let i = 0; i < RUNS * 3; i++) {
      const url = `/api/events?country=${skewed(COUNTRIES)[0]}&type=${pick(TYPES)[0]}&min_killed=1&limit=${PAGE}`;
      const t = performance.now();
      const r = await app.inject({ method: 'GET', url });
      http.push(performance.now() - t);
      if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
    }
    await app.close();
    http.sort((a, b) => a - b);
    console.log(`GET /api/events (fastify.inject, ${http.length} requests): p50 ${quantile(http, 0.5).toFixed(2)} ms, p95 ${quantile(http, 0.95).toFixed(2)} ms`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
