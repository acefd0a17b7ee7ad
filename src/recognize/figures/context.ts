// The event around a number: a casualty word before it ("مقتل 5"، "قتل فيها 35"), a verb
// after its noun ("5 جنود قتلوا"), or, for a number joined to an earlier one ("و116"،
// "بينهم 38"، "فضلا عن 59"), the event of the clause it continues.
import { fold } from '../../text/normalize.js';
import type { FigureKind } from '../../types.js';
import { wordAt } from '../numbers/parse.js';
import { dualNoun } from '../numbers/duals.js';
import { isClauseEnd, isSentenceEnd, type Tok } from '../numbers/scan.js';
import { PhraseIndex } from '../numbers/phrases.js';
import { AFTER, BEFORE, CASUALTY, UNITS } from './lexicon.js';

/** How far back an event word may sit from its number ("كما قتل في الفترة ذاتها 142"). */
export const BEFORE_WINDOW = 8;
/** How far after a number its verb may come ("21 عنصرا على الأقل من قوات النظام ... قتلوا"). */
export const AFTER_WINDOW = 12;
/** How far back a coordinated number looks for the event it continues. */
export const COORD_WINDOW = 30;

/** Words that open a new clause: an event word beyond them belongs to another statement. */
const CLAUSE_OPENERS = new Set(['ان', 'انه', 'انها', 'الذي', 'التي', 'الذين', 'حيث', 'بينما', 'فيما', 'لكن'].map(fold));

const COORDINATORS = new PhraseIndex<true>();
for (const p of ['و', 'بينهم', 'من بينهم', 'منهم', 'بينها', 'فضلا عن', 'إضافة إلى', 'بالإضافة إلى', 'علاوة على', 'إلى جانب', 'ومنهم', 'وبينهم']) COORDINATORS.add(p, true);

function opensClause(t: Tok): boolean {
  return CLAUSE_OPENERS.has(t.text) || (/^[وف]/u.test(t.text) && CLAUSE_OPENERS.has(t.text.slice(1)));
}

export interface EventHit {
  kind: FigureKind;
  /** Token range of the cue. */
  from: number;
  to: number;
}

function isNumberTok(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  return t.kind === 'num' || wordAt(toks, k) !== null;
}

/** The nearest event word ending before token k, within the clause. Kind other means "an action that is not a casualty". */
export function eventBefore(toks: Tok[], k: number, window = BEFORE_WINDOW, crossCommas = false): EventHit | null {
  let seen = 0;
  for (let p = k - 1; p >= 0 && seen < window; p--) {
    const t = toks[p]!;
    if (t.kind === 'punct') {
      if (crossCommas ? isSentenceEnd(t) : isClauseEnd(t)) return null;
      continue;
    }
    const m = BEFORE.endingAt(toks, p + 1);
    if (m) return { kind: m.phrase.data, from: m.from, to: m.to };
    // "ارتفع عدد النازحين إلى 1.2 مليون": a definite casualty noun names what is counted.
    const named = t.kind === 'word' ? definiteNoun(t.text, isTally(toks[p - 1])) : null;
    if (named) return { kind: named, from: p, to: p + 1 };
    if (!crossCommas && (isNumberTok(toks, p) || opensClause(t))) return null;
    seen++;
  }
  return null;
}

/** A number token written with the conjunction و ("و8"، "وخمسة"). */
function joined(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  return t.prefix === 'و' || wordAt(toks, k)?.prefix === 'و';
}

/**
 * A definite noun naming what is counted: a casualty noun anywhere ("ارتفع عدد النازحين إلى"),
 * any listed noun after a tally word ("بلغ عدد السكان 5 ملايين").
 */
function definiteNoun(word: string, afterTally: boolean): FigureKind | null {
  // After a tally word the noun may be in construct, without the article (عدد سكان المدينة).
  const m = (afterTally ? /^(?:[وفبل])?(?:ال|لل)?(\p{L}{3,})$/u : /^(?:[وفبل])?(?:ال|لل)(\p{L}{3,})$/u).exec(word);
  const e = m ? UNITS.get(m[1]!) : undefined;
  if (!e) return null;
  return CASUALTY.has(e.kind) || (afterTally && e.kind !== 'other') ? e.kind : null;
}

const TALLY = /^(?:[وفبل])?(?:عدد|حصيله|اجمالي|مجموع)$/u;
function isTally(t: Tok | undefined): boolean {
  return !!t && t.kind === 'word' && TALLY.test(t.text);
}

/** A casualty verb after token k ("قتلوا"، "أصيبوا"، "بجروح"), within the clause. */
export function eventAfter(toks: Tok[], k: number): EventHit | null {
  for (let p = k, seen = 0; p < toks.length && seen < AFTER_WINDOW; p++) {
    const t = toks[p]!;
    if (t.kind === 'punct') {
      if (isClauseEnd(t)) return null;
      continue;
    }
    const m = AFTER.at(toks, p, true);
    // A verb with a number right after it is active ("قتلوا 3 جنود"), not what befell these.
    if (m && !(toks[m.to] && isNumberTok(toks, m.to) && !joined(toks, m.to))) return { kind: m.phrase.data, from: m.from, to: m.to };
    if (opensClause(t)) return null;
    if (isNumberTok(toks, p) && !joined(toks, p)) return null;
    seen++;
  }
  return null;
}

/** Whether the number at tokens [from, …) continues an earlier one ("و116"، "بينهم 38"). */
export function isCoordinated(toks: Tok[], from: number): boolean {
  const t = toks[from]!;
  if (t.kind === 'num' && t.prefix.startsWith('و')) return true;
  if (t.kind === 'word' && /^و/u.test(t.text) && wordAt(toks, from)?.prefix.startsWith('و')) return true;
  // "وطفلان": a dual noun with the conjunction.
  if (t.kind === 'word' && /^و/u.test(t.text) && !wordAt(toks, from) && dualNoun(t.text.slice(1))) return true;
  // "وأكثر من 700": the و sits on the bound word.
  if (t.kind === 'word' && t.text.startsWith('و') && !wordAt(toks, from) && BEFORE.at(toks, from, true) === null && /^و(?:اكثر|اقل|نحو|حوالي|قرابه|زهاء|ما)/u.test(t.text)) return true;
  return COORDINATORS.endingAt(toks, from, false) !== null;
}
