import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normalize } from '../../src/text/normalize.js';
import { sentences } from '../../src/text/sentences.js';

describe('sentences and headings', () => {
  const text = 'مقتل جنديين في هجوم شمال بغداد\n\nقال مسؤول أمني إن الهجوم وقع ليلاً. وأضاف أن 2.5 مليون شخص تأثروا؟ لم يتضح بعد!\nتطورات الوضع الأمني\nاقرأ المزيد';
  const segs = sentences(normalize(text));
  it('splits lines and sentence ends but not decimals', () => {
    assert.deepEqual(segs.map((s) => s.text), [
      'مقتل جنديين في هجوم شمال بغداد',
      'قال مسؤول أمني إن الهجوم وقع ليلاً.',
      'وأضاف أن 2.5 مليون شخص تأثروا؟',
      'لم يتضح بعد!',
      'تطورات الوضع الأمني',
      'اقرأ المزيد',
    ]);
  });
  it('marks short unpunctuated lines as headings', () => {
    assert.deepEqual(segs.map((s) => s.heading), [true, false, false, false, true, true]);
  });
  it('segment offsets point into the original text', () => {
    for (const s of segs) assert.equal(text.slice(s.start, s.end), s.text);
  });
});
