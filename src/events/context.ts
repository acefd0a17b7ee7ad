// Sentence-level context for triggers: status words (denied, foiled, planned, background,
// claimed) and non-event contexts (sport, prices, politics), both from data files.
import { list, loadTable } from '../data/table.js';
import { fold, key } from '../text/normalize.js';
import { B, CLITICS, E, alt } from '../text/regex-parts.js';
import type { EventStatus } from '../types.js';

interface StatusRow { status: EventStatus; scope: 'before' | 'sentence' }

const statusRows = new Map<string, StatusRow>();
for (const r of loadTable('events/status.tsv')) statusRows.set(fold(r.pattern_ar!), { status: r.status as EventStatus, scope: r.scope as 'before' | 'sentence' });
const STATUS_RE = new RegExp(`${B}[وف]?(${alt(statusRows.keys())})${E}`, 'gu');

const nonEvent = new Map<string, Set<string>>();
for (const r of loadTable('events/non-events.tsv')) nonEvent.set(fold(r.pattern_ar!), new Set(list(r.families)));
const NON_EVENT_RE = new RegExp(`${B}${CLITICS}(${alt(nonEvent.keys())})${E}`, 'gu');

/** Negation particles up to two words before a trigger. */
const NEGATION_BEFORE = /(?:^|\s)(?:لم|لن|ليس|ليست|دون|بدون)(?:\s+\p{L}+){0,2}\s+$/u;
const NEGATION_WINDOW = 30;

/** How many characters before a trigger a "before"-scoped status word may stand. */
const BEFORE_WINDOW = 60;

/**
 * The status a trigger takes from its sentence. Denial and planning outrank a claim; a
 * background marker only counts before the trigger ("وكانت المدينة قد شهدت هجوماً").
 */
export function statusOf(sentence: string, triggerAt: number, triggerEnd = triggerAt): EventStatus {
  // "لم يعد يسيطر", "لم تسجل أي اشتباكات": a negated trigger reports that nothing happened.
  if (NEGATION_BEFORE.test(sentence.slice(Math.max(0, triggerAt - NEGATION_WINDOW), triggerAt))) return 'denied';
  let found: EventStatus = 'reported';
  const rank: Record<EventStatus, number> = { reported: 0, claimed: 1, background: 2, attempted: 3, planned: 4, denied: 5 };
  for (const m of sentence.matchAll(STATUS_RE)) {
    const row = statusRows.get(m[1]!)!;
    const at = m.index!;
    // A status word that is the trigger itself ("أحبطت" of a foiled-plot trigger) says nothing about it.
    if (at >= triggerAt && at < triggerEnd) continue;
    if (row.scope === 'before' && (at > triggerAt || triggerAt - at > BEFORE_WINDOW)) continue;
    // "وكان الانتحاري يرتدي…" describes; "وكانت المدينة قد شهدت…" recalls: background needs قد.
    if (row.status === 'background' && /^[وف]?كان/u.test(m[1]!) && !/(?:^|\s)قد\s/u.test(sentence.slice(at, triggerAt))) continue;
    if (rank[row.status] > rank[found]) found = row.status;
  }
  return found;
}

/** True when the sentence talks sport, prices or politics for this trigger family. */
export function nonEventContext(sentence: string, family: string): boolean {
  for (const m of sentence.matchAll(NON_EVENT_RE)) if (nonEvent.get(m[1]!)?.has(family)) return true;
  return false;
}

const HABITUAL_RE = new RegExp(`${B}[وف]?(?:${alt(loadTable('events/habitual.tsv').map((r) => fold(r.pattern_ar!)))})${E}`, 'u');

/** True when the sentence describes a pattern of incidents rather than one incident. */
export function habitualContext(sentence: string): boolean {
  return HABITUAL_RE.test(sentence);
}

/** Related-links headings (data/boilerplate/related.tsv, the ingest cleaner's own list). */
const RELATED_HEADINGS = new Set(
  loadTable('boilerplate/related.tsv').filter((r) => r.match === 'block' || r.match === 'exact').map((r) => key(r.pattern!)),
);

/**
 * Indexes of segments that sit in a related-links block: the short lines under a heading
 * such as "اقرأ المزيد". They are other stories' titles, not this article's incidents.
 */
export function relatedLinkSegments(segments: Array<{ text: string; heading: boolean }>): Set<number> {
  const out = new Set<number>();
  let inBlock = false;
  segments.forEach((s, i) => {
    if (s.heading && RELATED_HEADINGS.has(key(s.text))) { inBlock = true; out.add(i); return; }
    if (inBlock && s.heading) out.add(i);
    else inBlock = false;
  });
  return out;
}
