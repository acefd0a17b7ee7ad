// Example corpora for the entity recogniser, written for Marsad (no sentence is taken from
// an article). Each expected value is "TYPE:text" for every entity found, in order of first
// mention; the coreference corpus adds "=alias|alias"; the ambiguity corpus adds "@country".
import type { Example } from '../../helpers/corpus.js';

/** Place names with proclitics, spelling variants, diacritics and tatweel. */
export const PLACES: Example<string>[] = [
  { input: 'وصلت التعزيزات إلى بغداد صباح اليوم.', expected: ['LOC:بغداد'] },
  { input: 'وبغداد تستعد للانتخابات المقبلة.', expected: ['LOC:بغداد'], note: 'و' },
  { input: 'ولبغداد أهمية كبيرة لدى الحكومة.', expected: ['LOC:بغداد'], note: 'و+ل' },
  { input: 'قال مسؤول إن الهجوم وقع بالموصل أمس.', expected: ['LOC:الموصل'], note: 'ب+ال' },
  { input: 'فالموصل مدينة تاريخية.', expected: ['LOC:الموصل'], note: 'ف+ال' },
  { input: 'وبالموصل أسواق قديمة.', expected: ['LOC:الموصل'], note: 'و+ب+ال' },
  { input: 'وصل الوفد للعراق مساء الأحد.', expected: ['LOC:العراق'], note: 'لل restores the article' },
  { input: 'أرسلت الحكومة مساعدات لحلب.', expected: ['LOC:حلب'], note: 'ل' },
  { input: 'عاد النازحون إلى الفلوجة والرمادي بعد انتهاء المعارك.', expected: ['LOC:الفلوجة', 'LOC:الرمادي'] },
  { input: 'انفجرت سيارة مفخخة في كركوك وأربيل.', expected: ['LOC:كركوك', 'LOC:أربيل'] },
  { input: 'زار الوزير سوريا ولبنان.', expected: ['LOC:سوريا', 'LOC:لبنان'] },
  { input: 'تظاهر المئات في وسط دمشق وحلب.', expected: ['LOC:دمشق', 'LOC:حلب'] },
  { input: 'أعلنت أمريكا فرض عقوبات جديدة.', expected: ['LOC:أمريكا'], note: 'ر spelling' },
  { input: 'أعلنت أميركا فرض عقوبات جديدة.', expected: ['LOC:أميركا'], note: 'ير spelling' },
  { input: 'وصل المبعوث إلى اربيل.', expected: ['LOC:اربيل'], note: 'bare alef' },
  { input: 'قصفت الطائرات مواقع في ادلب.', expected: ['LOC:ادلب'], note: 'bare alef' },
  { input: 'قصفت الطائرات مواقع في إدلب.', expected: ['LOC:إدلب'], note: 'hamza below' },
  { input: 'قتل مدنيون في الفلوجه.', expected: ['LOC:الفلوجه'], note: 'ه for ة' },
  { input: 'وصلت القوات إلى بَغْدَادَ فجراً.', expected: ['LOC:بَغْدَادَ'], note: 'diacritics kept for display' },
  { input: 'وصلت القوات إلى بغـــداد فجراً.', expected: ['LOC:بغـــداد'], note: 'tatweel' },
  { input: 'تتصاعد التوترات في الشرق الأوسط.', expected: ['LOC:الشرق الأوسط'], note: 'region' },
  { input: 'دخلت المساعدات إلى قطاع غزة.', expected: ['LOC:قطاع غزة'] },
  { input: 'داهمت القوات حي الشراونة.', expected: ['LOC:الشراونة'], note: 'unknown name after a cue' },
  { input: 'وصل اللاجئون إلى تركيا واليونان.', expected: ['LOC:تركيا', 'LOC:اليونان'] },
  { input: 'أطلقت صواريخ من اليمن نحو السعودية.', expected: ['LOC:اليمن', 'LOC:السعودية'] },
  { input: 'تشهد ليبيا انقساماً سياسياً.', expected: ['LOC:ليبيا'] },
  { input: 'نفذت القوات عملية في شمال سيناء.', expected: ['LOC:شمال سيناء'] },
  { input: 'استهدفت غارة بلدة معرة النعمان.', expected: ['LOC:معرة النعمان'] },
  { input: 'شهدت صنعاء وعدن مظاهرات.', expected: ['LOC:صنعاء', 'LOC:عدن'] },
  { input: 'فر السكان من مقديشو.', expected: ['LOC:مقديشو'] },
  { input: 'وقع انفجار في الخرطوم.', expected: ['LOC:الخرطوم'] },
  { input: 'عقد اجتماع في القاهرة والرياض.', expected: ['LOC:القاهرة', 'LOC:الرياض'], note: 'و shares the cue' },
  { input: 'قتل ثلاثة جنود في هجوم على قرية تل شور شمال سنجار.', expected: ['LOC:تل شور', 'LOC:سنجار'], note: 'two-word name after a cue' },
  { input: 'هبطت الطائرة في مطار بغداد الدولي.', expected: ['LOC:مطار بغداد الدولي'], note: 'site' },
];

