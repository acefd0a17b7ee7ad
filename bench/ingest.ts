// `node dist/bench/ingest.js [COUNT]`: writes COUNT generated articles (default 10,000) to a
// JSONL file and ingests it into a fresh SQLite database with the analysis on, printing
// articles/s, MB/s and peak RSS. The JSONL is streamed, so memory should stay flat.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ingestor } from '../src/ingest/ingestor.js';
import { summaryTable } from '../src/ingest/stats.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { writeJsonl } from './ingest-jsonl.js';

const COUNT = Number(process.argv[2] ?? process.env.MARSAD_BENCH_ARTICLES ?? 10_000);
const ANALYZE = process.env.MARSAD_BENCH_ANALYZE !== '0';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-bench-ingest-'));
  try {
    const jsonl = join(dir, 'articles.jsonl');
    writeJsonl(jsonl, COUNT);
    const mb = statSync(jsonl).size / 1048576;
    const rssBefore = process.memoryUsage().rss / 1048576;
    console.log(`marsad ingest bench: ${COUNT} articles, ${mb.toFixed(1)} MB JSONL, analysis ${ANALYZE ? 'on' : 'off'}, Node ${process.version}`);
    const store = openSqliteStore(join(dir, 'bench.db'));
    const ingestor = new Ingestor(store, ANALYZE ? {} : { analyzer: null });
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    const stats = await ingestor.run([jsonl]);
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    clearInterval(sampler);
    const cpu = process.cpuUsage(cpu0);
    const cpuS = (cpu.user + cpu.system) / 1e6;
    await store.close();
    const maxRss = Math.max(peak, process.resourceUsage().maxRSS * 1024) / 1048576;
    console.log(summaryTable(stats));
    console.log(`${stats.stored} stored in ${s.toFixed(2)} s: ${(COUNT / s).toFixed(0)} articles/s, ${(mb / s).toFixed(2)} MB/s, ` +
      `peak RSS ${maxRss.toFixed(0)} MB (${rssBefore.toFixed(0)} MB before ingest)`);
    // On a shared machine wall time depends on the load; CPU time does not.
    console.log(`CPU ${cpuS.toFixed(2)} s: ${(COUNT / cpuS).toFixed(0)} articles per CPU-second`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
