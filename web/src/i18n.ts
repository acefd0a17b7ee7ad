// Interface language: Arabic (right-to-left, Eastern Arabic digits) by default, English on
// request. Names from articles (actors, places) stay as the articles wrote them; only the
// interface, type labels, country names, numbers and dates change with the language.

export type Lang = 'ar' | 'en';

const STORAGE_KEY = 'marsad.lang';

const STRINGS = {
  app: ['مرصد', 'Marsad'],
  tagline: ['أحداث النزاع والأمن من الأخبار العربية', 'Conflict and security events from Arabic news'],
  nav_overview: ['نظرة عامة', 'Overview'],
  nav_events: ['الأحداث', 'Events'],
  nav_analyse: ['تحليل نص', 'Analyse'],
  switch_lang: ['English', 'العربية'],
  loading: ['جارٍ التحميل…', 'Loading…'],
  error: ['تعذّر التحميل', 'Could not load'],
  none: ['لا شيء', 'None'],
  no_events: ['لا أحداث تطابق هذا البحث', 'No events match this search'],
  events: ['الأحداث', 'Events'],
  fatalities: ['القتلى', 'Fatalities'],
  injured: ['الجرحى', 'Injured'],
  per_week: ['الأحداث والقتلى أسبوعياً حسب النوع', 'Events and fatalities per week by type'],
  map: ['خريطة الأحداث', 'Map of events'],
  map_note: ['حجم الدائرة بعدد القتلى ولونها بنوع الحدث', 'Circle size by fatalities, colour by event type'],
  top_actors: ['أبرز الفاعلين', 'Top actors'],
  top_places: ['أبرز الأماكن', 'Top places'],
  latest: ['أحدث الأحداث', 'Latest events'],
  all_events: ['كل الأحداث', 'All events'],
  date: ['التاريخ', 'Date'],
  from: ['من', 'From'],
  to: ['إلى', 'To'],
  country: ['البلد', 'Country'],
  any: ['الكل', 'Any'],
  type: ['النوع', 'Type'],
  sub_type: ['النوع الفرعي', 'Sub-type'],
  actor: ['الفاعل', 'Actor'],
  actors: ['الفاعلون', 'Actors'],
  place: ['المكان', 'Place'],
  search: ['بحث في النص', 'Text search'],
  apply: ['تطبيق', 'Apply'],
  clear: ['مسح', 'Clear'],
  export: ['تصدير', 'Export'],
  next: ['التالي', 'Next'],
  previous: ['السابق', 'Previous'],
  page: ['صفحة', 'Page'],
  per_page: ['في الصفحة', 'per page'],
  reports: ['التقارير', 'Reports'],
  report_count: ['عدد التقارير', 'Reports'],
  event: ['حدث', 'Event'],
  casualties: ['حصيلة الضحايا', 'Casualty figures'],
  reconciled: ['التقدير المعتمد', 'Reconciled'],
  range: ['المدى', 'Range'],
  source_value: ['القيمة', 'Value'],
  speaker: ['المصدر', 'Speaker'],
  article: ['المقال', 'Article'],
  unattributed: ['غير منسوب', 'unattributed'],
  evidence: ['الدليل', 'Evidence'],
  open_article: ['فتح المقال', 'Open article'],
  published: ['تاريخ النشر', 'Published'],
  legend: ['المفتاح', 'Key'],
  kind_entity: ['كيانات', 'Entities'],
  kind_date: ['تواريخ', 'Dates'],
  kind_figure: ['أرقام الضحايا وغيرها', 'Figures'],
  kind_quote: ['اقتباسات', 'Quotes'],
  kind_trigger: ['مؤشرات الأحداث', 'Event triggers'],
  kind_evidence: ['أدلة', 'Evidence'],
  events_over_time: ['الأحداث عبر الزمن', 'Events over time'],
  linked_actors: ['فاعلون مرتبطون', 'Linked actors'],
  analyse_title: ['تحليل نص عربي', 'Analyse Arabic text'],
  analyse_hint: ['الصق نص خبر أو رابطه، وتظهر النتيجة فوراً', 'Paste the text of a news article or its URL; the analysis appears at once'],
  text: ['النص', 'Text'],
  url: ['الرابط', 'URL'],
  analyse: ['حلّل', 'Analyse'],
  relevant: ['ذو صلة بالنزاع', 'Conflict-relevant'],
  not_relevant: ['غير ذي صلة', 'Not relevant'],
  yes: ['نعم', 'yes'],
  no: ['لا', 'no'],
  entities: ['الكيانات', 'Entities'],
  dates: ['التواريخ', 'Dates'],
  figures: ['الأرقام', 'Figures'],
  quotes: ['الاقتباسات', 'Quotes'],
  other_events: ['أحداث غير واقعة', 'Other (denied, planned, background)'],
  status: ['الحالة', 'Status'],
  value: ['القيمة', 'Value'],
  kind: ['الصنف', 'Kind'],
  not_found: ['الصفحة غير موجودة', 'Page not found'],
  world: ['العالم', 'World'],
  mena: ['الشرق الأوسط وشمال أفريقيا', 'Middle East & North Africa'],
  levant: ['المشرق', 'Levant & Iraq'],
  sahel: ['الساحل والسودان', 'Sahel & Sudan'],
  arabia: ['شبه الجزيرة العربية', 'Arabian Peninsula'],
  zoom_hint: ['اسحب للتحريك، ودوّر العجلة للتكبير', 'Drag to pan, wheel to zoom'],
  no_article: ['نص المقال غير متاح', 'Article text not available'],
  sorted_note: ['الترتيب يشمل الصفحة الحالية', 'Sorting applies to the current page'],
  unknown: ['غير معروف', 'unknown'],
  merges: ['سبب دمج التقارير', 'Why the reports were merged'],
  score: ['الدرجة', 'score'],
  undone: ['أُلغي', 'undone'],
} as const;

