// Small pieces every page uses: a section with a title, a loading placeholder that becomes
// the content or an error line, and a ranked list of names.
import type { NameCount } from '../api-types.js';
import { h, mount, type Child } from '../dom.js';
import { countryName, num, t } from '../i18n.js';
import { link } from '../router.js';

export function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'card' }, h('h2', null, title), ...children);
}

/** A box that shows "loading" until `work` settles, then its result or the error message. */
export function pending(work: Promise<Child>, cls = ''): HTMLElement {
  const box = h('div', { class: `pending ${cls}`, 'aria-busy': 'true' }, h('p', { class: 'muted' }, t('loading')));
  work.then(
    (content) => { mount(box, content); box.removeAttribute('aria-busy'); },
    (err: unknown) => {
      mount(box, h('p', { class: 'error', role: 'alert' }, `${t('error')}: ${err instanceof Error ? err.message : String(err)}`));
      box.removeAttribute('aria-busy');
    },
  );
  return box;
}

export function nameList(kind: 'actor' | 'place', rows: NameCount[]): HTMLElement {
  if (!rows.length) return h('p', { class: 'muted' }, t('none'));
  const max = Math.max(...rows.map((r) => r.events), 1);
  return h('ol', { class: 'ranked' }, rows.map((r) => h('li', null,
    h('a', { href: link(kind, r.name) }, r.name),
    r.country ? h('span', { class: 'muted small' }, ` · ${countryName(r.country)}`) : null,
    h('span', { class: 'bar-wrap' }, h('span', { class: 'bar-fill', style: `width:${(100 * r.events) / max}%` })),
    h('span', { class: 'num' }, num(r.events)),
  )));
}

export function stat(label: string, value: string): HTMLElement {
  return h('div', { class: 'stat' }, h('div', { class: 'stat-value' }, value), h('div', { class: 'stat-label' }, label));
}
