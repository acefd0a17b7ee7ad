import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergeToll, sideOf, tollsIn, total } from '../../src/events/casualties.js';
import type { FigureMention } from '../../src/types.js';

function fig(text: string, sentence: string, value: number, kind: FigureMention['kind'], unit?: string): FigureMention {
  const start = sentence.indexOf(text);
  assert.ok(start >= 0, text);
  return { text, start, end: start + text.length, value, kind, bound: 'exact', unit, rule: 'test' };
}

describe('casualty tolls of one incident', () => {
  it('adds the tolls of different parties in one sentence', () => {
    const s = 'قتل 21 عنصرا من قوات النظام و8 من مسلحي التنظيم في الكمين';
    const t = tollsIn(s, 0, s.length, [fig('21 عنصرا', s, 21, 'killed', 'عنصرا'), fig('8 من مسلحي', s, 8, 'killed', 'من مسلحي')]);
    assert.equal(total(t.killed), 29);
  });
  it('does not add a subset ("بينهم")', () => {
    const s = 'قتل سبعة أشخاص بينهم ثلاثة أطفال وأصيب عشرة';
    const t = tollsIn(s, 0, s.length, [fig('سبعة أشخاص', s, 7, 'killed', 'أشخاص'), fig('ثلاثة أطفال', s, 3, 'killed', 'أطفال'), fig('عشرة', s, 10, 'injured')]);
    assert.deepEqual([total(t.killed), total(t.injured)], [7, 10]);
  });
  it('keeps the highest restatement of one side and adds the other side', () => {
    const first = { other: 10 };
    const update = { other: 18 };
    const attackers = { militant: 3 };
    assert.equal(total(mergeToll(mergeToll(first, update), attackers)), 21);
  });
  it('knows the attackers\u2019 side by the counted noun, whatever its spelling', () => {
    const s = '3 إرهابيين و4 جنود';
    assert.equal(sideOf(fig('3 إرهابيين', s, 3, 'killed', 'إرهابيين')), 'militant');
    assert.equal(sideOf(fig('4 جنود', s, 4, 'killed', 'جنود')), 'other');
    assert.equal(sideOf(fig('3 إرهابيين', s, 3, 'killed', 'ارهابيين')), 'militant');
  });
  it('an incident with no toll stated has null, not 0', () => {
    assert.equal(total({}), null);
  });
});
