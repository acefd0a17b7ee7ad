// The numbers example corpus (all sentences written for this project). Each expected value
// is "VALUE", "LOW..HIGH" for a range, then the bound when it is not exact and "%" for a
// percentage, in text order. Negatives expect nothing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runCorpus, type Example } from '../../helpers/corpus.js';
import { normalize } from '../../../src/text/normalize.js';
import { recognizeNumbers } from '../../../src/recognize/numbers/index.js';
import type { NumberMention } from '../../../src/types.js';

function show(m: NumberMention): string {
  let s = m.high !== undefined ? `${m.value}..${m.high}` : `${m.value}`;
  if (m.bound !== 'exact') s += ` ${m.bound}`;
  if (m.percent) s += ' %';
  return s;
}

const run = (input: string) => recognizeNumbers(normalize(input)).map(show);

const digits: Example<string>[] = [
  { input: 'قتل 12 شخصا في الهجوم', expected: ['12'] },
  { input: 'نشرت الوزارة 1,270 اسما', expected: ['1270'] },
  { input: 'بلغ عدد النازحين 12,000 نازح', expected: ['12000'] },
  { input: 'تضرر 1.270 منزلا جراء السيول', expected: ['1270'], note: 'one dot and three digits: thousands' },
  { input: 'خسر الاقتصاد 1.250 مليون دولار', expected: ['1250000'], note: 'a scale word makes the dot decimal' },
  { input: 'تجاوز عدد السكان 1,270,000 نسمة', expected: ['1270000'] },
  { input: 'سجلت المدينة 3.200.000 زائر', expected: ['3200000'] },
  { input: 'ارتفع المؤشر إلى 2.5 نقطة', expected: ['2.5'] },
  { input: 'بلغ المعدل 2,5 طفل لكل أسرة', expected: ['2.5'], note: 'decimal comma' },
  { input: 'وصل الرقم إلى 1,270.5 طن', expected: ['1270.5'] },
  { input: 'وصل الرقم إلى 1.270,5 طن', expected: ['1270.5'] },
  { input: 'أصيب ١٢ شخصا بجروح', expected: ['12'], note: 'Eastern Arabic digits' },
  { input: 'أصيب ۱۲ شخصا بجروح', expected: ['12'], note: 'Persian digits' },
  { input: 'أفرج عن ١٬٢٧٠ معتقلا', expected: ['1270'], note: 'Arabic thousands separator' },
  { input: 'بلغت الخسائر ٢٫٥ مليون دولار', expected: ['2500000'], note: 'Arabic decimal separator' },
  { input: 'نزح ۳۵۰۰ شخص من القرى', expected: ['3500'] },
  { input: 'وصلت 3 شاحنات و4 حافلات', expected: ['3', '4'] },
  { input: 'اعتقلت الشرطة 7 متهمين', expected: ['7'] },
  { input: 'رصدت الفرق 0 إصابات جديدة', expected: ['0'] },
  { input: 'سقطت 15 قذيفة على الحي', expected: ['15'] },
  { input: 'أحصت اللجنة 431 مخالفة', expected: ['431'] },
  { input: 'تسلم الجيش 25 مدرعة', expected: ['25'] },
  { input: 'تضم القائمة 83 دولة', expected: ['83'] },
  { input: 'شارك فيه 2000 متطوع', expected: ['2000'], note: 'year-like number followed by a noun' },
  { input: 'استعيدت أكثر من 2000 قطعة أثرية', expected: ['2000 at_least'] },
  { input: 'كان هناك ما يقارب 1999 من العمال', expected: ['1999 about'], note: 'partitive after a year-like number' },
];

const mixed: Example<string>[] = [
  { input: 'نزح 2.5 مليون شخص', expected: ['2500000'] },
  { input: 'قدمت المنظمة 3 آلاف سلة غذائية', expected: ['3000'] },
  { input: 'يعيش 10 ملايين لاجئ في المنطقة', expected: ['10000000'] },
  { input: 'رصدت الحكومة 35 ألف وظيفة', expected: ['35000'] },
  { input: 'بلغت الميزانية 4 مليارات دولار', expected: ['4000000000'] },
  { input: 'خصص البنك 1.5 مليار يورو', expected: ['1500000000'] },
  { input: 'عاد 7 آلاف نازح إلى بيوتهم', expected: ['7000'] },
  { input: 'وصلت 100 ألف جرعة', expected: ['100000'] },
  { input: 'بيعت ٦٠ ألف تذكرة', expected: ['60000'] },
  { input: 'تبرع بمليون و200 ألف دولار', expected: ['1200000'] },
  { input: 'بلغت القيمة 12 ألفا', expected: ['12000'] },
];

