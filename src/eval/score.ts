// Scoring as gold-format.md defines it: micro P/R/F1 per field over a folder, event field
// accuracies over matched pairs, relevance accuracy. Counts are kept per document so that
// --per-doc rows and the folder totals come from the same numbers.
import type { Analysis, EventRecord } from '../types.js';
import type { Gold, GoldEntity, GoldEvent } from './gold.js';
import { matchesAny, nameKey, namesMatch } from './names.js';

export interface Counts { tp: number; pred: number; gold: number }
export interface Prf extends Counts { p: number; r: number; f1: number }

export const PRF_FIELDS = ['entities', 'entities.PER', 'entities.ORG', 'entities.LOC', 'dates', 'figures', 'figure_values', 'events', 'quotes'] as const;
export const EVENT_ATTRS = ['sub_type', 'country', 'killed', 'injured', 'date', 'place', 'actor1', 'actor2'] as const;
type EventAttr = (typeof EVENT_ATTRS)[number];

export interface DocScore {
  doc: string;
  counts: Record<string, Counts>;
  /** correct / total per event attribute over matched pairs */
  attrs: Record<EventAttr, { ok: number; n: number }>;
  detect: { hit: number; gold: number };
  relevant: { ok: boolean };
}

const zero = (): Counts => ({ tp: 0, pred: 0, gold: 0 });

export function prf(c: Counts): Prf {
  const p = c.pred === 0 ? (c.gold === 0 ? 1 : 0) : c.tp / c.pred;
  const r = c.gold === 0 ? 1 : c.tp / c.gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { ...c, p, r, f1 };
}

function setCounts<T>(pred: T[], gold: T[], keyOf: (x: T) => string): Counts {
  const ps = new Set(pred.map(keyOf));
  const gs = new Set(gold.map(keyOf));
  let tp = 0;
  for (const k of ps) if (gs.has(k)) tp++;
  return { tp, pred: ps.size, gold: gs.size };
}

/** One-to-one, in order: each predicted name takes the first unmatched gold it matches. */
function matchNames(pred: string[], gold: string[][]): Counts {
  const used = new Array(gold.length).fill(false);
  let tp = 0;
  for (const p of pred) {
    const i = gold.findIndex((names, k) => !used[k] && matchesAny(p, names));
    if (i >= 0) {
      used[i] = true;
      tp++;
    }
  }
  return { tp, pred: pred.length, gold: gold.length };
}

