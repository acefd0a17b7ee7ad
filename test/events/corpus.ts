// The event coder's example corpus: sentences and short paragraphs written for Marsad (none
// taken from the evaluation articles), each with the incidents it must give as
// {type, sub_type, status}. Happened incidents (reported, claimed, background) come from
// `events`, the rest (denied, attempted, planned) from `other_events`; the runner compares
// them as one list sorted by status and sub-type, so the order of mentions does not matter.
//
// Coding decisions, following ACLED's definitions:
// - "agreement" is an accord between parties to a conflict (truce, ceasefire, peace deal,
//   prisoner exchange). Trade, investment or gas deals between governments or companies are
//   not events, and are among the negatives.
// - A missile fired at a ship or a town is shelling_artillery_missile_attack; a strike from
//   an aircraft or a drone is air_drone_strike.
// - A riot-police unit named in passing ("قوات مكافحة الشغب") is not a riot.
// - Accidents (a gas cylinder, a water main) are not explosions/remote violence.
// - Metaphors of war in sport, politics, markets and the courts give nothing.
import type { EventStatus } from '../../src/types.js';
import type { Example } from '../helpers/corpus.js';

export interface CodedEvent { type: string; sub_type: string; status: EventStatus }

/** The event table of gold-format.md: every sub-type under its type. */
export const EVENT_TABLE: Record<string, string[]> = {
  battles: ['armed_clash', 'government_regains_territory', 'non_state_actor_overtakes_territory'],
  explosions_remote_violence: ['chemical_weapon', 'air_drone_strike', 'suicide_bomb', 'shelling_artillery_missile_attack', 'remote_explosive_landmine_ied', 'grenade'],
  violence_against_civilians: ['sexual_violence', 'attack', 'abduction_forced_disappearance'],
  protests: ['peaceful_protest', 'protest_with_intervention', 'excessive_force_against_protesters'],
  riots: ['violent_demonstration', 'mob_violence'],
  strategic_developments: ['agreement', 'arrests', 'change_to_group_activity', 'disrupted_weapons_use', 'headquarters_or_base_established', 'looting_property_destruction', 'non_violent_transfer_of_territory', 'other'],
};

const TYPE_OF = new Map<string, string>();
for (const [type, subs] of Object.entries(EVENT_TABLE)) for (const s of subs) TYPE_OF.set(s, type);

export function eventKey(e: CodedEvent): string {
  return `${e.status}:${e.type}/${e.sub_type}`;
}

/** "air_drone_strike" or "denied:air_drone_strike" (status before the colon). */
function parse(spec: string): CodedEvent {
  const [status, sub] = spec.includes(':') ? spec.split(':') as [EventStatus, string] : ['reported' as EventStatus, spec];
  const type = TYPE_OF.get(sub);
  if (!type) throw new Error(`corpus: unknown sub_type ${sub}`);
  return { type, sub_type: sub, status };
}

const ex = (input: string, ...specs: string[]): Example<CodedEvent> => ({
  input,
  expected: specs.map(parse).sort((a, b) => eventKey(a).localeCompare(eventKey(b))),
});
const noted = (note: string, e: Example<CodedEvent>): Example<CodedEvent> => ({ ...e, note });
const neg = (input: string, note?: string): Example<CodedEvent> => ({ input, expected: [], note });

const battles = [
  ex('اندلعت اشتباكات عنيفة بين الجيش ومسلحين مجهولين في ريف درعا الغربي.', 'armed_clash'),
  ex('اشتبكت قوات الأمن مع عناصر من تنظيم داعش في صحراء الأنبار فجر اليوم.', 'armed_clash'),
  ex('قُتل خمسة جنود في كمين نصبه مسلحون لقافلة عسكرية على طريق سرت.', 'armed_clash'),
  ex('تدور معارك ضارية بين قوات الدعم السريع والجيش السوداني على أطراف الفاشر.', 'armed_clash'),
  ex('أسفرت المواجهات المسلحة بين عشيرتين في محافظة ذي قار عن سقوط قتيلين.', 'armed_clash'),
  ex('وفي حصيلة جديدة للاشتباكات، ارتفع عدد القتلى في طرابلس إلى 12 شخصاً.', 'armed_clash'),
  ex('وتجدد القتال بين الفصائل المتناحرة في حي الشيخ مقصود بحلب.', 'armed_clash'),
  ex('قُتل مسلحان في تبادل لإطلاق النار مع دورية للجيش قرب الحدود.', 'armed_clash'),
  ex('صدت القوات العراقية هجوماً لمسلحي تنظيم داعش على نقطة تفتيش في كركوك.', 'armed_clash'),
  ex('شن مسلحو حركة الشباب هجوماً مسلحاً على قاعدة للجيش الصومالي.', 'armed_clash'),
  ex('هاجم مسلحون من تنظيم القاعدة حاجزاً للجيش في أبين وقتلوا جنديين.', 'armed_clash'),
  ex('تسلل مسلحون إلى موقع عسكري في سيناء ودارت معارك استمرت ساعات.', 'armed_clash'),
  ex('واشتبك مقاتلو العشائر مع عناصر الحشد الشعبي في قضاء سنجار.', 'armed_clash'),
  ex('ودارت اشتباكات عنيفة بالأسلحة الخفيفة والمتوسطة في حي الصابونية.', 'armed_clash'),
  ex('اندلع اقتتال داخلي بين فصيلين مسلحين في مدينة الباب.', 'armed_clash'),
  ex('أعلنت القوات العراقية تحرير قضاء تلعفر بالكامل من قبضة تنظيم داعش.', 'government_regains_territory'),
  ex('استعادت القوات الحكومية مدينة ود مدني من قوات الدعم السريع.', 'government_regains_territory'),
  ex('وباستعادة السيطرة على القرية، أمّن الجيش الطريق الدولي بين المدينتين.', 'government_regains_territory'),
  ex('حرر الجيش الليبي منطقة قنفودة من الجماعات المسلحة بعد حصار طويل.', 'government_regains_territory'),
  ex('أعلن الجيش السوري استعادة السيطرة على بلدة خان شيخون بعد أسابيع من المعارك.', 'government_regains_territory'),
  ex('وتمكن مسلحو حركة الشباب من السيطرة على بلدة في إقليم شبيلي السفلى.', 'non_state_actor_overtakes_territory'),
  ex('أعلنت قوات الدعم السريع سيطرتها على مدينة نيالا في جنوب دارفور.', 'non_state_actor_overtakes_territory'),
  ex('بسطت جماعة الحوثي سيطرتها على مديرية في محافظة مأرب.', 'non_state_actor_overtakes_territory'),
  ex('أطلق مسلحون النار على دورية للشرطة في العريش فأصابوا شرطيين.', 'armed_clash'),
  ex('أفادت مصادر إعلامية بوقوع اشتباكات عنيفة في ريف حلب الشمالي.', 'armed_clash'),
  ex('وقال الفريق الركن قائد العمليات إن قواته استعادت السيطرة على قرية البوعيثة.', 'government_regains_territory'),
];

