// One incident's fields from all its reports. Casualty figures follow UCDP: every reported
// value is kept with its article and speaker; low is the smallest, high the largest, and the
// best estimate the median of one value per article (robust to a single outlying toll).
import type { DatePrecision, IncidentFields, Report } from './report.js';
import { typeFamily } from './type-family.js';

export interface ReportedValue {
  value: number;
  docId: string;
  speaker: string | null;
}

export interface Estimate {
  low: number;
  best: number;
  high: number;
  values: ReportedValue[];
}

export interface MergedEvent extends IncidentFields {
  family: string;
  type: string;
  subType: string;
  /** First day of the incident's date at its best precision (YYYY-MM-DD), '' when unknown. */
  date: string;
  dateEnd: string;
  precision: DatePrecision;
  killed: Estimate | null;
  injured: Estimate | null;
  reports: number;
}

export function estimate(values: readonly ReportedValue[]): Estimate | null {
  if (!values.length) return null;
  // One value per article: its largest, as an article's later toll supersedes its earlier one.
  const perDoc = new Map<string, number>();
  for (const v of values) perDoc.set(v.docId, Math.max(perDoc.get(v.docId) ?? -Infinity, v.value));
  const sorted = [...perDoc.values()].sort((a, b) => a - b);
  const best = sorted[(sorted.length - 1) >> 1]!;
  return { low: Math.min(...values.map((v) => v.value)), best, high: Math.max(...values.map((v) => v.value)), values: [...values] };
}

/** The most frequent non-null value; ties go to the earlier report (the order given). */
function mode<T>(xs: readonly (T | null)[]): T | null {
  const counts = new Map<T, number>();
  let best: T | null = null;
  let n = 0;
  for (const x of xs) {
    if (x === null || x === '') continue;
    const c = (counts.get(x) ?? 0) + 1;
    counts.set(x, c);
    if (c > n) { best = x; n = c; }
  }
  return best;
}

const PRECISION_RANK: Record<DatePrecision, number> = { day: 0, published: 1, month: 2, year: 3 };

export function reconcile(reports: readonly Report[]): MergedEvent {
  if (!reports.length) throw new Error('reconcile needs at least one report');
  const type = mode(reports.map((r) => r.type))!;
  const ofType = reports.filter((r) => r.type === type);
  // The date: the most precise reports decide; among them the most frequent first day.
  const rank = Math.min(...reports.map((r) => PRECISION_RANK[r.precision]));
  const precise = reports.filter((r) => PRECISION_RANK[r.precision] === rank);
  const date = mode(precise.map((r) => r.dateStart))!;
  const dated = precise.find((r) => r.dateStart === date)!;
  const located = reports.find((r) => r.lat !== null && r.lon !== null);
  const place = located?.place ?? mode(reports.map((r) => r.place));
  const values = (pick: (r: Report) => number | null): ReportedValue[] =>
    reports.flatMap((r) => { const v = pick(r); return v === null ? [] : [{ value: v, docId: r.docId, speaker: r.speaker }]; });
  return {
    family: typeFamily(type, ofType[0]!.subType),
    type,
    subType: mode(ofType.map((r) => r.subType))!,
    date,
    dateEnd: dated.dateEnd,
    precision: dated.precision,
    country: mode(reports.map((r) => r.country)),
    admin1: located?.admin1 ?? mode(reports.map((r) => r.admin1)),
    place,
    lat: located?.lat ?? null,
    lon: located?.lon ?? null,
    actor1: mode(reports.map((r) => r.actor1)),
    actor2: mode(reports.map((r) => r.actor2)),
    killed: estimate(values((r) => r.killed)),
    injured: estimate(values((r) => r.injured)),
    reports: reports.length,
  };
}