export type StringKey = keyof typeof STRINGS;

let current: Lang = readStored();

function readStored(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'ar';
  } catch {
    return 'ar';
  }
}

export const lang = (): Lang => current;

export function setLang(l: Lang): void {
  current = l;
  try { localStorage.setItem(STORAGE_KEY, l); } catch { /* private mode: the choice lasts this page */ }
  applyLang();
}

/** Sets the document's language and direction; everything else reads `lang()` when it renders. */
export function applyLang(): void {
  document.documentElement.lang = current;
  document.documentElement.dir = current === 'ar' ? 'rtl' : 'ltr';
  document.title = t('app');
}

export const t = (k: StringKey): string => STRINGS[k][current === 'ar' ? 0 : 1];

const TYPES: Record<string, [string, string]> = {
  battles: ['معارك', 'Battles'],
  explosions_remote_violence: ['تفجيرات وعنف عن بعد', 'Explosions/Remote violence'],
  violence_against_civilians: ['عنف ضد المدنيين', 'Violence against civilians'],
  protests: ['احتجاجات', 'Protests'],
  riots: ['أعمال شغب', 'Riots'],
  strategic_developments: ['تطورات استراتيجية', 'Strategic developments'],
};

const SUB_TYPES: Record<string, [string, string]> = {
  armed_clash: ['اشتباك مسلح', 'Armed clash'],
  government_regains_territory: ['استعادة الحكومة أرضاً', 'Government regains territory'],
  non_state_actor_overtakes_territory: ['سيطرة جهة غير حكومية على أرض', 'Non-state actor overtakes territory'],
  chemical_weapon: ['سلاح كيميائي', 'Chemical weapon'],
  air_drone_strike: ['غارة جوية أو بطائرة مسيّرة', 'Air/drone strike'],
  suicide_bomb: ['تفجير انتحاري', 'Suicide bomb'],
  shelling_artillery_missile_attack: ['قصف مدفعي أو صاروخي', 'Shelling/artillery/missile attack'],
  remote_explosive_landmine_ied: ['عبوة ناسفة أو لغم', 'Remote explosive/landmine/IED'],
  grenade: ['قنبلة يدوية', 'Grenade'],
  sexual_violence: ['عنف جنسي', 'Sexual violence'],
  attack: ['هجوم', 'Attack'],
  abduction_forced_disappearance: ['خطف أو إخفاء قسري', 'Abduction/forced disappearance'],
  peaceful_protest: ['احتجاج سلمي', 'Peaceful protest'],
  protest_with_intervention: ['احتجاج مع تدخل', 'Protest with intervention'],
  excessive_force_against_protesters: ['قوة مفرطة ضد المحتجين', 'Excessive force against protesters'],
  violent_demonstration: ['تظاهرة عنيفة', 'Violent demonstration'],
  mob_violence: ['عنف جماعي', 'Mob violence'],
  agreement: ['اتفاق', 'Agreement'],
  arrests: ['اعتقالات', 'Arrests'],
  change_to_group_activity: ['تغير في نشاط جماعة', 'Change to group/activity'],
  disrupted_weapons_use: ['إحباط استخدام سلاح', 'Disrupted weapons use'],
  headquarters_or_base_established: ['إنشاء مقر أو قاعدة', 'Headquarters or base established'],
  looting_property_destruction: ['نهب أو تدمير ممتلكات', 'Looting/property destruction'],
  non_violent_transfer_of_territory: ['انتقال سلمي لأرض', 'Non-violent transfer of territory'],
  other: ['أخرى', 'Other'],
};

