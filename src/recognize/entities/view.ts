// One article seen as tokens for the entity patterns: each token's folded text, its clitic
// readings (unpeeled first), the characters between it and the previous token, and which
// sentence it sits in. Built once per article in one pass.
import { toOriginal, type Normalized } from '../../text/normalize.js';
import type { Segment } from '../../text/sentences.js';
import { readings, tokenize, type Token } from '../../text/tokens.js';

/** One way to read the start of a token: the folded form to look up and where it starts. */
export interface FirstReading {
  /** The form to look up (with the article restored when the proclitic swallowed it). */
  form: string;
  /** Characters of the token skipped before the name begins. */
  skip: number;
  /** The clitics peeled off ("" when none). */
  prefix: string;
  /** The article was elided into لل and must be written back for display. */
  restoredArticle: boolean;
}

export interface TokenView {
  n: Normalized;
  tokens: Token[];
  words: string[];
  /** Text between token i-1 and token i (for i = 0, the text before it). */
  gaps: string[];
  /** Index of the segment each token falls in. */
  sentence: Int32Array;
  segments: Segment[];
  /**
   * Whether token i is a function word however it is read: a stop word, a proclitic on one
   * ("وأن", "بأنه"), or a preposition written with alef maqsura that folds onto a name (على/علي).
   */
  functionWord(i: number): boolean;
  /** Token i as written (marks removed), for checks folding would hide (final ى, hamza). */
  raw(i: number): string;
  /** Token i carries tanween: an indefinite common word or adverb (دوماً), not a name. */
  tanween(i: number): boolean;
  /** Whether only spaces separate token i from the previous one (names never cross punctuation). */
  join(i: number): boolean;
  /** Lazily computed readings per token. */
  firsts(i: number): FirstReading[];
  /** The forms of those readings, for trie look-ups. */
  forms(i: number): readonly string[];
}

/** Peeled readings shorter than this are not tried: "اب" must not be read out of "باب". */
const MIN_PEELED_STEM = 3;

/** Readings depend on the word alone and news vocabulary repeats: remember them across articles. */
const readingsMemo = new Map<string, FirstReading[]>();
const formsMemo = new WeakMap<FirstReading[], string[]>();

function formsOf(r: FirstReading[]): string[] {
  let f = formsMemo.get(r);
  if (!f) formsMemo.set(r, (f = r.map((x) => x.form)));
  return f;
}
const MEMO_LIMIT = 200_000;

export function firstReadings(word: string): FirstReading[] {
  let out = readingsMemo.get(word);
  if (!out) {
    if (readingsMemo.size >= MEMO_LIMIT) readingsMemo.clear();
    out = computeReadings(word);
    readingsMemo.set(word, out);
  }
  return out;
}

function computeReadings(word: string): FirstReading[] {
  const out: FirstReading[] = [];
  for (const r of readings(word)) {
    if (r.prefix === '') {
      out.push({ form: r.stem, skip: 0, prefix: '', restoredArticle: false });
      continue;
    }
    if (r.stem.length < MIN_PEELED_STEM) continue;
    // A stem read from under the article keeps the article in the span ("البارزاني" for the
    // lexicon's "بارزاني").
    const keepsArticle = r.prefix.endsWith('ال') && !r.prefix.endsWith('لل');
    out.push({ form: r.stem, skip: keepsArticle ? r.prefix.length - 2 : r.prefix.length, prefix: r.prefix, restoredArticle: false });
    if (r.prefix.endsWith('لل')) {
      out.push({ form: 'ال' + r.stem, skip: r.prefix.length, prefix: r.prefix, restoredArticle: true });
    } else if (r.prefix.endsWith('ال')) {
      out.push({ form: 'ال' + r.stem, skip: r.prefix.length - 2, prefix: r.prefix.slice(0, -2), restoredArticle: false });
    }
  }
  return out;
}

/** Prepositions written with alef maqsura, which folds them onto names (على -> علي). */
const MAQSURA_WORDS = new Set(['على', 'إلى', 'الى', 'حتى', 'لدى', 'متى']);
const MARKS = /[\u064B-\u065F\u0670\u0640]/gu;

const cliticStopMemo = new WeakMap<Set<string>, Map<string, boolean>>();

/** A proclitic on a stop word ("وأن", "بأنه"), remembered per word. */
function cliticOnStop(word: string, stop: Set<string>): boolean {
  let memo = cliticStopMemo.get(stop);
  if (!memo) cliticStopMemo.set(stop, (memo = new Map()));
  let r = memo.get(word);
  if (r === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    r = readings(word).some((x) => x.prefix !== '' && !x.prefix.endsWith('ال') && !x.prefix.endsWith('لل') && stop.has(x.stem));
    memo.set(word, r);
  }
  return r;
}

function isFunctionToken(n: Normalized, t: Token, stop: Set<string>): boolean {
  if (stop.has(t.text) || cliticOnStop(t.text, stop)) return true;
  // Only words that fold onto على/إلى... need the original spelling.
  if (!/^.?(?:علي|الي|حتي|لدي|متي)$/u.test(t.text)) return false;
  const o = toOriginal(n, t.start, t.end);
  const raw = n.original.slice(o.start, o.end).replace(MARKS, '');
  return MAQSURA_WORDS.has(raw) || MAQSURA_WORDS.has(raw.slice(1));
}

export function tokenView(n: Normalized, segments: Segment[], stopWords: Set<string> = new Set()): TokenView {
  const tokens = tokenize(n.text);
  const words = tokens.map((t) => t.text);
  const gaps = tokens.map((t, i) => n.text.slice(i === 0 ? 0 : tokens[i - 1]!.end, t.start));
  const sentence = new Int32Array(tokens.length);
  let s = 0;
  tokens.forEach((t, i) => {
    while (s < segments.length - 1 && t.start >= segments[s]!.nend) s++;
    sentence[i] = s;
  });
  const cache: (FirstReading[] | undefined)[] = new Array(tokens.length);
  const plain = gaps.map((gap, i) => i > 0 && /^[ ]+$/.test(gap));
  const fn: (boolean | undefined)[] = new Array(tokens.length);
  return {
    n, tokens, words, gaps, sentence, segments,
    join: (i: number) => plain[i] === true,
    raw(i: number) {
      const o = toOriginal(n, tokens[i]!.start, tokens[i]!.end);
      return n.original.slice(o.start, o.end).replace(MARKS, '');
    },
    tanween(i: number) {
      const o = toOriginal(n, tokens[i]!.start, tokens[i]!.end);
      return /[\u064B-\u064D]/u.test(n.original.slice(o.start, o.end));
    },
    functionWord(i: number) {
      let r = fn[i];
      if (r === undefined) fn[i] = r = isFunctionToken(n, tokens[i]!, stopWords);
      return r;
    },
    firsts(i: number) {
      let r = cache[i];
      if (!r) cache[i] = r = firstReadings(words[i]!);
      return r;
    },
    forms(i: number) {
      return formsOf(this.firsts(i));
    },
  };
}

/** Whether only spaces separate token i from the one before it (no comma, quote or stop). */
export function joined(v: TokenView, i: number): boolean {
  return v.join(i);
}