const explosions = [
  ex('اتهمت منظمات حقوقية قوات النظام بشن هجوم بغاز الكلور على بلدة دوما.', 'chemical_weapon'),
  ex('قصفت قوات النظام الحي بقذائف تحتوي على غاز السارين.', 'chemical_weapon'),
  ex('أكد تقرير أممي استخدام السلاح الكيماوي ضد المدنيين في خان شيخون.', 'chemical_weapon'),
  ex('أصيب عشرات المدنيين بحالات اختناق إثر هجوم بالأسلحة الكيميائية على الغوطة.', 'chemical_weapon'),
  ex('أصيب 20 شخصاً بالاختناق جراء قصف بغازات سامة على قرية في ريف حماة.', 'chemical_weapon'),
  ex('شنت طائرات حربية غارات جوية على مواقع في ريف إدلب الجنوبي.', 'air_drone_strike'),
  ex('قُتل خمسة مدنيين بالغارة التي استهدفت سوقاً شعبياً في بلدة معرة النعمان.', 'air_drone_strike'),
  ex('استهدفت طائرة مسيّرة سيارة تقل قياديين في الحزب جنوب لبنان.', 'air_drone_strike'),
  ex('قصف الطيران الحربي الروسي بلدات في جبل الزاوية.', 'air_drone_strike'),
  ex('نفذت طائرات التحالف ضربات جوية على مخازن أسلحة في صنعاء.', 'air_drone_strike'),
  ex('قُتل قيادي في تنظيم القاعدة بضربة من طائرة دون طيار في شبوة.', 'air_drone_strike'),
  ex('وأغارت المقاتلات الإسرائيلية على مواقع في ريف دمشق.', 'air_drone_strike'),
  ex('وبالقصف الجوي المتواصل، دُمرت معظم المباني في الحي.', 'air_drone_strike'),
  ex('فجّر انتحاري نفسه وسط حشد من المصلين في مسجد بمدينة بيشاور.', 'suicide_bomb'),
  ex('قُتل 12 شخصاً بتفجير انتحاري استهدف سوقاً شعبياً في بغداد.', 'suicide_bomb'),
  ex('استهدف هجوم انتحاري بسيارة مفخخة قاعدة عسكرية في مقديشو.', 'suicide_bomb'),
  ex('فجرت انتحارية حزاماً ناسفاً عند مدخل سوق في مايدوغوري.', 'suicide_bomb'),
  ex('ارتدى الانتحاري حزاماً ناسفاً وفجره عند نقطة التفتيش.', 'suicide_bomb'),
  ex('قضى ثلاثة جنود بحزام ناسف فجره مهاجم قرب ثكنتهم.', 'suicide_bomb'),
  ex('سقطت قذائف هاون على حي سكني في دمشق.', 'shelling_artillery_missile_attack'),
  ex('وبقصف مدفعي استهدف قرى الجنوب، قُتل مزارع وأصيب اثنان.', 'shelling_artillery_missile_attack'),
  ex('أطلقت الفصائل صواريخ على مستوطنات غلاف غزة.', 'shelling_artillery_missile_attack'),
  ex('قصفت المدفعية التركية قرى في ريف الحسكة الشمالي.', 'shelling_artillery_missile_attack'),
  ex('استهدف الحوثيون سفينة تجارية بصاروخ باليستي في البحر الأحمر.', 'shelling_artillery_missile_attack'),
  ex('سقط صاروخ كاتيوشا قرب السفارة الأمريكية في المنطقة الخضراء.', 'shelling_artillery_missile_attack'),
  ex('تعرضت أحياء المدينة لقصف صاروخي عنيف مصدره مواقع قوات النظام.', 'shelling_artillery_missile_attack'),
  ex('قُتلت طفلة بقذيفة سقطت على منزل عائلتها في تعز.', 'shelling_artillery_missile_attack'),
  ex('انفجرت عبوة ناسفة بدورية للجيش على الطريق بين المدينتين.', 'remote_explosive_landmine_ied'),
  ex('قُتل سبعة أشخاص في انفجار سيارة مفخخة في سوق مزدحم.', 'remote_explosive_landmine_ied'),
  ex('قُتل راعٍ بانفجار لغم أرضي من مخلفات الحرب في صحراء الأنبار.', 'remote_explosive_landmine_ied'),
  ex('أصيب موظف حكومي بعبوة لاصقة وُضعت أسفل سيارته في بغداد.', 'remote_explosive_landmine_ied'),
  ex('انفجرت دراجة نارية مفخخة قرب مقر أمني في القامشلي.', 'remote_explosive_landmine_ied'),
  ex('وتعد الألغام التي زرعها التنظيم سبباً لمقتل 4 رعاة هذا الأسبوع.', 'remote_explosive_landmine_ied'),
  ex('ألقى مجهول قنبلة يدوية على محل تجاري في المدينة القديمة.', 'grenade'),
  ex('أصيب ثلاثة أشخاص بانفجار قنبلة يدوية ألقيت على مقهى.', 'grenade'),
  ex('رمى مسلح رمانة يدوية على تجمع للمصلين في ديالى.', 'grenade'),
  ex('استهدفت طائرتان مسيرتان حقلاً للغاز في إقليم كردستان.', 'air_drone_strike'),
  ex('ألقت المروحيات براميل متفجرة على أحياء المدينة المحاصرة.', 'air_drone_strike'),
  ex('انفجر صهريج مفخخ عند مدخل البلدة فقتل 9 أشخاص.', 'remote_explosive_landmine_ied'),
  ex('شنت الطائرات الحربية غارات بهدف قطع طرق الإمداد عن المسلحين.', 'air_drone_strike'),
  ex('قصفت المدفعية مواقع المسلحين في خرق لوقف إطلاق النار.', 'shelling_artillery_missile_attack'),
  ex('قُتل قيادي في الحركة باغتيال بعبوة ناسفة زرعت في سيارته.', 'remote_explosive_landmine_ied'),
];