/** Names that are also places elsewhere or common words: context decides. */
export const AMBIGUOUS: Example<string>[] = [
  { input: 'وصل الوفد إلى طرابلس قادماً من بنغازي.', expected: ['طرابلس@LY', 'بنغازي@LY'] },
  { input: 'زار الرئيس اللبناني طرابلس وصيدا.', expected: ['طرابلس@LB', 'صيدا@LB'] },
  { input: 'وصل وزير الخارجية الأردني إلى عمان قادماً من القاهرة.', expected: ['عمان@JO', 'القاهرة@EG'] },
  { input: 'أعلنت سلطنة عمان استعدادها للوساطة.', expected: ['سلطنة عمان@OM'] },
  { input: 'استقبلت الجزائر وفداً من تونس.', expected: ['الجزائر@DZ', 'تونس@TN'] },
  { input: 'اندلعت اشتباكات في مدينة صور جنوب لبنان.', expected: ['مدينة صور@LB', 'جنوب لبنان@LB'], note: 'cue before a common word' },
  { input: 'سيطرت الفصائل على مدينة الباب شمال حلب.', expected: ['مدينة الباب@SY', 'حلب@SY'] },
  { input: 'قصفت المدفعية حيي التأميم والجامعة في الرمادي.', expected: ['التأميم@IQ', 'الرمادي@IQ'], note: 'dual cue before a common word' },
  { input: 'سيطرت القوات على منطقة «الفاو» بعد معارك.', expected: ['الفاو@IQ'], note: 'cue outside quotes' },
  { input: 'شاهد الخبراء صور الأقمار الصناعية للموقع.', expected: [], note: 'صور = pictures' },
  { input: 'الباب مغلق منذ الصباح.', expected: [], note: 'الباب = the door' },
  { input: 'يعمل الفريق دوماً على تحسين الأداء.', expected: [], note: 'tanween: an adverb' },
  { input: 'وأن الوضع مستقر بحسب المصادر.', expected: [], note: 'و+أن is not a place' },
  { input: 'المدينة هادئة اليوم.', expected: [], note: 'common noun' },
  { input: 'وقالت مصادر في منطقة الفاو إن الوضع هادئ.', expected: ['الفاو@IQ'], note: 'a place cue makes a shared name the place' },
  { input: 'أقرت الحكومة ميزانية مالية جديدة.', expected: [], note: 'ماليه (Malé) is also "financial"' },
  { input: 'تمتد القارة من الشمال إلى الجنوب.', expected: [], note: 'a name does not gain an article' },
  { input: 'قالت الصحف السورية إن الوضع هادئ.', expected: [], note: 'nationality adjective alone' },
];