export const EVENT_TYPES: readonly string[] = Object.keys(TYPES);

const pickLang = (pair: [string, string] | undefined, fallback: string): string =>
  pair ? pair[current === 'ar' ? 0 : 1] : fallback.replace(/_/g, ' ');

export const typeLabel = (type: string): string => pickLang(TYPES[type], type);
export const subTypeLabel = (sub: string): string => pickLang(SUB_TYPES[sub], sub);

const STATUS: Record<string, [string, string]> = {
  reported: ['وقع', 'reported'],
  claimed: ['تبنٍّ', 'claimed'],
  denied: ['نُفي', 'denied'],
  attempted: ['محاولة', 'attempted'],
  planned: ['مخطط له', 'planned'],
  background: ['خلفية', 'background'],
};
export const statusLabel = (s: string): string => pickLang(STATUS[s], s);

const FIGURE_KINDS: Record<string, [string, string]> = {
  killed: ['قتلى', 'killed'], injured: ['جرحى', 'injured'], kidnapped: ['مخطوفون', 'kidnapped'],
  arrested: ['معتقلون', 'arrested'], displaced: ['نازحون', 'displaced'], people: ['أشخاص', 'people'],
  fighters: ['مقاتلون', 'fighters'], countries: ['دول', 'countries'], percent: ['نسبة', 'percent'],
  money: ['مبلغ', 'money'], other: ['أخرى', 'other'],
};
export const figureKindLabel = (k: string): string => pickLang(FIGURE_KINDS[k], k);

const BOUNDS: Record<string, [string, string]> = {
  at_least: ['على الأقل', 'at least'], at_most: ['على الأكثر', 'at most'], about: ['نحو', 'about'],
};
export const boundLabel = (b: string): string => (b === 'exact' ? '' : pickLang(BOUNDS[b], b));

// Formatters are rebuilt only when the language changes.
let fmtCache: { lang: Lang; num: Intl.NumberFormat; region: Intl.DisplayNames | null; day: Intl.DateTimeFormat; month: Intl.DateTimeFormat } | null = null;

function formatters() {
  if (fmtCache?.lang === current) return fmtCache;
  const loc = current === 'ar' ? 'ar-u-nu-arab' : 'en-GB';
  let region: Intl.DisplayNames | null = null;
  try { region = new Intl.DisplayNames([current], { type: 'region' }); } catch { region = null; }
  fmtCache = {
    lang: current,
    num: new Intl.NumberFormat(loc),
    region,
    day: new Intl.DateTimeFormat(loc, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat(loc, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  };
  return fmtCache;
}

/** A number in the interface's digits (Eastern Arabic in Arabic). */
export const num = (n: number): string => formatters().num.format(n);

/** A count with its range when sources disagree: "٥ (٣–٧)". */
export function rangeText(r: { low: number; best: number; high: number } | null): string {
  if (!r) return '–';
  return r.low === r.high ? num(r.best) : `${num(r.best)} (${num(r.low)}–${num(r.high)})`;
}

export function countryName(code: string | null | undefined): string {
  if (!code) return '–';
  try {
    return formatters().region?.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) written at its own precision. */
export function dateText(iso: string | null | undefined): string {
  if (!iso) return '–';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const f = formatters();
  if (!mo) return f.num.format(Number(y)).replace(/[٬,]/g, '');
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, d ? Number(d) : 1));
  return d ? f.day.format(date) : f.month.format(date);
}