const civilians = [
  ex('تعرضت فتيات للاغتصاب على أيدي مسلحين في قرية بدارفور.', 'sexual_violence'),
  ex('اغتصب عناصر من الميليشيا نساء في مخيم للنازحين.', 'sexual_violence'),
  ex('وثقت الأمم المتحدة حالات عنف جنسي ارتكبها مسلحون بحق نازحات.', 'sexual_violence'),
  ex('تعرضت ناشطات لاعتداءات جنسية خلال احتجازهن لدى الميليشيا.', 'sexual_violence'),
  ex('أعدم تنظيم داعش عشرة مدنيين رمياً بالرصاص في ساحة عامة.', 'attack'),
  ex('ارتكبت الميليشيا مجزرة بحق سكان قرية في ولاية النيل الأبيض.', 'attack'),
  ex('ذبح مسلحون ثلاثة رعاة في ريف المحافظة.', 'attack'),
  ex('فتح مسلح النار على المصلين داخل كنيسة وقتل أربعة منهم.', 'attack'),
  ex('قُتل ثلاثة أشخاص في هجوم بسكين نفذه رجل في محطة القطارات.', 'attack'),
  ex('هاجم مستوطنون مزارعين فلسطينيين وأصابوا اثنين منهم بجروح.', 'attack'),
  ex('اختطف مسلحون مجهولون طالبات من مدرسة في ولاية كادونا.', 'abduction_forced_disappearance'),
  ex('اتهمت عائلة الصحفي ميليشيا مسلحة بخطفه من منزله في بغداد.', 'abduction_forced_disappearance'),
  ex('خطف عناصر من تنظيم داعش راعيين في بادية السخنة.', 'abduction_forced_disappearance'),
  ex('وثقت المنظمة عشرات حالات الإخفاء القسري على أيدي أجهزة الأمن.', 'abduction_forced_disappearance'),
  ex('اقتاد مسلحون الناشط إلى جهة مجهولة بعد مداهمة منزله.', 'abduction_forced_disappearance'),
  ex('احتجز التنظيم ثلاثة رهائن أجانب في منطقة جبلية.', 'abduction_forced_disappearance'),
  ex('قُتلت امرأة برصاص قناص أثناء عبورها الشارع في تعز.', 'attack'),
  ex('داهمت الشرطة أوكار عصابات متورطة في عمليات خطف، بعد اختطاف تاجر على أيدي مجهولين قبل يومين.', 'abduction_forced_disappearance'),
  ex('أصيب خمسة مارة في عملية دهس نفذها سائق عند محطة للحافلات.', 'attack'),
  ex('اغتال مسلحون مجهولون ناشطاً حقوقياً أمام منزله في البصرة.', 'attack'),
];