/** Sentences with no entity: common words that equal a given name or a place. */
export const NEGATIVES: Example<string>[] = [
  { input: 'عندي أمل كبير في نجاح المفاوضات.', expected: [] },
  { input: 'كان سعيد بالنتيجة التي حققها الفريق.', expected: [] },
  { input: 'جاء على عجل إلى الاجتماع.', expected: [], note: 'على is not علي' },
  { input: 'نحن في حالة ترقب.', expected: [] },
  { input: 'كان صالح للاستخدام حتى الأمس.', expected: [] },
  { input: 'وقال الوزير إن الحكومة ستدعم المزارعين.', expected: [] },
  { input: 'جميل أن نرى هذا التقدم.', expected: [] },
  { input: 'نور الشمس قوي في الصيف.', expected: [] },
  { input: 'سلام دائم هو ما نريده.', expected: [] },
  { input: 'انتشرت القوات الأمنية في الشوارع.', expected: [], note: 'generic forces' },
  { input: 'أعلنت الحكومة الجديدة برنامجها.', expected: [] },
  { input: 'تحدث عن الوضع بصراحة.', expected: [] },
  { input: 'قرر المجلس فتح تحقيق في الحادثة.', expected: [], note: 'فتح = open' },
  { input: 'وأكد الوزير استمرار الدعم للمزارعين.', expected: [] },
  { input: 'شهدت الأسواق ارتفاعا بنسبة كبيرة.', expected: [] },
  { input: 'قال سالم إن الفريق شهد ارتفاعا بنسبة كبيرة.', expected: [], note: 'شهد is a verb here' },
  { input: 'شاهدنا البث عبر TV وGPS.', expected: [], note: 'Latin capitals that are not bodies' },
];

/** Organisations: listed actors, head-word phrases, state bodies with a nationality. */
export const ORGANISATIONS: Example<string>[] = [
  { input: 'أعلنت وزارة الدفاع العراقية مقتل عشرة مسلحين.', expected: ['ORG:وزارة الدفاع العراقية'] },
  { input: 'قال الجيش العراقي إن قواته تقدمت نحو المدينة.', expected: ['ORG:الجيش العراقي'] },
  { input: 'وصلت القوات الأميركية إلى القاعدة الجوية.', expected: ['ORG:القوات الأميركية'] },
  { input: 'اتهمت الحكومة الأردنية جهات خارجية بالتحريض.', expected: ['ORG:الحكومة الأردنية'] },
  { input: 'اجتمع مجلس الأمن الدولي لبحث الأزمة.', expected: ['ORG:مجلس الأمن الدولي'] },
  { input: 'أعلن حزب الله اللبناني الحداد.', expected: ['ORG:حزب الله اللبناني'], note: 'a nationality closes the name' },
  { input: 'قاتلت قوات سوريا الديمقراطية تنظيم داعش شرق الفرات.', expected: ['ORG:قوات سوريا الديمقراطية', 'ORG:تنظيم داعش', 'LOC:الفرات'] },
  { input: 'أعلنت قسد أسر عشرات العناصر.', expected: ['ORG:قسد'] },
  { input: 'أكد المرصد السوري لحقوق الإنسان سقوط قتلى.', expected: ['ORG:المرصد السوري لحقوق الإنسان'] },
  { input: 'نفذ التحالف الدولي ضد داعش غارات جديدة.', expected: ['ORG:التحالف الدولي ضد داعش'], note: 'longest actor' },
  { input: 'هاجمت حركة الشباب قاعدة عسكرية في الصومال.', expected: ['ORG:حركة الشباب', 'LOC:الصومال'] },
  { input: 'أعلنت هيئة تحرير الشام سيطرتها على البلدة.', expected: ['ORG:هيئة تحرير الشام'] },
  { input: 'وأعلنت قوات الأمن العراقية اعتقال خلية.', expected: ['ORG:قوات الأمن العراقية'] },
  { input: 'واعتقلت الشرطة التونسية مشتبهاً به.', expected: ['ORG:الشرطة التونسية'] },
  { input: 'أعلنت وزارة الداخلية السعودية القبض على خلية.', expected: ['ORG:وزارة الداخلية السعودية'] },
  { input: 'قال قائد في الحرس الثوري الإيراني إن المناورات انتهت.', expected: ['ORG:الحرس الثوري الإيراني'] },
  { input: 'صوت البرلمان العراقي على القانون.', expected: ['ORG:البرلمان العراقي'] },
  { input: 'قاتلت جبهة النصرة في ريف حلب.', expected: ['ORG:جبهة النصرة', 'LOC:ريف حلب'] },
  { input: 'استهدفت الغارة مقرا لكتائب حزب الله.', expected: ['ORG:كتائب حزب الله'], note: 'ل on the head' },
  { input: 'دعت الأمم المتحدة إلى وقف إطلاق النار.', expected: ['ORG:الأمم المتحدة'] },
  { input: 'اجتمع وزراء حلف شمال الأطلسي في بروكسل.', expected: ['ORG:حلف شمال الأطلسي', 'LOC:بروكسل'], note: 'capital from countries.tsv' },
  { input: 'تقدم جيش النظام السوري نحو البلدة.', expected: ['ORG:جيش النظام السوري'] },
  { input: 'نقلت وكالة الأنباء الألمانية عن مصدر أمني.', expected: ['ORG:وكالة الأنباء الألمانية'] },
  { input: 'أعلنت القوات المسلحة الأردنية إسقاط طائرة مسيرة.', expected: ['ORG:القوات المسلحة الأردنية'] },
  { input: 'انتشرت الشرطة الاتحادية في المدينة.', expected: ['ORG:الشرطة الاتحادية'] },
  { input: 'قصف الجيش الإسرائيلي مواقع في غزة.', expected: ['ORG:الجيش الإسرائيلي', 'LOC:غزة'] },
  { input: 'هاجم مسلحو تنظيم القاعدة دورية.', expected: ['ORG:تنظيم القاعدة'] },
  { input: 'وأعلنت السلطات الليبية فتح تحقيق.', expected: ['ORG:السلطات الليبية'] },
  { input: 'اعتقلت قوات الأمن التونسية ثلاثة أشخاص.', expected: ['ORG:قوات الأمن التونسية'] },
  { input: 'نقلت شبكة CNN عن مصادر أن المفاوضات توقفت.', expected: ['ORG:CNN'], note: 'Latin acronym' },
  { input: 'وصلت القوات الأميركية إلى القاعدة الجوية.', expected: ['ORG:القوات الأميركية'], note: 'القاعدة + adjective is a base' },
  { input: 'أعلن تنظيم القاعدة مسؤوليته.', expected: ['ORG:تنظيم القاعدة'] },
  { input: 'وللحوثيين مواقع قرب الحديدة.', expected: ['ORG:الحوثيين', 'LOC:الحديدة'], note: 'و+لل' },
  { input: 'شن الطيران غارات على مواقع لداعش في الأنبار.', expected: ['ORG:داعش', 'LOC:الأنبار'], note: 'ل' },
];

