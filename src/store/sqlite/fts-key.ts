// The rowid an event gets in the SQLite full-text index: its day number in the high bits and
// its id in the low 32, so that FTS5, which walks matches in rowid order natively, yields
// them newest first and a text query stops after one page instead of sorting every match.

const DAY_MS = 86_400_000;
/** Keeps day numbers positive for any year from 0001; undated events get day 0 (last). */
const DAY_OFFSET = 800_000;
const ID_BITS = 32n;
export const ID_MASK = 0xffffffff;

export function ftsKey(date: string, id: number): bigint {
  const t = date ? Date.parse(`${date}T00:00:00Z`) : NaN;
  const day = Number.isNaN(t) ? 0 : Math.floor(t / DAY_MS) + DAY_OFFSET;
  return (BigInt(day) << ID_BITS) | BigInt(id);
}

/**
 * Tokens for the structured fields most often combined with words (country, type), added
 * to an event's indexed text so FTS5 intersects them itself instead of the query checking
 * each match: "قصف" in a rarely reported country then costs the matches, not the scan.
 */
export function fieldTokens(country: string | null, type: string | null): string {
  return `${country ? `zzc${country.toLowerCase()}` : ''} ${type ? `zzt${type.replace(/[^a-z]/g, '')}` : ''}`.trim();
}
