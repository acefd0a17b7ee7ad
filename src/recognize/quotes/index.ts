// Attributed statements. For each cue (قال، أكد، بحسب، نقلت… in data/quotes/cues.tsv) the speaker
// is looked for after it (Arabic VSO, speaker.ts); an empty phrase ("وأضاف أن…") has its
// speaker just before the verb (SVO, "كانت الوزارة قد أعلنت") or continues the last one; a
// participle (مؤكداً) has the speaker of its sentence. Pointing descriptions ("المصدر"،
// "البيان") are resolved over the article at the end (resolve.ts).
import { type Normalized, toNormalized, toOriginal } from '../../text/normalize.js';
import type { Segment } from '../../text/sentences.js';
import type { Entity, Quote } from '../../types.js';
import { CUES, CUE_RE, FW, isAnonymousHead, isBodyHead } from './cues.js';
import { type Draft, resolveDescriptions } from './resolve.js';
import { type Found, describe } from './describe.js';
import { descriptionPhrase, firstChunk } from './phrase.js';
import { speakerAfter } from './speaker.js';
import { COMPLEMENT, type Ctx, type EntitySpan, type Tok, isOpener, tokens, tokensBefore } from './window.js';

/** How many lines (paragraphs) a speaker carries over to "وأضاف أن…". */
const CARRY_LINES = 3;
/** "بحسب تعبيره"، "حسب قوله": the marker points back to the current speaker. */
const SELF_REFERENCE = /^(?:تعبير|قول|وصف|رواي)(?:ه|ها|هم)$/u;

interface Last { draft: Draft; line: number; seg: number }

