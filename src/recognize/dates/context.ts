// What the words around a mention say about it: does its sentence speak of the future (a bare
// weekday or month then means the next one), and which word stands just before it.
import { B, E, alt } from '../../text/regex-parts.js';
import { cues } from './lexicon.js';

const SENTENCE_END = /[.!?\n;]/;

function sentenceStart(text: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && !SENTENCE_END.test(text[i]!)) i--;
  return i + 1;
}

const FUTURE_RE = new RegExp(`${B}[وف]?(?:${alt(cues('future'))})${E}`, 'gu');
/**
 * An imperfect verb with the future prefix س (سيعقد، ستبدأ). The first person (سنواصل) is left
 * out: too many nouns and names start with سن (سنة، سنتكوم، سنغافورة).
 */
const S_VERB_RE = new RegExp(`${B}[وف]?(س[يت](\\p{L}{2,}))${E}`, 'gu');
const NOT_FUTURE_VERB = new Set(cues('not-future-verb'));
/** Nouns and names that merely start like a س- verb (ستة، سنوات، سيارة، سياسة، سيناء…). */
const NOT_S_VERB = /^(?:ا|ه|ة|وات|ين|ون|ناء|طر|ده|دي|د)|[هة]$|ات$/u;

/** Past-tense cues that close a future clause ("سيعقد…، وكان قد التقى الأحد"). */
const PAST_RE = new RegExp(`${B}[وف]?(?:كان|كانت|امس)${E}`, 'gu');

/** True when, in the sentence of `at`, a future cue comes before it and no past cue in between. */
export function speaksOfFuture(text: string, at: number): boolean {
  const before = text.slice(sentenceStart(text, at), at);
  let future = -1;
  for (const m of before.matchAll(FUTURE_RE)) future = Math.max(future, m.index!);
  for (const m of before.matchAll(S_VERB_RE)) {
    if (!NOT_S_VERB.test(m[2]!) && !NOT_FUTURE_VERB.has(m[1]!)) future = Math.max(future, m.index!);
  }
  if (future < 0) return false;
  for (const m of before.matchAll(PAST_RE)) if (m.index! > future) return false;
  return true;
}

/** The word (letters only) that ends just before `at`, skipping spaces. */
export function wordBefore(text: string, at: number): string {
  const m = /(\p{L}+)[\s]*$/u.exec(text.slice(Math.max(0, at - 30), at));
  return m ? m[1]! : '';
}
