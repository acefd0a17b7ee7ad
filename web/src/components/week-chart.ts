// Events or fatalities per week stacked by type (bars), with the other measure's weekly total
// as a line on the right-hand scale; two buttons swap them. Plain SVG. Time runs left to
// right in both languages, as on printed charts.
import type { CountRow } from '../api-types.js';
import { typeColor } from '../colors.js';
import { h, mount, s } from '../dom.js';
import { dateText, num, t, typeLabel } from '../i18n.js';

export interface WeekSeries { type: string; rows: CountRow[] }
type Metric = 'events' | 'killed';

const W = 760;
const H = 260;
const PAD = { top: 16, right: 44, bottom: 34, left: 40 };
const DAY = 86_400_000;
const TICKS = 4;

/** Every Monday from the first to the last week present, so gaps show as empty weeks. */
function weeks(keys: string[]): string[] {
  const sorted = keys.filter((k) => /^\d{4}-\d{2}-\d{2}$/.test(k)).sort();
  if (!sorted.length) return [];
  const out: string[] = [];
  const end = Date.parse(sorted[sorted.length - 1]!);
  for (let d = Date.parse(sorted[0]!); d <= end && out.length < 2000; d += 7 * DAY) out.push(new Date(d).toISOString().slice(0, 10));
  return out;
}

/** The smallest 4 × (1, 2 or 5 × 10^k) at or above `v`, so every tick is a round whole number. */
const niceMax = (v: number): number => {
  const raw = Math.max(1, v / TICKS);
  const p = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * p).find((x) => x >= raw)!;
  return Math.max(TICKS, Math.ceil(step) * TICKS);
};

interface Grid { weeks: string[]; byType: { type: string; events: number[]; killed: number[] }[] }

function grid(series: WeekSeries[]): Grid {
  const all = weeks(series.flatMap((x) => x.rows.map((r) => r.key)));
  const index = new Map(all.map((w, i) => [w, i]));
  return {
    weeks: all,
    byType: series.map((x) => {
      const events = all.map(() => 0);
      const killed = all.map(() => 0);
      for (const r of x.rows) {
        const i = index.get(r.key);
        if (i !== undefined) { events[i] = r.events; killed[i] = r.killed; }
      }
      return { type: x.type, events, killed };
    }),
  };
}

function draw(g: Grid, metric: Metric): SVGSVGElement {
  const other: Metric = metric === 'events' ? 'killed' : 'events';
  const label = (m: Metric) => t(m === 'events' ? 'events' : 'fatalities');
  const n = g.weeks.length;
  const stacks = g.weeks.map((_, i) => g.byType.reduce((sum, x) => sum + x[metric][i]!, 0));
  const line = g.weeks.map((_, i) => g.byType.reduce((sum, x) => sum + x[other][i]!, 0));
  const maxBar = niceMax(Math.max(...stacks));
  const maxLine = niceMax(Math.max(...line));
  const iw = W - PAD.left - PAD.right;
  const ih = H - PAD.top - PAD.bottom;
  const bw = iw / n;
  const barW = Math.min(bw * 0.8, 36);
  const y = (v: number) => PAD.top + ih - (v / maxBar) * ih;
  const yl = (v: number) => PAD.top + ih - (v / maxLine) * ih;
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: `chart metric-${metric}`, role: 'img', 'aria-label': t('per_week'), direction: 'ltr' });
  for (let k = 0; k <= TICKS; k++) {
    svg.append(
      s('line', { x1: PAD.left, x2: W - PAD.right, y1: y((maxBar / TICKS) * k), y2: y((maxBar / TICKS) * k), class: 'grid' }),
      s('text', { x: PAD.left - 6, y: y((maxBar / TICKS) * k) + 4, 'text-anchor': 'end', class: 'axis' }, num(Math.round((maxBar / TICKS) * k))),
      s('text', { x: W - PAD.right + 6, y: yl((maxLine / TICKS) * k) + 4, 'text-anchor': 'start', class: 'axis line-axis' }, num(Math.round((maxLine / TICKS) * k))),
    );
  }
  const base = g.weeks.map(() => 0);
  for (const x of g.byType) {
    x[metric].forEach((v, i) => {
      if (!v) return;
      const top = y(base[i]! + v);
      svg.append(s('rect', {
        x: PAD.left + (i + 0.5) * bw - barW / 2, y: top, width: Math.max(barW, 0.5), height: y(base[i]!) - top,
        fill: typeColor(x.type), class: 'bar', 'data-tip': `${dateText(g.weeks[i])} · ${typeLabel(x.type)}: ${num(v)} ${label(metric)}`,
      }));
      base[i]! += v;
    });
  }
  svg.append(s('path', { d: line.map((v, i) => `${i ? 'L' : 'M'}${(PAD.left + (i + 0.5) * bw).toFixed(1)},${yl(v).toFixed(1)}`).join(''), class: 'total-line' }));
  line.forEach((v, i) => {
    if (v) svg.append(s('circle', { cx: PAD.left + (i + 0.5) * bw, cy: yl(v), r: 3, class: 'total-dot', 'data-tip': `${dateText(g.weeks[i])} · ${label(other)}: ${num(v)}` }));
  });
  // About six date labels along the bottom.
  const step = Math.max(1, Math.ceil(n / 6));
  for (let i = 0; i < n; i += step) {
    svg.append(s('text', { x: PAD.left + (i + 0.5) * bw, y: H - 12, 'text-anchor': 'middle', class: 'axis' }, dateText(g.weeks[i])));
  }
  return svg;
}

export function weekChart(series: WeekSeries[]): HTMLElement {
  const g = grid(series);
  if (!g.weeks.length) return h('p', { class: 'muted' }, t('no_events'));
  const holder = h('div');
  const legendLine = h('span', { class: 'key' }, h('i', { class: 'line-key' }));
  const show = (metric: Metric): void => {
    mount(holder, draw(g, metric));
    for (const b of buttons.children) b.setAttribute('aria-pressed', String((b as HTMLElement).dataset.metric === metric));
    mount(legendLine, h('i', { class: 'line-key' }), t(metric === 'events' ? 'fatalities' : 'events'));
  };
  const buttons = h('div', { class: 'map-regions', role: 'group' },
    (['events', 'killed'] as const).map((m) => h('button', {
      type: 'button', class: 'chip', 'data-metric': m, onclick: () => show(m),
    }, t(m === 'events' ? 'events' : 'fatalities'))));
  const legend = h('div', { class: 'legend' },
    series.map((x) => h('span', { class: 'key' }, h('i', { style: `background:${typeColor(x.type)}` }), typeLabel(x.type))),
    legendLine);
  show('events');
  return h('figure', { class: 'chart-box' }, buttons, holder, legend);
}
