// Normalisation for matching. Recognisers and lexicons work on the normalised string; every
// hit is mapped back through the offset map so that spans point into the text the user sees.
// The folding follows the scoring rules of gold-format.md (alef forms, ى/ي, ة/ه, ؤ/و, ئ/ي,
// digits) plus what scraped text carries (presentation forms, bidi marks, odd spaces).

export interface Normalized {
  /** The original text. */
  original: string;
  /** The folded text used for matching. */
  text: string;
  /** For each UTF-16 unit of `text`, the original index where it starts. */
  starts: Int32Array;
  /** For each UTF-16 unit of `text`, the original index just past it (marks that were dropped after it included). */
  ends: Int32Array;
}

const DROP_MARK = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/u; // harakat, Quranic marks, tatweel
const DROP_FORMAT = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C\u00AD]/u;
const SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\r\f\v]/u;

/** Single-unit foldings; built once at load time. */
const FOLD = new Map<string, string>([
  ['\u0623', '\u0627'], ['\u0625', '\u0627'], ['\u0622', '\u0627'], ['\u0671', '\u0627'],
  ['\u0672', '\u0627'], ['\u0673', '\u0627'],
  ['\u0649', '\u064A'], ['\u06CC', '\u064A'], ['\u06D2', '\u064A'],
  ['\u0629', '\u0647'], ['\u06C0', '\u0647'], ['\u06D5', '\u0647'],
  ['\u0624', '\u0648'], ['\u0626', '\u064A'],
  ['\u06A9', '\u0643'], ['\u06AF', '\u0643'],
  ['\u060C', ','], ['\u061B', ';'], ['\u061F', '?'], ['\u066A', '%'], ['\u066B', '.'],
  ['\u066C', ','], ['\u06D4', '.'], ['\u00AB', '"'], ['\u00BB', '"'], ['\u201C', '"'],
  ['\u201D', '"'], ['\u201E', '"'], ['\u2018', "'"], ['\u2019', "'"], ['\u2013', '-'],
  ['\u2014', '-'], ['\u2212', '-'], ['\u066D', '*'],
]);
for (let d = 0; d < 10; d++) {
  FOLD.set(String.fromCharCode(0x0660 + d), String(d));
  FOLD.set(String.fromCharCode(0x06f0 + d), String(d));
}

function isPresentationForm(cp: number): boolean {
  return (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefc);
}

/** Folds one code point (already split from the string) to zero or more characters. */
function foldChar(ch: string): string {
  if (DROP_MARK.test(ch) || DROP_FORMAT.test(ch)) return '';
  if (SPACE.test(ch)) return ' ';
  const f = FOLD.get(ch);
  if (f !== undefined) return f;
  const cp = ch.codePointAt(0)!;
  if (isPresentationForm(cp)) {
    let out = '';
    for (const c of ch.normalize('NFKC')) out += foldChar(c);
    return out;
  }
  if (cp >= 0x41 && cp <= 0x5a) return ch.toLowerCase();
  return ch;
}

// A lookup table over the Basic Multilingual Plane, built once: the per-character regex
// tests above are the definition, the table is what the hot loop reads.
const KEEP = -1;
const DROP_ATTACHED = -2; // harakah or tatweel: dropped, shown with the letter before it
const DROP_ALONE = -3; // bidi and zero-width marks: dropped, belong to nothing
const EXPAND = -4; // presentation forms: fold through NFKC
const TABLE = new Int32Array(0x10000).fill(KEEP);
for (let cp = 0; cp < 0x10000; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  const ch = String.fromCharCode(cp);
  if (DROP_MARK.test(ch)) TABLE[cp] = DROP_ATTACHED;
  else if (DROP_FORMAT.test(ch)) TABLE[cp] = DROP_ALONE;
  else if (isPresentationForm(cp)) TABLE[cp] = EXPAND;
  else {
    const f = foldChar(ch);
    if (f !== ch && f.length === 1) TABLE[cp] = f.charCodeAt(0);
  }
}

const UTF16 = new TextDecoder('utf-16le');

export function normalize(original: string): Normalized {
  const len = original.length;
  // Folding never lengthens text except through presentation forms; grow if they appear.
  let cap = len + 16;
  let out = new Uint16Array(cap);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let k = 0;
  const push = (code: number, s: number, e: number) => {
    if (k === cap) {
      cap *= 2;
      const o2 = new Uint16Array(cap); o2.set(out); out = o2;
      const s2 = new Int32Array(cap); s2.set(starts); starts = s2;
      const e2 = new Int32Array(cap); e2.set(ends); ends = e2;
    }
    out[k] = code; starts[k] = s; ends[k] = e; k++;
  };
  for (let i = 0; i < len; i++) {
    const c = original.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < len) {
      // Astral characters (emoji, rare scripts) are kept whole.
      push(c, i, i + 2);
      push(original.charCodeAt(i + 1), i, i + 2);
      i++;
      continue;
    }
    const t = TABLE[c]!;
    if (t === KEEP) push(c, i, i + 1);
    else if (t >= 0) push(t, i, i + 1);
    else if (t === DROP_ATTACHED) {
      if (k > 0 && ends[k - 1] === i) ends[k - 1] = i + 1;
    } else if (t === EXPAND) {
      const f = foldChar(String.fromCharCode(c));
      for (let j = 0; j < f.length; j++) push(f.charCodeAt(j), i, i + 1);
    }
  }
  const text = UTF16.decode(out.subarray(0, k));
  return { original, text, starts: starts.slice(0, k), ends: ends.slice(0, k) };
}

/** Maps a `[start, end)` range of the normalised text to the original text. */
export function toOriginal(n: Normalized, start: number, end: number): { start: number; end: number } {
  if (n.text.length === 0) return { start: 0, end: 0 };
  const s = start >= n.text.length ? n.original.length : n.starts[start]!;
  const e = end <= start ? s : n.ends[Math.min(end, n.text.length) - 1]!;
  return { start: s, end: e };
}

/** Maps an original index to the first normalised index at or after it. */
export function toNormalized(n: Normalized, originalIndex: number): number {
  let lo = 0;
  let hi = n.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (n.starts[mid]! < originalIndex) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Folds a short string (a lexicon entry, a name) the same way, without keeping offsets. */
export function fold(s: string): string {
  return normalize(s).text;
}

/** Folded and with runs of spaces squeezed: the key used for lexicon lookups. */
export function key(s: string): string {
  return fold(s).replace(/[^\p{L}\p{N}%]+/gu, ' ').trim();
}
