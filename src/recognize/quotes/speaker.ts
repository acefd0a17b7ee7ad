// The speaker after a cue. Arabic news puts the subject after the verb ("وقال المتحدث باسم
// الجيش إن…"): the speaker phrase runs from the cue to the word that opens the statement
// (أن/إن/:/«) or to a comma; commas may then bring an apposed name ("، اللواء كاوه عبد الله،")
// and circumstances ("، الجمعة،"، "، في بيان،"، "، طلب عدم نشر اسمه،") before the statement.
import { CUES, DATE_WORDS, FW, PHRASE_STOP, bare, isAnonymousHead, isBodyHead, isDocumentHead, isMediaDative, isRole, isTitleWord } from './cues.js';
import { type Found, describe } from './describe.js';
import { MARKER_OPENERS, type PhraseUse, descriptionPhrase, firstChunk, isMasdarAfterBi } from './phrase.js';
import { COMPLEMENT, type Ctx, OPENER, type Tok, isOpener, isQuote, nameText } from './window.js';

export type { Found } from './describe.js';

/** A comma chunk that only sets the scene: a time, "في بيان…", "طلب عدم نشر اسمه", "لوكالة…". */
function isCircumstance(ch: Tok[]): boolean {
  const w = ch[0]!.t;
  return DATE_WORDS.has(w) || FW.circumstance.has(w) || isMediaDative(w) || w === 'امس' || /^[0-9]/u.test(w);
}