/** People: titles, given names with family names, nasab and kunya, known people. */
export const PEOPLE: Example<string>[] = [
  { input: 'قال الرئيس الفرنسي إيمانويل ماكرون إن باريس ستواصل دعمها.', expected: ['PER:إيمانويل ماكرون', 'LOC:باريس'] },
  { input: 'أعلن اللواء منصور التركي أن الأجهزة الأمنية أحبطت الهجوم.', expected: ['PER:منصور التركي'] },
  { input: 'قتل القيادي أبو محمد العدناني في غارة.', expected: ['PER:أبو محمد العدناني'] },
  { input: 'التقى الأمير فيصل بن تركي بأعضاء النادي.', expected: ['PER:فيصل بن تركي'], note: 'nasab' },
  { input: 'أكد رئيس الوزراء العراقي مصطفى الكاظمي أن الانتخابات ستجرى في موعدها.', expected: ['PER:مصطفى الكاظمي'] },
  { input: 'قال محمد سالم الغبان إن المتورطين اعتقلوا.', expected: ['PER:محمد سالم الغبان'] },
  { input: 'التقى الملك عبدالله الثاني وفدا أمريكيا.', expected: ['PER:عبدالله الثاني'] },
  { input: 'قال الشيخ صالح بن عبد الرحمن القشعمي إن الخطبة ألغيت.', expected: ['PER:صالح بن عبد الرحمن القشعمي'] },
  { input: 'أوقفت الشرطة المواطن فرحات علي فرحان إسماعيل في بعلبك.', expected: ['PER:فرحات علي فرحان إسماعيل', 'LOC:بعلبك'] },
  { input: 'قال الدكتور عوض الزهراني إن المتحف سيفتح أبوابه.', expected: ['PER:عوض الزهراني'] },
  { input: 'صرحت وزيرة الإعلام جمانة غنيمات بأن الحكومة تتابع التحقيق.', expected: ['PER:جمانة غنيمات'] },
  { input: 'قال أحمد زويل إن العلم طريق النهضة.', expected: ['PER:أحمد زويل'] },
  { input: 'أشاد نجيب محفوظ بالرواية الجديدة.', expected: ['PER:نجيب محفوظ'] },
  { input: 'نعى الفلسطينيون الرئيس الراحل ياسر عرفات.', expected: ['PER:ياسر عرفات'] },
  { input: 'قال علي عبدالله صالح إن قواته صامدة.', expected: ['PER:علي عبدالله صالح'] },
  { input: 'قال العميد أحمد المسماري إن الهجوم صد.', expected: ['PER:أحمد المسماري'] },
  { input: 'وقال سمير مبيضين إن التحقيقات مستمرة.', expected: ['PER:سمير مبيضين'], note: 'و on the given name' },
  { input: 'قال الجنرال كينيث ماكنزي إن القوات باقية.', expected: ['PER:كينيث ماكنزي'] },
  { input: 'أصدرت قيادة عبد الفتاح البرهان بيانا.', expected: ['PER:عبد الفتاح البرهان'], note: 'a person after a head is not a body name' },
];

