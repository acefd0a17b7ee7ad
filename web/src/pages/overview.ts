// Overview: totals, events and fatalities per week by type, the map, top actors and places,
// the latest events.
import { counts, listActors, listEvents, listPlaces } from '../api.js';
import { pending, nameList, section, stat } from '../components/common.js';
import { eventMap } from '../components/event-map.js';
import { eventTable } from '../components/event-table.js';
import { weekChart } from '../components/week-chart.js';
import { h, mount } from '../dom.js';
import { num, t } from '../i18n.js';
import { link } from '../router.js';

/** Events drawn on the overview map: the most recent ones. */
export const MAP_EVENTS = 500;
const LATEST = 10;
const TOP = 8;

async function weekly() {
  const byType = await counts('type');
  const types = byType.filter((r) => r.events > 0).map((r) => r.key);
  const series = await Promise.all(types.map(async (type) => ({ type, rows: await counts('week', { type }) })));
  const totals = h('div', { class: 'stats' },
    stat(t('events'), num(byType.reduce((n, r) => n + r.events, 0))),
    stat(t('fatalities'), num(byType.reduce((n, r) => n + r.killed, 0))),
  );
  return [totals, weekChart(series)];
}

export function overviewPage(root: HTMLElement): void {
  mount(root,
    h('h1', null, t('nav_overview')),
    section(t('per_week'), pending(weekly())),
    section(t('map'), pending(listEvents({}, MAP_EVENTS).then((p) => eventMap(p.items)))),
    h('div', { class: 'two-cols' },
      section(t('top_actors'), pending(listActors(undefined, TOP).then((r) => nameList('actor', r)))),
      section(t('top_places'), pending(listPlaces(undefined, TOP).then((r) => nameList('place', r)))),
    ),
    section(t('latest'), pending(listEvents({}, LATEST).then((p) => eventTable(p.items))),
      h('p', null, h('a', { href: link('events'), class: 'more' }, t('all_events')))),
  );
}
