// An article's text with every annotation highlighted by kind (toggled from the key), and
// the analysis beside it: events, figures, dates, entities and quotes. Used by the article
// reader and by the Analyse page.
import type { Analysis, EventRecord } from '../api-types.js';
import { typeColor } from '../colors.js';
import { h } from '../dom.js';
import { analysisMarks, highlight, MARK_KINDS, type MarkKind } from '../highlight.js';
import {
  boundLabel, countryName, dateText, figureKindLabel, num, statusLabel, subTypeLabel, t, typeLabel, type StringKey,
} from '../i18n.js';
import { section } from './common.js';

const KIND_LABEL: Record<MarkKind, StringKey> = {
  entity: 'kind_entity', date: 'kind_date', figure: 'kind_figure', quote: 'kind_quote', trigger: 'kind_trigger', evidence: 'kind_evidence',
};

/** The key doubles as switches: unticking a kind removes its colour from the text. */
function legend(text: HTMLElement): HTMLElement {
  return h('div', { class: 'legend hl-legend' }, MARK_KINDS.map((k) => {
    const box = h('input', { type: 'checkbox', checked: true, 'data-kind': k });
    box.addEventListener('change', () => text.classList.toggle(`hide-${k}`, !box.checked));
    return h('label', { class: 'key' }, box, h('mark', { class: `hl hl-${k}` }, t(KIND_LABEL[k])));
  }));
}

const table = (head: string[], rows: (string | Node)[][]): HTMLElement => rows.length
  ? h('table', { class: 'mini' }, h('thead', null, h('tr', null, head.map((x) => h('th', null, x)))),
    h('tbody', null, rows.map((r) => h('tr', null, r.map((c) => h('td', null, c))))))
  : h('p', { class: 'muted' }, t('none'));

function eventRows(events: EventRecord[]): (string | Node)[][] {
  return events.map((e) => [
    h('span', null, h('span', { class: 'type-dot', style: `background:${typeColor(e.type)}` }), `${typeLabel(e.type)} / ${subTypeLabel(e.sub_type)}`),
    statusLabel(e.status), e.date ? dateText(e.date) : '–', [e.place, countryName(e.country)].filter((x) => x && x !== '–').join('، ') || '–',
    [e.actor1, e.actor2].filter(Boolean).join(' · ') || '–', e.killed !== null ? num(e.killed) : '–', e.injured !== null ? num(e.injured) : '–',
  ]);
}

export function analysisView(text: string, a: Analysis): HTMLElement {
  const body = h('div', { class: 'article-text', dir: 'rtl', lang: 'ar' }, highlight(text, analysisMarks(text, a)));
  const eventHead = [t('type'), t('status'), t('date'), t('place'), t('actors'), t('fatalities'), t('injured')];
  return h('div', { class: 'analysis' },
    h('div', { class: 'reader card' }, legend(body), body),
    h('div', { class: 'panels' },
      h('p', { class: a.relevant ? 'badge on' : 'badge' }, a.relevant ? t('relevant') : t('not_relevant')),
      section(`${t('events')} (${num(a.events.length)})`, table(eventHead, eventRows(a.events))),
      a.other_events.length ? section(`${t('other_events')} (${num(a.other_events.length)})`, table(eventHead, eventRows(a.other_events))) : null,
      section(`${t('figures')} (${num(a.figures.length)})`, table([t('kind'), t('value'), t('speaker'), t('text')],
        a.figures.map((f) => [figureKindLabel(f.kind), `${boundLabel(f.bound)} ${num(f.value)}${f.high !== undefined ? `–${num(f.high)}` : ''}`.trim(), f.source ?? '–', f.text]))),
      section(`${t('dates')} (${num(a.dates.length)})`, table([t('text'), t('value')],
        a.dates.map((d) => [d.text, `${d.value} · ${dateText(d.value)}`]))),
      section(`${t('entities')} (${num(a.entities.length)})`, table([t('kind'), t('text'), t('value')],
        a.entities.map((e) => [e.type, e.text, [e.label_en, e.country ? countryName(e.country) : null].filter(Boolean).join(' · ') || '–']))),
      section(`${t('quotes')} (${num(a.quotes.length)})`, table([t('speaker'), t('text')],
        a.quotes.map((q) => [q.speaker, q.content?.text ?? q.evidence]))),
    ),
  );
}
