import type { Command } from 'commander';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../analyze.js';
import { SAMPLES_DIR } from '../../paths.js';
import { parseFrontMatter } from '../../text/front-matter.js';
import { formatAnalysis } from '../format.js';

export function register(program: Command): void {
  program
    .command('demo')
    .description('analyse the bundled sample articles and print what was found')
    .action(() => {
      const files = readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.txt')).sort();
      let events = 0;
      for (const f of files) {
        const { meta, body } = parseFrontMatter(readFileSync(join(SAMPLES_DIR, f), 'utf8'));
        const a = analyze(body, { published: meta.published ?? null, id: f });
        events += a.events.length;
        process.stdout.write(formatAnalysis(a, `${f} (${meta.outlet ?? 'unknown outlet'})`) + '\n\n');
      }
      process.stdout.write(`${files.length} sample articles, ${events} events\n`);
    });
}