/** An apposed name without a recognised mention: titles dropped, 1–4 words left, not a description. */
function apposedName(ch: Tok[], roleLike: boolean): Tok[] | null {
  let k = 0;
  while (k < ch.length && isTitleWord(ch[k]!.t)) k++;
  const rest = ch.slice(k);
  if (rest.length === 0 || rest.length > 4) return null;
  const first = rest[0]!.t;
  if (first.startsWith('ال') || FW.notSpeaker.has(first) || isAnonymousHead(first) || isBodyHead(first) || isDocumentHead(first)) return null;
  if (rest.some((w) => PHRASE_STOP.has(w.t) || COMPLEMENT.has(w.t) || w.t === 'في' || /^[0-9"]/u.test(w.t) || OPENER.has(w.t))) return null;
  return k > 0 || (roleLike && rest.length >= 2) ? rest : null;
}

/**
 * The speaker after a verb cue (or after عن/من for relay and learned cues). Returns null when the
 * phrase is empty (the caller then looks before the cue or continues the last speaker) or when no
 * statement follows ("أعلن الجيش حالة الطوارئ" has no opener and no comma after the subject).
 */
export function speakerAfter(ctx: Ctx, toks: Tok[], use: PhraseUse): Found | null {
  let i = 0;
  while (i < toks.length && FW.objectPronoun.has(toks[i]!.t)) i++;
  // "وأبلغت «عكاظ» قيادات ميدانية…": a quoted medium addressed before the subject.
  if (toks[i]?.t === '"') {
    const close = toks.findIndex((x, q) => q > i && isQuote(x));
    const after = toks[close + 1];
    if (close > i && close - i <= 4 && after && isAnonymousHead(after.t)) i = close + 1;
  }
  const first = toks[i];
  if (!first || isOpener(first) || COMPLEMENT.has(first.t) || first.t === ',' || first.t === '»') return null;
  // A quote mark opens the statement unless it holds a short name ("أكد \"الإطار…\"، أن").
  if (first.t === '"') {
    const close = toks.findIndex((x, q) => q > i && isQuote(x));
    const after = toks[close + 1];
    if (close < 0 || close - i > 9 || (close - i > 5 && after && !(after.t === ',' || isOpener(after) || FW.claim.has(after.t)))) return null;
  }
  const c0 = firstChunk(toks, i, use);
  const phrase = descriptionPhrase(c0.words);
  let j = c0.j;
  let person: { s: number; e: number; speaker: string; how: 'entity' | 'name' } | null = null;
  // A person named in the phrase itself needs no apposed name.
  const named = phrase.some((w) => ctx.spans.some((x) => x.s === w.s && x.ent.type === 'PER'));
  let commas = 0;
  let apposedRole = false;
  let firstCircumstance = false;
  // Other apposed clauses ("، المشغلة للحقل ضمن تحالف…،") are passed over only if an opener follows.
  let unknown = 0;
  let beforeUnknown = -1;
  while (toks[j]?.t === ',' && commas < 5) {
    commas++;
    if (toks[j + 1]?.t === '"') break;
    let m = j + 1;
    while (m < toks.length && toks[m]!.t !== ',' && !isOpener(toks[m])) m++;
    const ch = toks.slice(j + 1, m).filter((k) => !['(', ')', '"', '»'].includes(k.t));
    if (ch.length === 0) break;
    let lead = 0;
    while (lead < ch.length - 1 && isTitleWord(ch[lead]!.t)) lead++;
    const per = ctx.spans.find((x) => x.ent.type === 'PER' && x.s === ch[lead]!.s);
    if (!person && per && !(phrase.length > 0 && !roleLike(phrase) && roleLike(ch))) {
      person = { s: per.s, e: per.e, speaker: per.ent.text, how: 'entity' };
    } else if (isCircumstance(ch)) {
      if (commas === 1) firstCircumstance = true;
      // a time, "في بيان", "طلب عدم نشر اسمه"
    } else if (!person && !named && phrase.length > 0 && apposedName(ch, roleLike(phrase) || phrase[0]!.t.startsWith('ال'))) {
      const nm = apposedName(ch, true)!;
      person = { s: nm[0]!.s, e: nm[nm.length - 1]!.e, speaker: nameText(ctx.n, nm[0]!.s, nm[nm.length - 1]!.e), how: 'name' };
    } else if (phrase.length > 0 && roleLike(ch)) {
      // "وقال مختار إدان، مسؤول الشرطة في…، إن": a description apposed to the speaker.
      apposedRole = true;
    } else if (unknown < 2 && ch.length <= 10 && phrase.length > 0 && CUES.get(ch[0]!.t.replace(/^[وف]/u, ''))?.kind !== 'participle') {
      if (unknown++ === 0) beforeUnknown = j;
    } else break;
    j = m;
  }
  if (toks[j]?.t === ',' && (isOpener(toks[j + 1]) || toks[j + 1]?.t === '"')) j++;
  if (unknown > 0 && !isOpener(toks[j]) && toks[j]?.t !== '"') j = beforeUnknown;
  const next = toks[j];
  // "ذكرت الوكالة نقلا عن مصادر…": a marker after the subject; the statement follows the source.
  const cutWord = phrase.length < c0.words.length ? c0.words[phrase.length]!.t : '';
  const claim = (!!next && FW.claim.has(next.t)) || MARKER_OPENERS.has(cutWord) || CUES.get(cutWord)?.kind === 'relay';
  // "حذر برنامج الأغذية من أن": the complement right after a whole, short subject phrase.
  const complement = !!next && COMPLEMENT.has(next.t) && j === c0.j && phrase.length > 0 && phrase.length === c0.words.length && phrase.length <= 7;
  const opened = isOpener(next) || claim || next?.t === '"' || complement;
  // Without an opener, the comma must close the subject itself ("أعلن الجيش المالي، مساء
  // الجمعة، مقتل…"), not an object ("أكد التحالف ضرورة حماية المدنيين،").
  // A time word may close it too ("أعلن الوزير فلان أمس الأحد اعتقال…").
  // So may a demonstrative object ("نفت الحركة ذلك،") or a ب complement ("اتهم الرئيس فلان موسكو بـ…").
  const cutWordIsClose = DATE_WORDS.has(cutWord) || FW.demonstrative.has(cutWord) || isMasdarAfterBi(cutWord);
  const cutByTime = phrase.length < c0.words.length && cutWordIsClose;
  const closed = (toks[c0.j]?.t === ',' && phrase.length === c0.words.length && firstCircumstance) || cutByTime;
  const delimited = closed && phrase.length <= 8;
  if (use === 'verb' && !opened && !delimited && !person) return null;
  // A marker after the subject starts a statement of its own ("نقلا عن مصادر…"): leave it unread.
  const through = MARKER_OPENERS.has(cutWord) || CUES.get(cutWord)?.kind === 'relay' ? phrase[phrase.length - 1]?.e : toks[j - 1]?.e;
  if (person) {
    const intro = phrase.map((w) => bare(w.t));
    return { speaker: person.speaker, anonymous: false, end: person.e, how: person.how, intro, loose: !opened, person: true, through };
  }
  const direct = ((isOpener(next) && next!.t !== '"') || apposedRole) && phrase.length === c0.words.length;
  const f = describe(ctx, phrase, use, direct, false, c0.quoted && phrase.length === c0.words.length);
  if (f && !opened) f.loose = true;
  if (f) f.through = through;
  // Delimited only by a comma, a phrase must end where its mention ends.
  if (f && use === 'verb' && !opened && f.how === 'entity' && f.end < phrase[phrase.length - 1]!.e) return null;
  return f;
}

function roleLike(phrase: Tok[]): boolean {
  const h = phrase[0]!.t;
  return isRole(h) || isTitleWord(h) || isAnonymousHead(h) || phrase.some((w) => w.t === 'باسم');
}
