// Sentences and headings over the original text. Splitting happens on the normalised form
// (so ؟ and ۔ act like ? and .) but the ranges returned are original offsets.

import { type Normalized, toOriginal } from './normalize.js';

export interface Segment {
  /** Range in the original text. */
  start: number;
  end: number;
  /** Range in the normalised text. */
  nstart: number;
  nend: number;
  text: string;
  /** A short line without final punctuation: a title, a cross-heading, a tag. */
  heading: boolean;
  /** Index of the line (paragraph) it sits in. */
  line: number;
}

const HEADING_MAX_WORDS = 14;
const FINAL_PUNCT = /[.!?:"'»)\]…]\s*$/u;

/** Splits into lines, then each line into sentences at . ! ? (not inside numbers like 2.5). */
export function sentences(n: Normalized): Segment[] {
  const out: Segment[] = [];
  const t = n.text;
  let lineNo = 0;
  let lineStart = 0;
  for (let i = 0; i <= t.length; i++) {
    if (i < t.length && t[i] !== '\n') continue;
    const line = t.slice(lineStart, i);
    if (line.trim()) splitLine(n, line, lineStart, lineNo, out);
    lineNo++;
    lineStart = i + 1;
  }
  return out;
}

function splitLine(n: Normalized, line: string, offset: number, lineNo: number, out: Segment[]): void {
  const words = line.trim().split(/\s+/).length;
  const heading = words <= HEADING_MAX_WORDS && !FINAL_PUNCT.test(line.trim());
  const re = /[.!?]+(?=\s|$)|[!?]+/gu;
  let s = 0;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(line[a]!)) a++;
    while (b > a && /\s/.test(line[b - 1]!)) b--;
    if (b <= a) return;
    const o = toOriginal(n, offset + a, offset + b);
    out.push({ start: o.start, end: o.end, nstart: offset + a, nend: offset + b, text: n.original.slice(o.start, o.end), heading, line: lineNo });
  };
  for (const m of line.matchAll(re)) {
    const e = m.index! + m[0].length;
    push(s, e);
    s = e;
  }
  push(s, line.length);
}
