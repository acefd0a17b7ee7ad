// A deterministic generator of Arabic news-like articles for benchmarks: sentence templates
// written for Marsad, filled with places, actors, numbers and dates from small pools. It
// exercises every recogniser (dates, number words, figures, quotes, triggers) without
// copying any real article.

export interface GeneratedArticle { id: string; title: string; published: string; text: string }

/** Mulberry32: small, fast, seedable, so every run benchmarks the same text. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['بغداد', 'الموصل', 'الرمادي', 'حلب', 'إدلب', 'دير الزور', 'عدن', 'تعز', 'مأرب', 'بنغازي', 'سرت', 'طرابلس', 'غاو', 'تمبكتو', 'مقديشو', 'كسمايو', 'مايدوغوري', 'الفاشر', 'نيالا', 'العريش', 'الشيخ زويد', 'القصرين', 'كيدال', 'بيدوة'];
const ACTORS = ['تنظيم داعش', 'حركة الشباب', 'جماعة بوكو حرام', 'قوات الدعم السريع', 'الجيش العراقي', 'قوات سوريا الديمقراطية', 'جماعة الحوثي', 'الجيش الليبي', 'قوات الأمن', 'جماعة نصرة الإسلام والمسلمين'];
const SPEAKERS = ['وزير الداخلية العراقي، عبد الأمير الشمري،', 'المتحدث باسم الجيش، العميد يحيى رسول،', 'مصدر أمني', 'شهود عيان', 'مسؤول محلي', 'المرصد السوري لحقوق الإنسان'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const LEVANT = ['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'];
const WORDS = ['ثلاثة', 'خمسة', 'سبعة', 'عشرة', 'اثنا عشر', 'خمسة عشر', 'عشرين', 'ثلاثين', 'خمسين', 'مئة'];
const WEEKDAYS = ['الأحد', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];

const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
const eastern = (n: number) => String(n).replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);

const TEMPLATES: Array<(r: () => number) => string> = [
  (r) => `قُتل ${Math.floor(r() * 40) + 2} شخصاً وأصيب ${pick(r, WORDS)} آخرون في تفجير سيارة مفخخة استهدف سوقاً شعبية في ${pick(r, PLACES)} يوم ${pick(r, WEEKDAYS)}.`,
  (r) => `وقال ${pick(r, SPEAKERS)} إن ${pick(r, ACTORS)} شن هجوماً على مواقع ${pick(r, ACTORS)} قرب ${pick(r, PLACES)} فجر أمس، ما أدى إلى مقتل ${eastern(Math.floor(r() * 30) + 1)} عنصراً.`,
  (r) => `وأعلن ${pick(r, ACTORS)} مسؤوليته عن الهجوم الانتحاري الذي وقع في ${Math.floor(r() * 28) + 1} ${pick(r, MONTHS)} الماضي.`,
  (r) => `وشنت طائرات مسيرة غارات جوية على ${pick(r, PLACES)} في ${pick(r, LEVANT)} ${2019 + Math.floor(r() * 6)}، وفق ما أفاد ${pick(r, SPEAKERS)}.`,
  (r) => `وأشار التقرير إلى أن نحو ${Math.floor(r() * 900) + 100} ألف شخص نزحوا من ${pick(r, PLACES)} منذ العام الماضي، أي ما يعادل ${Math.floor(r() * 60) + 10} في المئة من السكان.`,
  (r) => `واندلعت اشتباكات عنيفة بين ${pick(r, ACTORS)} و${pick(r, ACTORS)} في ضواحي ${pick(r, PLACES)}، بحسب مصادر محلية.`,
  (r) => `وأكد المسؤول أن قوات الأمن ألقت القبض على ${pick(r, WORDS)} مشتبهاً بهم، وضبطت أسلحة وعبوات ناسفة معدة للتفجير.`,
  (r) => `وكانت الحكومة قد أعلنت في ${pick(r, MONTHS)} (${pick(r, LEVANT)}) عام ${2015 + Math.floor(r() * 8)} خطة لإعادة الإعمار بكلفة ${(r() * 9 + 1).toFixed(1)} مليار دولار.`,
  (r) => `وتشهد المنطقة منذ أشهر توتراً متصاعداً، وسط دعوات دولية إلى ضبط النفس وحماية المدنيين في ${pick(r, PLACES)}.`,
];

export function generateArticle(i: number, seed = 7): GeneratedArticle {
  const r = rng(seed * 100003 + i);
  const place = pick(r, PLACES);
  const title = `مقتل ${pick(r, WORDS)} أشخاص في هجوم على ${place}`;
  const sentences: string[] = [`${place} - (وكالة مرصد للأنباء)`];
  const count = 6 + Math.floor(r() * 10);
  for (let k = 0; k < count; k++) sentences.push(pick(r, TEMPLATES)(r));
  if (r() < 0.5) sentences.push('اقرأ المزيد', 'مواضيع ذات صلة');
  const month = String(1 + Math.floor(r() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(r() * 28)).padStart(2, '0');
  return { id: `gen-${i}`, title, published: `2024-${month}-${day}`, text: `${title}\n\n${sentences.join('\n')}` };
}
