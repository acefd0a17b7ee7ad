// The figures example corpus (all sentences written for this project). Each expected value
// is "VALUE KIND", then the bound when it is not exact, in text order. Negatives expect
// nothing: numbers that do not count (years, ages, times, ordinals, durations, measures).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runCorpus, type Example } from '../../helpers/corpus.js';
import { normalize } from '../../../src/text/normalize.js';
import { recognizeNumbers } from '../../../src/recognize/numbers/index.js';
import { recognizeFigures } from '../../../src/recognize/figures/index.js';
import type { FigureMention } from '../../../src/types.js';

function show(f: FigureMention): string {
  return `${f.value} ${f.kind}` + (f.bound !== 'exact' ? ` ${f.bound}` : '');
}

function figures(input: string): FigureMention[] {
  const n = normalize(input);
  return recognizeFigures(n, recognizeNumbers(n));
}
const run = (input: string) => figures(input).map(show);

const killed: Example<string>[] = [
  { input: 'أسفر الهجوم عن مقتل 12 شخصا', expected: ['12 killed'] },
  { input: 'قتل 5 جنود في كمين', expected: ['5 killed'] },
  { input: 'قُتل ثلاثة مدنيين في القصف', expected: ['3 killed'] },
  { input: 'وقتلت الغارة سبعة أطفال', expected: ['7 killed'] },
  { input: 'سقط 40 قتيلا في المعارك', expected: ['40 killed'] },
  { input: 'بلغت الحصيلة 57 قتيلاً', expected: ['57 killed'] },
  { input: 'ارتفعت حصيلة القتلى إلى 90', expected: ['90 killed'] },
  { input: 'ارتفعت حصيلة القتلى إلى 610 قتيلا', expected: ['610 killed'] },
  { input: 'لقي 4 أشخاص حتفهم في الحريق', expected: ['4 killed'] },
  { input: 'ستة عمال لقوا حتفهم في الانهيار', expected: ['6 killed'] },
  { input: 'تأكد مصرع 9 ركاب', expected: ['9 killed'] },
  { input: 'أعلنت الوزارة وفاة 3 مصابين', expected: ['3 killed'], note: 'the event wins over the noun' },
  { input: 'استشهاد أربعة من رجال الأمن', expected: ['4 killed'] },
  { input: 'أعلن الجيش مقتل 1270 عنصرا من المسلحين', expected: ['1270 killed'], note: 'event before a fighters noun' },
  { input: 'تمكنت القوات من القضاء على 8 إرهابيين', expected: ['8 killed'] },
  { input: 'قتل 20 شخصا على الأقل', expected: ['20 killed at_least'] },
  { input: 'قتل أكثر من 30 مسلحا', expected: ['30 killed at_least'] },
  { input: 'أسفر القصف عن مقتل نحو 15 مدنيا', expected: ['15 killed about'] },
  { input: 'قالت الشرطة إن 11 شخصا قتلوا في الانفجار', expected: ['11 killed'] },
  { input: 'عشرة جنود قُتلوا خلال المواجهات', expected: ['10 killed'] },
  { input: 'تسعة أفراد من قوات الأمن قتلوا في الكمين', expected: ['9 killed'] },
  { input: 'راح ضحيتها 25 قتيلا', expected: ['25 killed'] },
  { input: 'قتل في الفترة نفسها 142 مدنيا بينهم 38 طفلا', expected: ['142 killed', '38 killed'] },
  { input: 'قتل 234 مسلحا و116 من الجنود', expected: ['234 killed', '116 killed'] },
  { input: 'أودى الانفجار بحياة 14 شخصا', expected: ['14 killed'] },
  { input: 'غرق 40 مهاجرا قبالة السواحل', expected: ['40 killed'] },
  { input: 'انتشلت فرق الإنقاذ 12 جثة', expected: ['12 killed'] },
  { input: 'ارتفع عدد ضحايا الفيضانات إلى 45 شخصا', expected: ['45 killed'] },
  { input: 'قتل 10 أشخاص بينهم 3 نساء وطفلان', expected: ['10 killed', '3 killed', '2 killed'], note: 'a joined dual' },
  { input: 'قتل ١٢ شخصا', expected: ['12 killed'], note: 'Eastern Arabic digits' },
  { input: 'قتل ۱۲ شخصا', expected: ['12 killed'], note: 'Persian digits' },
  { input: 'قُتِلَ خَمْسَةُ أَشْخَاصٍ', expected: ['5 killed'], note: 'diacritics' },
  { input: 'مقتل خمســة جنود', expected: ['5 killed'], note: 'tatweel' },
  { input: 'مقتل اربعه اشخاص', expected: ['4 killed'], note: 'no hamza, ه for ة' },
  { input: 'قتل جنديين في الهجوم', expected: ['2 killed'], note: 'a dual person noun takes the event' },
  { input: 'سقوط 3 قتلى وسرقة سيارة', expected: ['3 killed'] },
  { input: 'أسفرت الهجمات عن مقتل العشرات فضلا عن 59 سائحا', expected: ['59 killed'], note: 'coordination after a vague count' },
  { input: 'قتل 200 شخص بينهم 15 طفلا', expected: ['200 killed', '15 killed'] },
  { input: 'قتل ما بين 10 و15 شخصا', expected: ['10 killed at_least', '15 killed at_most'] },
];

