// Analyse: paste Arabic text (analysed as you type, after a short pause) or give a URL.
import { analyzeText } from '../api.js';
import { pending } from '../components/common.js';
import { analysisView } from '../components/analysis-view.js';
import { h, mount } from '../dom.js';
import { t } from '../i18n.js';

const TYPING_PAUSE_MS = 500;

let lastText = '';

export function analysePage(root: HTMLElement): void {
  const out = h('div', { class: 'analyse-output', id: 'analyse-output' });
  const area = h('textarea', { id: 'analyse-text', rows: 8, dir: 'rtl', lang: 'ar', placeholder: t('text') });
  area.value = lastText;
  const url = h('input', { type: 'url', id: 'analyse-url', dir: 'ltr', placeholder: 'https://…' });
  const published = h('input', { type: 'date', id: 'analyse-published' });
  let seq = 0;
  const run = (): void => {
    const text = area.value.trim();
    const u = url.value.trim();
    if (!text && !u) { mount(out); return; }
    lastText = area.value;
    const mine = ++seq;
    const input = { ...(u && !text ? { url: u } : { text: area.value }), ...(published.value ? { published: published.value } : {}) };
    const view = pending(analyzeText(input).then((r) => (mine === seq ? analysisView(r.text, r.analysis) : null)));
    mount(out, view);
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  area.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(run, TYPING_PAUSE_MS); });
  const form = h('form', { class: 'analyse-form card' },
    h('label', { class: 'field wide' }, h('span', null, t('text')), area),
    h('div', { class: 'row' },
      h('label', { class: 'field' }, h('span', null, t('url')), url),
      h('label', { class: 'field' }, h('span', null, t('published')), published),
      h('button', { type: 'submit', class: 'primary', id: 'analyse-run' }, t('analyse'))),
  );
  form.addEventListener('submit', (ev) => { ev.preventDefault(); clearTimeout(timer); run(); });
  mount(root, h('h1', null, t('analyse_title')), h('p', { class: 'muted' }, t('analyse_hint')), form, out);
  if (lastText) run();
}
