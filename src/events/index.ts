import type { Normalized } from '../text/normalize.js';
import type { Segment } from '../text/sentences.js';
import type { DateMention, Entity, EventRecord, FigureMention, Quote } from '../types.js';

export interface EventInput {
  n: Normalized;
  segments: Segment[];
  dates: DateMention[];
  figures: FigureMention[];
  entities: Entity[];
  quotes: Quote[];
  published: string | null;
}

export interface CodedEvents {
  events: EventRecord[];
  other: EventRecord[];
  relevant: boolean;
}

export function codeEvents(_input: EventInput): CodedEvents {
  return { events: [], other: [], relevant: false }; // TEMP: being written
}