const words: Example<string>[] = [
  { input: 'قتل واحد من الحراس', expected: ['1'] },
  { input: 'أصيب اثنان من المارة', expected: ['2'] },
  { input: 'ألقي القبض على ثلاثة أشخاص', expected: ['3'] },
  { input: 'أصيبت ثلاث نساء', expected: ['3'] },
  { input: 'دمرت أربع سيارات', expected: ['4'] },
  { input: 'قتل أربعة جنود', expected: ['4'] },
  { input: 'فر خمسة سجناء', expected: ['5'] },
  { input: 'استهدفت خمس غارات المنطقة', expected: ['5'] },
  { input: 'اختطف ستة عمال', expected: ['6'] },
  { input: 'احترقت ست حافلات', expected: ['6'] },
  { input: 'نجا سبعة ركاب', expected: ['7'] },
  { input: 'سقطت سبع قذائف', expected: ['7'] },
  { input: 'وصل ثمانية صحفيين', expected: ['8'] },
  { input: 'أحرقت ثماني سيارات', expected: ['8'] },
  { input: 'أفرج عن تسعة معتقلين', expected: ['9'] },
  { input: 'هدمت تسع منازل', expected: ['9'] },
  { input: 'قتل عشرة مسلحين', expected: ['10'] },
  { input: 'أصيبت عشر نساء', expected: ['10'] },
  { input: 'اعتقل أحد عشر شخصا', expected: ['11'] },
  { input: 'أصيبت إحدى عشرة امرأة', expected: ['11'] },
  { input: 'أسر اثنا عشر جنديا', expected: ['12'] },
  { input: 'نقلت اثنتي عشرة جثة', expected: ['12'] },
  { input: 'قتل ثلاثة عشر مدنيا', expected: ['13'] },
  { input: 'أصيب خمسة عشر شخصا', expected: ['15'] },
  { input: 'وصل تسعة عشر لاجئا', expected: ['19'] },
  { input: 'قتل عشرون مسلحا', expected: ['20'] },
  { input: 'رصدنا عشرين خرقا', expected: ['20'], note: 'accusative' },
  { input: 'تضررت ثلاثون مدرسة', expected: ['30'] },
  { input: 'أحصينا ثلاثين قتيلا', expected: ['30'] },
  { input: 'بلغ العدد أربعين شخصا', expected: ['40'] },
  { input: 'أجلي خمسون مريضا', expected: ['50'] },
  { input: 'وصلت ستون شاحنة', expected: ['60'] },
  { input: 'شارك سبعون متطوعا', expected: ['70'] },
  { input: 'غادر ثمانون راكبا', expected: ['80'] },
  { input: 'تضرر تسعون منزلا', expected: ['90'] },
  { input: 'قتل خمسة وعشرون شخصا', expected: ['25'] },
  { input: 'أصيب خمسة وعشرين شخصا', expected: ['25'] },
  { input: 'نزح واحد وعشرون ألف شخص', expected: ['21000'] },
  { input: 'اعتقلت إحدى وثلاثين امرأة', expected: ['31'] },
  { input: 'قتل ثلاثة وأربعون مدنيا', expected: ['43'] },
  { input: 'أحصت اللجنة مئة قتيل', expected: ['100'] },
  { input: 'أحصت اللجنة مائة قتيل', expected: ['100'] },
  { input: 'وصل مئتا لاجئ', expected: ['200'] },
  { input: 'نقل مئتين وخمسين جريحا', expected: ['250'] },
  { input: 'وصل مائتان وعشرة أشخاص', expected: ['210'] },
  { input: 'تضرر ثلاثمئة منزل', expected: ['300'] },
  { input: 'تضرر ثلاث مئة منزل', expected: ['300'] },
  { input: 'أطلق خمسمئة سجين', expected: ['500'] },
  { input: 'أطلق خمسمائة سجين', expected: ['500'] },
  { input: 'فر سبعمائة وخمسون شخصا', expected: ['750'] },
  { input: 'قتل تسعمئة وتسعة وتسعون', expected: ['999'] },
  { input: 'حضر ألف شخص', expected: ['1000'] },
  { input: 'حضر ألفا شخص', expected: ['2000'], note: 'construct dual' },
  { input: 'نزح ألفان من السكان', expected: ['2000'] },
  { input: 'نزح ألفين من السكان', expected: ['2000'] },
  { input: 'أجلي ألفي شخص', expected: ['2000'] },
  { input: 'نزح ثلاثة آلاف شخص', expected: ['3000'] },
  { input: 'نزح عشرة آلاف شخص', expected: ['10000'] },
  { input: 'تضرر خمسة عشر ألف منزل', expected: ['15000'] },
  { input: 'تضرر عشرون ألف منزل', expected: ['20000'] },
  { input: 'تضرر عشرين ألفا من المنازل', expected: ['20000'] },
  { input: 'حضر مئة ألف متظاهر', expected: ['100000'] },
  { input: 'حضر مئتا ألف متظاهر', expected: ['200000'] },
  { input: 'خرج ثلاثمئة ألف شخص', expected: ['300000'] },
  { input: 'بلغ العدد ثلاثة آلاف وخمسمئة', expected: ['3500'] },
  { input: 'سجل ألفان وثلاثمئة وعشرون طلبا', expected: ['2320'] },
  { input: 'هاجر مليون شخص', expected: ['1000000'] },
  { input: 'هاجر مليونا شخص', expected: ['2000000'] },
  { input: 'هاجر مليونين من السكان', expected: ['2000000'] },
  { input: 'يحتاج ثمانية ملايين شخص إلى المساعدة', expected: ['8000000'] },
  { input: 'يعيش ثلاثة ملايين لاجئ هنا', expected: ['3000000'] },
  { input: 'بلغت الكلفة مليار دولار', expected: ['1000000000'] },
  { input: 'بلغت الكلفة مليارين', expected: ['2000000000'] },
  { input: 'بلغت الكلفة خمسة مليارات', expected: ['5000000000'] },
  { input: 'نزح مليون ونصف المليون شخص', expected: ['1500000'] },
  { input: 'نزح مليون ونصف', expected: ['1500000'] },
  { input: 'خصص نصف مليون دولار', expected: ['500000'] },
  { input: 'خصص ربع مليون دولار', expected: ['250000'] },
  { input: 'فقد نصف السكان منازلهم', expected: ['0.5'], note: 'a fraction' },
  { input: 'دمر ربع المباني', expected: ['0.25'] },
  { input: 'سيطر على ثلث المدينة', expected: ['0.333333'] },
  { input: 'بعد ثلثي الطريق', expected: ['0.666667'] },
  { input: 'وصل الخمسة عشر لاعبا', expected: ['15'], note: 'article on a teen' },
  { input: 'سلم المسلحون ثلاثة عشر رهينة', expected: ['13'] },
  { input: 'أنقذ ثلاثة وأربعة', expected: ['3', '4'], note: 'two units are two numbers' },
  { input: 'عاد ثلاثة مع أربعة آخرين', expected: ['3', '4'] },
  { input: 'نزح ثلاثه آلاف', expected: ['3000'], note: 'ه for ة' },
  { input: 'قتل اربعه جنود', expected: ['4'], note: 'no hamza, ه for ة' },
  { input: 'أصيب ثمانى أشخاص', expected: ['8'], note: 'ى' },
  { input: 'أُصِيبَ خَمْسَةُ أَشْخَاصٍ', expected: ['5'], note: 'diacritics' },
  { input: 'قُتِلَ عِشْرُونَ مُسَلَّحًا', expected: ['20'], note: 'diacritics' },
  { input: 'قتل خمســـة أشخاص', expected: ['5'], note: 'tatweel' },
  { input: 'حضر إثنان من الشهود', expected: ['2'], note: 'hamza under alef' },
  { input: 'وصل ثلاثمية لاجئ', expected: ['300'], note: 'colloquial spelling' },
  { input: 'وقتل خمسة وأصيب ستة', expected: ['5', '6'], note: 'clitic و on a number word' },
  { input: 'مرت بثلاث مراحل', expected: ['3'], note: 'clitic ب on a number word' },
];

