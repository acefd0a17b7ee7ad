import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NearDuplicateIndex, similarity, sketch } from '../../src/ingest/minhash.js';

const STORY = `قالت مصادر في الشرطة العراقية إن عبوة ناسفة انفجرت صباح الثلاثاء داخل سوق شعبي مزدحم في منطقة الشعلة
شمال غربي العاصمة، ما أدى إلى إصابة سبعة أشخاص بجروح متفاوتة. وأوضحت المصادر أن العبوة كانت مخبأة قرب بسطة
لبيع الخضار، وأن فرق الدفاع المدني نقلت الجرحى إلى مستشفى قريب، فيما طوقت القوات الأمنية المكان وباشرت التحقيق.
ولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن، غير أن مسؤولا أمنيا رجح أن تكون خلية نائمة وراءه.`;
const UPDATE = STORY.replace('سبعة أشخاص', 'تسعة أشخاص').replace('صباح الثلاثاء', 'صباح يوم الثلاثاء') +
  ' وارتفعت حصيلة الجرحى لاحقا بحسب مصدر طبي.';
const DIACRITICS = STORY.replace('عبوة ناسفة', 'عبوةٌ ناسفةٌ').replace('أن', 'ان');
const OTHER = `أعلنت وزارة الصحة عن افتتاح مستشفى جديد في المحافظة الجنوبية بسعة مئتي سرير، ضمن خطة لتحسين الخدمات الطبية
في المناطق الريفية، وقال الوزير إن المشروع استغرق ثلاث سنوات وشارك فيه عدد من الشركات المحلية والأجنبية.`;

test('minhash: a lightly edited update is close, an unrelated story is far', () => {
  assert.ok(similarity(sketch(STORY), sketch(UPDATE)) >= 0.5);
  assert.ok(similarity(sketch(STORY), sketch(DIACRITICS)) >= 0.8, 'folding ignores harakat and hamza forms');
  assert.ok(similarity(sketch(STORY), sketch(OTHER)) < 0.1);
  assert.equal(similarity(sketch(STORY), sketch(STORY)), 1);
});

test('minhash: the band index finds the near copy and not the unrelated story', () => {
  const index = new NearDuplicateIndex(0.5);
  index.add('story', sketch(STORY));
  index.add('other', sketch(OTHER));
  const hits = index.query(sketch(UPDATE));
  assert.deepEqual(hits.map((h) => h.id), ['story']);
  assert.ok(hits[0]!.similarity >= 0.5);
  assert.deepEqual(index.query(sketch('نص مختلف تماما عن الموضوعين السابقين ولا علاقة له بهما أبدا')), []);
});

test('minhash: sketches are deterministic', () => {
  assert.deepEqual(sketch(STORY), sketch(STORY));
});
