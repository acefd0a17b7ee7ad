import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fold, key, normalize, toNormalized, toOriginal } from '../../src/text/normalize.js';

describe('normalize folds for matching', () => {
  const cases: Array<[string, string, string]> = [
    ['hamza on alef', 'أحمد إبراهيم آمنة ٱلله', 'احمد ابراهيم امنه الله'],
    ['alef maqsura and ta marbuta', 'مستشفى المدينة', 'مستشفي المدينه'],
    ['hamza carriers', 'مسؤول رئيس', 'مسوول رييس'],
    ['diacritics dropped', 'قُتِلَ جُنْدِيٌّ', 'قتل جندي'],
    ['tatweel dropped', 'الجـــيش', 'الجيش'],
    ['eastern digits', '٢٠٢١ و۱۴۰۲', '2021 و1402'],
    ['arabic punctuation', 'قال، ثم؛ لماذا؟', 'قال, ثم; لماذا?'],
    ['bidi and zero-width marks', 'بغداد\u200f\u200c\u202bالعراق', 'بغدادالعراق'],
    ['presentation forms', '\uFEFB\uFE8E', 'لاا'],
    ['non-breaking space', 'حلب\u00a0وإدلب', 'حلب وادلب'],
    ['persian letters', 'کرکوک ی', 'كركوك ي'],
    ['arabic decimal and thousands separators', '٢٫٥ و١٬٠٠٠', '2.5 و1,000'],
  ];
  for (const [label, input, expected] of cases) {
    it(label, () => assert.equal(normalize(input).text, expected));
  }
  it('fold() agrees with normalize().text', () => {
    for (const [, input] of cases) assert.equal(fold(input), normalize(input).text);
  });
  it('key() squeezes punctuation and spaces', () => {
    assert.equal(key('  "داعش"،  (التنظيم) '), 'داعش التنظيم');
  });
});

describe('offset map leads back to the text the user sees', () => {
  it('maps a match over diacritised text to the original span, marks included', () => {
    const original = 'وقال المُتَحَدِّث إنَّ الهُجُومَ وقع';
    const n = normalize(original);
    const i = n.text.indexOf('الهجوم');
    const o = toOriginal(n, i, i + 'الهجوم'.length);
    assert.equal(original.slice(o.start, o.end), 'الهُجُومَ');
  });
  it('maps across tatweel and removed bidi marks', () => {
    const original = 'في \u200fبـغـداد\u200f أمس';
    const n = normalize(original);
    const i = n.text.indexOf('بغداد');
    const o = toOriginal(n, i, i + 5);
    assert.equal(original.slice(o.start, o.end), 'بـغـداد');
  });
  it('maps an expanded ligature back onto its single original character', () => {
    const original = 'ب\uFEFBد';
    const n = normalize(original);
    assert.equal(n.text, 'بلاد');
    const o = toOriginal(n, 1, 3);
    assert.deepEqual(o, { start: 1, end: 2 });
  });
  it('round-trips: every normalised index maps inside the original', () => {
    const original = 'قُتِلَ ٣ أشخاص\u200f، وأُصيب ١٢ آخرون في الـمـوصل';
    const n = normalize(original);
    for (let i = 0; i < n.text.length; i++) {
      const o = toOriginal(n, i, i + 1);
      assert.ok(o.start >= 0 && o.end <= original.length && o.start < o.end, `index ${i}`);
      assert.equal(toNormalized(n, o.start), i);
    }
  });
  it('handles empty text', () => {
    const n = normalize('');
    assert.equal(n.text, '');
    assert.deepEqual(toOriginal(n, 0, 0), { start: 0, end: 0 });
  });
  it('keeps astral characters whole', () => {
    const n = normalize('بغداد 😀 حلب');
    const i = n.text.indexOf('حلب');
    const o = toOriginal(n, i, i + 3);
    assert.equal(n.original.slice(o.start, o.end), 'حلب');
  });
});
