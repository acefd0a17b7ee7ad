// A small phrase index over tokens: multi-word cue phrases ("ما لا يقل عن", "لقوا حتفهم")
// looked up by their first word. Only the first word of a phrase may carry clitics in text
// (وأكثر من، بنحو); the others must match as written. Built once per lexicon.
import { fold } from '../../text/normalize.js';
import { cachedReadings as readings } from './readings-cache.js';
import type { Tok } from './scan.js';

export interface Phrase<T> {
  words: string[];
  data: T;
}

export interface PhraseMatch<T> {
  phrase: Phrase<T>;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Clitics peeled off the first word. */
  prefix: string;
}

export class PhraseIndex<T> {
  private byFirst = new Map<string, Phrase<T>[]>();
  maxLen = 0;

  add(text: string, data: T): void {
    const words = splitPhrase(text);
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, data });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
    this.maxLen = Math.max(this.maxLen, words.length);
  }

  /** Longest phrase starting at token i. `cliticsOk` lets the first word carry clitics. */
  at(toks: Tok[], i: number, cliticsOk = true, exactLen = 0): PhraseMatch<T> | null {
    const t = toks[i];
    if (!t || t.kind === 'num') return null;
    const firsts = cliticsOk && t.kind === 'word' ? readings(t.text) : [{ prefix: '', stem: t.text }];
    let best: PhraseMatch<T> | null = null;
    for (const r of firsts) {
      for (const p of this.byFirst.get(r.stem) ?? []) {
        if (exactLen && p.words.length !== exactLen) continue;
        if (best && best.to - best.from >= p.words.length) continue;
        if (matchesRest(toks, i, p.words)) best = { phrase: p, from: i, to: i + p.words.length, prefix: r.prefix };
      }
    }
    return best;
  }

  /** Longest phrase ending just before token k (its last token is k-1). */
  endingAt(toks: Tok[], k: number, cliticsOk = true): PhraseMatch<T> | null {
    for (let len = Math.min(this.maxLen, k); len >= 1; len--) {
      const m = this.at(toks, k - len, cliticsOk, len);
      if (m) return m;
    }
    return null;
  }
}

function matchesRest(toks: Tok[], i: number, words: string[]): boolean {
  for (let k = 1; k < words.length; k++) {
    const t = toks[i + k];
    if (!t || t.kind === 'num' || t.text !== words[k]) return false;
  }
  return true;
}

/** A phrase as written in a data file, folded and split into the tokens `scan` would give. */
export function splitPhrase(text: string): string[] {
  return fold(text)
    .split(/\s+/u)
    .flatMap((w) => w.match(/\p{L}+|[^\s\p{L}\p{N}]/gu) ?? [])
    .filter(Boolean);
}
