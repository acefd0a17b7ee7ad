// Whether two reports can describe the same incident, and why. Hard conflicts (type family,
// dates, country, places apart, actors that share nothing) keep reports apart; a merge also
// needs a positive anchor (the same or a nearby place, or a shared actor), so two incidents
// of one type on one day in one country stay apart when nothing ties them together.
import { namesMatch } from '../eval/names.js';
import { datesCompatible, type DayInterval } from './date-window.js';
import { distanceKm } from './geo.js';
import type { Report } from './report.js';
import { typeFamily } from './type-family.js';

/** Reports whose coordinates are at most this far apart may be one incident. */
export const DEFAULT_NEAR_KM = 25;

export interface Match {
  ok: true;
  score: number;
  /** One line per rule that held, shown to the user as the reason of the merge. */
  rules: string[];
}

export interface Mismatch {
  ok: false;
  /** The first rule that failed. */
  rule: string;
}

const interval = (r: Report): DayInterval => ({ start: r.dateStart, end: r.dateEnd, precision: r.precision });
const actors = (r: Report): string[] => [r.actor1, r.actor2].filter((a): a is string => a !== null && a !== '');

function placeRule(a: Report, b: Report, nearKm: number): { anchor: number; rule: string } | { conflict: string } | null {
  if (a.lat !== null && a.lon !== null && b.lat !== null && b.lon !== null) {
    const d = distanceKm(a.lat, a.lon, b.lat, b.lon);
    if (d > nearKm) return { conflict: `places ${d.toFixed(1)} km apart (more than ${nearKm} km)` };
    const same = a.place !== null && b.place !== null && namesMatch(a.place, b.place);
    return { anchor: same ? 2 : 2 - d / nearKm, rule: same ? `same place: ${a.place}` : `places ${d.toFixed(1)} km apart: ${a.place ?? '?'} / ${b.place ?? '?'}` };
  }
  if (a.place !== null && b.place !== null) {
    if (namesMatch(a.place, b.place)) return { anchor: 2, rule: `same place: ${a.place}` };
    if (a.admin1 !== null && a.admin1 === b.admin1) return null;
    return { conflict: `different places: ${a.place} / ${b.place}` };
  }
  return null;
}

export function compareReports(a: Report, b: Report, nearKm = DEFAULT_NEAR_KM): Match | Mismatch {
  if (a.docId === b.docId) return { ok: false, rule: 'one article reports them as different incidents' };
  if (!a.dateStart || !b.dateStart) return { ok: false, rule: 'no date to compare' };
  const fa = typeFamily(a.type, a.subType);
  if (fa !== typeFamily(b.type, b.subType)) return { ok: false, rule: `type families differ: ${a.type} / ${b.type}` };
  if (!datesCompatible(interval(a), interval(b))) {
    return { ok: false, rule: `dates incompatible: ${a.date ?? a.dateStart} / ${b.date ?? b.dateStart}` };
  }
  if (a.country !== null && b.country !== null && a.country !== b.country) {
    return { ok: false, rule: `countries differ: ${a.country} / ${b.country}` };
  }
  const rules = [
    a.type === b.type ? `same type: ${a.type}` : `same type family: ${fa} (${a.type} / ${b.type})`,
    `dates compatible: ${a.date ?? `~${a.dateEnd}`} / ${b.date ?? `~${b.dateEnd}`}`,
  ];
  let score = 0;
  let anchored = false;
  const place = placeRule(a, b, nearKm);
  if (place && 'conflict' in place) return { ok: false, rule: place.conflict };
  if (place) {
    rules.push(place.rule);
    score += place.anchor;
    anchored = true;
  }
  const xa = actors(a);
  const xb = actors(b);
  if (xa.length && xb.length) {
    const shared = xa.filter((x) => xb.some((y) => namesMatch(x, y)));
    if (!shared.length) return { ok: false, rule: `actors share nothing: ${xa.join(', ')} / ${xb.join(', ')}` };
    rules.push(`shared actor: ${shared.join(', ')}`);
    score += shared.length;
    anchored = true;
  }
  if (!anchored) return { ok: false, rule: 'nothing ties them: no common place, coordinates or actor' };
  if (a.subType === b.subType) score += 0.5;
  if (a.precision === 'day' && b.precision === 'day' && a.dateStart === b.dateStart) score += 0.5;
  return { ok: true, score, rules };
}

export interface Candidate {
  eventId: number;
  reports: Report[];
}

export interface MergeChoice {
  eventId: number;
  score: number;
  rules: string[];
}

/**
 * The event a new report joins: the best-scoring candidate with whose every report it is
 * compatible (complete linkage, so a cluster cannot drift along a chain of near matches).
 */
export function chooseEvent(report: Report, candidates: readonly Candidate[], nearKm = DEFAULT_NEAR_KM): MergeChoice | null {
  let best: MergeChoice | null = null;
  for (const c of candidates) {
    if (!c.reports.length) continue;
    let top: Match | null = null;
    let total = 0;
    let ok = true;
    for (const r of c.reports) {
      const m = compareReports(report, r, nearKm);
      if (!m.ok) { ok = false; break; }
      total += m.score;
      if (!top || m.score > top.score) top = m;
    }
    if (!ok || !top) continue;
    const score = total / c.reports.length;
    if (!best || score > best.score) best = { eventId: c.eventId, score, rules: top.rules };
  }
  return best;
}
