import type { Normalized } from '../../text/normalize.js';
import type { Segment } from '../../text/sentences.js';
import type { Entity, Quote } from '../../types.js';

/** Attributed statements with their speaker. */
export function findQuotes(_n: Normalized, _segments: Segment[], _entities: Entity[]): Quote[] {
  return []; // TEMP: being written
}
