import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDateline } from '../../src/ingest/dateline.js';

const cases: [string, { place: string | null; agency: string | null } | null][] = [
  ['بغداد - رويترز: قالت مصادر في الشرطة', { place: 'بغداد', agency: 'رويترز' }],
  ['دبي، الإمارات العربية المتحدة (CNN)-- أعلنت السلطات', { place: 'دبي، الإمارات العربية المتحدة', agency: 'CNN' }],
  ['الرباط - (وكالة المغرب العربي للأنباء) أفادت السلطات', { place: 'الرباط', agency: 'وكالة المغرب العربي للأنباء' }],
  ['رويترز- بنغازي: قال مسعفون', { place: 'بنغازي', agency: 'رويترز' }],
  ['واشنطن (أ ف ب) - أعلنت وزارة الدفاع', { place: 'واشنطن', agency: 'أ ف ب' }],
  ['بيروت – الأناضول: قصفت طائرات', { place: 'بيروت', agency: 'الأناضول' }],
  ['دبي – «المرفأ» أعلنت الشركة', { place: 'دبي', agency: 'المرفأ' }],
  ['القاهرة - أعلنت وزارة الداخلية', { place: 'القاهرة', agency: null }],
  ['قال مسؤولون إن 3 - 4 أشخاص أصيبوا', null],
  ['مصر: مقتل 12 مسلحاً في سيناء', null],
  ['أعلنت الحكومة اليوم عن خطة جديدة لمواجهة الأزمة', null],
];

for (const [text, want] of cases) {
  test(`dateline: ${text.slice(0, 30)}`, () => assert.deepEqual(parseDateline(text), want));
}