function distinctByKey(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = nameKey(n);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function goldNames(e: GoldEntity): string[] {
  return [e.text, ...(e.aliases ?? [])];
}

/** Every place `evidence` stands in the text (an evidence string may repeat). */
function locate(text: string, evidence: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  if (!evidence) return out;
  let i = text.indexOf(evidence);
  while (i >= 0) {
    out.push([i, i + evidence.length]);
    i = text.indexOf(evidence, i + 1);
  }
  return out;
}

function overlap(a: Array<[number, number]>, b: Array<[number, number]>): number {
  let best = 0;
  for (const [s1, e1] of a) for (const [s2, e2] of b) best = Math.max(best, Math.min(e1, e2) - Math.max(s1, s2));
  return best;
}

function actorOk(pred: string | null, gold: string | null, entities: GoldEntity[]): boolean {
  if (gold === null || pred === null) return pred === gold;
  const names = [gold];
  for (const e of entities) if (namesMatch(e.text, gold) || (e.aliases ?? []).some((a) => nameKey(a) === nameKey(gold))) names.push(...goldNames(e));
  return matchesAny(pred, names);
}

function dateOk(pred: string | null, gold: string | null): boolean {
  if (gold === null || pred === null) return pred === gold;
  return pred === gold || pred.startsWith(gold + '-');
}

function attrOk(attr: EventAttr, p: EventRecord, g: GoldEvent, gold: Gold): boolean {
  switch (attr) {
    case 'date': return dateOk(p.date, g.date);
    case 'place': return actorOk(p.place, g.place, gold.entities);
    case 'actor1': return actorOk(p.actor1, g.actor1, gold.entities);
    case 'actor2': return actorOk(p.actor2, g.actor2, gold.entities);
    default: return (p[attr] ?? null) === (g[attr] ?? null);
  }
}

export function scoreDoc(name: string, text: string, gold: Gold, a: Analysis): DocScore {
  const counts: Record<string, Counts> = {};
  // entities, per type then overall
  const all = zero();
  for (const t of ['PER', 'ORG', 'LOC'] as const) {
    const pred = distinctByKey(a.entities.filter((e) => e.type === t).map((e) => e.text));
    const g = gold.entities.filter((e) => e.type === t).map(goldNames);
    const c = matchNames(pred, g);
    counts['entities.' + t] = c;
    all.tp += c.tp; all.pred += c.pred; all.gold += c.gold;
  }
  counts.entities = all;
  counts.dates = setCounts(a.dates.map((d) => d.value), gold.dates.map((d) => d.value), (v) => v);
  counts.figures = setCounts(
    a.figures.map((f) => `${f.value}|${f.kind}`), gold.figures.map((f) => `${f.value}|${f.kind}`), (v) => v);
  counts.figure_values = setCounts(a.figures.map((f) => f.value), gold.figures.map((f) => f.value), String);
  // quotes: distinct speakers, matched by name (gold entity aliases count)
  const qpred = distinctByKey(a.quotes.map((q) => q.speaker));
  const qgold = distinctByKey(gold.quotes.map((q) => q.speaker)).map((s) => {
    const ent = gold.entities.find((e) => namesMatch(e.text, s));
    return ent ? [s, ...goldNames(ent)] : [s];
  });
  counts.quotes = matchNames(qpred, qgold);
  // events: overlap of evidence + equal type, one-to-one, greedy by overlap length
  const gspans = gold.events.map((g) => (Array.isArray(g.evidence) ? g.evidence : [g.evidence]).flatMap((ev) => locate(text, ev)));
  const pspans = a.events.map((p) => p.spans.map((s) => [s.start, s.end] as [number, number]));
  const pairs: Array<{ p: number; g: number; ov: number }> = [];
  a.events.forEach((p, i) => gold.events.forEach((g, j) => {
    if (p.type !== g.type) return;
    const ov = overlap(pspans[i]!, gspans[j]!);
    if (ov > 0) pairs.push({ p: i, g: j, ov });
  }));
  pairs.sort((x, y) => y.ov - x.ov || x.p - y.p || x.g - y.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const attrs = Object.fromEntries(EVENT_ATTRS.map((k) => [k, { ok: 0, n: 0 }])) as DocScore['attrs'];
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p); usedG.add(g);
    for (const k of EVENT_ATTRS) {
      attrs[k].n++;
      if (attrOk(k, a.events[p]!, gold.events[g]!, gold)) attrs[k].ok++;
    }
  }
  counts.events = { tp: usedP.size, pred: a.events.length, gold: gold.events.length };
  let hit = 0;
  gspans.forEach((gs) => { if (pspans.some((ps) => overlap(ps, gs) > 0)) hit++; });
  return { doc: name, counts, attrs, detect: { hit, gold: gold.events.length }, relevant: { ok: a.relevant === gold.relevant } };
}

export interface FolderScore {
  docs: DocScore[];
  fields: Record<string, Prf>;
  attrs: Record<string, { accuracy: number | null; ok: number; n: number }>;
  event_detect: number | null;
  relevance: number;
}

export function totals(docs: DocScore[]): FolderScore {
  const fields: Record<string, Prf> = {};
  for (const f of PRF_FIELDS) {
    const c = zero();
    for (const d of docs) { const x = d.counts[f]!; c.tp += x.tp; c.pred += x.pred; c.gold += x.gold; }
    fields[f] = prf(c);
  }
  const attrs: FolderScore['attrs'] = {};
  for (const k of EVENT_ATTRS) {
    let ok = 0; let n = 0;
    for (const d of docs) { ok += d.attrs[k].ok; n += d.attrs[k].n; }
    attrs[k] = { accuracy: n ? ok / n : null, ok, n };
  }
  const dg = docs.reduce((s, d) => s + d.detect.gold, 0);
  const dh = docs.reduce((s, d) => s + d.detect.hit, 0);
  return {
    docs, fields, attrs,
    event_detect: dg ? dh / dg : null,
    relevance: docs.length ? docs.filter((d) => d.relevant.ok).length / docs.length : 0,
  };
}

/** The figure a `--min` bound names: `dates` (F1), `dates.p`, `events.killed`, `relevance`… */
export function metric(s: FolderScore, name: string): number | null {
  if (name === 'relevance') return s.relevance;
  if (name === 'event_detect') return s.event_detect;
  const m = /^(.*?)(?:\.(p|r|f1))?$/.exec(name)!;
  const field = s.fields[m[1]!];
  if (field) return field[(m[2] ?? 'f1') as 'p' | 'r' | 'f1'];
  const a = /^events\.(\w+)$/.exec(name);
  if (a && a[1]! in s.attrs) return s.attrs[a[1]!]!.accuracy;
  throw new Error(`eval: unknown figure "${name}" (try dates, figures, entities.LOC, events, events.killed, quotes, relevance; add .p/.r for precision/recall)`);
}
