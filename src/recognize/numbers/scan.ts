// Tokens for the number and figure recognisers, over normalised text. Unlike text/tokens.ts,
// digits and letters are split ("و116" is the clitic و glued to 116, "M4" a label), and
// punctuation is kept as tokens so that rules can see clause edges.

export type TokKind = 'word' | 'num' | 'punct';

export interface Tok {
  kind: TokKind;
  /** Range in the normalised text. */
  start: number;
  end: number;
  text: string;
  /** For a number: Arabic clitic letters glued before it (و، ب، ال…), already inside start..end. */
  prefix: string;
  /** The token is glued to the one before it (no space). */
  glued: boolean;
}

const TOKEN_RE = /(\p{L}+)|([0-9]+(?:[.,][0-9]+)*)|(\n)|([^\s\p{L}\p{N}])/gu;
const CLITIC_ONLY = /^(?:[وف]?(?:[بلك]|لل)?(?:ال)?)$/u;
const LATIN = /^[a-z]+$/u;

export function scan(text: string): Tok[] {
  const out: Tok[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const glued = start === prevEnd;
    prevEnd = end;
    if (m[2] !== undefined) {
      const before = out[out.length - 1];
      // A clitic run written onto the digits ("و116"، "الـ40") belongs to the number.
      if (before && glued && before.kind === 'word' && !LATIN.test(before.text) && CLITIC_ONLY.test(before.text)) {
        out.pop();
        out.push({ kind: 'num', start: before.start, end, text: m[0], prefix: before.text, glued: before.glued });
        continue;
      }
      out.push({ kind: 'num', start, end, text: m[0], prefix: '', glued });
    } else if (m[1] !== undefined) {
      out.push({ kind: 'word', start, end, text: m[1], prefix: '', glued });
    } else {
      out.push({ kind: 'punct', start, end, text: m[0], prefix: '', glued });
    }
  }
  return out;
}

/** Punctuation that closes a clause: rules that look around a number stop there. */
export function isClauseEnd(t: Tok): boolean {
  return t.kind === 'punct' && /^[.!?:;,\n]$/u.test(t.text);
}

/** Punctuation that closes a sentence. */
export function isSentenceEnd(t: Tok): boolean {
  return t.kind === 'punct' && /^[.!?\n]$/u.test(t.text);
}

export function isLatin(t: Tok): boolean {
  return t.kind === 'word' && LATIN.test(t.text);
}