const injured: Example<string>[] = [
  { input: 'أصيب 10 أشخاص بجروح', expected: ['10 injured'] },
  { input: 'وأصيب نحو 225 آخرون بجروح', expected: ['225 injured about'] },
  { input: 'أسفر عن إصابة 37 شخصا', expected: ['37 injured'] },
  { input: 'نقل 12 جريحا إلى المستشفى', expected: ['12 injured'] },
  { input: 'وصل 30 مصابا إلى المستشفى', expected: ['30 injured'] },
  { input: 'يعالج ما لا يقل عن 10 من الجرحى', expected: ['10 injured at_least'] },
  { input: 'أصيب أكثر من 90 آخرين', expected: ['90 injured at_least'] },
  { input: 'خمسة أشخاص من سكان الحي أصيبوا بشظايا', expected: ['5 injured'] },
  { input: 'أصيب 40 شخصا بينهم 12 طفلا و5 نساء', expected: ['40 injured', '12 injured', '5 injured'] },
  { input: 'قتل 5 جنود وأصيب 3 آخرون', expected: ['5 killed', '3 injured'] },
  { input: 'مقتل 24 مدنيا وإصابة 37 آخرين', expected: ['24 killed', '37 injured'] },
  { input: 'قال المسعفون إن ستة آخرين أصيبوا', expected: ['6 injured'] },
  { input: 'قال الناطق إن 14 منهم قتلوا و8 أصيبوا', expected: ['14 killed', '8 injured'], note: 'each joined number has its own verb' },
  { input: 'ارتفع عدد قتلى الزلزال إلى 1200', expected: ['1200 killed'] },
  { input: 'في هجوم أسفر عن مقتل 4 وإصابة 6', expected: ['4 killed', '6 injured'] },
  { input: 'عنصرين من الشرطة أصيبا بجروح طفيفة', expected: ['2 injured'] },
  { input: 'أُصيب عشرون متظاهراً', expected: ['20 injured'] },
];

const detained: Example<string>[] = [
  { input: 'اختطف مسلحون 5 عمال أجانب', expected: ['5 kidnapped'] },
  { input: 'أقدم مجهولون على خطف خمسة سياح', expected: ['5 kidnapped'] },
  { input: 'ما زال 20 مختطفا في قبضة العصابة', expected: ['20 kidnapped'] },
  { input: 'يحتجز التنظيم 30 رهينة', expected: ['30 kidnapped'] },
  { input: 'قام التنظيم باحتجاز 50 عائلة', expected: ['50 kidnapped'] },
  { input: 'ألقت الشرطة القبض على 431 مشتبها', expected: ['431 arrested'] },
  { input: 'اعتقلت السلطات 11 ناشطا', expected: ['11 arrested'] },
  { input: 'أعلنت الوزارة توقيف 6 أشخاص', expected: ['6 arrested'] },
  { input: 'أوقف الجيش في البلدة أربعة أشخاص', expected: ['4 arrested'] },
  { input: 'ضبط 97 موقوفا', expected: ['97 arrested'] },
  { input: 'تمكنت الوحدات من حجز 3 كلغ من المخدرات وإيقاف 4 أشخاص', expected: ['4 arrested'], note: 'a weight is not a count' },
  { input: 'ولقي ثلاثة جنود مصرعهم وأصيب سبعة آخرون', expected: ['3 killed', '7 injured'] },
  { input: 'بلغ عدد الموقوفين 144 موقوفا', expected: ['144 arrested'] },
  { input: 'تم القبض على 5 منهم', expected: ['5 arrested'] },
  { input: 'اعتقال 11 "مطلوبا" في المداهمات', expected: ['11 arrested'], note: 'quotes between number and noun' },
  { input: 'نزح 3 آلاف شخص من القرية', expected: ['3000 displaced'] },
  { input: 'يعيش 200 ألف نازح في المخيمات', expected: ['200000 displaced'] },
  { input: 'استقبلت البلاد مليون لاجئ', expected: ['1000000 displaced'] },
  { input: 'أدت المعارك إلى تهجير 500 عائلة', expected: ['500 displaced'] },
];

