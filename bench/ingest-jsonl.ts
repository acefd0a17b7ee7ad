// Generated articles as a JSONL file (id, url, title, published, text), for the ingest
// benchmark and the kill-and-resume test.
import { appendFileSync, writeFileSync } from 'node:fs';
import { generateArticle } from './generate.js';

/** Writes the JSONL in slices so the generator's output is never held whole either. */
export function writeJsonl(path: string, count: number): void {
  writeFileSync(path, '');
  const SLICE = 500;
  for (let i = 0; i < count; i += SLICE) {
    const lines: string[] = [];
    for (let k = i; k < Math.min(count, i + SLICE); k++) {
      const a = generateArticle(k);
      lines.push(JSON.stringify({ id: a.id, url: `https://bench.marsad.test/${a.id}`, title: a.title, published: a.published, text: a.text }));
    }
    appendFileSync(path, lines.join('\n') + '\n');
  }
}
