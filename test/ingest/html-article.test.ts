import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../src/ingest/html-article.js';
import { fixture } from './fixtures.js';

test('html: headline without the outlet name, JSON-LD date, paragraphs as lines, no menu', () => {
  const a = extractArticle(fixture('wire-market-blast.html'));
  assert.equal(a.title, 'انفجار عبوة ناسفة في سوق شعبي ببغداد يوقع جرحى');
  assert.equal(a.published, '2024-03-05T09:40:00+03:00');
  const lines = a.text.split('\n');
  assert.ok(lines[0]!.startsWith('بغداد - رويترز:') || lines.some((l) => l.startsWith('بغداد - رويترز:')));
  assert.ok(lines.some((l) => l.startsWith('وأوضحت المصادر')));
  assert.ok(!a.text.includes('الرئيسية'), 'navigation dropped');
  assert.ok(!lines.includes(a.title), 'headline not repeated in the body');
});

test('html: article:published_time and meta author', () => {
  const a = extractArticle(fixture('broadcaster-jordan-cell.html'));
  assert.equal(a.title, 'الأردن يعلن تفكيك خلية خططت لاستهداف منشآت عامة');
  assert.equal(a.published, '2023-11-14T16:20:00Z');
  assert.equal(a.byline, 'ريم عبد الله');
  assert.ok(a.text.includes('دبي، الإمارات العربية المتحدة (CNN)--'));
});

test('html: <time datetime> when no meta gives the date', () => {
  const a = extractArticle(fixture('daily-rabat-floods.html'));
  assert.equal(a.published, '2024-01-22T08:15:00+01:00');
  assert.ok(a.text.split('\n').some((l) => l.startsWith('الرباط - (وكالة المغرب العربي للأنباء)')));
});

test('html: a fragment and an empty page', () => {
  assert.equal(extractArticle('<p>سطر أول</p><p>سطر ثان</p>').text, 'سطر أول\nسطر ثان');
  assert.deepEqual(extractArticle('<html><body></body></html>'), { title: '', text: '' });
});