const counts: Example<string>[] = [
  { input: 'يضم التحالف 83 دولة', expected: ['83 countries'] },
  { input: 'شاركت عشرون دولة في القمة', expected: ['20 countries'] },
  { input: 'وقعت الاتفاقية 12 بلدا', expected: ['12 countries'] },
  { input: 'يعيش في المدينة ما يقرب من ثمانية ملايين شخص', expected: ['8000000 people about'] },
  { input: 'حكم بإعدام 45 شخصا', expected: ['45 people'], note: 'a sentence, not a killing' },
  { input: 'تقدمت 18 سيدة بشكاوى', expected: ['18 people'] },
  { input: 'قرر المدرب الاستغناء عن خمسة لاعبين', expected: ['5 people'] },
  { input: 'أدى ثلاثة آلاف مصلٍ الصلاة', expected: ['3000 people'] },
  { input: 'رصدت الأجهزة نحو 40 من النساء', expected: ['40 people about'] },
  { input: 'عبر الحدود 60 مهاجرا', expected: ['60 people'] },
  { input: 'سقطت طائرة تقل 150 راكبا', expected: ['150 people'] },
  { input: 'أفرج عن 3 معتقلين', expected: ['3 people'], note: 'a release is not an arrest' },
  { input: 'أطلق سراح 7 رهائن', expected: ['7 kidnapped'] },
  { input: 'بلغ عدد سكان المدينة 2 مليون نسمة', expected: ['2000000 people'] },
  { input: 'بلغ عدد سكان المدينة 5 ملايين', expected: ['5000000 people'], note: 'the tallied noun comes before' },
  { input: 'وصل عدد الدول الأعضاء إلى 30', expected: ['30 countries'] },
  { input: 'ليرتفع عدد النازحين إلى نحو 1.2 مليون', expected: ['1200000 displaced about'] },
  { input: 'سقطت طائرة بوينغ 737 وعلى متنها 157 راكبا', expected: ['157 people'], note: 'a model number is not a count' },
  { input: 'وقال مصدر إن انتحاريين اثنين فجرا نفسيهما', expected: ['2 fighters'] },
  { input: 'وقتل جندي وأصيب اثنان آخران', expected: ['2 injured'] },
  { input: 'وقعت الانفجارات الثلاثة في وقت واحد', expected: [], note: 'an idiom' },
  { input: 'أعلنت مقتل زعيم الجماعة التي تضم 3 آلاف مقاتل', expected: ['3000 fighters'], note: 'the clause opener stops the event search' },
  { input: 'انتشر 500 جندي على الحدود', expected: ['500 fighters'] },
  { input: 'يقاتل في صفوف التنظيم 3 آلاف مسلح', expected: ['3000 fighters'] },
  { input: 'شوهد بين الخمسة عشر وعشرين عنصرا', expected: ['15 fighters at_least', '20 fighters at_most'] },
  { input: 'شوهد مسلحين يستقلان دراجة نارية', expected: ['2 fighters'] },
  { input: 'نفذ التحالف 23 غارة', expected: ['23 other'] },
  { input: 'قصفت إيران قاعدتين عسكريتين', expected: ['2 other'] },
  { input: 'سمع السكان دوي انفجارين', expected: ['2 other'] },
  { input: 'قتلى بتفجيرين في السوق', expected: ['2 other'], note: 'a dual thing keeps its kind' },
  { input: 'أحرق المسلحون ثماني سيارات', expected: ['8 other'] },
  { input: 'مقتل 18 مدنيا وتدمير 13 منزلا', expected: ['18 killed', '13 other'] },
  { input: 'سقطت أكثر من 10 قذائف هاون', expected: ['10 other at_least'] },
  { input: 'استعيدت 35 ألف قطعة أثرية', expected: ['35000 other'] },
  { input: 'فازت المنظمة بثلاث جوائز', expected: ['3 other'] },
  { input: 'هناك قصة واحدة تستحق الذكر', expected: ['1 other'] },
  { input: 'قتل خمسة أشخاص من أسرة واحدة', expected: ['5 killed', '1 other'] },
  { input: 'توزعت على أربع خلايا، اثنتين منها للرصد', expected: ['4 other', '2 other'] },
  { input: 'يحتل الفريق الصدارة برصيد 9 ألقاب', expected: ['9 other'] },
  { input: 'وتدمير أربع عبارات محملة بالسلاح', expected: ['4 other'] },
  { input: 'حجزت الشركة نحو 60 ألف تذكرة', expected: ['60000 other about'] },
  { input: 'ضبط 3 أطنان من المتفجرات', expected: [], note: 'a measure' },
];

