// Events: the filter form (kept in the address, so a view can be shared), the table of the
// current page, cursor paging and downloads of everything the filter matches.
import { counts, exportUrl, FILTER_KEYS, filterParams, listActors, listEvents } from '../api.js';
import type { EventQuery } from '../api-types.js';
import { pending, section } from '../components/common.js';
import { eventTable, sortEvents, type Sort, type SortKey } from '../components/event-table.js';
import { h, mount } from '../dom.js';
import { countryName, EVENT_TYPES, num, t, typeLabel } from '../i18n.js';
import { go, linkWith, type Route } from '../router.js';

export const PAGE_SIZES = [25, 50, 100] as const;
const DEFAULT_PAGE_SIZE = 50;

// Cursors of pages already visited, per filter, so "previous" needs no backwards query.
const cursors = new Map<string, (string | null)[]>();

export function queryOf(params: URLSearchParams): EventQuery {
  const q: EventQuery = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) q[k] = v;
  }
  return q;
}

function filterForm(q: EventQuery, size: number): HTMLFormElement {
  const countrySelect = h('select', { name: 'country', id: 'f-country' }, h('option', { value: '' }, t('any')));
  // Countries present in the store, most events first.
  void counts('country').then((rows) => {
    for (const r of rows.filter((x) => x.key).sort((a, b) => b.events - a.events)) {
      countrySelect.append(h('option', { value: r.key, selected: r.key === q.country }, `${countryName(r.key)} (${num(r.events)})`));
    }
  }).catch(() => undefined);
  if (q.country) countrySelect.append(h('option', { value: q.country, selected: true }, countryName(q.country)));
  const actors = h('datalist', { id: 'actor-list' });
  void listActors(undefined, 50).then((rows) => actors.append(...rows.map((r) => h('option', { value: r.name })))).catch(() => undefined);
  const field = (label: string, control: HTMLElement) => h('label', { class: 'field' }, h('span', null, label), control);
  const form = h('form', { class: 'filters', id: 'filters' },
    field(t('from'), h('input', { type: 'date', name: 'from', value: q.from ?? '' })),
    field(t('to'), h('input', { type: 'date', name: 'to', value: q.to ?? '' })),
    field(t('country'), countrySelect),
    field(t('type'), h('select', { name: 'type', id: 'f-type' }, h('option', { value: '' }, t('any')),
      EVENT_TYPES.map((ty) => h('option', { value: ty, selected: ty === q.type }, typeLabel(ty))))),
    field(t('actor'), h('input', { type: 'search', name: 'actor', list: 'actor-list', value: q.actor ?? '' })),
    field(t('search'), h('input', { type: 'search', name: 'text', id: 'f-text', value: q.text ?? '' })),
    field(t('per_page'), h('select', { name: 'size' }, PAGE_SIZES.map((n) => h('option', { value: n, selected: n === size }, num(n))))),
    actors,
    h('div', { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, t('apply')),
      h('a', { href: '#/events', class: 'button' }, t('clear'))),
  );
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const data = new FormData(form);
    const p = new URLSearchParams();
    for (const [k, v] of data) if (typeof v === 'string' && v.trim() !== '') p.set(k, v.trim());
    // Filters the form does not show (admin1, bbox…) stay as they were.
    for (const k of ['admin1', 'sub_type', 'bbox', 'min_killed'] as const) if (q[k]) p.set(k, q[k]!);
    go(linkWith('#/events', p));
  });
  // Choosing a country or type applies at once.
  for (const sel of [countrySelect, form.querySelector('#f-type')!]) sel.addEventListener('change', () => form.requestSubmit());
  return form;
}

export function eventsPage(root: HTMLElement, route: Route): void {
  const params = route.query;
  const q = queryOf(params);
  const size = PAGE_SIZES.find((n) => n === Number(params.get('size'))) ?? DEFAULT_PAGE_SIZE;
  const pageNo = Math.max(1, Number(params.get('page')) || 1);
  const cursor = params.get('cursor');
  const sortKey = params.get('sort') as SortKey | null;
  const sort: Sort = { key: sortKey ?? 'date', desc: params.get('asc') === null };
  const filterKey = `${filterParams(q)}&size=${size}`;
  const visited = cursors.get(filterKey) ?? [null];
  cursors.set(filterKey, visited);
  visited[pageNo - 1] = cursor;

  const pageLink = (n: number, c: string | null, s: Sort = sort): string => {
    const p = filterParams(q);
    if (size !== DEFAULT_PAGE_SIZE) p.set('size', String(size));
    if (n > 1) p.set('page', String(n));
    if (c) p.set('cursor', c);
    if (s.key !== 'date') p.set('sort', s.key);
    if (!s.desc) p.set('asc', '1');
    return linkWith('#/events', p);
  };

  const results = listEvents(q, size, cursor).then((page) => {
    if (page.next) visited[pageNo] = page.next;
    const rows = sortEvents(page.items, sort);
    const table = page.items.length
      ? eventTable(rows, sort, (s) => go(pageLink(pageNo, cursor, s)))
      : h('p', { class: 'muted empty' }, t('no_events'));
    const prevCursor = pageNo > 1 ? visited[pageNo - 2] : undefined;
    const nav = h('nav', { class: 'pager' },
      pageNo > 1 ? h('a', { href: prevCursor !== undefined ? pageLink(pageNo - 1, prevCursor) : pageLink(1, null), class: 'button', rel: 'prev' }, t('previous')) : null,
      h('span', { class: 'muted' }, `${t('page')} ${num(pageNo)}`),
      page.next ? h('a', { href: pageLink(pageNo + 1, page.next), class: 'button', rel: 'next' }, t('next')) : null,
    );
    return [sort.key !== 'date' ? h('p', { class: 'muted small' }, t('sorted_note')) : null, table, nav];
  });

  mount(root,
    h('h1', null, t('nav_events')),
    section(t('nav_events'), filterForm(q, size),
      h('div', { class: 'exports' }, h('span', null, `${t('export')}: `),
        h('a', { href: exportUrl('csv', q), download: 'marsad-events.csv', class: 'button', id: 'export-csv' }, 'CSV'),
        h('a', { href: exportUrl('geojson', q), download: 'marsad-events.geojson', class: 'button', id: 'export-geojson' }, 'GeoJSON'),
        h('a', { href: exportUrl('jsonl', q), download: 'marsad-events.jsonl', class: 'button' }, 'JSONL')),
      pending(results, 'results')),
  );
}
