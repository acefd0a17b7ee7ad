// Name comparison exactly as gold-format.md's scoring section defines it. Kept apart from
// src/text/normalize.ts on purpose: that one keeps offsets for display, this one is the
// scorer's contract and must not drift when the matcher's folding improves.

const MARKS = /[\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/gu;
const FOLDS: Array<[RegExp, string]> = [
  [/[\u0623\u0625\u0622\u0671]/gu, '\u0627'],
  [/\u0649/gu, '\u064A'],
  [/\u0629/gu, '\u0647'],
  [/\u0624/gu, '\u0648'],
  [/\u0626/gu, '\u064A'],
];

function digits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/gu, (c) => {
    const cp = c.codePointAt(0)!;
    return String(cp >= 0x06f0 ? cp - 0x06f0 : cp - 0x0660);
  });
}

export function nameWords(name: string): string[] {
  let s = digits(name.replace(MARKS, ''));
  for (const [re, to] of FOLDS) s = s.replace(re, to);
  s = s.replace(/[^\p{L}\p{N}]+/gu, ' ');
  return s
    .split(' ')
    .filter(Boolean)
    .map((w) => {
      if (w.length > 3 && /^[وف]ال/u.test(w)) w = w.slice(1);
      if (w.length > 3 && w.startsWith('ال')) w = w.slice(2);
      return w;
    });
}

export function nameKey(name: string): string {
  return nameWords(name).join(' ');
}

function containsWords(hay: string[], needle: string[]): boolean {
  if (needle.length === 0 || needle.length > hay.length) return false;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Equal, or one contains the other as whole words. */
export function namesMatch(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  return containsWords(wa, wb) || containsWords(wb, wa);
}

/** Does `predicted` match `gold` or any of the gold's other names? */
export function matchesAny(predicted: string, goldNames: string[]): boolean {
  return goldNames.some((g) => namesMatch(predicted, g));
}
