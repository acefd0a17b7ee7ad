// CSV as RFC 4180 writes it: fields with a comma, quote, CR or LF (or edge spaces, which some
// readers trim) are quoted with inner quotes doubled; records end in CRLF. Text is UTF-8;
// an optional byte-order mark makes spreadsheet programs read Arabic correctly.

export type Cell = string | number | null | undefined;

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRecord(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

export const UTF8_BOM = '\uFEFF';
