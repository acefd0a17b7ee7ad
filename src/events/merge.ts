// One event per incident inside an article: mentions of the same incident in the title, the
// lead and the body are merged when nothing they say conflicts (type, place, date, actor).
import type { EventRecord, EventStatus } from '../types.js';
import { namesMatch } from '../eval/names.js';
import { type Tolls, mergeToll, total } from './casualties.js';

export interface EventMention extends EventRecord {
  tolls: Tolls;
  /** Gazetteer ids of the place and of the first-level division it lies in. */
  placeId: string | null;
  placeAdmin1: string | null;
  /** Reported in the title or the lead. */
  lead: boolean;
  priority: number;
  heading: boolean;
  placeRank: number;
}

const HAPPENED_RANK: Record<EventStatus, number> = { reported: 0, claimed: 1, background: 2, attempted: 3, planned: 4, denied: 5 };

function compatibleName(a: string | null, b: string | null): boolean {
  return a === null || b === null || namesMatch(a, b);
}

/** Equal at the coarser precision. (A day of slack was tried: it merged distinct incidents on the dev set.) */
function compatibleDate(a: string | null, b: string | null): boolean {
  return a === null || b === null || a.startsWith(b) || b.startsWith(a);
}

/** The same place, a place and the division it lies in, or one side naming only a country. */
function compatiblePlace(e: EventMention, m: EventMention): boolean {
  if (!e.place || !m.place || e.placeRank <= 1 || m.placeRank <= 1 || namesMatch(e.place, m.place)) return true;
  if (!e.placeId || !m.placeId) return false;
  return e.placeId === m.placeId || e.placeId === m.placeAdmin1 || m.placeId === e.placeAdmin1;
}

/**
 * A generic attack word ("هجوم", "هجوم مسلح", "كمين") names an incident without saying how it
 * was done; when the same incident is described specifically elsewhere ("تفجير لغم"), the
 * specific type wins, as ACLED codes the means.
 */
export const GENERIC_ATTACK_PRIORITY = 70;
function generic(m: EventMention): boolean {
  return m.type === 'battles' && m.sub_type === 'armed_clash' && m.priority < GENERIC_ATTACK_PRIORITY;
}

function compatible(e: EventMention, m: EventMention): boolean {
  if (e.type !== m.type) {
    if (!(generic(e) || generic(m))) return false;
    // Across types only when the two mentions plainly share the incident: a place or a toll.
    const samePlace = e.place !== null && m.place !== null && namesMatch(e.place, m.place);
    const sameToll = e.killed !== null && e.killed === m.killed;
    if (!samePlace && !sameToll && !e.heading && !m.heading) return false;
  }
  // Within one type, sub-types do not keep mentions apart: an article that says "تفجير"
  // and "انتحاري" of one incident reports one incident (measured: blocking on sub-type
  // lowered events F1 on the dev set).
  if (e.country && m.country && e.country !== m.country) return false;
  if (!compatibleDate(e.date, m.date)) return false;
  // Initiators are not compared: the actor found in a sentence is too often its speaker.
  if (!compatiblePlace(e, m)) return false;
  return true;
}

export function mergeMentions(mentions: EventMention[]): EventMention[] {
  const events: EventMention[] = [];
  for (const m of mentions) {
    const e = events.find((x) => compatible(x, m));
    if (!e) {
      events.push({ ...m, evidence: [...m.evidence], spans: [...m.spans] });
      continue;
    }
    e.evidence.push(...m.evidence);
    e.spans.push(...m.spans);
    if (m.priority > e.priority) { e.type = m.type; e.sub_type = m.sub_type; e.priority = m.priority; e.trigger = m.trigger; }
    if (m.placeRank > e.placeRank) {
      Object.assign(e, { place: m.place, placeRank: m.placeRank, placeId: m.placeId, placeAdmin1: m.placeAdmin1, lat: m.lat, lon: m.lon, admin1: m.admin1 ?? e.admin1 });
    }
    e.country ??= m.country;
    if (m.date && (!e.date || m.date.length > e.date.length)) e.date = m.date;
    e.actor1 ??= m.actor1;
    e.actor2 ??= m.actor2;
    e.tolls = { killed: mergeToll(e.tolls.killed, m.tolls.killed), injured: mergeToll(e.tolls.injured, m.tolls.injured) };
    e.killed = total(e.tolls.killed);
    e.injured = total(e.tolls.injured);
    if (HAPPENED_RANK[m.status] < HAPPENED_RANK[e.status]) e.status = m.status;
    e.heading = e.heading && m.heading;
  }
  return events;
}
