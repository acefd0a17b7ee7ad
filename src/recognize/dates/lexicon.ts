// The date vocabulary, read once from data/dates/ and folded the way n.text is, with the
// regex alternations the rules share. Everything here is built at module load.
import { list, loadTable } from '../../data/table.js';
import { fold } from '../../text/normalize.js';
import { alt } from '../../text/regex-parts.js';

export interface MonthForm {
  month: number;
  system: string;
  strict: boolean;
}

/** A folded phrase as a regex source: inner spaces match any run of whitespace. */
export function phraseSource(words: Iterable<string>): string {
  return alt([...words].map(fold)).replace(/ /g, '\\s+');
}

/** Folded, with inner whitespace squeezed: the key of the maps below. */
export function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function formsOf(rows: Record<string, string>[], col: string): Array<[string, Record<string, string>]> {
  const out: Array<[string, Record<string, string>]> = [];
  for (const r of rows) for (const f of list(r[col])) out.push([fold(f), r]);
  return out;
}

export const GREGORIAN_MONTHS = new Map<string, MonthForm>();
for (const [f, r] of formsOf(loadTable('dates/gregorian-months.tsv'), 'arabic')) {
  GREGORIAN_MONTHS.set(f, { month: Number(r.month), system: r.system!, strict: r.strict === 'yes' });
}

export const HIJRI_MONTHS = new Map<string, { month: number; strict: boolean }>();
for (const [f, r] of formsOf(loadTable('dates/hijri-months.tsv'), 'arabic')) {
  HIJRI_MONTHS.set(f, { month: Number(r.month), strict: r.strict === 'yes' });
}

export const WEEKDAYS = new Map<string, number>();
for (const [f, r] of formsOf(loadTable('dates/weekdays.tsv'), 'arabic')) WEEKDAYS.set(f, Number(r.weekday));

export type Unit = 'day' | 'month' | 'year';

export const RELATIVE = new Map<string, { unit: Unit; offset: number }>();
for (const [f, r] of formsOf(loadTable('dates/relative.tsv'), 'arabic')) {
  RELATIVE.set(f, { unit: r.unit as Unit, offset: Number(r.offset) });
}

export const ORDINALS = new Map<string, number>();
for (const [f, r] of formsOf(loadTable('dates/ordinals.tsv'), 'arabic')) ORDINALS.set(f, Number(r.day));

export const COUNTS = new Map<string, number>();
for (const [f, r] of formsOf(loadTable('dates/counts.tsv'), 'arabic')) COUNTS.set(f, Number(r.value));

export const DURATION_UNITS = new Map<string, { unit: Unit; count: number | null }>();
for (const r of loadTable('dates/durations.tsv')) {
  for (const f of list(r.arabic)) DURATION_UNITS.set(fold(f), { unit: r.unit as Unit, count: null });
  for (const f of list(r.dual)) DURATION_UNITS.set(fold(f), { unit: r.unit as Unit, count: 2 });
}

export interface Holiday {
  calendar: 'hijri' | 'gregorian';
  month: number;
  day: number;
}
export const HOLIDAYS = new Map<string, Holiday>();
for (const [f, r] of formsOf(loadTable('dates/holidays.tsv'), 'arabic')) {
  HOLIDAYS.set(f, { calendar: r.calendar as Holiday['calendar'], month: Number(r.month), day: Number(r.day) });
}

const CUES = new Map<string, string[]>();
for (const [f, r] of formsOf(loadTable('dates/cues.tsv'), 'arabic')) {
  const k = r.kind!;
  if (!CUES.has(k)) CUES.set(k, []);
  CUES.get(k)!.push(f);
}
export function cues(kind: string): string[] {
  const c = CUES.get(kind);
  if (!c) throw new Error(`dates: no cue words of kind ${kind} in data/dates/cues.tsv`);
  return c;
}

/** Regex sources of the alternations. */
export const SRC = {
  gregorianMonth: phraseSource(GREGORIAN_MONTHS.keys()),
  hijriMonth: phraseSource(HIJRI_MONTHS.keys()),
  weekday: phraseSource(WEEKDAYS.keys()),
  relative: phraseSource(RELATIVE.keys()),
  ordinal: phraseSource(ORDINALS.keys()),
  count: phraseSource(COUNTS.keys()),
  durationUnit: phraseSource(DURATION_UNITS.keys()),
  holiday: phraseSource(HOLIDAYS.keys()),
};

/** Words after a month or weekday that place it relative to publication. */
export const PAST_WORDS = ['الماضي', 'المنصرم', 'الفائت', 'السابق', 'الماضيه', 'المنصرمه', 'الماضيين', 'الماضيان'];
export const NEXT_WORDS = ['المقبل', 'القادم', 'المقبله', 'القادمه', 'المقبلين', 'القادمين'];
export const CURRENT_WORDS = ['الجاري', 'الحالي', 'الجاريه', 'الحاليه'];
export const RELWORD_SRC = alt([...PAST_WORDS, ...NEXT_WORDS, ...CURRENT_WORDS]);

export type RelWord = 'past' | 'next' | 'current';
export function relWord(w: string): RelWord {
  if (PAST_WORDS.includes(w)) return 'past';
  if (NEXT_WORDS.includes(w)) return 'next';
  return 'current';
}
