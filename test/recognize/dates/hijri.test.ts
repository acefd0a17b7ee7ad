// Umm al-Qura conversion through Node's Intl, checked against well-known dates and by round
// trip over a span of years.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { gregorianToHijri, hijriMonthToGregorianMonth, hijriToGregorian, hijriYearToGregorianYear } from '../../../src/recognize/dates/hijri.js';
import { addDays, isoDay } from '../../../src/recognize/dates/calendar.js';

describe('dates: Hijri conversion', () => {
  const known: Array<[[number, number, number], string]> = [
    [[1442, 9, 1], '2021-04-13'],
    [[1441, 10, 1], '2020-05-24'],
    [[1436, 9, 9], '2015-06-26'],
    [[1443, 1, 1], '2021-08-09'],
  ];
  for (const [[y, m, d], iso] of known) {
    it(`${d}/${m}/${y} AH is ${iso}`, () => {
      const g = hijriToGregorian(y, m, d);
      assert.ok(g);
      assert.equal(isoDay(g), iso);
    });
  }
  it('round-trips every tenth day from 1990 to 2030', () => {
    let t = { y: 1990, m: 1, d: 1 };
    while (t.y < 2030) {
      const h = gregorianToHijri(t);
      const back = hijriToGregorian(h.y, h.m, h.d);
      assert.ok(back, `no Gregorian day for ${h.y}-${h.m}-${h.d}`);
      assert.equal(isoDay(back), isoDay(t));
      t = addDays(t, 10);
    }
  });
  it('refuses a day that does not exist', () => {
    assert.equal(hijriToGregorian(1442, 13, 1), null);
    assert.equal(hijriToGregorian(1442, 9, 31), null);
  });
  it('places a month and a year by where they mostly fall', () => {
    assert.equal(hijriMonthToGregorianMonth(1442, 9), '2021-04');
    assert.equal(hijriYearToGregorianYear(1442), 2021);
    assert.equal(hijriYearToGregorianYear(1400), 1980);
  });
});
