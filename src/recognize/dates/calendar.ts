// Gregorian date arithmetic on plain {y, m, d} triples (UTC, no time of day), and ISO output
// at the precision a mention gives.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseIso(s: string | null): Ymd | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoDay(t: Ymd): string {
  return `${String(t.y).padStart(4, '0')}-${pad(t.m)}-${pad(t.d)}`;
}
export function isoMonth(y: number, m: number): string {
  return `${String(y).padStart(4, '0')}-${pad(m)}`;
}
export function isoYear(y: number): string {
  return String(y).padStart(4, '0');
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function toUtc(t: Ymd): Date {
  return new Date(Date.UTC(t.y, t.m - 1, t.d));
}
export function fromUtc(d: Date): Ymd {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

export function addDays(t: Ymd, n: number): Ymd {
  const d = toUtc(t);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const k = y * 12 + (m - 1) + n;
  return { y: Math.floor(k / 12), m: (k % 12) + 1 };
}

export function weekday(t: Ymd): number {
  return toUtc(t).getUTCDay();
}

export function compare(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Which occurrence of a recurring day the text means, relative to the reference day. */
export type Direction = 'onOrBefore' | 'before' | 'onOrAfter' | 'after';

/** The weekday (0 = Sunday) nearest `ref` in the given direction. */
export function resolveWeekday(ref: Ymd, wd: number, dir: Direction): Ymd {
  const diff = wd - weekday(ref);
  switch (dir) {
    case 'onOrBefore': return addDays(ref, -((7 - diff) % 7));
    case 'before': return addDays(ref, -(((7 - diff) % 7) || 7));
    case 'onOrAfter': return addDays(ref, (diff + 7) % 7);
    case 'after': return addDays(ref, ((diff + 7) % 7) || 7);
  }
}

/** The year in which month/day falls nearest `ref` in the given direction. */
export function resolveMonthDay(ref: Ymd, m: number, d: number, dir: Direction): Ymd | null {
  for (const y of dir === 'onOrBefore' || dir === 'before' ? [ref.y, ref.y - 1, ref.y - 2] : [ref.y, ref.y + 1, ref.y + 2]) {
    if (!isValidDay(y, m, d)) continue;
    const c = compare({ y, m, d }, ref);
    if (dir === 'onOrBefore' ? c <= 0 : dir === 'before' ? c < 0 : dir === 'onOrAfter' ? c >= 0 : c > 0) return { y, m, d };
  }
  return null;
}

/** The year in which month `m` falls nearest the reference month in the given direction. */
export function resolveMonth(ref: Ymd, m: number, dir: Direction): number {
  switch (dir) {
    case 'onOrBefore': return m <= ref.m ? ref.y : ref.y - 1;
    case 'before': return m < ref.m ? ref.y : ref.y - 1;
    case 'onOrAfter': return m >= ref.m ? ref.y : ref.y + 1;
    case 'after': return m > ref.m ? ref.y : ref.y + 1;
  }
}
