// The events table: one row per merged event, linked to its page. Column headers can sort
// the rows already loaded (the server pages by date; other orders apply within a page).
import type { EventSummary } from '../api-types.js';
import { typeColor } from '../colors.js';
import { h } from '../dom.js';
import { countryName, dateText, num, rangeText, subTypeLabel, t, typeLabel, type StringKey } from '../i18n.js';
import { link } from '../router.js';

export type SortKey = 'date' | 'type' | 'place' | 'actor' | 'killed' | 'injured' | 'reports';
export interface Sort { key: SortKey; desc: boolean }

const COLUMNS: [SortKey, StringKey][] = [
  ['date', 'date'], ['type', 'type'], ['place', 'place'], ['actor', 'actors'], ['killed', 'fatalities'],
  ['injured', 'injured'], ['reports', 'report_count'],
];

const sortValue = (e: EventSummary, k: SortKey): string | number => {
  switch (k) {
    case 'date': return e.date;
    case 'type': return typeLabel(e.type);
    case 'place': return `${countryName(e.country)} ${e.place ?? ''}`;
    case 'actor': return e.actor1 ?? '';
    case 'killed': return e.killed?.best ?? -1;
    case 'injured': return e.injured?.best ?? -1;
    case 'reports': return e.reports;
  }
};

export function sortEvents(items: EventSummary[], sort: Sort): EventSummary[] {
  const dir = sort.desc ? -1 : 1;
  return [...items].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'ar');
    return c * dir || b.id - a.id;
  });
}

export function eventRow(e: EventSummary): HTMLTableRowElement {
  const actors = [e.actor1, e.actor2].filter((a): a is string => !!a);
  return h('tr', { 'data-id': e.id, 'data-killed': e.killed?.best ?? -1 },
    h('td', { class: 'nowrap' }, h('a', { href: link('event', e.id) }, dateText(e.date) === '–' ? `#${num(e.id)}` : dateText(e.date))),
    h('td', null, h('span', { class: 'type-dot', style: `background:${typeColor(e.type)}` }), typeLabel(e.type),
      h('div', { class: 'muted small' }, subTypeLabel(e.subType))),
    h('td', null, e.place ? h('a', { href: link('place', e.place) }, e.place) : null, h('div', { class: 'muted small', 'data-country': e.country ?? '' }, countryName(e.country))),
    h('td', null, actors.length ? actors.map((a, i) => [i ? ' · ' : '', h('a', { href: link('actor', a) }, a)]) : '–'),
    h('td', { class: 'num' }, rangeText(e.killed)),
    h('td', { class: 'num' }, rangeText(e.injured)),
    h('td', { class: 'num' }, num(e.reports)),
  );
}

export function eventTable(items: EventSummary[], sort?: Sort, onSort?: (s: Sort) => void): HTMLTableElement {
  const head = h('tr', null, COLUMNS.map(([key, label]) => {
    const active = sort?.key === key;
    const numeric = key === 'killed' || key === 'injured' || key === 'reports';
    const th = h('th', { scope: 'col', class: numeric ? 'num' : null, 'data-sort': key, 'aria-sort': active ? (sort!.desc ? 'descending' : 'ascending') : null },
      t(label), active ? (sort!.desc ? ' ▼' : ' ▲') : '');
    if (onSort) {
      th.classList.add('sortable');
      th.addEventListener('click', () => onSort({ key, desc: active ? !sort!.desc : key !== 'place' && key !== 'type' && key !== 'actor' }));
    }
    return th;
  }));
  const body = h('tbody');
  // One DocumentFragment append keeps a 100-row page to a single layout.
  const frag = document.createDocumentFragment();
  for (const e of items) frag.append(eventRow(e));
  body.append(frag);
  return h('table', { class: 'events-table' }, h('thead', null, head), body);
}