const duals: Example<string>[] = [
  { input: 'سمع دوي انفجارين في المدينة', expected: ['2'] },
  { input: 'قصفت الطائرات قاعدتين عسكريتين', expected: ['2'] },
  { input: 'قتل جنديين في الاشتباك', expected: ['2'] },
  { input: 'اختطف المسلحون جنديين', expected: ['2'] },
  { input: 'أسفر الهجومان عن أضرار', expected: ['2'] },
  { input: 'وقع التفجيران صباحا', expected: ['2'] },
  { input: 'استهدف الموقعين بصواريخ', expected: ['2'], note: 'article' },
  { input: 'تقاسمت السلطة حكومتان', expected: ['2'] },
  { input: 'سقطت قذيفتان على السوق', expected: ['2'] },
  { input: 'احترقت سيارتان', expected: ['2'] },
  { input: 'أصيب شخصان بجروح', expected: ['2'] },
  { input: 'اعتقل طفلين', expected: ['2'] },
  { input: 'قتل رجلا أمن في الكمين', expected: [], note: 'رجلا is an accusative singular, not a dual' },
  { input: 'قتل رجلي أمن', expected: ['2'], note: 'construct dual of a listed noun' },
  { input: 'استهدفت الطائرات بلدتي الشمال', expected: [], note: 'construct dual of a place noun' },
  { input: 'تبادل الطرفان الاتهامات', expected: [], note: 'the two sides: not a count' },
  { input: 'وقع البلدان اتفاقا', expected: [] },
  { input: 'أكد الجانبين على الهدنة', expected: [] },
  { input: 'وصل مسلحين إلى القرية', expected: [], note: 'plural -ين without a dual verb' },
  { input: 'شوهد مسلحين يستقلان سيارة', expected: ['2'], note: 'a dual verb makes -ين a dual' },
  { input: 'فاز الفريق بالبطولة بنسختيها', expected: ['2'], note: 'dual with a pronoun' },
  { input: 'نفذت المجموعة عمليتين خاطفتين', expected: ['2'] },
  { input: 'نقل الجريحان إلى المستشفى', expected: ['2'] },
];

