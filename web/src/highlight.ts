// Article text with highlighted spans. Spans may overlap (a figure inside a quote inside an
// evidence sentence), so the text is cut at every span edge and each piece is wrapped in one
// <mark> carrying the kinds and tips of every span that covers it. The text itself is never
// changed: offsets are the API's [start, end) into the cleaned article text.
import type { Analysis, EventRecord, Span } from './api-types.js';
import { h } from './dom.js';
import {
  boundLabel, countryName, dateText, figureKindLabel, lang, num, statusLabel, subTypeLabel, t, typeLabel,
} from './i18n.js';

export type MarkKind = 'entity' | 'date' | 'figure' | 'quote' | 'trigger' | 'evidence';

export const MARK_KINDS: readonly MarkKind[] = ['entity', 'date', 'figure', 'quote', 'trigger', 'evidence'];

export interface Mark {
  start: number;
  end: number;
  kind: MarkKind;
  /** Finer class (PER/ORG/LOC for entities). */
  sub?: string;
  /** What hovering shows: the normalised value. */
  tip: string;
}

/** Cuts `text` at every mark edge; pieces covered by marks become <mark> elements. */
export function highlight(text: string, marks: readonly Mark[]): DocumentFragment {
  const frag = document.createDocumentFragment();
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end);
  const edges = new Set<number>([0, text.length]);
  for (const m of valid) { edges.add(m.start); edges.add(m.end); }
  const cuts = [...edges].sort((a, b) => a - b);
  // Marks sorted by start; `active` holds those covering the current piece.
  const byStart = [...valid].sort((a, b) => a.start - b.start || b.end - a.end);
  let next = 0;
  let active: Mark[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    active = active.filter((m) => m.end > a);
    while (next < byStart.length && byStart[next]!.start <= a) {
      if (byStart[next]!.end > a) active.push(byStart[next]!);
      next++;
    }
    const piece = text.slice(a, b);
    if (!active.length) { frag.append(piece); continue; }
    // Innermost (shortest) span first in the tip: it is the one under the pointer.
    const cover = [...active].sort((x, y) => (x.end - x.start) - (y.end - y.start));
    const kinds = [...new Set(cover.map((m) => m.kind))];
    const classes = ['hl', ...kinds.map((k) => `hl-${k}`), ...cover.filter((m) => m.sub).map((m) => `hl-${m.kind}-${m.sub}`)];
    frag.append(h('mark', {
      class: classes.join(' '),
      'data-kinds': kinds.join(' '),
      'data-tip': cover.map((m) => m.tip).join('\n'),
      'data-start': a,
    }, piece));
  }
  return frag;
}

const ENTITY_TYPE: Record<string, [string, string]> = {
  PER: ['شخص', 'person'], ORG: ['جهة', 'organisation'], LOC: ['مكان', 'place'],
};

const entityTip = (type: string, text: string, labelEn?: string, country?: string | null, id?: string): string => {
  const label = ENTITY_TYPE[type]?.[lang() === 'ar' ? 0 : 1] ?? type;
  const parts = [`${label}: ${text}`];
  if (labelEn) parts.push(labelEn);
  if (country) parts.push(countryName(country));
  if (id) parts.push(id);
  return parts.join(' · ');
};

export function eventTip(e: Pick<EventRecord, 'type' | 'sub_type' | 'status' | 'date' | 'place' | 'killed' | 'injured'>): string {
  const parts = [`${typeLabel(e.type)} / ${subTypeLabel(e.sub_type)}`, statusLabel(e.status)];
  if (e.date) parts.push(e.date);
  if (e.place) parts.push(e.place);
  if (e.killed !== null) parts.push(`${t('fatalities')}: ${num(e.killed)}`);
  if (e.injured !== null) parts.push(`${t('injured')}: ${num(e.injured)}`);
  return parts.join(' · ');
}

const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/** Where `needle` occurs inside `span` of `text`, ignoring harakat and tatweel; null if it does not. */
export function findWithin(text: string, span: Span, needle: string): Span | null {
  const hay = text.slice(span.start, span.end);
  const exact = hay.indexOf(needle);
  if (exact >= 0) return { start: span.start + exact, end: span.start + exact + needle.length, text: needle };
  const letters = [...needle.replace(MARKS, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!letters.length) return null;
  const re = new RegExp(letters.join('[\\u064B-\\u065F\\u0670\\u0640]*'), 'u');
  const m = re.exec(hay);
  return m ? { start: span.start + m.index, end: span.start + m.index + m[0].length, text: m[0] } : null;
}

/** Every annotation of an analysis as marks (evidence sentences included when asked). */
export function analysisMarks(text: string, a: Analysis, withEvidence = true): Mark[] {
  const marks: Mark[] = [];
  for (const e of a.entities) {
    const tip = entityTip(e.type, e.text, e.label_en, e.country, e.id);
    for (const m of e.mentions) marks.push({ start: m.start, end: m.end, kind: 'entity', sub: e.type, tip });
  }
  for (const d of a.dates) {
    const extra = [d.implied ? (lang() === 'ar' ? 'مستنتج' : 'implied') : '', d.calendar === 'hijri' ? (lang() === 'ar' ? 'هجري' : 'Hijri') : '']
      .filter(Boolean).join(', ');
    marks.push({ start: d.start, end: d.end, kind: 'date', tip: `${d.value} (${dateText(d.value)})${extra ? ` · ${extra}` : ''}` });
  }
  for (const f of a.figures) {
    const value = f.high !== undefined ? `${num(f.value)}–${num(f.high)}` : num(f.value);
    const bound = boundLabel(f.bound);
    const who = f.source ? ` · ${t('speaker')}: ${f.source}` : '';
    marks.push({ start: f.start, end: f.end, kind: 'figure', sub: f.kind, tip: `${figureKindLabel(f.kind)}: ${bound ? `${bound} ` : ''}${value}${f.currency ? ` ${f.currency}` : ''}${who}` });
  }
  for (const q of a.quotes) {
    marks.push({ start: q.start, end: q.end, kind: 'quote', tip: `${t('speaker')}: ${q.speaker} (${q.cue})` });
    if (q.content) marks.push({ start: q.content.start, end: q.content.end, kind: 'quote', tip: `${t('speaker')}: ${q.speaker}` });
  }
  for (const e of [...a.events, ...a.other_events]) {
    const tip = eventTip(e);
    for (const span of e.spans) {
      if (withEvidence) marks.push({ start: span.start, end: span.end, kind: 'evidence', tip });
      const trig = e.trigger ? findWithin(text, span, e.trigger) : null;
      if (trig) marks.push({ start: trig.start, end: trig.end, kind: 'trigger', tip });
    }
  }
  return marks;
}

/** One floating tooltip for every [data-tip] element on the page; hidden again on navigation. */
export function installTooltip(): void {
  const tip = h('div', { class: 'tooltip', role: 'tooltip', hidden: true });
  document.body.append(tip);
  window.addEventListener('hashchange', () => { tip.hidden = true; });
  document.addEventListener('mouseover', (ev) => {
    const el = (ev.target as Element | null)?.closest?.('[data-tip]') as HTMLElement | null;
    if (!el) { tip.hidden = true; return; }
    tip.textContent = el.dataset.tip ?? '';
    tip.hidden = false;
    const r = el.getBoundingClientRect();
    tip.style.top = `${window.scrollY + r.bottom + 6}px`;
    const left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = `${Math.max(8, left)}px`;
  });
}
