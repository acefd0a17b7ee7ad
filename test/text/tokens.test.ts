import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readings, stripArticle, tokenize } from '../../src/text/tokens.js';
import { fold } from '../../src/text/normalize.js';

describe('tokenize', () => {
  it('splits on punctuation and keeps numbers with separators', () => {
    const t = tokenize(fold('قُتل 1,270 عنصراً، في 2.5 ساعة.'));
    assert.deepEqual(t.map((x) => x.text), ['قتل', '1,270', 'عنصرا', 'في', '2.5', 'ساعه']);
    assert.equal(t[1]!.isNumber, true);
  });
});

describe('clitic readings', () => {
  const stems = (w: string) => readings(fold(w)).map((r) => r.stem);
  const cases: Array<[string, string]> = [
    ['وبغداد', 'بغداد'],
    ['لداعش', 'داعش'],
    ['بالموصل', 'موصل'],
    ['والعراق', 'عراق'],
    ['للحوثيين', 'حوثيين'],
    ['فالجيش', 'جيش'],
    ['كالساحل', 'ساحل'],
    ['وسيعقد', 'يعقد'],
  ];
  for (const [word, stem] of cases) it(`${word} can read as ${stem}`, () => assert.ok(stems(word).includes(fold(stem)), stems(word).join(',')));
  it('the unpeeled reading always comes first, so names that look cliticised survive', () => {
    for (const w of ['وادي', 'بنغازي', 'وليد', 'لبنان', 'كركوك', 'فلسطين']) assert.equal(readings(fold(w))[0]!.stem, fold(w));
  });
  it('never peels down to a single letter', () => {
    assert.ok(readings('ول').every((r) => r.stem.length >= 2));
  });
  it('stripArticle follows the scorer', () => {
    assert.equal(stripArticle('والعراق'), 'عراق');
    assert.equal(stripArticle('الي'), 'الي');
  });
});
