// Progress for a human: on a TTY one status line redrawn in place (errors printed above it);
// otherwise plain log lines, one per error or warning and a status line every few seconds.
import type { IngestEvent, IngestObserver } from './ingestor.js';
import type { IngestStats } from './stats.js';

/** Minimum time between two redraws (TTY) or two status lines (log). */
export const TTY_REDRAW_MS = 100;
export const LOG_STATUS_MS = 5000;

export interface ProgressStream {
  write(s: string): unknown;
  isTTY?: boolean;
}

function status(s: IngestStats): string {
  return `${s.articles} articles, ${s.stored} stored, ${s.duplicates + s.known} duplicates, ` +
    `${s.nearDuplicates} near-dups, ${s.errorCount} errors, ${s.megabytes().toFixed(1)} MB, ${s.rate().toFixed(1)} articles/s`;
}

export class ProgressReporter implements IngestObserver {
  private last = 0;
  private drawn = false;

  constructor(private readonly out: ProgressStream, private readonly tty = Boolean(out.isTTY)) {}

  onEvent(e: IngestEvent, stats: IngestStats): void {
    if (e.kind === 'error' || e.kind === 'warning') {
      this.clear();
      this.out.write(`${e.kind}: ${e.source}: ${e.reason}: ${e.message}\n`);
    }
    const now = Date.now();
    if (now - this.last < (this.tty ? TTY_REDRAW_MS : LOG_STATUS_MS)) {
      if (this.tty && e.kind === 'error') this.draw(stats);
      return;
    }
    this.last = now;
    this.draw(stats);
  }

  private draw(stats: IngestStats): void {
    if (this.tty) {
      this.out.write(`\r\x1b[2K${status(stats)}`);
      this.drawn = true;
    } else this.out.write(`progress: ${status(stats)}\n`);
  }

  private clear(): void {
    if (this.tty && this.drawn) {
      this.out.write('\r\x1b[2K');
      this.drawn = false;
    }
  }

  /** Ends the status line before the summary is printed. */
  finish(stats: IngestStats): void {
    if (this.tty) {
      this.draw(stats);
      this.out.write('\n');
      this.drawn = false;
    }
  }
}