export function findQuotes(n: Normalized, segments: Segment[], entities: Entity[]): Quote[] {
  const spans: EntitySpan[] = [];
  for (const ent of entities) {
    for (const m of ent.mentions) spans.push({ s: toNormalized(n, m.start), e: toNormalized(n, m.end), ent });
  }
  spans.sort((a, b) => a.s - b.s || b.e - a.e);
  const ctx: Ctx = { n, spans, fuller: new Map() };
  const drafts: Draft[] = [];
  let last: Last | null = null;
  let consumed = -1;
  segments.forEach((seg, segIndex) => {
    const text = n.text.slice(seg.nstart, seg.nend);
    for (const m of text.matchAll(CUE_RE)) {
      const cue = CUES.get(m[1]!)!;
      const cueStart = seg.nstart + m.index!;
      const cueEnd = cueStart + m[0].length;
      if (cueStart < consumed) continue;
      // "طلب عدم ذكر اسمه": a verbal noun after عدم/دون is no statement.
      if (/(?:^|\s)(?:عدم|بعدم|دون|بدون)\s*$/u.test(n.text.slice(Math.max(seg.nstart, cueStart - 8), cueStart))) continue;
      const toks = tokens(n, cueEnd, seg.nend);
      const push = (found: { speaker: string; anonymous?: boolean; end: number; through?: number }, how: Draft['how'], intro?: string[], from = cueStart) => {
        const o = toOriginal(n, from, Math.max(found.end, cueEnd));
        const c = toOriginal(n, cueEnd - m[1]!.length, cueEnd);
        const q: Quote = { speaker: found.speaker, cue: n.original.slice(c.start, c.end), evidence: n.original.slice(o.start, o.end), start: o.start, end: o.end, anonymous: !!found.anonymous };
        const draft: Draft = { q, how, intro, person: 'person' in found ? !!found.person : undefined, from: how === 'inherited' ? (last as Last | null)?.draft : undefined };
        drafts.push(draft);
        last = { draft, line: seg.line, seg: segIndex };
        // Cue words inside the phrase or its appositions ("، تحدث إلى…،") are not statements of their own.
        consumed = Math.max(consumed, found.through ?? found.end);
      };
      const carry = (): Found | null => {
        const l = last as Last | null;
        if (!l || seg.line - l.line > CARRY_LINES) return null;
        return { speaker: l.draft.q.speaker, anonymous: !!l.draft.q.anonymous, end: cueEnd, how: 'entity', intro: l.draft.intro };
      };
      switch (cue.kind) {
        case 'participle': {
          const l = last as Last | null;
          // The speaker of the same sentence: "قال X إن…، مشيراً إلى…".
          if (l && l.seg === segIndex) push({ ...carry()!, end: cueEnd }, 'inherited', l.draft.intro);
          else {
            // "تبنت الجماعة الهجوم، زاعمة أنها…": the subject of the sentence's main verb, named
            // first (SVO) or right after that verb (VSO).
            // A leading "في المقابل،" / "من جهته،" is passed over.
            let opening = tokens(n, seg.nstart, cueStart, 8);
            const lead = opening.findIndex((k) => k.t === ',');
            if (lead >= 0 && lead <= 3) opening = opening.slice(lead + 1);
            opening = opening.filter((k) => /\p{L}/u.test(k.t));
            const subject = spans.find((x) => x.e <= cueStart && x.ent.type !== 'LOC' && (x.s === opening[0]?.s || x.s === opening[1]?.s));
            if (subject) push({ speaker: subject.ent.text, end: cueEnd }, 'entity');
          }
          break;
        }
        case 'verb': {
          let f = speakerAfter(ctx, toks, 'verb');
          // Without an opener the verb may be a noun ("بضرورة كشف الجهات…"): only a clause-initial verb.
          if (f?.loose && !clauseInitial(n.text, seg.nstart, cueStart, m[0] !== m[1])) f = null;
          const svo = f ? null : wasSubject(ctx, seg.nstart, cueStart);
          if (f) push(f, f.how, f.intro);
          else if (svo) push({ ...svo, end: cueEnd }, svo.how, undefined, svo.start);
          else if (opensStatement(toks)) {
            const before = speakerBefore(ctx, seg.nstart, cueStart);
            if (before) push({ ...before, end: cueEnd }, before.how, undefined, before.start);
            else {
              const c = carry();
              if (c) push(c, 'inherited', c.intro);
            }
          }
          break;
        }
        case 'marker': {
          let i = 0;
          // "بحسب ما أعلنت مصادر طبية", "حسبما أفاد…": the verb after ما is part of the marker.
          if (toks[0]?.t === 'ما' && toks[1]) i = 2;
          else if (/ما$/u.test(m[1]!) && !/\s/u.test(m[1]!) && toks[0]) i = 1;
          const rest = toks.slice(i);
          if (rest[0] && SELF_REFERENCE.test(rest[0].t)) {
            const c = carry();
            if (c) push({ ...c, end: rest[0].e }, 'inherited', c.intro);
            break;
          }
          const f = i > 0 ? speakerAfter(ctx, rest, 'marker') : markerSource(ctx, rest);
          if (f) push(f, f.how, f.intro);
          break;
        }
        case 'relay': {
          // "ونقلت الوكالة عن مصدر عسكري قوله إن…": the relaying body, then the source.
          const chunk = firstChunk(toks, 0, 'verb');
          const at = toks.findIndex((k, q) => q >= chunk.j - 1 && k.t === 'عن');
          const relayed = at >= 0 && at <= chunk.j + 1;
          const agency = relayed || isOpener(toks[chunk.j]) || /ما$/u.test(n.text.slice(cueStart - 3, cueStart).trim()) ? describe(ctx, descriptionPhrase(chunk.words), 'marker', false) : null;
          if (agency) push(agency, agency.how);
          if (relayed) {
            const source = speakerAfter(ctx, toks.slice(at + 1), 'marker');
            if (source) push(source, source.how, source.intro);
          }
          break;
        }
        case 'learned': {
          // "وعلمت «الصحيفة» من مصادر مطلعة أن…": only the source after من speaks.
          const at = toks.findIndex((k, q) => q < 8 && k.t === 'من');
          if (at >= 0) {
            const source = speakerAfter(ctx, toks.slice(at + 1), 'marker');
            if (source) push(source, source.how, source.intro);
          }
          break;
        }
        case 'relayed': {
          // "عن مصدر عسكري قوله إن…" when no relay cue took the source already.
          const before = tokensBefore(n, seg.nstart, cueStart);
          const at = before.map((k) => k.t).lastIndexOf('عن');
          if (at >= 0 && before.length - at <= 9 && before[at]!.s >= consumed) {
            const f = describe(ctx, descriptionPhrase(before.slice(at + 1)), 'marker', false);
            if (f) push({ ...f, end: cueEnd }, f.how, f.intro, before[at]!.s);
          }
          break;
        }
      }
    }
  });
  return resolveDescriptions(n, drafts, entities).map((d) => d.q);
}

