import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { localPlace, readsAsWord } from '../../src/gazetteer/records.js';

describe('place notes', () => {
  it('a name that is also a word or a person needs context', () => {
    assert.equal(readsAsWord("ambiguous:common word 'pictures'"), true);
    assert.equal(readsAsWord('ambiguous:also a given name'), true);
    assert.equal(readsAsWord('ambiguous:generic direction words'), true);
  });
  it('a name shared with another place does not', () => {
    assert.equal(readsAsWord('ambiguous:same name as the city'), false);
    assert.equal(readsAsWord('ambiguous:also the Diyala river'), false);
    assert.equal(readsAsWord(''), false);
  });
  it('reads a country-table row', () => {
    const p = localPlace({ id: 'LB:tyre', kind: 'city', name_ar: 'صور', aliases_ar: 'مدينة صور', name_en: 'Tyre', admin1: 'LB:a:south', lat: '33.27', lon: '35.2', note: "ambiguous:common word 'pictures'" });
    assert.equal(p?.country, 'LB');
    assert.deepEqual(p?.aliases_ar, ['مدينة صور']);
    assert.equal(p?.lat, 33.27);
    assert.equal(p?.ambiguous, true);
  });
  it('skips rows without an id or a name', () => {
    assert.equal(localPlace({ id: '', name_ar: 'صور' }), null);
  });
});
