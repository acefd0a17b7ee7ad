// The pure pipeline: text in, Analysis out. No I/O, deterministic, offline. Every recogniser
// runs over one shared normalisation so that spans agree, and each later stage only reads
// what the earlier ones found (chrono's parsers-then-refiners order, made explicit here).
import { normalize, toNormalized } from './text/normalize.js';
import { sentences } from './text/sentences.js';
import { recognizeDates } from './recognize/dates/index.js';
import { recognizeNumbers } from './recognize/numbers/index.js';
import { recognizeFigures } from './recognize/figures/index.js';
import { recognizeEntities } from './recognize/entities/index.js';
import { codeEvents } from './events/index.js';
import { findQuotes } from './recognize/quotes/index.js';
import type { Analysis, AnalyzeOptions } from './types.js';

/** Texts longer than this are refused by `analyze` with a clear error rather than stalling a batch. */
export const DEFAULT_MAX_CHARS = 2_000_000;

export class AnalyzeError extends Error {}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function analyze(text: string, opts: AnalyzeOptions = {}): Analysis {
  if (typeof text !== 'string') throw new AnalyzeError('analyze: text must be a string');
  if (text.length > DEFAULT_MAX_CHARS) {
    throw new AnalyzeError(`analyze: text has ${text.length} characters, more than the ${DEFAULT_MAX_CHARS} limit for one article`);
  }
  const published = opts.published ?? null;
  if (published !== null && !ISO_DAY.test(published)) {
    throw new AnalyzeError(`analyze: published must be YYYY-MM-DD, got "${published}"`);
  }
  const n = normalize(text);
  const segments = sentences(n);
  const dates = recognizeDates(n, published);
  const exclude = dates.map((d) => [toNormalized(n, d.start), toNormalized(n, d.end)] as [number, number]);
  const numbers = recognizeNumbers(n, { exclude });
  const figures = recognizeFigures(n, numbers);
  const entities = recognizeEntities(n, segments);
  const quotes = findQuotes(n, segments, entities);
  const coded = codeEvents({ n, segments, dates, figures, entities, quotes, published });
  return {
    doc: opts.id ?? '',
    published,
    language: 'ar',
    relevant: coded.relevant,
    title: segments[0]?.heading ? segments[0].text : undefined,
    entities,
    dates,
    figures,
    events: coded.events,
    other_events: coded.other,
    quotes,
    numbers,
    warnings: [],
  };
}
