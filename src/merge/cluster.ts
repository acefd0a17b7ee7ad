// Batch clustering of reports into incidents, in the order given: each report joins the best
// compatible cluster or starts its own. The stores do the same one report at a time, with
// candidate events read from the database; this is the same decision without one.
import { chooseEvent, DEFAULT_NEAR_KM, type Candidate } from './compatible.js';
import { reconcile, type MergedEvent } from './reconcile.js';
import type { Report } from './report.js';

export interface Cluster {
  event: MergedEvent;
  reports: Report[];
  /** For each report after the first: why it joined. */
  reasons: string[][];
}

export function clusterReports(reports: readonly Report[], nearKm = DEFAULT_NEAR_KM): Cluster[] {
  const clusters: { reports: Report[]; reasons: string[][] }[] = [];
  for (const r of reports) {
    const candidates: Candidate[] = clusters.map((c, i) => ({ eventId: i, reports: c.reports }));
    const choice = chooseEvent(r, candidates, nearKm);
    if (choice) {
      const c = clusters[choice.eventId]!;
      c.reports.push(r);
      c.reasons.push(choice.rules);
    } else clusters.push({ reports: [r], reasons: [] });
  }
  return clusters.map((c) => ({ event: reconcile(c.reports), reports: c.reports, reasons: c.reasons }));
}
