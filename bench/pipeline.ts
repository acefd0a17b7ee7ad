// `npm run bench`: the whole analysis pipeline against normalisation + tokenisation alone
// (the floor any Arabic pipeline pays), on the same generated corpus, in one run.
import { analyze } from '../src/analyze.js';
import { normalize } from '../src/text/normalize.js';
import { tokenize } from '../src/text/tokens.js';
import { generateArticle } from './generate.js';

const COUNT = Number(process.env.MARSAD_BENCH_ARTICLES ?? 5000);

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

function run(label: string, docs: ReturnType<typeof generateArticle>[], fn: (d: ReturnType<typeof generateArticle>) => unknown) {
  const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0);
  const t0 = process.hrtime.bigint();
  let sink = 0;
  for (const d of docs) sink += fn(d) ? 1 : 0;
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  const row = { label, articles: docs.length, seconds: s, perSecond: docs.length / s, mbPerSecond: bytes / 1048576 / s, peakRssMb: peakRssMb(), sink };
  console.log(`${label.padEnd(28)} ${docs.length} articles in ${s.toFixed(2)} s: ${row.perSecond.toFixed(0)} articles/s, ${row.mbPerSecond.toFixed(2)} MB/s, peak RSS ${row.peakRssMb.toFixed(0)} MB`);
  return row;
}

const docs = Array.from({ length: COUNT }, (_, i) => generateArticle(i));
const mb = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0) / 1048576;
console.log(`marsad bench: ${COUNT} generated articles, ${mb.toFixed(1)} MB, Node ${process.version}`);
// Warm up: load the lexicons and let V8 compile the hot paths before timing.
for (const d of docs.slice(0, 50)) analyze(d.text, { published: d.published });
const floor = run('normalise + tokenise', docs, (d) => tokenize(normalize(d.text).text).length);
const full = run('whole pipeline (analyze)', docs, (d) => analyze(d.text, { published: d.published, id: d.id }).events.length);
console.log(`ratio: the pipeline takes ${(full.seconds / floor.seconds).toFixed(1)}× the floor`);
if (process.env.MARSAD_BENCH_JSON) console.log(JSON.stringify({ floor, full }));