/** One entity per real-world referent, with its other forms as aliases. */
export const COREFERENCE: Example<string>[] = [
  {
    input: 'قال وزير الخارجية المغربي، ناصر بوريطة، إن بلاده تدعم الحل السياسي. وأضاف بوريطة أن الوضع صعب. وأكد الوزير المغربي استمرار الدعم.',
    expected: ['PER:ناصر بوريطة=بوريطة|الوزير المغربي'], note: 'surname and description',
  },
  {
    input: 'قال مسعود البارزاني إن الأكراد يفضلون الاستقلال. وأضاف البارزاني أن الإقليم يواجه تحديات.',
    expected: ['PER:مسعود البارزاني=البارزاني'], note: 'surname with the article',
  },
  {
    input: 'قال الخبير الأميركي جون سميث إن التنظيم ما زال خطيراً. وحذر الباحث الأميركي من عودة التنظيم.',
    expected: ['PER:جون سميث=الخبير الأميركي|الباحث الأميركي'],
  },
  {
    input: 'أعلن تنظيم داعش مسؤوليته عن الهجوم. وقال التنظيم في بيان إن عناصره نفذوا العملية.',
    expected: ['ORG:تنظيم داعش=التنظيم'],
  },
  {
    input: 'أعلنت هيئة تحرير الشام سيطرتها، وقالت الهيئة إن المعارك انتهت.',
    expected: ['ORG:هيئة تحرير الشام=الهيئة'],
  },
  {
    input: 'قالت وزارة الداخلية إن الهجوم أحبط. وأضافت وزارة الداخلية التونسية أن التحقيق مستمر.',
    expected: ['ORG:وزارة الداخلية التونسية=وزارة الداخلية'],
  },
  {
    input: 'قصفت قوات التحالف مواقع للمسلحين. وقال التحالف الدولي إن الضربات دقيقة.',
    expected: ['ORG:التحالف الدولي=قوات التحالف'],
  },
  {
    input: 'أعلنت قوات سوريا الديمقراطية تقدمها. وقالت قسد إن المعارك مستمرة.',
    expected: ['ORG:قوات سوريا الديمقراطية=قسد'], note: 'abbreviation',
  },
  {
    input: 'قال الملك عبد الله الثاني إن الأردن آمن. وأكد عبدالله الثاني دعم الجيش.',
    expected: ['PER:عبد الله الثاني', 'LOC:الأردن'],
  },
  {
    input: 'قال علي عبدالله صالح إن قواته صامدة. واتهم صالح خصومه بالخيانة.',
    expected: ['PER:علي عبدالله صالح=صالح'],
  },
  {
    input: 'سيطرت حركة الشباب على البلدة. وقالت الحركة إنها قتلت جنودا.',
    expected: ['ORG:حركة الشباب=الحركة'],
  },
  {
    input: 'قال العميد أحمد المسماري إن الهجوم صد. وأضاف المسماري أن القوات تقدمت.',
    expected: ['PER:أحمد المسماري=المسماري'],
  },
  {
    input: 'وقعت اشتباكات في محافظة الأنبار. وقالت مصادر إن الأنبار تشهد نزوحاً.',
    expected: ['LOC:الأنبار=محافظة الأنبار'], note: 'place with and without its cue: the name is the text',
  },
];
