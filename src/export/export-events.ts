// Streams the events a filter selects in one export format, page by page through the same
// list query the API uses, so memory stays flat however many events there are.
import type { EventFilter, EventStore } from '../store/events.js';
import { exportRow } from './event-row.js';
import { formatWriter, type ExportFormat } from './formats.js';

/** Events read per page while exporting. */
export const DEFAULT_EXPORT_PAGE = 500;

export interface ExportOptions {
  format: ExportFormat;
  filter?: EventFilter;
  /** Stop after this many events. */
  max?: number;
  bom?: boolean;
  pageSize?: number;
}

export async function* exportEvents(store: EventStore, opts: ExportOptions): AsyncGenerator<string> {
  const w = formatWriter(opts.format, { bom: opts.bom });
  const max = opts.max ?? Infinity;
  const pageSize = opts.pageSize ?? DEFAULT_EXPORT_PAGE;
  yield w.head();
  let cursor: string | null = null;
  let n = 0;
  do {
    const page = await store.listEvents(opts.filter ?? {}, { limit: Math.min(pageSize, max - n), cursor });
    const reports = await store.reportsOf(page.items.map((e) => e.id));
    let chunk = '';
    for (const e of page.items) {
      chunk += w.row(exportRow(e, reports.get(e.id) ?? []), n === 0);
      n++;
    }
    if (chunk) yield chunk;
    cursor = page.next;
  } while (cursor && n < max);
  yield w.tail();
}