const bounds: Example<string>[] = [
  { input: 'قتل أكثر من 20 شخصا', expected: ['20 at_least'] },
  { input: 'وأكثر من 700 متشدد', expected: ['700 at_least'] },
  { input: 'أصيب ما لا يقل عن 10 أشخاص', expected: ['10 at_least'] },
  { input: 'قتل 7 أشخاص على الأقل', expected: ['7 at_least'] },
  { input: 'قتل 8 على الأقل من المسلحين', expected: ['8 at_least'] },
  { input: 'اعتقل نحو 120 شخصا', expected: ['120 about'] },
  { input: 'اعتقل حوالي 50 شخصا', expected: ['50 about'] },
  { input: 'اعتقل حوالى 50 شخصا', expected: ['50 about'] },
  { input: 'نزح قرابة 3 آلاف شخص', expected: ['3000 about'] },
  { input: 'نزح زهاء ألفي شخص', expected: ['2000 about'] },
  { input: 'يعيش ما يقرب من ثمانية ملايين شخص', expected: ['8000000 about'] },
  { input: 'قتل أقل من 5 أشخاص', expected: ['5 at_most'] },
  { input: 'جرح ما يزيد على 40 شخصا', expected: ['40 at_least'] },
  { input: 'جرح ما يزيد عن 40 شخصا', expected: ['40 at_least'] },
  { input: 'شارك أزيد من 300 شخص', expected: ['300 at_least'] },
  { input: 'أصيب لا يقل عن 12 جنديا', expected: ['12 at_least'] },
  { input: 'فقد ما يقارب 2000 شخص', expected: ['2000 about'] },
  { input: 'ارتفعت الأسعار بنحو 20 %', expected: ['20 about %'] },
  { input: 'ارتفعت بنسبة تفوق الـ40%', expected: ['40 at_least %'] },
  { input: 'قتل 30 شخصا تقريبا', expected: ['30 about'] },
  { input: 'قتل عشرة أو أكثر', expected: ['10 at_least'] },
  { input: 'نزح ما يناهز 900 شخص', expected: ['900 about'] },
  { input: 'وصل لأكثر من 10 آلاف موقع', expected: ['10000 at_least'] },
];

