import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey, namesMatch } from '../../src/eval/names.js';
import { metric, prf, scoreDoc, totals } from '../../src/eval/score.js';
import type { Gold } from '../../src/eval/gold.js';
import type { Analysis, EventRecord } from '../../src/types.js';

describe('scorer name rules (gold-format.md)', () => {
  it('folds letters, marks and the article', () => {
    assert.equal(nameKey('والعِراق'), 'عراق');
    assert.equal(nameKey('"داعش"'), 'داعش');
    assert.equal(nameKey('مُسْتَشْفَى الأمَل'), 'مستشفي امل');
  });
  it('matches whole-word containment, not substrings', () => {
    assert.ok(namesMatch('بوريطة', 'ناصر بوريطة'));
    assert.ok(namesMatch('ناصر بوريطة', 'بوريطة'));
    assert.ok(!namesMatch('بوريط', 'ناصر بوريطة'));
    assert.ok(!namesMatch('', 'ناصر'));
  });
});

const text = 'قال الوزير ناصر بوريطة إن هجوماً في بغداد أوقع 5 قتلى في 21 يناير. وأعلن داعش مسؤوليته.';
const gold: Gold = {
  doc: 't', published: '2021-04-15', relevant: true,
  entities: [
    { type: 'PER', text: 'ناصر بوريطة', aliases: ['الوزير'] },
    { type: 'LOC', text: 'بغداد', aliases: [] },
    { type: 'ORG', text: 'داعش', aliases: ['تنظيم الدولة'] },
  ],
  dates: [{ text: '21 يناير', value: '2021-01-21' }],
  figures: [{ text: '5 قتلى', value: 5, kind: 'killed', bound: 'exact' }],
  events: [{ type: 'battles', sub_type: 'armed_clash', date: '2021-01', country: 'IQ', place: 'بغداد', actor1: 'داعش', actor2: null, killed: 5, injured: null, evidence: 'هجوماً في بغداد أوقع 5 قتلى' }],
  quotes: [{ speaker: 'ناصر بوريطة', cue: 'قال', evidence: 'قال الوزير ناصر بوريطة' }],
};

function ev(over: Partial<EventRecord>, span: [number, number]): EventRecord {
  return { type: 'battles', sub_type: 'armed_clash', date: '2021-01-21', country: 'IQ', place: 'بغداد', actor1: 'تنظيم الدولة', actor2: null, killed: 5, injured: null, status: 'reported', evidence: [text.slice(...span)], spans: [{ start: span[0], end: span[1], text: text.slice(...span) }], ...over };
}

function analysis(over: Partial<Analysis>): Analysis {
  return { doc: 't', published: '2021-04-15', language: 'ar', relevant: true, entities: [], dates: [], figures: [], events: [], other_events: [], quotes: [], numbers: [], warnings: [], ...over };
}

describe('scoreDoc', () => {
  const i = text.indexOf('هجوماً');
  it('scores a perfect analysis as 1 everywhere', () => {
    const a = analysis({
      entities: [
        { type: 'PER', text: 'بوريطة', aliases: [], mentions: [] },
        { type: 'LOC', text: 'بغداد', aliases: [], mentions: [] },
        { type: 'ORG', text: 'داعش', aliases: [], mentions: [] },
      ],
      dates: [{ text: '21 يناير', value: '2021-01-21', start: 0, end: 0, precision: 'day', rule: 't', implied: true, calendar: 'gregorian' }],
      figures: [{ text: '5 قتلى', value: 5, kind: 'killed', bound: 'exact', start: 0, end: 0, rule: 't' }],
      events: [ev({}, [i, i + 10])],
      quotes: [{ speaker: 'بوريطة', cue: 'قال', evidence: '', start: 0, end: 0 }],
    });
    const s = totals([scoreDoc('t', text, gold, a)]);
    for (const f of ['entities', 'dates', 'figures', 'events', 'quotes']) assert.equal(s.fields[f]!.f1, 1, f);
    // actor1 matches through the gold entity's alias; the more precise date counts as right
    assert.equal(s.attrs.actor1!.accuracy, 1);
    assert.equal(s.attrs.date!.accuracy, 1);
    assert.equal(s.relevance, 1);
  });
  it('counts a wrong kind, a wrong type and duplicate names as errors', () => {
    const a = analysis({
      relevant: false,
      entities: [
        { type: 'ORG', text: 'بغداد', aliases: [], mentions: [] },
        { type: 'LOC', text: 'بغداد', aliases: [], mentions: [] },
        { type: 'LOC', text: 'وبغداد', aliases: [], mentions: [] },
      ],
      figures: [{ text: '5 قتلى', value: 5, kind: 'injured', bound: 'exact', start: 0, end: 0, rule: 't' }],
      events: [ev({ type: 'protests' }, [i, i + 10])],
    });
    const s = totals([scoreDoc('t', text, gold, a)]);
    // a clitic left on a name is a different name to the scorer (only وال/فال fold)
    assert.deepEqual([s.fields['entities.LOC']!.tp, s.fields['entities.LOC']!.pred], [1, 2]);
    assert.equal(s.fields['entities.ORG']!.tp, 0);
    assert.equal(s.fields.figures!.tp, 0);
    assert.equal(s.fields.figure_values!.tp, 1);
    assert.equal(s.fields.events!.tp, 0);
    assert.equal(s.event_detect, 1, 'a wrong type still detects the incident');
    assert.equal(s.relevance, 0);
  });
  it('precision is 1 with no predictions only when the gold is empty too', () => {
    assert.equal(prf({ tp: 0, pred: 0, gold: 0 }).p, 1);
    assert.equal(prf({ tp: 0, pred: 0, gold: 3 }).p, 0);
  });
  it('metric() reads F1, precision and attribute accuracies and rejects unknown names', () => {
    const s = totals([scoreDoc('t', text, gold, analysis({}))]);
    assert.equal(metric(s, 'dates'), 0);
    assert.equal(metric(s, 'dates.p'), 0);
    assert.equal(metric(s, 'events.killed'), null);
    assert.throws(() => metric(s, 'nonsense'), /unknown figure/);
  });
});
