// The words after a cue that can name its speaker: the first chunk (up to a comma, the
// statement opener or a complement) and, inside it, the description proper (up to a
// circumstance such as "في بيان", "أمس", "لوكالة…", a number, another cue or a verbal noun).
import { AFTER_FI, CUES, FW, NOT_MASDAR, PHRASE_STOP, isAnonymousHead, isBodyHead, isDocumentHead, isMediaDative } from './cues.js';
import { COMPLEMENT, OPENER, type Tok, isQuote } from './window.js';

export type PhraseUse = 'verb' | 'marker';

/** First words of the source markers (بحسب، وفق، نقلا عن…): they end a speaker phrase. */
export const MARKER_OPENERS = new Set([...CUES.values()].filter((c) => c.kind === 'marker').map((c) => c.form.split(' ')[0]!));

/** "بإنهاء"، "بوصول"، "بتقديم": ب on a verbal noun, not "بالشرطة", "بوزارة", "بن", "بلدية". */
export function isMasdarAfterBi(w: string): boolean {
  if (!w.startsWith('ب') || w.length <= 4 || w.startsWith('بال') || w.startsWith('بن') || NOT_MASDAR.has(w)) return false;
  const rest = w.slice(1);
  return ![rest, w].some((x) => isBodyHead(x) || isAnonymousHead(x) || isDocumentHead(x));
}

export const isAdjective = (w: string) => FW.adjective.has(w) || (/(?:ي|يه|يون|يين)$/u.test(w) && w.length > 3);

/**
 * The first chunk after a cue: words up to a comma, the statement opener or (after some words) a
 * complement preposition. Bracketed abbreviations are skipped; a quoted name at the start, after
 * an institution word ("موقع \"بي سوكر\"") or short inside the phrase is part of it; any other
 * quote mark opens the statement.
 */
export function firstChunk(toks: Tok[], i: number, use: PhraseUse): { words: Tok[]; j: number; quoted: boolean } {
  const words: Tok[] = [];
  let quoted = false;
  let j = i;
  while (j < toks.length && words.length < 14) {
    const k = toks[j]!;
    if (k.t === ',' || k.t === ';' || k.t === '»' || OPENER.has(k.t) || FW.claim.has(k.t)) break;
    if (k.t === '(' || k.t === ')') {
      const close = toks.findIndex((x, q) => q > j && x.t === ')');
      j = k.t === '(' && close > j && close - j < 8 ? close + 1 : j + 1;
      continue;
    }
    if (k.t === '"') {
      const close = toks.findIndex((x, q) => q > j && isQuote(x));
      const last = words[words.length - 1];
      // A short quoted name inside the phrase ("ضد \"داعش\" أنه") when more follows it.
      const inner = close > j && close - j <= 4 && !!toks[close + 1];
      if (close > j && close - j <= 9 && (!last || isBodyHead(last.t) || last.t === 'باسم' || inner)) {
        for (let q = j + 1; q < close; q++) if (/[\p{L}\p{N}]/u.test(toks[q]!.t)) words.push(toks[q]!);
        quoted = !last;
        j = close + 1;
        continue;
      }
      break;
    }
    if (words.length > 0 && COMPLEMENT.has(k.t)) {
      const head = words[0]!.t;
      const keep = (k.t === 'عن' && isDocumentHead(head)) || (k.t === 'من' && use === 'marker' && isAnonymousHead(head)) || (k.t === 'من' && FW.quantifier.has(words[words.length - 1]!.t));
      if (!keep) break;
    }
    words.push(k);
    j++;
  }
  return { words, j, quoted };
}

/** The description words: up to a circumstance (في بيان، أمس، لوكالة…), a number, another cue or a verbal noun. */
export function descriptionPhrase(words: Tok[]): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < words.length && out.length < 8; i++) {
    const w = words[i]!.t;
    if (/^[0-9]/u.test(w)) break;
    if (i > 0) {
      if (w === 'في' && AFTER_FI.has(words[i + 1]?.t ?? '')) break;
      if (PHRASE_STOP.has(w) || FW.same.has(w) || isMediaDative(w)) break;
      const cue = CUES.get(w) ?? CUES.get(w.replace(/^[وف]/u, ''));
      // Another verb ends the phrase; a participle may be an adjective ("تقارير غير مؤكدة").
      if (cue && cue.kind !== 'participle') break;
      // "يطالب الحكومة بإنهاء…": a verbal noun after ب ends a subject.
      if (isMasdarAfterBi(w) || MARKER_OPENERS.has(w) || FW.demonstrative.has(w)) break;
    }
    out.push(words[i]!);
  }
  return out;
}
