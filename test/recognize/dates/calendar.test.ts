// Which occurrence of a weekday, a day of a month or a month the resolvers pick.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isoDay, resolveMonth, resolveMonthDay, resolveWeekday } from '../../../src/recognize/dates/calendar.js';

const THU = { y: 2021, m: 4, d: 15 };

describe('dates: calendar resolution', () => {
  it('weekdays in each direction', () => {
    assert.equal(isoDay(resolveWeekday(THU, 4, 'onOrBefore')), '2021-04-15');
    assert.equal(isoDay(resolveWeekday(THU, 4, 'before')), '2021-04-08');
    assert.equal(isoDay(resolveWeekday(THU, 4, 'onOrAfter')), '2021-04-15');
    assert.equal(isoDay(resolveWeekday(THU, 4, 'after')), '2021-04-22');
    assert.equal(isoDay(resolveWeekday(THU, 5, 'onOrBefore')), '2021-04-09');
    assert.equal(isoDay(resolveWeekday(THU, 0, 'onOrAfter')), '2021-04-18');
  });
  it('day and month across the year boundary', () => {
    assert.equal(isoDay(resolveMonthDay({ y: 2021, m: 1, d: 5 }, 12, 28, 'onOrBefore')!), '2020-12-28');
    assert.equal(isoDay(resolveMonthDay({ y: 2020, m: 12, d: 28 }, 1, 5, 'after')!), '2021-01-05');
    assert.equal(isoDay(resolveMonthDay({ y: 2021, m: 4, d: 15 }, 2, 29, 'onOrBefore')!), '2020-02-29');
  });
  it('months', () => {
    assert.equal(resolveMonth(THU, 4, 'onOrBefore'), 2021);
    assert.equal(resolveMonth(THU, 4, 'before'), 2020);
    assert.equal(resolveMonth(THU, 3, 'after'), 2022);
    assert.equal(resolveMonth(THU, 5, 'onOrAfter'), 2021);
  });
});