const protests = [
  ex('تظاهر آلاف الطلاب أمام مبنى البرلمان للمطالبة بإصلاحات.', 'peaceful_protest'),
  ex('نظم عمال المصنع وقفة احتجاجية للمطالبة بصرف رواتبهم المتأخرة.', 'peaceful_protest'),
  ex('يواصل المعلمون اعتصامهم أمام مقر الوزارة لليوم الخامس.', 'peaceful_protest'),
  ex('خرجت مسيرة سلمية في شوارع المدينة تنديداً بارتفاع الأسعار.', 'peaceful_protest'),
  ex('شارك المئات في مظاهرة حاشدة وسط العاصمة رفضاً للقانون الجديد.', 'peaceful_protest'),
  ex('وللاحتجاج على انقطاع الكهرباء، أغلق السكان الطريق الرئيسي بالإطارات.', 'peaceful_protest'),
  ex('نفذ الأطباء إضراباً عن العمل احتجاجاً على الاعتداءات على المستشفيات.', 'peaceful_protest'),
  ex('تجمع المحتجون في ساحة التحرير رافعين الأعلام الوطنية.', 'peaceful_protest'),
  ex('فرقت الشرطة المتظاهرين بالغاز المسيل للدموع في وسط الخرطوم.', 'protest_with_intervention'),
  ex('وفي وسط المدينة، جرى فض اعتصام العاطلين عن العمل بالقوة أمام مبنى المحافظة.', 'protest_with_intervention'),
  ex('تدخلت قوات مكافحة الشغب لتفريق المحتجين أمام مقر الحكومة.', 'protest_with_intervention'),
  ex('قُتل متظاهران برصاص قوات الأمن خلال احتجاجات في البصرة.', 'excessive_force_against_protesters'),
  ex('أطلقت قوات الأمن النار على المتظاهرين فقتلت ثلاثة منهم.', 'excessive_force_against_protesters'),
  ex('أدانت المنظمة مقتل محتجين بالرصاص الحي في مدينة الناصرية.', 'excessive_force_against_protesters'),
  ex('قُتل شاب بعدما أطلقت الشرطة الرصاص الحي لتفريق المحتجين أمام مبنى المحافظة.', 'excessive_force_against_protesters'),
  ex('خرجت مسيرات حاشدة في عدة مدن تنديداً بالغلاء.', 'peaceful_protest'),
];

const riots = [
  ex('اندلعت أعمال شغب في السجن المركزي بعد وفاة أحد النزلاء.', 'violent_demonstration'),
  ex('رشق شبان غاضبون قوات الأمن بالحجارة وأحرقوا الإطارات.', 'violent_demonstration'),
  ex('ألقى ملثمون زجاجات حارقة على مركز للشرطة ليلة أمس.', 'violent_demonstration'),
  ex('سحل حشد غاضب رجلاً متهماً بالسرقة حتى الموت في سوق المدينة.', 'mob_violence'),
  ex('هاجم حشد غاضب من القرويين منازل عائلات متهمة بالسحر وأحرقها.', 'mob_violence'),
  ex('قتلت مجموعة من الغوغاء شاباً بعد اتهامه بالتجديف.', 'mob_violence'),
  ex('أحرق محتجون غاضبون مبنى البلدية بعد مقتل شاب برصاص الشرطة.', 'violent_demonstration'),
  ex('اقتحم متظاهرون مبنى البرلمان وحطموا محتوياته.', 'violent_demonstration'),
];

