// The figures recogniser: of the numbers, those that count something, with what they count.
// The decision, in order (each rule's name goes into `rule`):
//   percent       the number carries a percent marker;
//   money         a currency follows it;
//   not counted   a unit of time, measure or score follows it (no figure);
//   casualty-unit the noun itself is a casualty word (قتيلا، جرحى، مختطفين، نازحين);
//   unit-kind     a thing noun keeps its own kind (سيارات، غارات، دولة…);
//   event-before  for people, groups, unknown nouns or no noun: the nearest event word before
//                 the number in its clause ("مقتل 1270 عنصرا" is killed: the event wins);
//   verb-after    a casualty verb after the number and its noun ("5 جنود قتلوا");
//   coordination  a number joined to an earlier one (و، بينهم، فضلا عن) takes the event of
//                 the clause it continues ("مقتل 1270 عنصرا ... وأكثر من 700 متشدد");
//   noun-before   no noun after, but a tallied noun before ("بلغ عدد السكان 5 ملايين");
//   unit-kind     otherwise the noun's own kind (people, fighters, other);
//   partitive     "اثنتين منها" counts things, "5 منهم" people, when nothing else tells;
//   numeral-adjective  واحد / اثنان after their noun count it ("قصة واحدة");
// a number with neither noun nor event is not a figure. A range gives two figures, its low
// end (at_least) and its high end (at_most), as the gold files do.
import { toNormalized, toOriginal, type Normalized } from '../../text/normalize.js';
import type { FigureKind, FigureMention, NumberMention } from '../../types.js';
import { wordAt } from '../numbers/parse.js';
import { scan, type Tok } from '../numbers/scan.js';
import { dualNoun } from '../numbers/duals.js';
import { AFTER, BEFORE, CASUALTY, NOT_COUNTED } from './lexicon.js';
import { COORD_WINDOW, eventAfter, eventBefore, isCoordinated } from './context.js';
import { FUNCTION_WORDS, unitAfter, unitEntry, type Unit } from './unit.js';

interface Decision {
  kind: FigureKind;
  rule: string;
  unit?: Unit;
  /** Token where the evidence starts (an event word before the number). */
  cueFrom?: number;
  /** Token just past the evidence (the noun, or a verb after it). */
  cueTo?: number;
}

interface Placed {
  m: NumberMention;
  from: number;
  to: number;
  d: Decision | null;
}

/** Numbers that count something, with their kind (killed, injured, countries, percent…). */
export function recognizeFigures(n: Normalized, numbers: NumberMention[]): FigureMention[] {
  const toks = scan(n.text);
  const placed: Placed[] = [];
  const out: FigureMention[] = [];
  for (const m of [...numbers].sort((a, b) => a.start - b.start)) {
    const from = tokenAtOrAfter(toks, toNormalized(n, m.start));
    const to = tokenAtOrAfter(toks, toNormalized(n, m.end));
    if (from >= to) continue;
    const p: Placed = { m, from, to, d: null };
    p.d = decide(toks, p, placed);
    placed.push(p);
    if (p.d) out.push(...toFigures(n, toks, p, p.d));
  }
  return out;
}

