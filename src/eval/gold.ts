// Reads a gold folder: every NAME.txt with its NAME.gold.json. A broken pair is reported and
// skipped, never fatal, so one bad file cannot hide the score of the rest.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontMatter } from '../text/front-matter.js';

export interface GoldEntity { type: 'PER' | 'ORG' | 'LOC'; text: string; aliases?: string[] }
export interface GoldEvent {
  type: string; sub_type: string; date: string | null; country: string | null; place: string | null;
  actor1: string | null; actor2: string | null; killed: number | null; injured: number | null;
  evidence: string | string[];
}
export interface Gold {
  doc: string;
  published: string | null;
  relevant: boolean;
  entities: GoldEntity[];
  dates: Array<{ text: string; value: string }>;
  figures: Array<{ text: string; value: number; kind: string; bound: string }>;
  events: GoldEvent[];
  quotes: Array<{ speaker: string; cue: string; evidence: string }>;
}

export interface GoldDoc { name: string; text: string; gold: Gold }

export function readGoldFolder(dir: string): { docs: GoldDoc[]; problems: string[] } {
  if (!existsSync(dir)) throw new Error(`eval: no such folder: ${dir}`);
  const docs: GoldDoc[] = [];
  const problems: string[] = [];
  const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  for (const f of names) {
    const name = f.slice(0, -4);
    const goldPath = join(dir, name + '.gold.json');
    if (!existsSync(goldPath)) {
      problems.push(`${name}: no ${name}.gold.json beside it, skipped`);
      continue;
    }
    try {
      const raw = JSON.parse(readFileSync(goldPath, 'utf8')) as Partial<Gold>;
      const gold: Gold = {
        doc: raw.doc ?? name,
        published: raw.published ?? null,
        relevant: raw.relevant ?? false,
        entities: raw.entities ?? [],
        dates: raw.dates ?? [],
        figures: raw.figures ?? [],
        events: raw.events ?? [],
        quotes: raw.quotes ?? [],
      };
      docs.push({ name, text: parseFrontMatter(readFileSync(join(dir, f), 'utf8')).body, gold });
    } catch (e) {
      problems.push(`${name}: ${(e as Error).message}, skipped`);
    }
  }
  if (docs.length === 0) problems.push(`no NAME.txt + NAME.gold.json pairs in ${dir}`);
  return { docs, problems };
}