const strategic = [
  ex('وقعت الحكومة والحركات المتمردة اتفاق سلام في جوبا.', 'agreement'),
  ex('أعلن الطرفان هدنة إنسانية لمدة ثلاثة أيام في المدينة.', 'agreement'),
  ex('دخل وقف إطلاق النار حيز التنفيذ منتصف الليل في جنوب لبنان.', 'agreement'),
  ex('أتمت الحكومة وحركة حماس صفقة تبادل للأسرى بوساطة قطرية.', 'agreement'),
  ex('توصل الجيش والفصائل المسلحة إلى اتفاق لوقف إطلاق النار في الزاوية.', 'agreement'),
  ex('ألقت الشرطة القبض على ثلاثة مشتبه بهم في عملية السطو على المصرف.', 'arrests'),
  ex('اعتقلت قوات الاحتلال عشرة فلسطينيين خلال مداهمات في الضفة الغربية.', 'arrests'),
  ex('أوقفت السلطات الأمنية صحفياً بتهمة نشر أخبار كاذبة.', 'arrests'),
  ex('شنت الأجهزة الأمنية حملة اعتقالات طالت عشرات المعارضين.', 'arrests'),
  ex('تمكنت الأجهزة الأمنية من توقيف مطلوب بتهمة الإرهاب في صيدا.', 'arrests'),
  ex('اعتُقل الناشط الحقوقي من منزله فجر اليوم.', 'arrests'),
  ex('أعلنت وزارة الداخلية تفكيك خلية إرهابية كانت تخطط لاستهداف مقرات أمنية.', 'arrests'),
  ex('أعلنت الجماعة تعليق أنشطتها العسكرية في المنطقة حتى إشعار آخر.', 'change_to_group_activity'),
  ex('بايعت جماعة محلية في الساحل تنظيم داعش.', 'change_to_group_activity'),
  ex('أعلن الفصيل المسلح حل نفسه والانضمام إلى الجيش الوطني.', 'change_to_group_activity'),
  ex('أعلن عشرات الجنود انشقاقهم عن الجيش وانضمامهم إلى المعارضة المسلحة.', 'change_to_group_activity'),
  ex('تمكنت فرق الهندسة من تفكيك عبوة ناسفة مزروعة على الطريق الدولي.', 'disrupted_weapons_use'),
  ex('ضبطت قوات حرس الحدود أسلحة وذخائر مهربة في شاحنة.', 'disrupted_weapons_use'),
  ex('اعترضت الدفاعات الجوية صاروخاً أطلق باتجاه مدينة جازان.', 'disrupted_weapons_use'),
  ex('عثرت قوات الأمن على مخبأ للأسلحة والمتفجرات في مزرعة مهجورة.', 'disrupted_weapons_use'),
  ex('أقامت القوات التركية قاعدة عسكرية جديدة في ريف إدلب.', 'headquarters_or_base_established'),
  ex('افتتحت الميليشيا مقراً جديداً لها في وسط المدينة.', 'headquarters_or_base_established'),
  ex('أنشأت القوات الروسية نقطة عسكرية جديدة قرب خطوط التماس.', 'headquarters_or_base_established'),
  ex('نهب مسلحون محتويات المستشفى والصيدليات المجاورة.', 'looting_property_destruction'),
  ex('تعرضت المحال التجارية للنهب والسلب بعد انسحاب الشرطة.', 'looting_property_destruction'),
  ex('أحرق مستوطنون منازل ومركبات في قرية حوارة.', 'looting_property_destruction'),
  ex('هدمت السلطات الإسرائيلية منازل فلسطينيين في القدس الشرقية.', 'looting_property_destruction'),
  ex('أكملت القوات الفرنسية انسحابها من قاعدة تيساليت وتسليمها للجيش المالي.', 'non_violent_transfer_of_territory'),
  ex('أنجزت القوات الأمريكية تسليم قاعدة عين الأسد إلى الجيش العراقي.', 'non_violent_transfer_of_territory'),
  ex('أعلنت وزارة الدفاع أن الإرهابي المطلوب سلم نفسه للسلطات العسكرية في الجنوب.', 'other'),
  ex('فرضت السلطات حظر التجول في المدينة بعد أعمال العنف.', 'other'),
  ex('أعلن الجيش إسقاط 4 مسيرات أطلقت باتجاه المطار.', 'disrupted_weapons_use'),
  ex('أعلن الجيش إسقاط طائرة مسيرة مفخخة قبل وصولها إلى هدفها.', 'disrupted_weapons_use'),
  ex('اعترضت الدفاعات الجوية ثلاث مسيرات أطلقت من الأراضي اليمنية.', 'disrupted_weapons_use'),
  ex('أعلنت القوات المحلية تسلم قاعدة عسكرية من قوات التحالف بعد انسحاب الأخيرة.', 'non_violent_transfer_of_territory'),
  ex('اعتقل الجيش خمسة شبان بتهمة المشاركة في أعمال شغب.', 'arrests'),
  ex('أعلنت الشرطة ضبط خلية للتنظيم بحوزتها ٣ عبوات ناسفة.', 'arrests'),
  ex('بدأت القوات الأمريكية إنشاء قاعدة جوية في شمال شرق سوريا.', 'headquarters_or_base_established'),
  ex('اعتقلت الشرطة ثلاثة أشخاص بتهمة تمويل الإرهاب.', 'arrests'),
];

/** Denied, foiled, planned or threatened, background and claimed incidents. */
const statuses = [
  ex('نفى الجيش أن يكون قصف مستشفى المدينة.', 'denied:shelling_artillery_missile_attack'),
  ex('نفت وزارة الدفاع أن تكون طائراتها قد شنت غارة على المخيم.', 'denied:air_drone_strike'),
  ex('ونفى الحرس الثوري تنفيذ أي هجوم صاروخي على القاعدة.', 'denied:shelling_artillery_missile_attack'),
  ex('يعتزم الجيش شن هجوم صاروخي على معاقل المتمردين في الجبال.', 'planned:shelling_artillery_missile_attack'),
  ex('هدد التنظيم بتنفيذ تفجيرات انتحارية في العاصمة.', 'planned:suicide_bomb'),
  ex('تعتزم القوات الحكومية إطلاق عملية لاستعادة السيطرة على المدينة.', 'planned:government_regains_territory'),
  ex('وكانت المدينة قد شهدت تفجيراً انتحارياً مماثلاً قبل عامين.', 'background:suicide_bomb'),
  ex('وكان مسلحون قد اختطفوا ثلاثة مهندسين من الموقع نفسه العام الماضي.', 'background:abduction_forced_disappearance'),
  ex('أعلن تنظيم داعش مسؤوليته عن التفجير الانتحاري في بغداد.', 'claimed:suicide_bomb'),
  ex('وتبنت حركة الشباب الهجوم بالسيارة المفخخة على فندق في مقديشو.', 'claimed:remote_explosive_landmine_ied'),
  ex('تبنى تنظيم الدولة الإسلامية التفجير الذي استهدف حافلة للجيش.', 'claimed:remote_explosive_landmine_ied'),
  ex('لا صحة لما تم تداوله عن اشتباكات في محيط المطار.', 'denied:armed_clash'),
  ex('لم تسجل أي اشتباكات في المدينة خلال الليلة الماضية.', 'denied:armed_clash'),
  ex('من المقرر أن تنظم النقابات مسيرة احتجاجية يوم الأحد المقبل.', 'planned:peaceful_protest'),
  ex('هددت الجماعة باختطاف الرعايا الأجانب إذا لم تفرج السلطات عن عناصرها.', 'planned:abduction_forced_disappearance'),
  ex('وسبق أن تعرضت القاعدة لهجمات بطائرات مسيرة.', 'background:air_drone_strike'),
  ex('ستشن القوات الحكومية غارات على مواقع المتمردين في الأيام المقبلة.', 'planned:air_drone_strike'),
  ex('حاول مسلحون تفجير سيارة مفخخة قرب مبنى المحافظة.', 'attempted:remote_explosive_landmine_ied'),
  ex('قبل انطلاق عملية استعادة المدينة، دعا المحافظ السكان إلى المغادرة.', 'planned:government_regains_territory'),
];

