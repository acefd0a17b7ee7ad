import type { Command } from 'commander';
import { evaluateFolder, formatTable } from '../../eval/run.js';
import { metric } from '../../eval/score.js';
import { UsageError } from '../errors.js';

export function register(program: Command): void {
  program
    .command('eval')
    .description('score the analyser against a folder of NAME.txt + NAME.gold.json (gold-format.md)')
    .argument('<dir>', 'folder with the gold pairs')
    .option('--json', 'print the scores as JSON')
    .option('--per-doc', 'add one row per document')
    .option('--min <bound...>', 'FIELD=VALUE: exit 1 when a figure falls below (e.g. dates=0.8 entities.LOC=0.85 events.killed=0.7)')
    .action((dir: string, o: { json?: boolean; perDoc?: boolean; min?: string[] }) => {
      const bounds = (o.min ?? []).map((b) => {
        const m = /^([\w.]+)=([0-9.]+)$/.exec(b);
        if (!m) throw new UsageError(`--min takes FIELD=VALUE, got "${b}"`);
        return { field: m[1]!, min: Number(m[2]) };
      });
      const r = evaluateFolder(dir);
      if (o.json) process.stdout.write(JSON.stringify(r, null, 2) + '\n');
      else process.stdout.write(formatTable(r, o.perDoc) + '\n');
      let failed = false;
      for (const b of bounds) {
        const v = metric(r, b.field);
        if (v === null || v < b.min) {
          process.stderr.write(`marsad eval: ${b.field} = ${v === null ? 'n/a' : v.toFixed(3)} is below the bound ${b.min}\n`);
          failed = true;
        }
      }
      if (r.docs.length === 0) failed = true;
      if (failed) process.exitCode = 1;
    });
}
