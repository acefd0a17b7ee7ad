// --watch: read the sources again every interval. Feeds are fetched with the ETag and
// Last-Modified remembered in the store, so an unchanged feed costs one 304; items already
// stored are skipped before they are fetched.
import type { Ingestor } from './ingestor.js';

export const DEFAULT_WATCH_INTERVAL_S = 300;

export interface WatchOptions {
  intervalMs: number;
  /** Stops the loop between passes (Ctrl-C in the CLI). */
  signal?: AbortSignal;
  /** Called after each pass. */
  onPass?: (pass: number) => void;
  /** Stop after this many passes (tests); unlimited when absent. */
  maxPasses?: number;
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

export async function watch(ingestor: Ingestor, sources: readonly string[], opts: WatchOptions): Promise<number> {
  let pass = 0;
  while (!opts.signal?.aborted) {
    await ingestor.run(sources);
    pass++;
    opts.onPass?.(pass);
    if (opts.maxPasses !== undefined && pass >= opts.maxPasses) break;
    await pause(opts.intervalMs, opts.signal);
  }
  return pass;
}
