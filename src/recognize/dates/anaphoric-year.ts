// A year named from the year just mentioned: "خلال عام 2024 مقارنة بالعام الذي سبقه" (2023),
// "وفي العام التالي" (the year after). It is resolved against the nearest date before it in
// the text; with none before it, it is left out.
import { B, E } from '../../text/regex-parts.js';
import { isoYear } from './calendar.js';
import type { Candidate } from './candidate.js';

const ANAPHORIC_RE = new RegExp(
  `${B}[وف]?[بل]?(?:ال|لل)(?:عام|سنه)\\s+(?:(?<prev>الذي\\s+(?:سبقه|قبله)|التي\\s+(?:سبقتها|قبلها))|(?<next>الذي\\s+(?:تلاه|يليه|بعده)|التي\\s+(?:تلتها|تليها|بعدها)|التالي|التاليه|الموالي|المواليه))${E}`,
  'gu',
);

/** Adds the anaphoric years of `text` to the settled candidates (which must be in text order). */
export function addAnaphoricYears(cands: Candidate[], text: string): Candidate[] {
  const out = [...cands];
  for (const m of text.matchAll(ANAPHORIC_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (cands.some((c) => c.start < end && start < c.end)) continue;
    const before = cands.filter((c) => c.end <= start).pop();
    if (!before) continue;
    const y = Number(before.value.slice(0, 4)) + (m.groups!.prev ? -1 : 1);
    out.push({ start, end, value: isoYear(y), precision: 'year', rule: 'anaphoric-year', implied: true, calendar: 'gregorian' });
  }
  return out.sort((a, b) => a.start - b.start);
}