/** The clause before the verb, cut at the last comma, quote mark or colon. */
function clauseBefore(ctx: Ctx, segStart: number, cueStart: number): Tok[] {
  const all = tokensBefore(ctx.n, segStart, cueStart);
  let from = 0;
  for (let k = all.length - 1; k >= 0; k--) {
    if ([',', ';', '"', '»', ':'].includes(all[k]!.t)) {
      from = k + 1;
      break;
    }
  }
  return all.slice(from);
}

/** "وكانت وزارة الداخلية قد أعلنت…": the subject between كان and قد, whatever follows the verb. */
function wasSubject(ctx: Ctx, segStart: number, cueStart: number): (Found & { start: number }) | null {
  const clause = clauseBefore(ctx, segStart, cueStart);
  if (clause[clause.length - 1]?.t !== 'قد') return null;
  const was = clause.findIndex((k) => FW.was.has(k.t));
  if (was < 0 || clause.length - was > 9) return null;
  const f = describe(ctx, clause.slice(was + 1, -1), 'verb', true);
  return f ? { ...f, start: clause[was]!.s } : null;
}

/** A verb that opens its clause: at the sentence start, after a comma, with و/ف on it, or after كما/قد. */
function clauseInitial(t: string, segStart: number, cueStart: number, prefixed: boolean): boolean {
  if (prefixed) return true;
  const before = t.slice(segStart, cueStart).trimEnd();
  // A dateline ("القاهرة –") ends with a dash.
  return before === '' || /[,;:\-]$/u.test(before) || /(?:^|\s)(?:كما|قد|ثم)$/u.test(before);
}

function opensStatement(toks: Tok[]): boolean {
  const k = toks[0];
  return !!k && (isOpener(k) || k.t === '"' || COMPLEMENT.has(k.t));
}

/** A marker's source: "وفقاً للأمم المتحدة" (the preposition glued on), "بحسب المرصد السوري". */
function markerSource(ctx: Ctx, toks: Tok[]): Found | null {
  let i = 0;
  if (toks[0]?.t === 'ل') i = 1;
  const first = toks[i];
  if (!first) return null;
  const glued = i === 0 && /^ل/u.test(first.t) && first.t !== 'لا' && first.t.length > 3;
  const chunk = firstChunk(toks, i, 'marker');
  return describe(ctx, descriptionPhrase(chunk.words), 'marker', false, glued);
}

/**
 * SVO: the speaker before the verb in its clause. "وكانت وزارة الداخلية قد أعلنت أن…", a named
 * entity just before ("الزهراني ذكر أن…"), or a source description opening the clause ("لكن
 * منتقدين يقولون").
 */
function speakerBefore(ctx: Ctx, segStart: number, cueStart: number): (Found & { start: number }) | null {
  const clause = clauseBefore(ctx, segStart, cueStart);
  if (clause.length === 0) return null;
  const named = ctx.spans.filter((x) => x.e <= cueStart && cueStart - x.e <= 2 && x.s >= clause[0]!.s && x.ent.type !== 'LOC').pop();
  if (named) return { speaker: named.ent.text, anonymous: false, end: named.e, how: 'entity', start: named.s };
  let k = 0;
  while (k < clause.length && FW.clauseOpener.has(clause[k]!.t)) k++;
  const phrase = clause.slice(k);
  if (phrase.length === 0 || phrase.length > 4) return null;
  const head = phrase[0]!.t;
  if (!isAnonymousHead(head) && !isBodyHead(head)) return null;
  const f = describe(ctx, phrase, 'verb', false);
  return f ? { ...f, start: phrase[0]!.s } : null;
}
