import { test } from 'node:test';
import assert from 'node:assert/strict';
import { removeBoilerplate } from '../../src/ingest/boilerplate.js';

const BODY1 = 'قالت مصادر أمنية إن انفجارا وقع صباح اليوم في سوق شعبي وسط المدينة وأدى إلى إصابة عدد من المارة.';
const BODY2 = 'وأضافت المصادر أن فرق الإسعاف نقلت المصابين إلى المستشفيات القريبة وأن التحقيقات ما زالت جارية.';

const cases: { label: string; text: string; kept: string[]; removed: Record<string, number> }[] = [
  {
    label: 'related-links heading and the link titles under it (agency layout)',
    text: [BODY1, 'اقرأ أيضاً:', 'مقتل جنديين بهجوم على نقطة تفتيش', 'القبض على متهم بتهريب أسلحة', BODY2].join('\n'),
    kept: [BODY1, BODY2],
    removed: { 'related-links': 3 },
  },
  {
    label: 'related-links spellings: no hamza, ذات صلة headings, inline link',
    text: [BODY1, 'اقرأ ايضا', 'عنوان مقال سابق', '', 'أخبار ذات صلة', 'تشديد الإجراءات الأمنية', 'اقرأ المزيد: الحكومة تعلن خطة جديدة', BODY2].join('\n'),
    kept: [BODY1, BODY2],
    removed: { 'related-links': 5 },
  },
  {
    label: 'share buttons and follow/subscribe lines',
    text: [BODY1, 'شارك', 'فيسبوك | تويتر | واتساب', 'أرسل عبر واتساب', 'تابعونا على فيسبوك وتويتر', 'اشترك في النشرة البريدية', BODY2].join('\n'),
    kept: [BODY1, BODY2],
    removed: { share: 3, subscribe: 2 },
  },
  {
    label: 'tag lists inline and as a heading with tag lines',
    text: [BODY1, BODY2, 'الوسوم: العراق، بغداد، تفجير', 'الكلمات الدالة:', 'تاونات', 'فيضانات', 'كلمات مفتاحية: أمن، حدود'].join('\n'),
    kept: [BODY1, BODY2],
    removed: { tags: 5 },
  },
  {
    label: 'captions, photo credits, source lines',
    text: [BODY1, '(صورة أرشيفية)', 'عناصر من الشرطة في موقع الانفجار (صورة أرشيفية)', 'تصوير: يوسف البقالي', 'Getty Images', '(أ ف ب)', BODY2, 'المصدر: وكالات'].join('\n'),
    kept: [BODY1, BODY2],
    removed: { caption: 3, credit: 2, 'source-line': 1 },
  },
  {
    label: 'copyright, CMS leftovers and separators',
    text: [BODY1, '(Related Nodes field)', 'إعلان', BODY2, '-------------', 'جميع الحقوق محفوظة © 2024'].join('\n'),
    kept: [BODY1, BODY2],
    removed: { 'cms-leftover': 2, separator: 1, copyright: 1 },
  },
];

for (const c of cases) {
  test(`boilerplate: ${c.label}`, () => {
    const r = removeBoilerplate(c.text);
    assert.deepEqual(r.text.split('\n').filter(Boolean), c.kept);
    assert.deepEqual(r.removed, c.removed);
  });
}

const negatives = [
  'شارك آلاف المحتجين في مسيرة وسط العاصمة للمطالبة بتحسين الخدمات.',
  'المصدر أكد أن الهجوم وقع قرب الحدود.',
  'وقال المصدر: إن القوات تقدمت نحو المدينة بعد معارك استمرت ساعات طويلة بين الطرفين المتحاربين في المنطقة الجبلية.',
  'وتابعوا بعد ذلك سيرهم نحو الحدود.',
  'صورة الوضع الإنساني في المدينة قاتمة بحسب المنظمات الدولية العاملة هناك.',
  'اشترك مئات المتطوعين في حملة الإغاثة.',
];

test('boilerplate: sentences that only start like boilerplate are kept', () => {
  const text = negatives.join('\n');
  const r = removeBoilerplate(text);
  assert.equal(r.text, text);
  assert.deepEqual(r.removed, {});
});

test('boilerplate: a related-links block stops at the first long paragraph', () => {
  const r = removeBoilerplate(['مقالات ذات صلة', BODY1, BODY2].join('\n'));
  assert.deepEqual(r.text.split('\n'), [BODY1, BODY2]);
  assert.deepEqual(r.removed, { 'related-links': 1 });
});
