// Counts kept during an ingest run and the summary table printed at its end.

export class IngestStats {
  sources = 0;
  /** Articles read from sources (before duplicate checks). */
  articles = 0;
  stored = 0;
  /** Not stored again: same URL, same cleaned text or same id as a stored article. */
  duplicates = 0;
  /** Feed items or pages skipped before fetching because their URL is stored. */
  known = 0;
  /** Feeds or pages that answered 304 Not Modified. */
  unchanged = 0;
  /** Stored articles linked to an earlier near copy. */
  nearDuplicates = 0;
  bytes = 0;
  readonly errors = new Map<string, number>();
  readonly warnings = new Map<string, number>();
  readonly startedAt = Date.now();

  get errorCount(): number {
    let n = 0;
    for (const v of this.errors.values()) n += v;
    return n;
  }

  seconds(now = Date.now()): number {
    return Math.max((now - this.startedAt) / 1000, 1e-3);
  }

  bump(map: Map<string, number>, reason: string): void {
    map.set(reason, (map.get(reason) ?? 0) + 1);
  }

  /** Articles handled per second (stored, duplicate or failed). */
  rate(now = Date.now()): number {
    return this.articles / this.seconds(now);
  }

  megabytes(): number {
    return this.bytes / (1024 * 1024);
  }
}

function table(rows: [string, string][]): string {
  const w = Math.max(...rows.map((r) => r[0].length));
  const v = Math.max(...rows.map((r) => r[1].length));
  const line = `+${'-'.repeat(w + 2)}+${'-'.repeat(v + 2)}+`;
  return [line, ...rows.map(([k, x]) => `| ${k.padEnd(w)} | ${x.padStart(v)} |`), line].join('\n');
}

export function summaryTable(s: IngestStats, now = Date.now()): string {
  const sec = s.seconds(now);
  const rows: [string, string][] = [
    ['sources', String(s.sources)],
    ['articles read', String(s.articles)],
    ['stored', String(s.stored)],
    ['duplicates (not stored)', String(s.duplicates)],
    ['already stored (skipped)', String(s.known)],
    ['unchanged feeds/pages (304)', String(s.unchanged)],
    ['near-duplicates linked', String(s.nearDuplicates)],
    ['errors', String(s.errorCount)],
  ];
  for (const [reason, n] of [...s.errors].sort((a, b) => b[1] - a[1])) rows.push([`  error: ${reason}`, String(n)]);
  for (const [reason, n] of [...s.warnings].sort((a, b) => b[1] - a[1])) rows.push([`  warning: ${reason}`, String(n)]);
  rows.push(
    ['MB read', s.megabytes().toFixed(2)],
    ['seconds', sec.toFixed(2)],
    ['articles/s', (s.articles / sec).toFixed(1)],
    ['MB/s', (s.megabytes() / sec).toFixed(2)],
  );
  return table(rows);
}
