// An offline world map (Natural Earth TopoJSON from the world-atlas package, bundled as an
// asset) with one circle per event: area by fatalities, colour by type. Zoom with the wheel,
// pan by dragging, or jump to a region with the buttons.
import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { EventSummary } from '../api-types.js';
import { typeColor } from '../colors.js';
import { h, s } from '../dom.js';
import { countryName, dateText, num, rangeText, t, typeLabel, type StringKey } from '../i18n.js';
import { go, link } from '../router.js';
import mapUrl from 'world-atlas/countries-50m.json?url';

const W = 960;
const H = 500;
const MAX_ZOOM = 40;

/** Regions the buttons jump to, as [west, south, east, north]. */
const REGIONS: [StringKey, [number, number, number, number]][] = [
  ['mena', [-18, 8, 63, 42]],
  ['levant', [34, 29, 49, 38]],
  ['arabia', [34, 12, 60, 31]],
  ['sahel', [-12, 8, 38, 25]],
  ['world', [-180, -60, 180, 84]],
];

let topology: Promise<Topology> | null = null;
const loadTopology = (): Promise<Topology> => (topology ??= fetch(mapUrl).then((r) => r.json() as Promise<Topology>));

export function eventMap(events: EventSummary[]): HTMLElement {
  const projection: GeoProjection = geoNaturalEarth1().fitExtent([[0, 0], [W, H]], { type: 'Sphere' });
  const path = geoPath(projection);
  const land = s('g', { class: 'land' });
  const dots = s('g', { class: 'dots' });
  const view = s('g', null, land, dots);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'img', 'aria-label': t('map') },
    s('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sea' }), view);

  let k = 1;
  let tx = 0;
  let ty = 0;
  const apply = (): void => {
    view.setAttribute('transform', `translate(${tx},${ty}) scale(${k})`);
    for (const c of dots.children) c.setAttribute('r', String(Number((c as SVGElement).dataset.r) / Math.sqrt(k)));
  };
  const clampK = (v: number) => Math.min(MAX_ZOOM, Math.max(1, v));
  const fit = ([w, so, e, n]: [number, number, number, number]): void => {
    const [x0, y1] = projection([w, so]) ?? [0, H];
    const [x1, y0] = projection([e, n]) ?? [W, 0];
    k = clampK(0.92 * Math.min(W / Math.max(1, x1 - x0), H / Math.max(1, y1 - y0)));
    tx = W / 2 - k * (x0 + x1) / 2;
    ty = H / 2 - k * (y0 + y1) / 2;
    apply();
  };

  const located = events.filter((e) => e.lat !== null && e.lon !== null);
  // Largest first so that small circles stay on top and clickable.
  located.sort((a, b) => (b.killed?.best ?? 0) - (a.killed?.best ?? 0));
  for (const e of located) {
    const p = projection([e.lon!, e.lat!]);
    if (!p) continue;
    const r = 2.5 + Math.min(22, Math.sqrt(e.killed?.best ?? 0) * 2.2);
    const tip = [typeLabel(e.type), dateText(e.date), [e.place, countryName(e.country)].filter(Boolean).join('، '),
      `${t('fatalities')}: ${rangeText(e.killed)}`].join(' · ');
    dots.append(s('circle', {
      cx: p[0].toFixed(2), cy: p[1].toFixed(2), r, fill: typeColor(e.type), class: 'dot', dataset: { r: String(r), id: String(e.id) }, 'data-tip': tip,
      onclick: () => go(link('event', e.id)),
    }));
  }

  // Wheel zooms around the pointer; dragging pans.
  const toView = (ev: MouseEvent): [number, number] => {
    const r = svg.getBoundingClientRect();
    return [((ev.clientX - r.left) / r.width) * W, ((ev.clientY - r.top) / r.height) * H];
  };
  svg.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const [mx, my] = toView(ev);
    const nk = clampK(k * (ev.deltaY < 0 ? 1.25 : 0.8));
    tx = mx - ((mx - tx) / k) * nk;
    ty = my - ((my - ty) / k) * nk;
    k = nk;
    apply();
  }, { passive: false });
  let drag: { x: number; y: number; tx: number; ty: number } | null = null;
  svg.addEventListener('pointerdown', (ev) => {
    if ((ev.target as Element).classList.contains('dot')) return;
    const [x, y] = toView(ev);
    drag = { x, y, tx, ty };
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    const [x, y] = toView(ev);
    tx = drag.tx + x - drag.x;
    ty = drag.ty + y - drag.y;
    apply();
  });
  svg.addEventListener('pointerup', () => { drag = null; });

  void loadTopology().then((topo) => {
    const countries = feature(topo, topo.objects.countries as GeometryCollection);
    for (const f of countries.features) land.append(s('path', { d: path(f) ?? '', class: 'country' }));
  }).catch(() => land.append(s('text', { x: W / 2, y: H / 2, class: 'axis' }, t('error'))));

  // Start on the events' own extent, or the Middle East and North Africa when there are none.
  if (located.length) {
    const lons = located.map((e) => e.lon!);
    const lats = located.map((e) => e.lat!);
    const pad = 4;
    fit([Math.min(...lons) - pad, Math.min(...lats) - pad, Math.max(...lons) + pad, Math.max(...lats) + pad]);
  } else fit(REGIONS[0]![1]);

  const buttons = h('div', { class: 'map-regions' },
    REGIONS.map(([label, box]) => h('button', { type: 'button', class: 'chip', 'data-region': label, onclick: () => fit(box) }, t(label))));
  return h('figure', { class: 'map-box' }, buttons, svg,
    h('figcaption', { class: 'muted' }, `${t('map_note')} · ${t('zoom_hint')} · ${num(located.length)} ${t('events')}`));
}
