// Attributed statements. Arabic news puts the subject after the verb ("وقال المتحدث باسم
// الجيش إن…"), so the speaker is looked for in the phrase after the cue, up to the word that
// opens the statement (أن/إن/:/«); a named person or organisation there wins over the
// description around it, an empty phrase ("وأضاف أن…") continues the last speaker, and an
// unnamed source keeps its description ("مصدر أمني").
import { type Normalized, toNormalized, toOriginal } from '../../text/normalize.js';
import type { Segment } from '../../text/sentences.js';
import type { Entity, Quote } from '../../types.js';
import { ANONYMOUS_HEADS, CUES, CUE_RE, isRole } from './cues.js';

/** Words that open the statement itself. */
const OPENER = /^(?:[اإ]ن|[اإ]نه|[اإ]نها|[اإ]نهم|بان|بانه|ان|انه|انها|انهم|:|"|')$/u;
/** Prepositions that open the complement of cues such as أشار إلى، حذر من، شدد على. */
const COMPLEMENT = new Set(['الي', 'من', 'علي', 'عن', 'ب']);
/** Words after which the speaker phrase cannot go on (circumstances of the statement). */
const PHRASE_STOP = new Set(['في', 'خلال', 'اليوم', 'امس', 'يوم', 'عبر', 'لوكاله', 'لقناه', 'لصحيفه', 'ل', 'مساء', 'صباح', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت', 'عقب', 'بعد', 'قبل', 'حيث', 'كما', 'و']);
/** في that continues a description ("مصدر في قوات البيشمركة") rather than a circumstance. */
const CIRCUMSTANCE_AFTER_FI = new Set(['بيان', 'تصريح', 'تصريحات', 'حديث', 'مؤتمر', 'كلمه', 'مقابله', 'تغريده', 'اتصال', 'لقاء', 'وقت', 'ختام', 'رساله', 'تقرير']);
const MAX_PHRASE_WORDS = 8;
const MAX_WINDOW_WORDS = 16;

interface EntitySpan { s: number; e: number; ent: Entity }

interface Word { s: number; e: number; t: string }

// Quote marks are not words: names are often quoted ("ضد \"داعش\"") and must not be cut there.
const WORD_RE = /[\p{L}\p{N}]+|[:«»,]/gu;

export function findQuotes(n: Normalized, segments: Segment[], entities: Entity[]): Quote[] {
  const spans: EntitySpan[] = [];
  for (const ent of entities) {
    if (ent.type === 'LOC') continue;
    for (const m of ent.mentions) spans.push({ s: toNormalized(n, m.start), e: toNormalized(n, m.end), ent });
  }
  spans.sort((a, b) => a.s - b.s);
  const quotes: Quote[] = [];
  let last: { speaker: string; line: number } | null = null;
  for (const seg of segments) {
    const text = n.text.slice(seg.nstart, seg.nend);
    for (const m of text.matchAll(CUE_RE)) {
      const cue = CUES.get(m[1]!)!;
      const cueStart = seg.nstart + m.index!;
      const cueEnd = cueStart + m[0].length;
      const words = clauseWords(n.text, cueEnd, seg.nend, spans);
      // A participle (مؤكداً، مشيراً) has the subject of its main clause: never a phrase after it.
      const found = cue.kind === 'participle' ? null : speakerAfter(n, words, spans, cue.kind);
      let speaker: string | null = null;
      let anonymous = false;
      let end = cueEnd;
      if (found) {
        speaker = found.speaker;
        anonymous = found.anonymous;
        end = found.end;
      } else if (cue.kind !== 'marker' && (cue.kind === 'participle' ? last?.line === seg.line : opensStatement(words)) && last && seg.line - last.line <= 3) {
        // "وأضاف أن…", "مشيراً إلى…": the speaker goes on from the last statement.
        speaker = last.speaker;
        end = words[0] ? words[0].e : cueEnd;
      } else if (cue.kind === 'verb' && opensStatement(words)) {
        // SVO order: "الزهراني ذكر أن…" — a named speaker just before the cue.
        const before = spans.filter((x) => x.e <= cueStart && cueStart - x.e <= 2 && x.e > seg.nstart).pop();
        if (before) speaker = before.ent.text;
      }
      if (!speaker) continue;
      const o = toOriginal(n, cueStart, end);
      const cueText = toOriginal(n, cueEnd - m[1]!.length, cueEnd);
      quotes.push({ speaker, cue: n.original.slice(cueText.start, cueText.end), evidence: n.original.slice(o.start, o.end), start: o.start, end: o.end, anonymous });
      last = { speaker, line: seg.line };
    }
  }
  return quotes;
}

/**
 * Words after the cue up to the end of its clause: a comma closes it, unless a named person
 * stands right after the comma (the apposition "وزير الخارجية المغربي، ناصر بوريطة، أنه").
 */
function clauseWords(t: string, from: number, to: number, spans: EntitySpan[]): Word[] {
  const out: Word[] = [];
  const re = new RegExp(WORD_RE.source, 'gu');
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t)) && m.index < to && out.length < MAX_WINDOW_WORDS) {
    if (m[0] === ',') {
      const next = /\S/u.exec(t.slice(m.index + 1))?.index;
      const at = next === undefined ? -1 : m.index + 1 + next;
      const person = spans.find((x) => x.s === at && x.ent.type === 'PER');
      if (!person || out.length === 0) break;
      re.lastIndex = person.e;
      out.push({ s: person.s, e: person.e, t: t.slice(person.s, person.e) });
      const after = /^\s*,/u.exec(t.slice(person.e));
      if (after) re.lastIndex = person.e + after[0].length;
      continue;
    }
    out.push({ s: m.index, e: m.index + m[0].length, t: m[0] });
  }
  return out;
}

