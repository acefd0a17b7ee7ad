// One incident: its fields, the reconciled casualty figures with every source's value and
// speaker, and each report's article with the evidence highlighted in place.
import { getDocument, getEvent } from '../api.js';
import type { EventDetail, EventReport, ReportedValue } from '../api-types.js';
import { typeColor } from '../colors.js';
import { pending, section } from '../components/common.js';
import { h, mount } from '../dom.js';
import { highlight, type Mark } from '../highlight.js';
import { countryName, dateText, num, rangeText, subTypeLabel, t, typeLabel } from '../i18n.js';
import { link } from '../router.js';

const titleOf = (e: EventDetail, docId: string): string => e.reportList.find((r) => r.docId === docId)?.docTitle ?? docId;

function figureRows(e: EventDetail, label: string, range: EventDetail['killed'], values: ReportedValue[]): HTMLElement[] {
  const head = h('tr', { class: 'reconciled' },
    h('th', { scope: 'row' }, label), h('td', { class: 'num' }, rangeText(range)), h('td', { colspan: 2 }, t('reconciled')));
  return [head, ...values.map((v) => h('tr', { class: 'source-value' },
    h('td'), h('td', { class: 'num' }, num(v.value)),
    h('td', null, v.speaker ?? h('span', { class: 'muted' }, t('unattributed'))),
    h('td', null, h('a', { href: link('doc', v.docId) }, titleOf(e, v.docId)))))];
}

function casualties(e: EventDetail): HTMLElement {
  return h('table', { class: 'figures-table' },
    h('thead', null, h('tr', null, h('th'), h('th', { class: 'num' }, t('source_value')), h('th', null, t('speaker')), h('th', null, t('article')))),
    h('tbody', null, figureRows(e, t('fatalities'), e.killed, e.figures.killed), figureRows(e, t('injured'), e.injured, e.figures.injured)));
}

function reportFacts(r: EventReport): HTMLElement {
  const fact = (k: string, v: string | null) => (v ? h('span', { class: 'fact' }, h('b', null, `${k}: `), v) : null);
  return h('div', { class: 'facts' },
    fact(t('type'), `${typeLabel(r.type)} / ${subTypeLabel(r.subType)}`),
    fact(t('date'), r.date ? dateText(r.date) : null),
    fact(t('place'), [r.place, countryName(r.country)].filter((x) => x && x !== '–').join('، ')),
    fact(t('actors'), [r.actor1, r.actor2].filter(Boolean).join(' · ') || null),
    fact(t('fatalities'), r.killed !== null ? num(r.killed) : null),
    fact(t('injured'), r.injured !== null ? num(r.injured) : null),
    fact(t('speaker'), r.speaker),
  );
}

/** One article and the evidence of every report it gave this event. */
function articleCard(docId: string, reports: EventReport[]): HTMLElement {
  const first = reports[0]!;
  const marks: Mark[] = reports.flatMap((r) => r.evidence.map((s) => ({
    start: s.start, end: s.end, kind: 'evidence' as const, tip: `${typeLabel(r.type)} / ${subTypeLabel(r.subType)}`,
  })));
  const body = getDocument(docId).then(({ document: doc }) => {
    const text = h('div', { class: 'article-text', dir: 'rtl', lang: 'ar' }, highlight(doc.text, marks));
    // Bring the first evidence into view inside its scrolling box once it is on the page.
    requestAnimationFrame(() => {
      const m = text.querySelector<HTMLElement>('mark.hl-evidence');
      if (m) text.scrollTop = Math.max(0, m.offsetTop - text.offsetTop - 24);
    });
    return text;
  });
  return h('article', { class: 'report card', 'data-doc': docId },
    h('h3', null, h('a', { href: link('doc', docId) }, first.docTitle || docId)),
    h('div', { class: 'muted small' }, [first.published ? `${t('published')}: ${dateText(first.published)}` : null,
      first.docUrl ? h('a', { href: first.docUrl, rel: 'noreferrer', target: '_blank', class: 'ext' }, first.docUrl) : null].filter(Boolean).flatMap((x, i) => (i ? [' · ', x] : [x]))),
    reports.map(reportFacts),
    pending(body),
  );
}

/** Which rules joined each later report to the event, so a wrong merge can be spotted. */
function mergeList(e: EventDetail): HTMLElement {
  return h('ul', { class: 'merges' }, e.merges.map((m) => {
    const r = e.reportList.find((x) => x.id === m.reportId);
    return h('li', null, r ? h('a', { href: link('doc', r.docId) }, r.docTitle || r.docId) : `#${num(m.reportId)}`, ': ',
      h('span', { dir: 'ltr', class: 'rules' }, m.rules.join(', ')), ` (${t('score')} ${num(Math.round(m.score * 100) / 100)})`,
      m.undoneAt ? h('span', { class: 'muted' }, ` · ${t('undone')}`) : null);
  }));
}

export function eventPage(root: HTMLElement, id: number): void {
  mount(root, pending(getEvent(id).then((e) => {
    const byDoc = new Map<string, EventReport[]>();
    for (const r of e.reportList) byDoc.set(r.docId, [...(byDoc.get(r.docId) ?? []), r]);
    const actors = [e.actor1, e.actor2].filter((a): a is string => !!a);
    return [
      h('h1', null, h('span', { class: 'type-dot', style: `background:${typeColor(e.type)}` }), `${typeLabel(e.type)}: ${subTypeLabel(e.subType)}`),
      h('div', { class: 'facts big' },
        h('span', { class: 'fact' }, h('b', null, `${t('date')}: `), dateText(e.date), e.dateEnd && e.dateEnd !== e.date ? ` – ${dateText(e.dateEnd)}` : ''),
        h('span', { class: 'fact' }, h('b', null, `${t('place')}: `), e.place ? h('a', { href: link('place', e.place) }, e.place) : '–',
          e.admin1 && e.admin1 !== e.place ? `، ${e.admin1}` : '', `، ${countryName(e.country)}`),
        h('span', { class: 'fact' }, h('b', null, `${t('actors')}: `), actors.length ? actors.map((a, i) => [i ? ' · ' : '', h('a', { href: link('actor', a) }, a)]) : '–'),
        h('span', { class: 'fact' }, h('b', null, `${t('report_count')}: `), num(e.reports)),
      ),
      section(t('casualties'), casualties(e)),
      section(`${t('reports')} (${num(byDoc.size)})`, [...byDoc].map(([docId, rs]) => articleCard(docId, rs))),
      e.merges.length ? section(t('merges'), mergeList(e)) : null,
    ];
  })));
}