/** Spelling variety: hamza forms, ى/ي, ة/ه, diacritics, tatweel, Eastern Arabic digits. */
const orthography = [
  ex('اشتبـــاكات مسلحة في حي الشيخ مقصود بحلب.', 'armed_clash'),
  ex('تَبَادُلٌ لِإِطْلَاقِ النَّارِ بَيْنَ دَوْرِيَّةٍ لِلْجَيْشِ وَمُهَرِّبِينَ عَلَى الحُدُودِ.', 'armed_clash'),
  ex('مقتل ٤ جنود و٧ مسلحين في معارك بمحافظة مأرب.', 'armed_clash'),
  ex('غاره جويه تستهدف منزلا في رفح', 'air_drone_strike'),
  ex('إستهدفت غارة إسرائيلية منزلاً في رفح فقتلت ٦ أشخاص.', 'air_drone_strike'),
  ex('قصـف مدفعـي يستهدف أحياء مدينة الفاشر.', 'shelling_artillery_missile_attack'),
  ex('مقتل ٣ أشخاص بانفجار عبوه ناسفه في الموصل', 'remote_explosive_landmine_ied'),
  ex('تفجير إنتحاري يستهدف مسجداً في كابل', 'suicide_bomb'),
  ex('اعتقال ١٥ مطلوبا في حمله امنيه بمدينه البصره', 'arrests'),
  ex('إختطاف مهندسين أجنبيين علي طريق المطار', 'abduction_forced_disappearance'),
  ex('مُظاهَرَةٌ حاشِدَةٌ أمامَ السَّفارَةِ', 'peaceful_protest'),
  ex('هُدْنَةٌ مؤقتة في المدينة لإجلاء الجرحى', 'agreement'),
  ex('فالاشتباكات التي اندلعت أمس أوقعت ٥ قتلى من الطرفين.', 'armed_clash'),
  ex('وللغارات الليلية أثر مدمر على الأحياء الشرقية، إذ قتل ۷ مدنيين.', 'air_drone_strike'),
  ex('واستهدف المسلحون الحاجز بالقذائف الصاروخية.', 'shelling_artillery_missile_attack'),
  ex('توصل الطرفان الى اتفاق لوقف اطلاق النار في المدينه', 'agreement'),
  ex('سقطت قذيفه هاون على مدرسه في حي الميدان', 'shelling_artillery_missile_attack'),
  ex('وبالـغـارات المـتـلاحـقـة دُمّر جسر المدينة الرئيسي.', 'air_drone_strike'),
];

/** Short paragraphs: several incidents, or one incident told twice. */
const paragraphs = [
  ex('قُتل جنديان في اشتباكات مع مسلحين في ريف حمص. وفي وقت لاحق، شنت طائرات حربية غارات على مواقع المسلحين في البادية.', 'armed_clash', 'air_drone_strike'),
  ex('انفجرت سيارة مفخخة في سوق مدينة الباب. وقال الدفاع المدني إن الانفجار أسفر عن مقتل 8 أشخاص.', 'remote_explosive_landmine_ied'),
  ex('فرقت الشرطة بالغاز المسيل للدموع مئات المحتجين في العاصمة. وفي مدينة أخرى، اعتقلت قوات الأمن ناشطين بارزين من منازلهم.', 'protest_with_intervention', 'arrests'),
];

