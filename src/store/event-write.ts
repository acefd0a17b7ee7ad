// Pieces both back ends use to write and group events: a merged event as named parameters,
// the grouping key of a count, and the LIKE pattern of a name search.
import type { MergedEvent } from '../merge/reconcile.js';
import { key } from '../text/normalize.js';
import type { CountBy } from './events.js';

export function eventParams(m: MergedEvent) {
  return {
    date: m.date, dateEnd: m.dateEnd, precision: m.precision, family: m.family, type: m.type, subType: m.subType,
    country: m.country, admin1: m.admin1, place: m.place, placeKey: m.place ? key(m.place) : null, lat: m.lat, lon: m.lon, actor1: m.actor1, actor2: m.actor2,
    killedLow: m.killed?.low ?? null, killedBest: m.killed?.best ?? null, killedHigh: m.killed?.high ?? null,
    injuredLow: m.injured?.low ?? null, injuredBest: m.injured?.best ?? null, injuredHigh: m.injured?.high ?? null,
    fatalities: m.killed?.best ?? 0, reports: m.reports,
  };
}

/** The SQL expression a count groups by; weeks are named by their Monday. */
export function countKey(by: CountBy, dialect: 'sqlite' | 'postgres'): string {
  switch (by) {
    case 'week':
      return dialect === 'sqlite'
        ? `date(e.event_date, '-6 days', 'weekday 1')`
        : `to_char(date_trunc('week', e.event_date::date), 'YYYY-MM-DD')`;
    case 'month':
      return dialect === 'sqlite' ? 'substr(e.event_date, 1, 7)' : 'substr(e.event_date, 1, 7)';
    case 'country':
      return `COALESCE(e.country, '')`;
    case 'type':
      return 'e.type';
  }
}

/** `%word%` over the normalised name, with LIKE's own characters escaped; null for no filter. */
export function namePattern(q: string | undefined): string | null {
  const k = q ? key(q) : '';
  return k ? `%${k.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
}