const percents: Example<string>[] = [
  { input: 'ارتفع العدد 60 في المئة', expected: ['60 %'] },
  { input: 'ارتفع العدد 60 في المائة', expected: ['60 %'] },
  { input: 'تراجع الإنتاج 15 بالمئة', expected: ['15 %'] },
  { input: 'تراجع الإنتاج 15 بالمائة', expected: ['15 %'] },
  { input: 'بلغت النسبة 45%', expected: ['45 %'] },
  { input: 'بلغت النسبة ٤٥٪', expected: ['45 %'], note: 'Arabic percent sign' },
  { input: 'بلغت النسبة 12.5 %', expected: ['12.5 %'] },
  { input: 'صوت ثلاثون في المئة من الناخبين', expected: ['30 %'] },
  { input: 'انخفض بنسبة تسعين بالمئة', expected: ['90 %'] },
  { input: 'ارتفعت النسبة إلى %40 هذا العام', expected: ['40 %'], note: 'sign before the digits' },
];

const ranges: Example<string>[] = [
  { input: 'قتل بين 10 و15 شخصا', expected: ['10..15'] },
  { input: 'قتل بين 10 و 15 شخصا', expected: ['10..15'] },
  { input: 'قتل ما بين 10 و15 شخصا', expected: ['10..15'] },
  { input: 'شاهدوا بين الخمسة عشر وعشرين عنصرا', expected: ['15..20'] },
  { input: 'قتل 10 إلى 15 شخصا', expected: ['10..15'] },
  { input: 'قتل من 10 إلى 15 شخصا', expected: ['10..15'] },
  { input: 'قتل من عشرة إلى عشرين شخصا', expected: ['10..20'] },
  { input: 'ارتفعت الحصيلة من 10 إلى 15 قتيلا', expected: ['10', '15'], note: 'a change, not a range' },
  { input: 'نقل 20 إلى 15 مستشفى', expected: ['20', '15'], note: 'not increasing: not a range' },
  { input: 'يتراوح العدد بين ثلاثة وخمسة آلاف', expected: ['3..5000'] },
];

