import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { choosePlace, mainCountry, needsSupport, supported, type PlaceContext } from '../../src/resolve/places.js';
import type { Place } from '../../src/gazetteer/index.js';

// Fixture places written for this test.
function place(id: string, kind: string, country: string, ambiguous = false): Place {
  return { id, kind, name_ar: id, aliases_ar: [], name_en: id, country, countries: [country], admin1: null, ambiguous, note: '' };
}
const tripoliLB = place('LB:tripoli', 'city', 'LB');
const tripoliLY = place('LY:tripoli', 'city', 'LY');
const oman = place('OM', 'country', 'OM');
const amman = place('JO:amman', 'city', 'JO');
const tyre = place('LB:tyre', 'city', 'LB', true);
const algeria = place('DZ', 'country', 'DZ');
const algiers = place('DZ:algiers', 'city', 'DZ');

function ctx(over: Partial<PlaceContext> = {}): PlaceContext {
  return { votes: new Map(), nearby: new Set(), cue: false, ...over };
}

describe('choosePlace', () => {
  it('follows the country the article is about', () => {
    assert.equal(choosePlace([tripoliLB, tripoliLY], ctx({ votes: new Map([['LY', 1]]) })), tripoliLY);
    assert.equal(choosePlace([tripoliLB, tripoliLY], ctx({ votes: new Map([['LB', 1], ['LY', 0.2]]) })), tripoliLB);
  });
  it('prefers a place of a country named in the same sentence', () => {
    assert.equal(choosePlace([tripoliLB, tripoliLY], ctx({ votes: new Map([['LY', 1]]), nearby: new Set(['LB']) })), tripoliLB);
  });
  it('reads عمان as Amman in a Jordanian story and as Oman otherwise', () => {
    assert.equal(choosePlace([oman, amman], ctx({ votes: new Map([['JO', 1]]) })), amman);
    assert.equal(choosePlace([oman, amman], ctx()), oman);
  });
  it('prefers the country to its homonymous capital unless a city cue says otherwise', () => {
    assert.equal(choosePlace([algeria, algiers], ctx()), algeria);
    assert.equal(choosePlace([algeria, algiers], ctx({ cue: true, cueWord: 'العاصمه' })), algiers);
  });
  it('drops a name that is also a common word without a cue or a neighbour', () => {
    assert.equal(choosePlace([tyre], ctx()), null);
    assert.equal(choosePlace([tyre], ctx({ cue: true })), tyre);
    assert.equal(choosePlace([tyre], ctx({ nearby: new Set(['LB']) })), tyre);
  });
  it('says which places need support and when they have it', () => {
    assert.equal(needsSupport(place('SY:x', 'village', 'SY')), true);
    assert.equal(needsSupport(tripoliLY), false);
    assert.equal(supported(place('SY:x', 'village', 'SY'), ctx({ nearby: new Set(['SY']) })), true);
    assert.equal(supported(place('SY:x', 'village', 'SY'), ctx()), false);
  });
  it('names the main country', () => {
    assert.equal(mainCountry(new Map([['IQ', 1], ['SY', 0.4]])), 'IQ');
    assert.equal(mainCountry(new Map()), null);
  });
});
