import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { analyze } from '../../analyze.js';
import { parseFrontMatter } from '../../text/front-matter.js';
import { UsageError } from '../errors.js';
import { formatAnalysis } from '../format.js';
import { decodeUtf8, readInputBytes } from '../read-input.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(d: string | undefined): string | undefined {
  if (d !== undefined && (!ISO_DAY.test(d) || Number.isNaN(Date.parse(d)))) throw new UsageError(`--published takes YYYY-MM-DD, got "${d}"`);
  return d;
}

export function register(program: Command): void {
  program
    .command('analyze')
    .description('analyse one Arabic article (a file, or - for standard input)')
    .argument('[file]', 'article text, UTF-8; - reads standard input')
    .option('--published <date>', 'publication date YYYY-MM-DD, the reference for relative dates')
    .option('--json', 'print the analysis as JSON (gold-format.md field names, with offsets)')
    .option('--jsonl', 'batch: read {"id","text","published"} lines on standard input, write one analysis per line')
    .action(async (file: string | undefined, o: { published?: string; json?: boolean; jsonl?: boolean }) => {
      const published = checkDate(o.published);
      if (o.jsonl) return analyzeJsonl(published);
      if (!file) throw new UsageError('analyze needs a FILE, or - for standard input, or --jsonl');
      const name = file === '-' ? 'standard input' : file;
      const { meta, body } = parseFrontMatter(decodeUtf8(readInputBytes(file), name));
      const metaDate = meta.published && ISO_DAY.test(meta.published) ? meta.published : undefined;
      const a = analyze(body, { published: published ?? metaDate ?? null, id: file === '-' ? 'stdin' : file });
      process.stdout.write((o.json ? JSON.stringify(a, null, 2) : formatAnalysis(a, name)) + '\n');
    });
}

/** One bad line is answered with an error line and the batch goes on. */
async function analyzeJsonl(published: string | undefined): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let id: string = `line-${lineNo}`;
    try {
      const rec = JSON.parse(line) as { id?: unknown; text?: unknown; published?: unknown };
      if (rec.id !== undefined) id = String(rec.id);
      if (typeof rec.text !== 'string') throw new Error('no "text" string');
      const pub = typeof rec.published === 'string' && rec.published ? rec.published.slice(0, 10) : published ?? null;
      process.stdout.write(JSON.stringify(analyze(rec.text, { published: pub, id })) + '\n');
    } catch (e) {
      failed++;
      process.stdout.write(JSON.stringify({ id, line: lineNo, error: (e as Error).message }) + '\n');
      process.stderr.write(`marsad analyze: line ${lineNo} (${id}): ${(e as Error).message}\n`);
    }
  }
  if (failed) process.stderr.write(`marsad analyze: ${failed} of the lines failed\n`);
}
