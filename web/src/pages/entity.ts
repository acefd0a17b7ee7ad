// Actor and place pages: the events that name them over time, the actors linked to them
// (the other side of their events), and the events themselves.
import { counts, filterParams, listEvents, listPlaces } from '../api.js';
import type { EventQuery, EventSummary, NameCount } from '../api-types.js';
import { nameList, pending, section, stat } from '../components/common.js';
import { eventTable } from '../components/event-table.js';
import { monthBars } from '../components/time-bars.js';
import { h, mount } from '../dom.js';
import { countryName, num, t } from '../i18n.js';
import { link, linkWith } from '../router.js';

/** Events read to find linked actors and list the latest. */
export const ENTITY_EVENTS = 200;
/** Half-width in degrees of the box that stands for a place (about 2 km). */
const PLACE_BOX = 0.02;

function linkedActors(items: EventSummary[], self: string | null): NameCount[] {
  const n = new Map<string, number>();
  for (const e of items) {
    for (const a of [e.actor1, e.actor2]) if (a && a !== self) n.set(a, (n.get(a) ?? 0) + 1);
  }
  return [...n].map(([name, events]) => ({ name, events })).sort((a, b) => b.events - a.events).slice(0, 12);
}

/**
 * The API filters events by coordinates, not by place name: a geocoded place stands for the
 * events in a small box around its point; a place without coordinates falls back to text search.
 */
async function placeQuery(name: string): Promise<{ q: EventQuery; place: NameCount | null }> {
  const place = (await listPlaces(name, 50)).find((p) => p.name === name) ?? null;
  if (place && typeof place.lat === 'number' && typeof place.lon === 'number') {
    const r = (v: number) => Math.round(v * 1e4) / 1e4;
    const box = [r(Math.max(-180, place.lon - PLACE_BOX)), r(Math.max(-90, place.lat - PLACE_BOX)), r(Math.min(180, place.lon + PLACE_BOX)), r(Math.min(90, place.lat + PLACE_BOX))];
    return { q: { bbox: box.join(',') }, place };
  }
  return { q: { text: name }, place };
}

export function entityPage(root: HTMLElement, kind: 'actor' | 'place', name: string): void {
  const target = kind === 'actor' ? Promise.resolve({ q: { actor: name } as EventQuery, place: null }) : placeQuery(name);
  const events = target.then(({ q }) => listEvents(q, ENTITY_EVENTS));
  const totals = target.then(async ({ q, place }) => {
    const rows = await counts('type', q);
    return [
      place?.country ? h('p', { class: 'muted' }, countryName(place.country)) : null,
      h('div', { class: 'stats' },
        stat(t('events'), num(rows.reduce((s, r) => s + r.events, 0))),
        stat(t('fatalities'), num(rows.reduce((s, r) => s + r.killed, 0)))),
    ];
  });
  mount(root,
    h('h1', null, h('span', { class: 'muted small' }, `${t(kind === 'actor' ? 'actor' : 'place')}: `), h('bdi', null, name)),
    pending(totals),
    section(t('events_over_time'), pending(target.then(({ q }) => counts('month', q)).then(monthBars))),
    section(t('linked_actors'), pending(events.then((p) => nameList('actor', linkedActors(p.items, kind === 'actor' ? name : null))))),
    section(t('events'), pending(Promise.all([target, events]).then(([{ q }, p]) => [
      p.items.length ? eventTable(p.items) : h('p', { class: 'muted' }, t('no_events')),
      h('p', null, h('a', { href: linkWith(link('events'), filterParams(q)), class: 'more' }, t('all_events'))),
    ]))),
  );
}