const negatives: Example<string>[] = [
  { input: 'وقع الهجوم في عام 2014', expected: [], note: 'year' },
  { input: 'تأسس التحالف سنة 2014', expected: [] },
  { input: 'منذ 2011 والبلاد في أزمة', expected: [] },
  { input: 'في 2015 استهدف هجومان المدينة', expected: ['2'], note: 'the year is dropped, the dual kept' },
  { input: 'فاز بالكأس في 1995 و 1999 و 2006', expected: [] },
  { input: 'وقع الانفجار في 21 يناير', expected: [], note: 'day of month' },
  { input: 'وصل الوفد يوم 4 أفريل', expected: [] },
  { input: 'في 17 يوليو (تموز) الماضي', expected: [] },
  { input: 'في مارس/آذار 2016', expected: [] },
  { input: 'في 12 مايو أيار', expected: [] },
  { input: 'وقع الانفجار الساعة 10 صباحا', expected: [], note: 'time' },
  { input: 'بدأ الاجتماع في الساعة الثانية', expected: [], note: 'الثانية as a time' },
  { input: 'انطلقت الرحلة عند 10:30', expected: [] },
  { input: 'وصل القطار 7 مساء', expected: [] },
  { input: 'صدر القانون رقم 12', expected: [], note: 'law number' },
  { input: 'نص قانون رقم 5 على ذلك', expected: [] },
  { input: 'بموجب المادة 49 من الدستور', expected: [] },
  { input: 'صدر القرار 2254 عن مجلس الأمن', expected: [] },
  { input: 'انظر الصفحة 12', expected: [] },
  { input: 'للاتصال على الهاتف 0612345678', expected: [] },
  { input: 'هذه هي المرة الثالثة', expected: [], note: 'ordinal' },
  { input: 'حل في المركز الثامن', expected: [] },
  { input: 'وقع في الطابق الحادي عشر', expected: [], note: 'ordinal teen' },
  { input: 'احتفلوا بالذكرى الثالثة عشرة', expected: [] },
  { input: 'في القرن العشرين', expected: [], note: 'ordinal use of a ten' },
  { input: 'وقعت في ثالث أكبر مدينة', expected: [] },
  { input: 'قتل عشرات الأشخاص', expected: [], note: 'vague' },
  { input: 'أصيب المئات بجروح', expected: [] },
  { input: 'نزح آلاف السكان', expected: [] },
  { input: 'شارك مئات الآلاف', expected: [] },
  { input: 'فر بضعة أشخاص', expected: [] },
  { input: 'اعتقل عدة أشخاص', expected: [] },
  { input: 'يعيش ملايين اللاجئين هنا', expected: [] },
  { input: 'بدأت الاشتباكات يوم الاثنين', expected: [], note: 'weekday' },
  { input: 'وصل الوفد يوم الأحد', expected: [] },
  { input: 'زار أحد المستشفيات', expected: [], note: 'one of' },
  { input: 'ضبطت بحوزته بندقية نوع M4', expected: [], note: 'model name' },
  { input: 'قصفت طائرات إف-16 المواقع', expected: [] },
  { input: 'قمة مجموعة G20 في روما', expected: [] },
  { input: '1- ريال مدريد', expected: [], note: 'list marker' },
  { input: 'فاز الفريق 2-1 على ضيفه', expected: [], note: 'score' },
  { input: 'في 12/3/2015 وقعت الحادثة', expected: [] },
  { input: 'اكتشفت كمية من الذخائر', expected: [], note: 'كمية is not ك + مئة' },
  { input: 'لست أدري', expected: [] },
  { input: 'قاعة تسع 500 شخص', expected: ['500'], note: 'تسع as a verb before digits' },
  { input: 'في عام 1439 هـ', expected: [] },
  { input: 'الاجتماع في 2020 م', expected: [] },
  { input: 'وقع في الأسابيع السبعة الأخيرة', expected: [], note: 'adjective after a definite noun' },
  { input: 'في اليوم الـ100 للحرب', expected: [], note: 'ordinal use of digits with the article' },
  { input: 'خلال الساعات الـ24 الماضية', expected: [] },
];

runCorpus('numbers: digits', digits, run);
runCorpus('numbers: digits with scale words', mixed, run);
runCorpus('numbers: number words', words, run);
runCorpus('numbers: duals', duals, run);
runCorpus('numbers: bounds', bounds, run);
runCorpus('numbers: percentages', percents, run);
runCorpus('numbers: ranges', ranges, run);
runCorpus('numbers: negatives', negatives, run);

describe('numbers: spans', () => {
  it('points into the original text, diacritics and tatweel included', () => {
    const text = 'أُصِيبَ خمســـة أشخاص وقُتِلَ ١٢ آخرون';
    const ms = recognizeNumbers(normalize(text));
    assert.deepEqual(ms.map((m) => m.text), ['خمســـة', '١٢']);
    for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
  });
  it('includes the bound and the percent marker', () => {
    const [m] = recognizeNumbers(normalize('ارتفعت بأكثر من 60 في المئة'));
    assert.equal(m!.text, 'بأكثر من 60 في المئة');
  });
  it('skips excluded ranges (dates found by another recogniser)', () => {
    const n = normalize('قتل 5 أشخاص في 3 مناطق');
    const at = n.text.indexOf('3');
    assert.deepEqual(recognizeNumbers(n, { exclude: [[at, at + 1]] }).map((m) => m.value), [5]);
  });
  it('gives the form of each number', () => {
    const ms = recognizeNumbers(normalize('قتل 5 وخمسة و2.5 مليون وانفجارين ونصف السكان'));
    assert.deepEqual(ms.map((m) => m.form), ['digits', 'words', 'mixed', 'dual', 'fraction']);
  });
});
