// Events per month as simple bars (actor and place pages), every month of the span shown.
import type { CountRow } from '../api-types.js';
import { h, s } from '../dom.js';
import { dateText, num, t } from '../i18n.js';

const W = 760;
const H = 180;
const PAD = { top: 12, right: 12, bottom: 30, left: 36 };

function months(keys: string[]): string[] {
  const sorted = keys.filter((k) => /^\d{4}-\d{2}$/.test(k)).sort();
  if (!sorted.length) return [];
  const out: string[] = [];
  let [y, m] = sorted[0]!.split('-').map(Number) as [number, number];
  const last = sorted[sorted.length - 1]!;
  for (let guard = 0; guard < 600; guard++) {
    const k = `${y}-${String(m).padStart(2, '0')}`;
    out.push(k);
    if (k === last) break;
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

export function monthBars(rows: CountRow[]): HTMLElement {
  const all = months(rows.map((r) => r.key));
  if (!all.length) return h('p', { class: 'muted' }, t('no_events'));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const max = Math.max(1, ...rows.map((r) => r.events));
  const iw = W - PAD.left - PAD.right;
  const ih = H - PAD.top - PAD.bottom;
  const bw = iw / all.length;
  // A few months should not become a wall of colour: bars are at most this wide, centred.
  const barW = Math.min(bw * 0.7, 36);
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart', role: 'img', 'aria-label': t('events_over_time'), direction: 'ltr' });
  svg.append(s('text', { x: PAD.left - 6, y: PAD.top + 8, 'text-anchor': 'end', class: 'axis' }, num(max)),
    s('line', { x1: PAD.left, x2: W - PAD.right, y1: PAD.top + ih, y2: PAD.top + ih, class: 'grid' }));
  all.forEach((k, i) => {
    const r = byKey.get(k);
    if (r?.events) {
      const hgt = (r.events / max) * ih;
      svg.append(s('rect', {
        x: PAD.left + (i + 0.5) * bw - barW / 2, y: PAD.top + ih - hgt, width: Math.max(barW, 0.5), height: hgt, class: 'bar plain',
        'data-tip': `${dateText(k)}: ${num(r.events)} ${t('events')} · ${t('fatalities')}: ${num(r.killed)}`,
      }));
    }
  });
  const step = Math.max(1, Math.ceil(all.length / 6));
  for (let i = 0; i < all.length; i += step) {
    svg.append(s('text', { x: PAD.left + (i + 0.5) * bw, y: H - 10, 'text-anchor': 'middle', class: 'axis' }, dateText(all[i])));
  }
  return h('figure', { class: 'chart-box' }, svg);
}
