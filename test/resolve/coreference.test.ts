import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fullest, groupMentions, mergeShortForms, nameWords, type Mention, type MergeWords } from '../../src/resolve/coreference.js';
import { key } from '../../src/text/normalize.js';

let at = 0;
function m(type: Mention['type'], text: string, extra: Partial<Mention> = {}): Mention {
  at += 10;
  return { type, text, nstart: at, nend: at + text.length, how: 'name', at, ...extra };
}
const MW: MergeWords = {
  heads: new Set(['تنظيم', 'قوات', 'جهاز'].map(key)),
  isNationality: (w) => ['تونسيه', 'سوري', 'عراقي'].includes(w),
  placeCues: new Set(['محافظه', 'مدينه', 'اقليم']),
  placeSuffixes: new Set(['شرقيه']),
};
const merged = (ms: Mention[]) => mergeShortForms(groupMentions(ms), MW).map((g) => `${g.type}:${fullest(g)}(${g.mentions.length})`);

describe('coreference', () => {
  it('compares names as the scorer does', () => {
    assert.deepEqual(nameWords('والعراق'), ['عراق']);
    assert.deepEqual(nameWords('عبد الله الثاني'), nameWords('عبدالله الثاني'));
  });
  it('folds a surname or first name into the full name', () => {
    assert.deepEqual(merged([m('PER', 'ناصر بوريطة'), m('PER', 'بوريطة')]), ['PER:ناصر بوريطة(2)']);
  });
  it('folds a shortened full name into the full one', () => {
    assert.deepEqual(merged([m('PER', 'محمد عبد العزيز محمد القصير'), m('PER', 'محمد القصير')]), ['PER:محمد عبد العزيز محمد القصير(2)']);
  });
  it('leaves a surname shared by two people alone', () => {
    assert.equal(merged([m('PER', 'خالد الحسين'), m('PER', 'سلطان الحسين'), m('PER', 'الحسين')]).length, 3);
  });
  it('folds a body without its nationality or its head word into the full name', () => {
    assert.deepEqual(merged([m('ORG', 'وزارة الداخلية'), m('ORG', 'وزارة الداخلية التونسية')]), ['ORG:وزارة الداخلية التونسية(2)']);
    assert.deepEqual(merged([m('ORG', 'داعش'), m('ORG', 'تنظيم داعش')]), ['ORG:تنظيم داعش(2)']);
    assert.deepEqual(merged([m('ORG', 'قوات التحالف'), m('ORG', 'التحالف الدولي')]), ['ORG:التحالف الدولي(2)']);
  });
  it('joins every head-word form of one body', () => {
    assert.deepEqual(merged([m('ORG', 'قوات الحرس الوطني'), m('ORG', 'جهاز الحرس الوطني'), m('ORG', 'الحرس الوطني')]).length, 1);
  });
  it('keeps different bodies with a shared word apart', () => {
    assert.equal(merged([m('ORG', 'الجيش اللبناني'), m('ORG', 'حزب الله')]).length, 2);
  });
  it('folds a place with and without its cue word', () => {
    assert.deepEqual(merged([m('LOC', 'محافظة الأنبار'), m('LOC', 'الأنبار')]).length, 1);
    assert.deepEqual(merged([m('LOC', 'إقليم كردستان العراق'), m('LOC', 'كردستان')]), ['LOC:إقليم كردستان العراق(2)']);
    assert.deepEqual(merged([m('LOC', 'حصيبة الشرقية'), m('LOC', 'حصيبة')]), ['LOC:حصيبة الشرقية(2)']);
  });
  it('never merges across types', () => {
    assert.equal(merged([m('LOC', 'صالح'), m('PER', 'علي عبدالله صالح')]).length, 2);
  });
});