const percentMoney: Example<string>[] = [
  { input: 'ارتفع عدد الضحايا 60 في المئة', expected: ['60 percent'] },
  { input: 'معظم الضحايا من المدنيين (59 في المائة)', expected: ['59 percent'] },
  { input: 'فقد التنظيم 90 بالمئة من أراضيه', expected: ['90 percent'] },
  { input: 'ارتفع بنسبة تفوق الـ40%', expected: ['40 percent at_least'] },
  { input: 'زادت الحجوزات بنحو 20 %', expected: ['20 percent about'] },
  { input: 'خصصت الحكومة 5 ملايين دولار', expected: ['5000000 money'] },
  { input: 'بلغت الغرامة ألف دينار أردني', expected: ['1000 money'] },
  { input: 'قدر الضرر بنحو 2.5 مليون يورو', expected: ['2500000 money about'] },
  { input: 'دفع 300 ريال سعودي', expected: ['300 money'] },
];

const negatives: Example<string>[] = [
  { input: 'وقع الهجوم في عام 2014', expected: [] },
  { input: 'في 21 يناير وقع الانفجار', expected: [] },
  { input: 'يبلغ من العمر 30 عاما', expected: [], note: 'age' },
  { input: 'توفي عن 72 عاما', expected: [] },
  { input: 'تستمر المعارك منذ 49 يوما', expected: [], note: 'duration' },
  { input: 'انسحبت القوات قبل خمسة أعوام', expected: [] },
  { input: 'بعد يومين من المداهمات', expected: [], note: 'dual duration' },
  { input: 'خلال العامين الماضيين', expected: [] },
  { input: 'على بعد ستين كلم من الحدود', expected: [], note: 'distance' },
  { input: 'خلال الساعات الـ24 الماضية', expected: [] },
  { input: 'وقع الانفجار الساعة 10 صباحا', expected: [], note: 'time' },
  { input: 'بدأ القصف عند الساعة الثانية', expected: [], note: 'الثانية as a time' },
  { input: 'صدر القانون رقم 12 لسنة 2015', expected: [], note: 'law number' },
  { input: 'هذه المرة الثالثة التي يقصف فيها المطار', expected: [], note: 'ordinal' },
  { input: 'ثالث أكبر مدينة في البلاد', expected: [] },
  { input: 'حل الفريق في المركز الثامن', expected: [] },
  { input: 'فاز الفريق 3-1 على منافسه', expected: [], note: 'score' },
  { input: 'سجل اللاعب هدفين', expected: [], note: 'score' },
  { input: 'قتل عشرات المدنيين', expected: [], note: 'vague' },
  { input: 'أصيب المئات بجروح', expected: [] },
  { input: 'نزح آلاف السكان', expected: [] },
  { input: 'قتل أحد الحراس', expected: [], note: 'one of' },
  { input: 'هي واحدة من أكبر المدن', expected: [] },
  { input: 'تبادل الطرفان إطلاق النار', expected: [] },
  { input: 'اتفق البلدين على التهدئة', expected: [] },
  { input: 'بدأت الاشتباكات يوم الاثنين', expected: [] },
  { input: 'نصف السكان بلا كهرباء', expected: [], note: 'a fraction is not a count' },
  { input: 'ارتفعت الحرارة إلى 45 درجة', expected: [] },
  { input: 'ضبطت بحوزته بندقية نوع M4', expected: [] },
  { input: '1- ريال مدريد', expected: [] },
  { input: 'قال إن 2015 كان عاما صعبا', expected: [] },
  { input: 'في اليوم الـ100 للحرب', expected: [] },
  { input: 'ارتفعت الصادرات ثلاثة أضعاف', expected: [] },
];

runCorpus('figures: killed', killed, run);
runCorpus('figures: injured', injured, run);
runCorpus('figures: kidnapped, arrested, displaced', detained, run);
runCorpus('figures: people, fighters, countries, other', counts, run);
runCorpus('figures: percent and money', percentMoney, run);
runCorpus('figures: negatives', negatives, run);

describe('figures: fields', () => {
  it('names the counted noun, the rule and the span', () => {
    const text = 'أعلن الجيش مقتل 1270 عنصراً من المسلحين';
    const [f] = figures(text);
    assert.equal(f!.unit, 'عنصراً');
    assert.equal(f!.rule, 'event-before');
    assert.equal(f!.text, 'مقتل 1270 عنصراً');
    assert.equal(text.slice(f!.start, f!.end), f!.text);
  });
  it('gives the currency code when the words name one currency', () => {
    assert.equal(figures('تبرع بمليون دولار')[0]!.currency, 'USD');
    assert.equal(figures('دفع 300 ريال سعودي')[0]!.currency, 'SAR');
    assert.equal(figures('دفع 300 دينار')[0]!.currency, undefined);
  });
  it('splits a range into its two ends', () => {
    const fs = figures('قتل بين 10 و15 شخصا');
    assert.deepEqual(fs.map((f) => [f.value, f.bound, f.kind]), [[10, 'at_least', 'killed'], [15, 'at_most', 'killed']]);
    assert.equal(fs[0]!.high, 15);
  });
});
