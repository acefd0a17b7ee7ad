import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterReports } from '../../src/merge/cluster.js';
import { compareReports } from '../../src/merge/compatible.js';
import { dateInterval, datesCompatible } from '../../src/merge/date-window.js';
import { estimate } from '../../src/merge/reconcile.js';
import type { Report } from '../../src/merge/report.js';

function report(docId: string, extra: Partial<Report> = {}): Report {
  const date = extra.date === undefined ? '2024-03-05' : extra.date;
  const iv = dateInterval(date, extra.published ?? '2024-03-06')!;
  return {
    docId, index: 0, type: 'explosions_remote_violence', subType: 'remote_explosive_landmine_ied', date,
    precision: iv.precision, dateStart: iv.start, dateEnd: iv.end, country: 'IQ', admin1: 'كركوك', place: 'كركوك',
    lat: 35.47, lon: 44.39, actor1: null, actor2: null, killed: null, injured: null, speaker: null,
    published: '2024-03-06', confidence: 0.8, ...extra,
  };
}

test('merge: three reports of one bombing with different tolls become one event with low/best/high', () => {
  const clusters = clusterReports([
    report('a', { killed: 5, speaker: 'الشرطة' }),
    report('b', { killed: 12, place: 'مدينة كركوك', lat: 35.46, lon: 44.41, speaker: 'مصدر طبي' }),
    report('c', { killed: 7, date: '2024-03', lat: null, lon: null }),
  ]);
  assert.equal(clusters.length, 1);
  const [c] = clusters;
  assert.equal(c!.reports.length, 3);
  assert.deepEqual({ low: c!.event.killed!.low, best: c!.event.killed!.best, high: c!.event.killed!.high }, { low: 5, best: 7, high: 12 });
  assert.deepEqual(c!.event.killed!.values.map((v) => [v.docId, v.value, v.speaker]), [['a', 5, 'الشرطة'], ['b', 12, 'مصدر طبي'], ['c', 7, null]]);
  assert.equal(c!.event.date, '2024-03-05', 'the day-precise reports give the date');
  assert.equal(c!.event.precision, 'day');
  assert.equal(c!.reasons.length, 2);
  assert.ok(c!.reasons[0]!.some((r) => r.includes('km apart') || r.includes('same place')));
});

test('merge: two different incidents on the same day stay apart', () => {
  const clusters = clusterReports([
    report('a', { killed: 5 }),
    report('b', { type: 'battles', subType: 'armed_clash', place: 'البصرة', admin1: 'البصرة', lat: 30.5, lon: 47.8 }),
    report('c', { place: 'الموصل', admin1: 'نينوى', lat: 36.34, lon: 43.13, killed: 3 }),
    report('d', { place: 'الرمادي', admin1: 'الأنبار', lat: null, lon: null }),
  ]);
  assert.equal(clusters.length, 4);
});

test('merge: the rule that keeps two reports apart is named', () => {
  const cases: [Partial<Report>, string][] = [
    [{ type: 'protests', subType: 'peaceful_protest' }, 'type families differ'],
    [{ date: '2024-03-09' }, 'dates incompatible'],
    [{ country: 'SY' }, 'countries differ'],
    [{ lat: 36.34, lon: 43.13 }, 'places 149.1 km apart'],
    [{ place: 'الموصل', lat: null, lon: null, admin1: 'نينوى' }, 'different places'],
  ];
  for (const [extra, rule] of cases) {
    const m = compareReports(report('a'), report('b', extra));
    assert.equal(m.ok, false, rule);
    if (!m.ok) assert.ok(m.rule.startsWith(rule), `${rule}: got ${m.rule}`);
  }
  const sameDoc = compareReports(report('a'), report('a', { index: 1 }));
  assert.equal(sameDoc.ok, false, 'two events of one article stay two');
});

test('merge: actors must share someone when both reports name actors', () => {
  const a = report('a', { place: null, lat: null, lon: null, actor1: 'تنظيم داعش' });
  assert.equal(compareReports(a, report('b', { place: null, lat: null, lon: null, actor1: 'داعش' })).ok, true);
  assert.equal(compareReports(a, report('b', { place: null, lat: null, lon: null, actor1: 'الجيش العراقي' })).ok, false);
  const loose = compareReports(report('a', { place: null, lat: null, lon: null }), report('b', { place: null, lat: null, lon: null }));
  assert.equal(loose.ok, false, 'no place and no actor: nothing ties them');
});

test('merge: dates at their precision', () => {
  const day = dateInterval('2024-03-05', null)!;
  const month = dateInterval('2024-03', null)!;
  const feb = dateInterval('2024-02', null)!;
  const undated = dateInterval(null, '2024-03-07')!;
  assert.deepEqual(month, { start: '2024-03-01', end: '2024-03-31', precision: 'month' });
  assert.deepEqual(dateInterval('2024-02', null)!.end, '2024-02-29');
  assert.ok(datesCompatible(day, month));
  assert.ok(!datesCompatible(day, feb));
  assert.ok(datesCompatible(day, undated), 'an undated report covers the days before publication');
  assert.ok(datesCompatible(day, dateInterval('2024-03-06', null)!), 'one day of slack');
  assert.ok(!datesCompatible(day, dateInterval('2024-03-07', null)!));
  assert.equal(dateInterval(null, null), null);
  assert.equal(dateInterval('2024-13', null), null);
});

test('merge: the best estimate is the median of one value per article', () => {
  const e = estimate([
    { value: 3, docId: 'a', speaker: null }, { value: 4, docId: 'a', speaker: null },
    { value: 10, docId: 'b', speaker: null }, { value: 100, docId: 'c', speaker: null },
  ])!;
  assert.deepEqual([e.low, e.best, e.high], [3, 10, 100]);
  assert.equal(e.values.length, 4, 'every reported value is kept');
  assert.equal(estimate([]), null);
});
