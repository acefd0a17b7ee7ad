// MinHash sketches over word shingles of the folded text, and a banded LSH index over them:
// the same wire story on several sites, or a lightly edited update, lands in a shared band
// bucket and is then confirmed by the estimated Jaccard similarity of the two sketches.
import { fold } from '../text/normalize.js';

/** Words per shingle. */
export const DEFAULT_SHINGLE = 3;
/** Hash functions per sketch: BANDS × ROWS. */
export const DEFAULT_BANDS = 32;
export const DEFAULT_ROWS = 4;
/** Estimated Jaccard at or above which two texts are linked as near duplicates. */
export const DEFAULT_NEAR_DUP_THRESHOLD = 0.5;

const WORD = /[\p{L}\p{N}]+/gu;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a cheap, well-mixed 32-bit permutation. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = (() => {
  const seeds = new Uint32Array(DEFAULT_BANDS * DEFAULT_ROWS);
  let x = 0x9e3779b9;
  for (let i = 0; i < seeds.length; i++) seeds[i] = x = fmix32(x + i);
  return seeds;
})();

/** `folded` says the text already went through fold() (saves a pass). */
export function shingleHashes(text: string, size = DEFAULT_SHINGLE, folded = false): Set<number> {
  const words = (folded ? text : fold(text)).match(WORD) ?? [];
  const out = new Set<number>();
  if (words.length < size) {
    if (words.length) out.add(fnv1a(words.join(' ')));
    return out;
  }
  for (let i = 0; i + size <= words.length; i++) out.add(fnv1a(words.slice(i, i + size).join(' ')));
  return out;
}

export function sketch(text: string, folded = false): Uint32Array {
  const sig = new Uint32Array(SEEDS.length).fill(0xffffffff);
  for (const h of shingleHashes(text, DEFAULT_SHINGLE, folded)) {
    for (let k = 0; k < SEEDS.length; k++) {
      const v = fmix32(h ^ SEEDS[k]!);
      if (v < sig[k]!) sig[k] = v;
    }
  }
  return sig;
}

export function similarity(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return n ? same / n : 0;
}

export interface NearMatch {
  id: string;
  similarity: number;
}

/** Banded LSH over sketches: candidates share at least one band, then are checked in full. */
export class NearDuplicateIndex {
  private readonly buckets = new Map<number, string[]>();
  private readonly sketches = new Map<string, Uint32Array>();

  constructor(
    readonly threshold = DEFAULT_NEAR_DUP_THRESHOLD,
    private readonly bands = DEFAULT_BANDS,
    private readonly rows = DEFAULT_ROWS,
  ) {}

  get size(): number {
    return this.sketches.size;
  }

  /** One number per band; the band index is mixed in, and a rare collision only adds a candidate. */
  private bandKeys(sig: Uint32Array): number[] {
    const keys: number[] = [];
    for (let b = 0; b < this.bands; b++) {
      let h = fmix32(b + 1);
      for (let r = 0; r < this.rows; r++) h = fmix32(h ^ sig[b * this.rows + r]!);
      keys.push(h);
    }
    return keys;
  }

  /** Indexed documents similar to the sketch, best first. */
  query(sig: Uint32Array): NearMatch[] {
    const seen = new Set<string>();
    const out: NearMatch[] = [];
    for (const k of this.bandKeys(sig)) {
      for (const id of this.buckets.get(k) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const s = similarity(sig, this.sketches.get(id)!);
        if (s >= this.threshold) out.push({ id, similarity: s });
      }
    }
    return out.sort((a, b) => b.similarity - a.similarity);
  }

  add(id: string, sig: Uint32Array): void {
    if (this.sketches.has(id)) return;
    this.sketches.set(id, sig);
    for (const k of this.bandKeys(sig)) {
      const list = this.buckets.get(k);
      if (list) list.push(id);
      else this.buckets.set(k, [id]);
    }
  }
}
