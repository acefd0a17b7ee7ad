// Runs the analyser over a gold folder and formats the result as a table or JSON.
import { analyze } from '../analyze.js';
import { readGoldFolder } from './gold.js';
import { type FolderScore, EVENT_ATTRS, PRF_FIELDS, scoreDoc, totals } from './score.js';

export interface EvalResult extends FolderScore { folder: string; problems: string[]; seconds: number }

export function evaluateFolder(dir: string): EvalResult {
  const t0 = process.hrtime.bigint();
  const { docs, problems } = readGoldFolder(dir);
  const scored = [];
  for (const d of docs) {
    try {
      const a = analyze(d.text, { published: d.gold.published, id: d.name });
      scored.push(scoreDoc(d.name, d.text, d.gold, a));
    } catch (e) {
      problems.push(`${d.name}: analysis failed: ${(e as Error).message}`);
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return { folder: dir, problems, seconds, ...totals(scored) };
}

const f3 = (x: number | null) => (x === null ? '  -  ' : x.toFixed(3));

export function formatTable(r: EvalResult, perDoc = false): string {
  const lines: string[] = [];
  lines.push(`marsad eval ${r.folder}: ${r.docs.length} documents in ${r.seconds.toFixed(2)} s`);
  lines.push('');
  lines.push('field            P      R      F1     tp/pred/gold');
  for (const f of PRF_FIELDS) {
    const x = r.fields[f]!;
    lines.push(`${f.padEnd(15)}  ${f3(x.p)}  ${f3(x.r)}  ${f3(x.f1)}  ${x.tp}/${x.pred}/${x.gold}`);
  }
  lines.push('');
  lines.push(`event_detect     ${f3(r.event_detect)}`);
  lines.push('event attribute accuracy over matched pairs:');
  for (const k of EVENT_ATTRS) {
    const a = r.attrs[k]!;
    lines.push(`  ${k.padEnd(10)} ${f3(a.accuracy)}  (${a.ok}/${a.n})`);
  }
  lines.push(`relevance        ${f3(r.relevance)}`);
  if (perDoc) {
    lines.push('');
    lines.push('doc              ent_F1  dates_F1 fig_F1  ev_F1   quo_F1  relevant');
    for (const d of r.docs) {
      const f = (k: string) => {
        const c = d.counts[k]!;
        const p = c.pred === 0 ? (c.gold === 0 ? 1 : 0) : c.tp / c.pred;
        const rr = c.gold === 0 ? 1 : c.tp / c.gold;
        return (p + rr === 0 ? 0 : (2 * p * rr) / (p + rr)).toFixed(3);
      };
      lines.push(`${d.doc.padEnd(15)}  ${f('entities')}   ${f('dates')}    ${f('figures')}   ${f('events')}   ${f('quotes')}   ${d.relevant.ok ? 'ok' : 'WRONG'}`);
    }
  }
  if (r.problems.length) {
    lines.push('');
    for (const p of r.problems) lines.push('problem: ' + p);
  }
  return lines.join('\n');
}
