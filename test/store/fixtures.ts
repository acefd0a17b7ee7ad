// Documents and analyses written for the store, merge, API and export tests: three reports
// of one incident with different tolls, and a second incident on the same day elsewhere.
import type { StoredDocument } from '../../src/store/store.js';
import type { Analysis, EventRecord } from '../../src/types.js';

export function makeDoc(id: string, extra: Partial<StoredDocument> = {}): StoredDocument {
  return {
    id, title: `خبر ${id}`, text: `نص الخبر ${id} عن انفجار في السوق`, encoding: 'utf-8', source: `${id}.txt`,
    contentHash: `hash-${id}`, fetchedAt: '2024-03-06T08:00:00.000Z', removed: {}, published: '2024-03-06', ...extra,
  };
}

export function makeEvent(extra: Partial<EventRecord> = {}): EventRecord {
  const evidence = extra.evidence ?? ['انفجرت سيارة مفخخة في سوق المدينة'];
  return {
    type: 'explosions_remote_violence', sub_type: 'remote_explosive_landmine_ied', date: '2024-03-05', country: 'IQ',
    place: 'كركوك', actor1: null, actor2: null, killed: null, injured: null, status: 'reported',
    evidence, spans: evidence.map((text, i) => ({ start: i * 100, end: i * 100 + text.length, text })),
    lat: 35.47, lon: 44.39, admin1: 'كركوك', ...extra,
  };
}

export function makeAnalysis(doc: string, events: EventRecord[], published = '2024-03-06'): Analysis {
  return {
    doc, published, language: 'ar', relevant: events.length > 0, title: `خبر ${doc}`,
    entities: [{ type: 'LOC', text: 'كركوك', aliases: [], country: 'IQ', mentions: [{ start: 10, end: 15, text: 'كركوك', how: 'name' }] }],
    dates: [], figures: [{ start: 20, end: 28, text: '5 قتلى', value: 5, kind: 'killed', bound: 'exact', source: 'الشرطة', rule: 'test' }],
    events, other_events: [], quotes: [], numbers: [], warnings: [],
  };
}

/** Three articles on one bombing in Kirkuk (tolls 5, 7 and 12) and one on a clash in Basra. */
export function incidentArticles(): { doc: StoredDocument; analysis: Analysis }[] {
  const a = (id: string, ev: EventRecord[], url?: string) =>
    ({ doc: makeDoc(id, url ? { url } : {}), analysis: makeAnalysis(id, ev) });
  return [
    a('k1', [makeEvent({ killed: 5, injured: 10, source: 'الشرطة المحلية', evidence: ['مقتل 5 أشخاص بانفجار عبوة في كركوك'] })], 'https://news-one.example/k1'),
    a('k2', [makeEvent({ killed: 7, injured: 14, place: 'مدينة كركوك', lat: 35.46, lon: 44.4, source: 'مصدر طبي', evidence: ['ارتفاع حصيلة تفجير كركوك إلى 7 قتلى'] })], 'https://news-two.example/k2'),
    a('k3', [makeEvent({ killed: 12, injured: null, date: '2024-03', lat: undefined, lon: undefined, evidence: ['قتل 12 شخصا في تفجير بكركوك, "بحسب" مسؤول'] })]),
    a('b1', [makeEvent({ type: 'battles', sub_type: 'armed_clash', place: 'البصرة', admin1: 'البصرة', lat: 30.5, lon: 47.8, killed: 2, actor1: 'قوات الأمن', actor2: 'مسلحون مجهولون', evidence: ['اشتباك مسلح في البصرة أوقع قتيلين'] })]),
  ];
}
