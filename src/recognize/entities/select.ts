// Settles overlapping candidates: longest first, then the more trusted rule, then the
// earlier one; a candidate is kept only if none of its tokens is already taken. Sorting is
// O(c log c) and the occupancy check is linear in the tokens a candidate spans.
import type { Candidate } from './candidate.js';

export function selectCandidates(candidates: Candidate[], tokenCount: number): Candidate[] {
  const order = [...candidates].sort(
    (a, b) => (b.to - b.from) - (a.to - a.from) || b.priority - a.priority || a.from - b.from,
  );
  const taken = new Uint8Array(tokenCount);
  const kept: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let t = c.from; t < c.to; t++) if (taken[t]) { free = false; break; }
    if (!free) continue;
    for (let t = c.from; t < c.to; t++) taken[t] = 1;
    kept.push(c);
  }
  return kept.sort((a, b) => a.from - b.from);
}
