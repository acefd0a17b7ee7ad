// The span contract and the fields every mention carries: offsets point into the original
// text (diacritics, tatweel and Eastern Arabic digits kept), each result names its rule, says
// whether part of its value was implied, and relative expressions are left out without a
// publication day.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from '../../../src/text/normalize.js';
import { recognizeDates } from '../../../src/recognize/dates/index.js';

const PUBLISHED = '2021-04-15';

function dates(text: string, published: string | null = PUBLISHED) {
  return recognizeDates(normalize(text), published);
}

describe('dates: spans into the original text', () => {
  const cases: Array<[string, string]> = [
    ['وقع الهجوم في ٢١ يناير ٢٠٢١ صباحا', '٢١ يناير ٢٠٢١'],
    ['أعلن الجيشُ أمسِ مقتلَ المسلحين', 'أمسِ'],
    ['تأجلت الدورة إلى أيلـــول 2020 بسبب الوباء', 'أيلـــول 2020'],
    ['افتتح المعرض الثلاثاءَ، 13 أبريل 2021 في العاصمة', 'الثلاثاءَ، 13 أبريل 2021'],
    ['انعقد الاجتماع في 28 مارس (آذار) الماضي عبر الفيديو', '28 مارس (آذار) الماضي'],
    ['تأسست الرابطة في سبتمبر (أيلول) عام 2012، وتوسعت لاحقا', 'سبتمبر (أيلول) عام 2012'],
  ];
  for (const [text, span] of cases) {
    it(span, () => {
      const [d, ...rest] = dates(text);
      assert.equal(rest.length, 0);
      assert.ok(d);
      assert.equal(d.text, span);
      assert.equal(text.slice(d.start, d.end), d.text);
    });
  }
});

describe('dates: rule, precision, implied, calendar', () => {
  it('an explicit date is not implied', () => {
    const [d] = dates('صدر القرار في 3 فبراير 2019');
    assert.deepEqual([d!.precision, d!.implied, d!.calendar, d!.rule], ['day', false, 'gregorian', 'day-month-year']);
  });
  it('a month with its year from context is implied', () => {
    const [d] = dates('تضاعفت الهجمات في مارس الماضي');
    assert.deepEqual([d!.value, d!.precision, d!.implied, d!.rule], ['2021-03', 'month', true, 'month-past']);
  });
  it('a weekday is implied and says so in its rule', () => {
    const [d] = dates('وصل الوفد الأحد');
    assert.deepEqual([d!.value, d!.implied, d!.rule], ['2021-04-11', true, 'weekday']);
  });
  it('a Hijri date says its calendar', () => {
    const [d] = dates('في 1 رمضان 1442');
    assert.deepEqual([d!.value, d!.calendar, d!.rule], ['2021-04-13', 'hijri', 'hijri-date']);
  });
  it('a Hijri year alone gives the Gregorian year it mostly falls in', () => {
    const [d] = dates('تأسست عام 1400 هـ');
    assert.deepEqual([d!.value, d!.precision, d!.calendar], ['1980', 'year', 'hijri']);
  });
});

describe('dates: without a publication day', () => {
  it('relative expressions are left out, explicit ones kept', () => {
    const got = dates('قال الوزير أمس الأحد إن الهجوم الذي وقع في 21 يناير 2021 والعام الماضي كان الأعنف', null);
    assert.deepEqual(got.map((d) => d.value), ['2021-01-21']);
  });
  it('a day and month without a year cannot be resolved', () => {
    assert.deepEqual(dates('وقع الانفجار في 21 يناير', null), []);
  });
});

describe('dates: within one article', () => {
  it('a bare أمس takes the weekday the article gives it elsewhere', () => {
    // Published on a Thursday, but the writer dates yesterday to Tuesday (an estimated or late date).
    const got = dates('أعلن الوزير أمس الثلاثاء خطته. وقال مسؤول أمس إن التنفيذ يبدأ فورا.');
    assert.deepEqual(got.map((d) => d.value), ['2021-04-13', '2021-04-13']);
  });
  it('a range of days gives one row per day over the same span', () => {
    const got = dates('أغلقت المدارس بين 10 و15 مارس 2020');
    assert.deepEqual(got.map((d) => d.value), ['2020-03-10', '2020-03-15']);
    assert.equal(got[0]!.text, got[1]!.text);
  });
});
