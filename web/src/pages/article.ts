// The article reader: cleaned text with its annotations highlighted by kind.
import { getDocument } from '../api.js';
import { pending } from '../components/common.js';
import { analysisView } from '../components/analysis-view.js';
import { h, mount } from '../dom.js';
import { dateText, t } from '../i18n.js';

export function articlePage(root: HTMLElement, id: string): void {
  mount(root, pending(getDocument(id).then(({ document: doc, analysis }) => [
    h('h1', { lang: 'ar', dir: 'rtl' }, doc.title || doc.id),
    h('p', { class: 'muted small' }, [doc.published ? `${t('published')}: ${dateText(doc.published)}` : null,
      doc.url ? h('a', { href: doc.url, rel: 'noreferrer', target: '_blank', class: 'ext' }, doc.url) : null,
      doc.byline ?? null].filter(Boolean).flatMap((x, i) => (i ? [' · ', x] : [x]))),
    analysis ? analysisView(doc.text, analysis) : h('div', { class: 'article-text', dir: 'rtl', lang: 'ar' }, doc.text),
  ])));
}