/** Metaphors, accidents, sport, prices, politics, trade: no event at all. */
const negatives = [
  neg('شن النائب هجوماً حاداً على الوزير خلال جلسة البرلمان.', 'verbal attack'),
  neg('شنت الصحف المعارضة هجوماً لاذعاً على الحكومة.', 'verbal attack'),
  neg('شن المدرب هجوماً على الحكم بعد المباراة.', 'sport'),
  neg('قاد المهاجم الدولي خط الهجوم في مباراة الأمس.', 'sport'),
  neg('سجل الفريق هدف الفوز من هجمة مرتدة سريعة.', 'sport'),
  neg('اخترق اللاعب دفاعات الخصم وسدد كرة صاروخية في المرمى.', 'sport'),
  neg('تغلب المنتخب على منافسه في معركة كروية حامية.', 'sport'),
  neg('سيطر الفريق الضيف على مجريات اللعب في الشوط الثاني.', 'sport'),
  neg('اختطف المنتخب الفوز في الدقائق الأخيرة من المباراة.', 'sport'),
  neg('خطفت الممثلة الأضواء في حفل افتتاح المهرجان.', 'spotlight'),
  neg('قصف اللاعب الكرة بقوة في الشباك.', 'sport'),
  neg('أوقف الحكم المباراة بسبب الأمطار الغزيرة.', 'sport'),
  neg('شهدت الأسواق انفجاراً في أسعار المواد الغذائية.', 'prices'),
  neg('يعاني البلد من انفجار سكاني يضغط على الخدمات العامة.', 'population'),
  neg('حذر الخبراء من انفجار فقاعة الأسهم في البورصة.', 'markets'),
  neg('أطلق الرئيس معركة ضد الفساد في مؤسسات الدولة.', 'corruption'),
  neg('تستعد الأحزاب لمعركة الانتخابات البرلمانية المقبلة.', 'elections'),
  neg('تدور معركة قضائية بين الشركتين حول براءة الاختراع.', 'courts'),
  neg('خاض الطلاب معركة الامتحانات النهائية بنجاح.', 'exams'),
  neg('يخوض الأطباء معركة طويلة ضد فيروس كورونا.', 'virus'),
  neg('أشعلت تصريحات الوزير معركة إعلامية بين الحزبين.', 'media'),
  neg('تبادل المرشحان القصف الكلامي في المناظرة التلفزيونية.', 'debate'),
  neg('وقعت مصر والأردن اتفاقية تجارية لتعزيز التبادل التجاري.', 'trade agreement'),
  neg('وقع البلدان اتفاقاً لتحرير التجارة بينهما.', 'trade agreement'),
  neg('أبرمت الشركة اتفاقاً مع البنك الدولي لتمويل مشروع المياه.', 'funding agreement'),
  neg('وقعت الوزارة اتفاقية لتوريد الغاز الطبيعي إلى أوروبا.', 'gas deal'),
  neg('انفجر الجمهور بالضحك عند سماع النكتة.', 'laughter'),
  neg('انفجرت ماسورة مياه رئيسية في الحي فغمرت الشوارع.', 'water main'),
  neg('أطلقت الشركة صاروخاً يحمل قمراً صناعياً للاتصالات إلى الفضاء.', 'space launch'),
  neg('استعاد الدولار جزءاً من خسائره أمام اليورو.', 'currency'),
  neg('استعادت المدينة هدوءها بعد انتهاء العاصفة.', 'calm'),
  neg('قرر البنك المركزي تحرير سعر صرف الجنيه.', 'currency'),
  neg('حرر الشرطي محضراً بالواقعة وأحاله إلى النيابة.', 'police report'),
  neg('تعرض الموقع الإلكتروني للوزارة لهجوم إلكتروني واسع.', 'cyber attack'),
  neg('شهدت العاصمة تظاهرة ثقافية لعرض الأزياء التراثية.', 'cultural event'),
  neg('قدمت الخارجية احتجاجاً رسمياً إلى السفير.', 'diplomatic protest'),
  neg('تحدث الكاتب عن المسيرة الفنية للمطرب الراحل.', 'career'),
  neg('يستعد المسلمون لذبح الأضاحي في عيد الأضحى.', 'sacrifice'),
  neg('أعلن الحزب انسحابه من الائتلاف الحكومي.', 'politics'),
  neg('فجرت الصحيفة قنبلة إعلامية بنشر الوثائق المسربة.', 'media scoop'),
  neg('انسحبت الشركة من السوق الروسية بسبب العقوبات.', 'business'),
  neg('هاجم الكاتب في مقاله الأخير سياسات الحكومة الاقتصادية.', 'verbal attack'),
  neg('اشتبك نائبان بالأيدي تحت قبة البرلمان.', 'brawl in parliament'),
  neg('تبادل الفريقان الهجمات دون أن ينجح أي منهما في التسجيل.', 'sport'),
  neg('حكم على المتهم بالإعدام بتهمة تفجير سيارة مفخخة قبل عامين.', 'court sentence'),
  neg('انفجرت إطارات الحافلة على الطريق السريع.', 'tyres'),
  neg('انفجرت أسطوانة غاز في مطعم شعبي دون وقوع إصابات.', 'accident'),
  neg('وصف المعلق الهدف بأنه قذيفة صاروخية لا تصد.', 'sport'),
  neg('اجتاح الفيضان القرى الواقعة على ضفتي النهر.', 'flood'),
  neg('اجتاحت موجة الحر معظم مناطق البلاد هذا الأسبوع.', 'heatwave'),
  neg('سيطرت حالة من الترقب على الأسواق بعد قرار البنك المركزي.', 'markets'),
  neg('تظاهر اللاعب بالإصابة للحصول على ركلة جزاء.', 'sport: pretended'),
  neg('أثار القرار موجة احتجاجات على مواقع التواصل الاجتماعي.', 'online'),
  neg('شهد الملعب معركة حقيقية على الكرة في خط الوسط.', 'sport'),
  neg('أطلقت الوكالة صاروخاً يحمل مسباراً إلى المريخ.', 'space'),
  neg('احتج المدرب على قرار الحكم بإلغاء الهدف.', 'sport'),
  neg('رفض الكاتب استلام الجائزة احتجاجاً على سياسات الحكومة.', 'in protest at'),
  neg('ولم يصدر تعليق فوري من الجيش على هذه المعلومات.', 'no comment'),
  neg('أكد قائد الشرطة أن الوضع الأمني في المحافظة تحت السيطرة.', 'under control'),
  neg('أوقفت قوات حرس الحدود 40 مهاجراً غير شرعي في الصحراء.', 'migrants'),
  neg('ولا تزال عمليات الخطف تؤرق سكان المنطقة.', 'phenomenon, not an incident'),
  neg('نجحت الهيئة في استعادة القطع الأثرية المهربة إلى الخارج.', 'antiquities'),
  neg('أعلنت الوزارة إنشاء قاعدة بيانات موحدة للمواطنين.', 'database'),
  neg('فرضت الحكومة حظر التجول الليلي للحد من انتشار فيروس كورونا.', 'health curfew'),
  neg('تبادل الطرفان الاتهامات بخرق الهدنة المعلنة منذ أسبوع.', 'violation claims, no new agreement'),
  neg('نفذ الطيران الحربي غارات وهمية فوق القرى الحدودية.', 'mock raids'),
];