function opensStatement(words: Word[]): boolean {
  const w = words[0];
  return !!w && (OPENER.test(w.t) || COMPLEMENT.has(w.t) || w.t === '«');
}

/**
 * The speaker phrase after a cue: words up to the opener of the statement. A verb cue needs
 * that opener (otherwise "أعلن الجيش حالة الطوارئ" would be a statement by "الجيش حالة").
 */
function speakerAfter(n: Normalized, words: Word[], spans: EntitySpan[], kind: string): { speaker: string; anonymous: boolean; end: number } | null {
  if (words.length === 0 || opensStatement(words)) return null;
  let openerAt = words.findIndex((w) => OPENER.test(w.t) || w.t === '«');
  if (openerAt < 0) openerAt = words.findIndex((w, i) => i > 0 && COMPLEMENT.has(w.t));
  if (kind === 'verb' && openerAt < 0) return null;
  const limit = openerAt < 0 ? words.length : openerAt;
  const windowEnd = words[limit - 1]?.e ?? words[0]!.e;
  // A person named in the window (apposition "وزير الخارجية المغربي، ناصر بوريطة،") wins.
  const inWin = spans.filter((x) => x.s >= words[0]!.s && x.s < windowEnd);
  const person = inWin.find((x) => x.ent.type === 'PER');
  if (person) return { speaker: person.ent.text, anonymous: false, end: Math.max(person.e, windowEnd) };
  const phrase = descriptionPhrase(words.slice(0, limit));
  if (phrase.length === 0) return null;
  const phraseEnd = phrase[phrase.length - 1]!.e;
  const org = inWin.find((x) => x.s === words[0]!.s && x.e >= phraseEnd - 1);
  if (org) return { speaker: org.ent.text, anonymous: false, end: org.e };
  const head = phrase[0]!.t.replace(/^ال/, '');
  const anonymous = ANONYMOUS_HEADS.has(phrase[0]!.t) || ANONYMOUS_HEADS.has(head);
  const orgAtStart = inWin.find((x) => x.s === words[0]!.s);
  if (orgAtStart && !anonymous) return { speaker: orgAtStart.ent.text, anonymous: false, end: orgAtStart.e };
  // A bare description speaks only when it names a source: "مصدر أمني", "رئيس اللجنة…".
  // Otherwise "تشير السرديات إلى" would make "السرديات" a speaker.
  if (!anonymous && !isRole(phrase[0]!.t) && !inWin.some((x) => x.s < phraseEnd)) return null;
  const o = toOriginal(n, phrase[0]!.s, phraseEnd);
  return { speaker: n.original.slice(o.start, o.end).replace(/[«»"]/g, '').trim(), anonymous, end: phraseEnd };
}

/** The description words: up to a comma, a circumstance (في بيان، أمس، لوكالة…) or the opener. */
function descriptionPhrase(words: Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length && out.length < MAX_PHRASE_WORDS; i++) {
    const w = words[i]!;
    if (w.t === ',' || w.t === '»') break;
    if (i > 0 && COMPLEMENT.has(w.t)) break;
    if (i > 0 && w.t === 'في' && CIRCUMSTANCE_AFTER_FI.has(words[i + 1]?.t ?? '')) break;
    if (i > 0 && w.t !== 'في' && PHRASE_STOP.has(w.t)) break;
    if (i > 0 && /^ل(?:وكاله|قناه|صحيفه|موقع|شبكه)/u.test(w.t)) break;
    if (/^[0-9]/.test(w.t)) break;
    out.push(w);
  }
  return out;
}
