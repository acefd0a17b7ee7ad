import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { nisbaForms } from '../../src/gazetteer/nationality.js';
import { fold } from '../../src/text/normalize.js';

describe('nisbaForms', () => {
  const forms = new Set(nisbaForms('عراقي'));
  for (const w of ['عراقي', 'العراقي', 'العراقية', 'عراقية', 'العراقيين', 'العراقيون', 'عراقيين', 'عراقيون', 'العراقيتين', 'العراقيان', 'العراقيات']) {
    it(`generates ${w}`, () => assert.ok(forms.has(fold(w)), w));
  }
  it('accepts an adjective written with the article', () => {
    assert.ok(nisbaForms('الأميركي').includes(fold('الأميركية')));
  });
  it('does not invent unrelated words', () => {
    assert.ok(!forms.has(fold('العراق')));
  });
});
