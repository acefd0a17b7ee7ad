// A trie over whole normalised tokens: each lexicon name is a path of words, so a lookup
// walks the article's tokens once from a start position and keeps the longest name that
// ends there. Built once when the gazetteer loads; lookups never build anything.
import { key } from '../text/normalize.js';

interface Node<T> {
  next: Map<string, Node<T>>;
  values: T[];
}

export interface TrieMatch<T> {
  /** Number of tokens the name spans. */
  length: number;
  values: T[];
}

export class TokenTrie<T> {
  private readonly root: Node<T> = { next: new Map(), values: [] };
  size = 0;

  /** Adds a name (any spelling: it is folded with `key`). Empty names are ignored. */
  add(name: string, value: T): void {
    const words = key(name).split(' ').filter(Boolean);
    if (words.length === 0) return;
    this.addWords(words, value);
  }

  addWords(words: readonly string[], value: T): void {
    let node = this.root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(w, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) {
      node.values.push(value);
      this.size++;
    }
  }

  /**
   * The longest name starting at `words[from]`, where the first word may be any of `firsts`
   * (the clitic readings of the token); later words must match as written.
   */
  longest(
    firsts: readonly string[], words: readonly string[], from: number,
    joinedAt: (i: number) => boolean = () => true,
  ): (TrieMatch<T> & { first: number }) | null {
    let best: (TrieMatch<T> & { first: number }) | null = null;
    for (let fi = 0; fi < firsts.length; fi++) {
      let node = this.root.next.get(firsts[fi]!);
      let i = from + 1;
      while (node) {
        if (node.values.length && (!best || i - from > best.length)) {
          best = { length: i - from, values: node.values, first: fi };
        }
        if (i >= words.length || node.next.size === 0 || !joinedAt(i)) break;
        node = node.next.get(words[i]!);
        i++;
      }
    }
    return best;
  }

  /** Exact lookup of a whole name. */
  get(name: string): T[] {
    let node: Node<T> | undefined = this.root;
    for (const w of key(name).split(' ')) {
      node = node?.next.get(w);
      if (!node) return [];
    }
    return node.values;
  }
}
