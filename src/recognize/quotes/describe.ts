// Who a speaker phrase names: a recognised person in it, a mention at its start (or the fuller
// form the article gives that organisation), the author of a document noun ("بيان صادر عن X"),
// or the description itself when its head says it is a source, a body or a role.
import { FW, bare, isAnonymousHead, isBodyHead, isDocumentHead, isRole } from './cues.js';
import { type PhraseUse, descriptionPhrase, isAdjective } from './phrase.js';
import { type Ctx, type EntitySpan, type Tok, mentionAt, nameText } from './window.js';

export interface Found {
  speaker: string;
  anonymous: boolean;
  /** Normalised offset where the speaker phrase ends. */
  end: number;
  /** entity: a recognised mention; name: an apposed name; description: the words themselves. */
  how: 'entity' | 'name' | 'description';
  /** The description that introduced an apposed person ("وزير الخارجية المغربي"), for later "الوزير المغربي". */
  intro?: string[];
  /** Accepted without an opener after it (a comma or a time word closed the subject). */
  loose?: boolean;
  /** A named person (a PER mention or an apposed name). */
  person?: boolean;
  /** Normalised offset up to which the words after the cue were read (appositions included). */
  through?: number;
}

const SOURCE_VERB = /^(?:اعد|نشر|اصدر|جمع|اورد|وثق)(?:ته|ها|تها)$/u;

const nameWordsOf = (s: string) => s.replace(/[^\p{L}\p{N}]+/gu, ' ').split(' ').filter(Boolean).map(bare);

function inRange(ctx: Ctx, s: number, e: number): EntitySpan[] {
  return ctx.spans.filter((x) => x.s >= s && x.s < e);
}

/**
 * `direct`: a verb with the statement right after the phrase, where any short phrase is the
 * subject ("وقال مختار إدان إن"); `stripL`: a preposition is glued to the first word ("للأمم");
 * `quoted`: the phrase was a quoted name.
 */
export function describe(ctx: Ctx, phrase: Tok[], use: PhraseUse, direct: boolean, stripL = false, quoted = false): Found | null {
  while (phrase.length && (phrase[0]!.t === 'ل' || FW.superlative.has(phrase[0]!.t))) phrase = phrase.slice(1);
  if (phrase.length === 0) return null;
  const ps = phrase[0]!.s;
  const pe = phrase[phrase.length - 1]!.e;
  const first = stripL ? phrase[0]!.t.replace(/^لل/u, 'ال').replace(/^ل(?!ل)/u, '') : phrase[0]!.t;
  const quantified = FW.quantifier.has(first) && phrase[1]?.t === 'من' && phrase[2];
  const head = quantified ? phrase[2]!.t : first;
  const spans = inRange(ctx, ps, pe);
  // A person counts only where a word starts: "تنسيقية لجان…" holds no person "جان".
  const person = spans.find((x) => x.ent.type === 'PER' && phrase.some((w) => w.s === x.s));
  if (person) return { speaker: person.ent.text, anonymous: false, end: Math.max(person.e, pe), how: 'entity', person: true };
  const atStart = mentionAt(ctx, phrase[0]!, stripL);
  if (atStart && atStart.ent.type !== 'LOC' && !isAnonymousHead(head) && !isDocumentHead(head)) return byMention(ctx, atStart, ps, pe);
  // A capital or a country alone speaks for its government ("واتهمت دمشق").
  if (atStart && atStart.ent.type === 'LOC' && atStart.e >= pe && use === 'verb') {
    return { speaker: atStart.ent.text, anonymous: false, end: pe, how: 'entity' };
  }
  if (isDocumentHead(head)) return documentAuthor(ctx, phrase);
  const anonymous = isAnonymousHead(head);
  const known = anonymous || isBodyHead(head) || isRole(head) || quoted;
  // An unknown short phrase right before أن is a name ("وقال مختار إدان إن"); names open without ال.
  const guess = use === 'verb' && direct && phrase.length <= 4 && !FW.notSpeaker.has(head) && !head.startsWith('ال') && !/^ب/u.test(head);
  if (!known && !guess) return null;
  const speaker = nameText(ctx.n, ps, pe, stripL);
  if (!speaker) return null;
  return { speaker, anonymous, end: pe, how: 'description' };
}

/**
 * The recogniser's name for a mention, unless the phrase is a fuller form around it ("التحالف
 * الدولي ضد داعش" where the entity reads "قوات التحالف الدولي"); that form is then kept for
 * every later mention of the organisation.
 */
function byMention(ctx: Ctx, at: EntitySpan, ps: number, pe: number): Found {
  const mentionWords = nameWordsOf(ctx.n.text.slice(at.s, at.e));
  const phraseWords = nameWordsOf(ctx.n.text.slice(ps, pe));
  const entWords = nameWordsOf(at.ent.text);
  const extra = phraseWords[mentionWords.length] ?? '';
  const continues = isAdjective(extra) || FW.nameLink.has(extra) || /^لل/u.test(extra);
  const fuller = at.ent.type === 'ORG' && continues && phraseWords.length > mentionWords.length && phraseWords.length <= 6 && !phraseWords.every((w) => entWords.includes(w));
  if (fuller) ctx.fuller.set(at.ent, nameText(ctx.n, ps, pe));
  const known = ctx.fuller.get(at.ent);
  if (known) return { speaker: known, anonymous: false, end: pe, how: 'description' };
  return { speaker: at.ent.text, anonymous: false, end: at.e, how: 'entity', person: at.ent.type === 'PER' };
}

/**
 * A document noun stands for its author: "بيان صادر عن X"، "حصيلة أولية لوزارة الصحة"،
 * "إحصاء أعدته الوكالة"، "بيان الوزارة"; with adjectives only ("تقديرات أممية") it is kept.
 */
function documentAuthor(ctx: Ctx, phrase: Tok[]): Found | null {
  let adjectives = 0;
  for (let k = 1; k < phrase.length; k++) {
    const w = phrase[k]!.t;
    if (/^(?:ال)?صادر[هة]?$/u.test(w)) continue;
    if (w === 'عن' || SOURCE_VERB.test(w)) return author(ctx, phrase.slice(k + 1), false);
    if (w.length > 3 && w.startsWith('ل') && !w.startsWith('لا')) return author(ctx, phrase.slice(k), true);
    if (isAdjective(w)) {
      adjectives++;
      continue;
    }
    if (k === 1 && w.startsWith('ال')) return author(ctx, phrase.slice(k), false);
    break;
  }
  if (adjectives > 0) {
    const end = phrase[adjectives]!.e;
    return { speaker: nameText(ctx.n, phrase[0]!.s, end), anonymous: true, end, how: 'description' };
  }
  // A bare "البيان" points back to its author; resolve.ts finds it or drops the statement.
  if (phrase.length === 1 && phrase[0]!.t.startsWith('ال')) {
    return { speaker: nameText(ctx.n, phrase[0]!.s, phrase[0]!.e), anonymous: false, end: phrase[0]!.e, how: 'description' };
  }
  return null;
}

function author(ctx: Ctx, words: Tok[], stripL: boolean): Found | null {
  const phrase = descriptionPhrase(words);
  if (phrase.length === 0) return null;
  const m = mentionAt(ctx, phrase[0]!, stripL);
  if (m && m.ent.type !== 'LOC') return { speaker: m.ent.text, anonymous: false, end: m.e, how: 'entity' };
  const end = phrase[phrase.length - 1]!.e;
  return { speaker: nameText(ctx.n, phrase[0]!.s, end, stripL), anonymous: false, end, how: 'description' };
}