function tokenAtOrAfter(toks: Tok[], pos: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function decide(toks: Tok[], p: Placed, earlier: Placed[]): Decision | null {
  const { m } = p;
  if (m.percent) return { kind: 'percent', rule: 'percent' };
  if (m.value < 1 || (!Number.isInteger(m.value) && m.form !== 'mixed')) return null;
  const unit = (m.form === 'dual' ? dualUnit(toks, p) : numeralAdjective(toks, p) ?? unitAfter(toks, p.to)) ?? undefined;
  if (unit?.notCounted) return null;
  if (unit?.kind === 'money') return { kind: 'money', rule: 'money', unit, cueTo: unit.to };
  // "وفاة 3 مصابين": a casualty event right before the number wins over the noun's own kind.
  const adjacent = eventBefore(toks, p.from, 1);
  if (adjacent && CASUALTY.has(adjacent.kind) && unit && CASUALTY.has(unit.kind) && !unit.pronoun && adjacent.kind !== unit.kind) {
    return { kind: adjacent.kind, rule: 'event-before', unit, cueFrom: adjacent.from, cueTo: unit.to };
  }
  if (unit && CASUALTY.has(unit.kind) && !unit.pronoun) return { kind: unit.kind, rule: 'casualty-unit', unit, cueTo: unit.to };
  if (unit && unit.cls === 'thing') return { kind: unit.kind, rule: 'unit-kind', unit, cueTo: unit.to };
  if (unit?.cls === 'group' && unit.from < p.from) return { kind: unit.kind, rule: 'numeral-adjective', unit };
  const before = eventBefore(toks, p.from);
  const after = eventAfter(toks, unit ? Math.max(unit.to, p.to) : p.to);
  const coordinated = isCoordinated(toks, p.from);
  // "14 منهم قتلوا و8 أصيبوا": a joined number's own verb beats the verb of the clause before.
  if (coordinated && after && before && CASUALTY.has(before.kind)) return { kind: after.kind, rule: 'verb-after', unit, cueTo: after.to };
  if (before && CASUALTY.has(before.kind)) return { kind: before.kind, rule: 'event-before', unit, cueFrom: before.from, cueTo: unit?.to };
  // Only an action word (قصف، تدمير…) before the number keeps a later verb or clause away.
  const action = before?.kind === 'other';
  if (!action && after) return { kind: after.kind, rule: 'verb-after', unit, cueTo: after.to };
  if (!action && coordinated) {
    const inherited = coordinatedKind(toks, p, earlier);
    if (inherited) return { kind: inherited, rule: 'coordination', unit, cueTo: unit?.to };
  }
  // "بلغ عدد السكان 5 ملايين": the tallied noun before the number names what it counts.
  if (!unit && before && before.kind !== 'other') return { kind: before.kind, rule: 'noun-before', cueFrom: before.from };
  if (!unit) return null;
  return { kind: unit.kind, rule: unit.pronoun ? 'partitive' : 'unit-kind', unit, cueTo: unit.to };
}

/** The kind of the clause a coordinated number continues: an earlier casualty figure or word. */
function coordinatedKind(toks: Tok[], p: Placed, earlier: Placed[]): FigureKind | null {
  const hit = eventBefore(toks, p.from, COORD_WINDOW, true);
  // A tallied noun ("عدد عناصر داعش") names a group, not an event: it neither gives nor blocks.
  const word = hit && (CASUALTY.has(hit.kind) || hit.kind === 'other') ? hit : null;
  for (let k = earlier.length - 1; k >= 0; k--) {
    const e = earlier[k]!;
    if (p.from - e.to > COORD_WINDOW) break;
    if (toks.slice(e.to, p.from).some((t) => t.kind === 'punct' && /^[.!?\n]$/u.test(t.text))) break;
    if (e.d && CASUALTY.has(e.d.kind)) {
      // The nearer of the two cues wins.
      if (word && word.from > e.to) return CASUALTY.has(word.kind) ? word.kind : null;
      return e.d.kind;
    }
  }
  return word && CASUALTY.has(word.kind) ? word.kind : null;
}

/** A dual counts its own noun ("انفجارين" counts explosions). */
function dualUnit(toks: Tok[], p: Placed): Unit | null {
  const noun = dualNoun(toks[p.from]!.text);
  if (!noun) return null;
  if (NOT_COUNTED.has(noun.singular)) return { from: p.from, to: p.to, kind: 'other', cls: 'thing', notCounted: NOT_COUNTED.get(noun.singular)! };
  const e = unitEntry(noun.singular);
  return { from: p.from, to: p.to, kind: e?.kind ?? 'other', cls: e?.cls ?? 'thing' };
}

/**
 * "قصة واحدة"، "رجلان اثنان": one and two follow their noun as adjectives. They count that
 * noun and take no event from around them ("قتلت خمسة أشخاص من أسرة واحدة"). "واحد من"
 * ("one of") is not a count.
 */
function numeralAdjective(toks: Tok[], p: Placed): Unit | null {
  if (p.to - p.from !== 1) return null;
  const w = wordAt(toks, p.from);
  if (!w || w.type !== 'unit' || w.value > 2 || w.prefix) return null;
  const next = toks[p.to];
  if (next?.kind === 'word' && /^من/u.test(next.text)) {
    return w.value === 1 ? { from: p.from, to: p.to, kind: 'other', cls: 'thing', notCounted: 'one-of' } : null;
  }
  const prev = toks[p.from - 1];
  // "وأصيب اثنان آخران": after an event word the numeral is the subject, not an adjective.
  if (prev && (BEFORE.endingAt(toks, p.from) || AFTER.at(toks, p.from - 1, true))) return null;
  if (!prev || prev.kind !== 'word' || wordAt(toks, p.from - 1) || FUNCTION_WORDS.has(prev.text)) return w.value === 1 ? { from: p.from, to: p.to, kind: 'other', cls: 'thing', notCounted: 'bare-one' } : null;
  const stem = prev.text.replace(/^(?:[وفبلك])?(?:ال)?/u, '');
  const measure = NOT_COUNTED.get(prev.text) ?? NOT_COUNTED.get(stem);
  if (measure !== undefined) return { from: p.from - 1, to: p.to, kind: 'other', cls: 'thing', notCounted: measure };
  const e = unitEntry(stem) ?? unitEntry(prev.text);
  return { from: p.from - 1, to: p.to, kind: e?.kind ?? 'other', cls: 'group' };
}

function toFigures(n: Normalized, toks: Tok[], p: Placed, d: Decision): FigureMention[] {
  const a = Math.min(p.from, d.cueFrom ?? p.from, d.unit?.from ?? p.from);
  const b = Math.max(p.to, d.cueTo ?? p.to);
  const o = toOriginal(n, toks[a]!.start, toks[b - 1]!.end);
  const base: FigureMention = { start: o.start, end: o.end, text: n.original.slice(o.start, o.end), value: p.m.value, kind: d.kind, bound: p.m.bound, rule: d.rule };
  if (d.unit) {
    const u = toOriginal(n, toks[d.unit.from]!.start, toks[d.unit.to - 1]!.end);
    base.unit = n.original.slice(u.start, u.end);
  }
  if (d.unit?.currency) base.currency = d.unit.currency;
  if (p.m.high === undefined) return [base];
  return [
    { ...base, bound: 'at_least', high: p.m.high },
    { ...base, value: p.m.high, bound: 'at_most' },
  ];
}
