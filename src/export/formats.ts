// The three export formats as chunk writers: CSV (ACLED columns plus extras), GeoJSON (one
// Feature per event, null geometry when the event has no coordinates) and JSON lines.
import { csvRecord, UTF8_BOM } from './csv.js';
import { EXPORT_COLUMNS, type ExportRow } from './event-row.js';

export type ExportFormat = 'csv' | 'geojson' | 'jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'geojson', 'jsonl'];

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  geojson: 'application/geo+json; charset=utf-8',
  jsonl: 'application/x-ndjson; charset=utf-8',
};

export interface FormatWriter {
  head(): string;
  row(r: ExportRow, first: boolean): string;
  tail(): string;
}

export function formatWriter(format: ExportFormat, opts: { bom?: boolean } = {}): FormatWriter {
  switch (format) {
    case 'csv':
      return {
        head: () => (opts.bom ? UTF8_BOM : '') + csvRecord(EXPORT_COLUMNS),
        row: (r) => csvRecord(EXPORT_COLUMNS.map((c) => r[c])),
        tail: () => '',
      };
    case 'jsonl':
      return { head: () => '', row: (r) => `${JSON.stringify(r)}\n`, tail: () => '' };
    case 'geojson':
      return {
        head: () => '{"type":"FeatureCollection","features":[\n',
        row: (r, first) => {
          const geometry = typeof r.latitude === 'number' && typeof r.longitude === 'number'
            ? { type: 'Point', coordinates: [r.longitude, r.latitude] } : null;
          return `${first ? '' : ',\n'}${JSON.stringify({ type: 'Feature', id: r.event_id, geometry, properties: r })}`;
        },
        tail: () => '\n]}\n',
      };
  }
}