/**
 * Examples that still fail because of the coder's logic, not its lexicon; the test file does
 * not run them. Each note names the code change that would make it pass.
 */
/** Once pending: the code now handles them (gap patterns, territory after على, one protest family, background needs قد). */
const codeFixed: Example<CodedEvent>[] = [
  noted('riots and protests are one family: a riot sentence that names the protest gives one riot event',
    ex('رشق محتجون غاضبون قوات الأمن بالحجارة وأحرقوا الإطارات.', 'violent_demonstration')),
  noted('riots and protests are one family',
    ex('ألقى شبان زجاجات حارقة على مركز للشرطة خلال الاحتجاجات الليلية.', 'violent_demonstration')),
  noted('trigger phrases with a gap for the subject (VSO): "فض* ~ اعتصام*"',
    ex('فضت قوات الأمن اعتصاماً للعاطلين عن العمل أمام مبنى المحافظة.', 'protest_with_intervention')),
  noted('trigger phrases with a gap for the subject (VSO): "سلم* ~ نفس*"',
    ex('سلم إرهابي نفسه للسلطات العسكرية وبحوزته بندقية رشاشة.', 'other')),
  noted('trigger phrases with a gap for the subject (VSO): "سلم* ~ قاعد*"',
    ex('سلمت القوات الأمريكية قاعدة عين الأسد إلى الجيش العراقي.', 'non_violent_transfer_of_territory')),
  noted('trigger phrases with a gap for the subject (VSO): "انشق* ~ عن الجيش"',
    ex('انشق عشرات الجنود عن الجيش وانضموا إلى المعارضة المسلحة.', 'change_to_group_activity')),
  noted('"وكان" + imperfect is description, not pluperfect background ("وكان … قد")',
    ex('وكان الانتحاري يرتدي حزاماً ناسفاً فجره عند نقطة التفتيش.', 'suicide_bomb')),
  noted('territoryAfter: the subject stands between the verb and the place (VSO); look further, after على',
    ex('استعاد الجيش السوري السيطرة على بلدة خان شيخون بعد أسابيع من المعارك.', 'government_regains_territory')),
  noted('territoryAfter: the subject stands between the verb and the place (VSO); look further, after على',
    ex('سيطر مسلحو حركة الشباب على بلدة في إقليم شبيلي السفلى.', 'non_state_actor_overtakes_territory')),
  noted('territoryAfter: the subject stands between the verb and the place (VSO); look further, after على',
    ex('استولى مسلحون على مركز للشرطة في ولاية زمفارا ورفعوا رايتهم عليه.', 'non_state_actor_overtakes_territory')),
  noted('territoryAfter: the subject stands between the verb and the place (VSO); look further, after على',
    ex('اجتاح مقاتلو التنظيم قرية على ضفاف الفرات بعد انسحاب الحامية.', 'non_state_actor_overtakes_territory')),
  noted('territoryAfter: the subject stands between the verb and the place (VSO); look further, after على',
    ex('استولى مسلحون على مبنى البلدية في البلدة', 'non_state_actor_overtakes_territory')),
  noted('territoryAfter: a number word between على and the place ("على ثلاث قرى")',
    ex('وقال الفريق الركن قائد العمليات إن قواته استعادت السيطرة على ثلاث قرى.', 'government_regains_territory')),

];

export const pendingExamples: Example<CodedEvent>[] = [
  noted('second incident in a sentence: arrests and disrupted weapons use are separate strategic developments',
    ex('اعتقلت الشرطة ثلاثة مشتبه بهم وعثرت على عبوات ناسفة في منزلهم.', 'arrests', 'disrupted_weapons_use')),
  noted('a foiled attack is a disrupted_weapons_use event (ACLED) and the attack itself stays attempted',
    ex('أحبطت قوات الأمن هجوماً انتحارياً كان يستهدف مسجداً في المدينة.', 'disrupted_weapons_use', 'attempted:suicide_bomb')),
  noted('an interception cue overrides the weapon it stops (one disrupted event, no strike)',
    ex('أسقطت الدفاعات الجوية طائرة مسيرة فوق القاعدة.', 'disrupted_weapons_use')),
  noted('accidents: a casualty toll should not override a hard non-event context (gas cylinder)',
    neg('قتل 3 أشخاص في انفجار أسطوانة غاز داخل مطعم شعبي.')),
];

export const examples: Example<CodedEvent>[] = [
  ...battles, ...explosions, ...civilians, ...protests, ...riots, ...strategic,
  ...statuses, ...orthography, ...paragraphs, ...negatives, ...codeFixed,
];
