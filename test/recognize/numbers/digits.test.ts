import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { digitValue } from '../../../src/recognize/numbers/digits.js';

describe('digitValue', () => {
  const cases: Array<[string, boolean, number | null]> = [
    ['12', false, 12],
    ['12,000', false, 12000],
    ['1,270,000', false, 1270000],
    ['1.270', false, 1270],
    ['1.250', true, 1.25],
    ['2.5', false, 2.5],
    ['2,5', false, 2.5],
    ['1,270.5', false, 1270.5],
    ['1.270,5', false, 1270.5],
    ['1.270.000', false, 1270000],
    ['1.27.3', false, null],
  ];
  for (const [s, scale, v] of cases) {
    it(`${s}${scale ? ' before a scale word' : ''} -> ${v}`, () => assert.equal(digitValue(s, scale), v));
  }
});
