// Trigger words (data/events/triggers.tsv), indexed once by their first word so that a
// sentence is matched token by token: each token's clitic readings look up the patterns that
// can start there, and the longest pattern that fits wins ("تفجير انتحاري" over "تفجير").
// (A single regex alternation of all patterns cost more than the rest of the pipeline.)
import { loadTable } from '../data/table.js';
import { fold } from '../text/normalize.js';
import { readings, tokenize } from '../text/tokens.js';

export interface Trigger {
  pattern: string;
  type: string;
  sub_type: string;
  priority: number;
  label: string;
}

export interface TriggerHit { trigger: Trigger; start: number; end: number }

/** `~` in a pattern stands for up to GAP_WORDS words (the subject between verb and object). */
export const GAP_WORDS = 3;

interface Word { w: string; open: boolean; gap?: boolean }
interface Entry { words: Word[]; trigger: Trigger }

export const TRIGGERS: Trigger[] = loadTable('events/triggers.tsv').map((r) => ({
  pattern: r.pattern_ar!, type: r.type!, sub_type: r.sub_type!, priority: Number(r.priority), label: r.label_en!,
}));

const closedFirst = new Map<string, Entry[]>();
const openFirst = new Map<string, Entry[]>();
const openLengths = new Set<number>();
for (const trigger of TRIGGERS) {
  const words = fold(trigger.pattern).split(/\s+/).map((w) => (w === '~' ? { w: '', open: false, gap: true } : { w: w.replace(/\*$/, ''), open: w.endsWith('*') }));
  const entry = { words, trigger };
  const first = words[0]!;
  const map = first.open ? openFirst : closedFirst;
  if (first.open) openLengths.add(first.w.length);
  const list = map.get(first.w) ?? [];
  list.push(entry);
  map.set(first.w, list);
}
for (const list of [...closedFirst.values(), ...openFirst.values()]) list.sort((a, b) => b.words.length - a.words.length);

/** Later words of a phrase match with or without the article ("القصف الجوي" = "قصف جوي"). */
function wordFits(token: string, word: Word): boolean {
  const t = token.startsWith('ال') && !word.w.startsWith('ال') ? token.slice(2) : token;
  return word.open ? t.startsWith(word.w) || token.startsWith(word.w) : t === word.w || token === word.w;
}

/** Tokens taken by words[w..] from tokens[t..], or -1; a gap takes 0..GAP_WORDS tokens. */
function matchRest(tokens: Array<{ text: string }>, t: number, words: Word[], w: number): number {
  if (w === words.length) return 0;
  const word = words[w]!;
  if (word.gap) {
    for (let skip = 0; skip <= GAP_WORDS && t + skip <= tokens.length; skip++) {
      const rest = matchRest(tokens, t + skip, words, w + 1);
      if (rest >= 0) return skip + rest;
    }
    return -1;
  }
  if (t >= tokens.length || !wordFits(tokens[t]!.text, word)) return -1;
  const rest = matchRest(tokens, t + 1, words, w + 1);
  return rest < 0 ? -1 : rest + 1;
}

function candidates(stem: string): Entry[] {
  const out = closedFirst.get(stem) ?? [];
  if (openLengths.size === 0) return out;
  const more: Entry[] = [];
  for (const len of openLengths) if (stem.length >= len) more.push(...(openFirst.get(stem.slice(0, len)) ?? []));
  return more.length ? [...out, ...more] : out;
}

/** Trigger hits in a range of the normalised text (offsets into the normalised text). */
export function findTriggers(normText: string, from: number, to: number): TriggerHit[] {
  const tokens = tokenize(normText.slice(from, to)).filter((t) => !t.isNumber);
  const out: TriggerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let best: { entry: Entry; len: number } | null = null;
    for (const r of readings(tokens[i]!.text)) {
      for (const entry of candidates(r.stem)) {
        const len = matchRest(tokens, i + 1, entry.words, 1);
        if (len < 0) continue;
        const n = len + 1;
        if (!best || n > best.len) best = { entry, len: n };
      }
    }
    if (!best) continue;
    out.push({ trigger: best.entry.trigger, start: from + tokens[i]!.start, end: from + tokens[i + best.len - 1]!.end });
    i += best.len - 1;
  }
  return out;
}
