// The words around a cue, as tokens of the normalised text: letters/digits runs and the
// punctuation that shapes a speaker phrase (comma, colon, quote mark, brackets).
import { type Normalized, toOriginal } from '../../text/normalize.js';
import type { Entity } from '../../types.js';

export interface Tok { s: number; e: number; t: string }

export interface EntitySpan { s: number; e: number; ent: Entity }

/** What the speaker finder reads: the text and every entity mention in normalised offsets. */
export interface Ctx {
  n: Normalized;
  spans: EntitySpan[];
  /** A fuller name the article gives an organisation than the recogniser's ("التحالف الدولي ضد داعش"). */
  fuller: Map<Entity, string>;
}

const TOK_RE = /[\p{L}\p{N}]+|[,:;"()]/gu;
/** A quotation mark: '"' opens, '»' closes (see tokens). */
export const isQuote = (k: Tok | undefined) => !!k && (k.t === '"' || k.t === '»');

/**
 * Tokens of [from, to). Normalisation folds every quote mark to '"'; here a closing one becomes
 * '»' again, read from the original («» “” by shape, a straight " by its parity in the line), so
 * that the end of a quotation is not taken for the opening of a statement.
 */
export function tokens(n: Normalized, from: number, to: number, max = 40): Tok[] {
  const out: Tok[] = [];
  const re = new RegExp(TOK_RE.source, 'gu');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(n.text)) && m.index < to && out.length < max) {
    const t = m[0] === '"' && isClosingQuote(n, m.index) ? '»' : m[0];
    out.push({ s: m.index, e: m.index + m[0].length, t });
  }
  return out;
}

function isClosingQuote(n: Normalized, at: number): boolean {
  const o = n.starts[at]!;
  const c = n.original[o];
  if (c === '»' || c === '”') return true;
  if (c !== '"') return false;
  const lineStart = n.original.lastIndexOf('\n', o) + 1;
  return (n.original.slice(lineStart, o).split('"').length - 1) % 2 === 1;
}

/** Tokens of [from, to) counted back from `to`: the clause before a cue. */
export function tokensBefore(n: Normalized, from: number, to: number): Tok[] {
  return tokens(n, from, to, 200).filter((k) => k.e <= to);
}

/** Words that open the statement itself (folded): أن، إن، بأن، إنه… and the colon. */
export const OPENER = new Set(['ان', 'انه', 'انها', 'انهم', 'اننا', 'انني', 'بان', 'بانه', 'بانها', 'بانهم', 'فان', 'فانه', 'فانها', 'فانهم', ':']);
/** Prepositions that open the complement of cues such as أشار إلى، حذر من، شدد على، أعرب عن. */
export const COMPLEMENT = new Set(['الي', 'علي', 'عن', 'من']);

export const isOpener = (k: Tok | undefined) => !!k && OPENER.has(k.t);

/** The mention that starts at a token (or, with `glued`, just past a preposition ل/لل on it). */
export function mentionAt(ctx: Ctx, k: Tok, glued = false): EntitySpan | undefined {
  return ctx.spans.find((x) => (glued ? x.s >= k.s && x.s <= k.s + 2 : x.s === k.s) && x.s < k.e);
}

/**
 * The original text of [s, e) as a speaker name: quote marks dropped, and a preposition glued to
 * the first word undone ("للأمم المتحدة" -> "الأمم المتحدة", "لوزارة الصحة" -> "وزارة الصحة").
 */
export function nameText(n: Normalized, s: number, e: number, stripL = false): string {
  const o = toOriginal(n, s, e);
  let out = n.original.slice(o.start, o.end).replace(/[«»"“”()]/gu, ' ').replace(/\s+/gu, ' ').trim();
  if (stripL) {
    if (/^لل/u.test(out)) out = 'ال' + out.slice(2);
    else if (/^ل/u.test(out)) out = out.slice(1).replace(/^ـ+/u, '');
  }
  return out;
}
