// Weekday names ("الأحد", "يوم الاثنين", "صباح الإثنين", "أمس الأحد", "الأربعاء الماضي").
// A weekday is the most recent such day on or before publication, unless its sentence
// speaks of the future before it (then the next one); "أمس الأحد" means the Sunday before
// publication (the weekday is trusted over an estimated publication day), "غداً الجمعة" the
// next Friday; الماضي and
// المقبل exclude the publication day itself.
//
// Not weekdays: "الأحد عشر" (eleven), "بين الاثنين" / "كلا الاثنين" (the two). Not dated:
// "صلاة الجمعة" (the prayer, named after its day) and a weekday defined by a relative clause
// ("الجمعة التي سبقت الهجوم": a day placed by another event, not by the calendar).
import { B, E } from '../../text/regex-parts.js';
import { type Direction, isoDay, resolveWeekday } from './calendar.js';
import { type Candidate, type DateContext, leftOf, stickyAt } from './candidate.js';
import { speaksOfFuture, wordBefore } from './context.js';
import { RELWORD_SRC, SRC, WEEKDAYS, cues, relWord, squeeze } from './lexicon.js';

const WEEKDAY_RE = new RegExp(`${B}(?<pre>[وف]?[بل]?)(?<art>ال|ل)(?<stem>${SRC.weekday})(?![\\p{L}_])`, 'gu');
const LEFT_RE = new RegExp(
  `(?:${B}(?<ams>(?:[وف]?يوم\\s+)?[وف]?(?:ب)?(?:ال)?امس)|${B}(?<ghad>[وف]?(?:غدا|(?:يوم\\s+)?(?:ال)?غد|بعد\\s+(?:ال)?غد))|${B}(?<today>[وف]?اليوم)|` +
    `${B}(?<part>[وف]?(?:يوم|صباح|مساء|ليله|ليل|فجر|ظهر|عصر|ظهيره|نهار|منتصف\\s+ليل|منتصف\\s+ليله)(?:\\s+يوم)?))\\s+$`,
  'u',
);
const RIGHT_RE = new RegExp(`\\s+(?<rw>${RELWORD_SRC})${E}`, 'uy');
const ELEVEN_RE = new RegExp(`\\s+عشر(?:ه)?${E}`, 'uy');
const RELATIVE_CLAUSE_RE = new RegExp(`\\s+(?:التي|الذي|اللذين|اللتين)${E}`, 'uy');
const PRAYER_RE = new RegExp(`${B}[وف]?[بل]?(?:ال)?صلاه(?:\\s+يوم)?\\s+$`, 'u');
const NOT_BEFORE_MONDAY = new Set(cues('not-weekday-before'));

export function weekdayDates(ctx: DateContext): Candidate[] {
  const { text, ref } = ctx;
  if (!ref) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(WEEKDAY_RE)) {
    const g = m.groups!;
    let start = m.index!;
    let end = start + m[0].length;
    const wd = WEEKDAYS.get(squeeze(g.stem!))!;
    if (stickyAt(ELEVEN_RE, text, end) || stickyAt(RELATIVE_CLAUSE_RE, text, end)) continue;
    const lw = leftOf(text, start, 40);
    if (PRAYER_RE.test(lw)) continue;
    const left = LEFT_RE.exec(lw);
    if (g.art === 'ل' && g.pre !== 'ل' && !left?.groups?.part) continue;
    if (wd === 1 && !left && NOT_BEFORE_MONDAY.has(wordBefore(text, start))) continue;
    if (left) start -= lw.length - left.index;

    let dir: Direction = 'onOrBefore';
    let rule = 'weekday';
    const r = stickyAt(RIGHT_RE, text, end);
    if (left?.groups?.ams) {
      dir = 'before';
      rule = 'weekday-yesterday';
    } else if (left?.groups?.ghad) {
      dir = 'after';
      rule = 'weekday-tomorrow';
    } else if (left?.groups?.today) {
      rule = 'weekday-today';
    } else if (r) {
      const w = relWord(r.groups!.rw!);
      if (w !== 'current') {
        dir = w === 'past' ? 'before' : 'after';
        rule = `weekday-${w}`;
        end += r[0].length;
      }
    } else if (speaksOfFuture(text, start)) {
      dir = 'onOrAfter';
      rule = 'weekday-future';
    }
    out.push({
      start, end, value: isoDay(resolveWeekday(ref, wd, dir)), precision: 'day', rule, implied: true, calendar: 'gregorian',
    });
  }
  return out;
}

/** True for a candidate a weekday rule produced (an explicit date written after it wins). */
export function isWeekday(c: Candidate): boolean {
  return c.rule.startsWith('weekday');
}
