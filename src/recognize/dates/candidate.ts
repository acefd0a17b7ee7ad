// What every date rule hands to the refiners: a range of the normalised text and its value.
import type { DateMention } from '../../types.js';
import type { Ymd } from './calendar.js';

export interface Candidate extends Omit<DateMention, 'text' | 'start' | 'end'> {
  /** Range in the normalised text. */
  start: number;
  end: number;
  /** Further values written in the same span: the first day of "10 و15 مارس". */
  also?: string[];
}

/** What a rule reads: the normalised text and the reference day (null when unknown). */
export interface DateContext {
  text: string;
  ref: Ymd | null;
}

export type DateRule = (ctx: DateContext) => Candidate[];

/** Runs a sticky regex at `at`; the regex must carry the `y` flag. */
export function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** The text just before `at` (a window wide enough for the longest left context). */
export function leftOf(text: string, at: number, width = 60): string {
  return text.slice(Math.max(0, at - width), at);
}
