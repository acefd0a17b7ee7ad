// Datelines at the start of an article body ("بغداد - رويترز:", "دبي، الإمارات العربية المتحدة
// (CNN)--", "الرباط - (وكالة المغرب العربي للأنباء)", "رويترز- بنغازي:") read into {place,
// agency}. The text stays in the body: this only adds metadata.
import { list, loadTable } from '../data/table.js';

export interface Dateline {
  place: string | null;
  agency: string | null;
}

/** Only the start of the body is searched. */
export const DATELINE_SCAN_CHARS = 140;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

const AGENCY_FORMS = loadTable('boilerplate/agencies.tsv')
  .flatMap((r) => list(r.forms))
  .sort((a, b) => b.length - a.length);
const AGENCY = `(?:وكالة\\s+)?(?:${AGENCY_FORMS.map(escape).join('|')})`;
const WORD = '[\\p{L}\\p{M}]+';
const PLACE = `${WORD}(?:\\s+${WORD}){0,3}`;
const DASH = '\\s*[-–—]{1,2}\\s*';
const END = '(?=\\s|$|[:\\-–—])';

interface Shape {
  re: RegExp;
  read: (m: RegExpExecArray) => Dateline;
}

/** Tried in order; the first that matches wins. */
const SHAPES: readonly Shape[] = [
  // دبي، الإمارات العربية المتحدة (CNN)--   /   واشنطن (أ ف ب) -
  {
    re: new RegExp(`^(${PLACE}(?:\\s*[،,]\\s*${PLACE})?)\\s*\\(\\s*([^()]{1,50}?)\\s*\\)\\s*(?:[-–—]{1,2}|:)`, 'u'),
    read: (m) => ({ place: m[1]!, agency: m[2]! }),
  },
  // بغداد - رويترز   /   الرباط - (وكالة المغرب العربي للأنباء)   /   دبي – «الصحيفة»
  {
    re: new RegExp(`^(${PLACE})${DASH}(?:\\(\\s*([^()]{2,50}?)\\s*\\)|«\\s*([^«»]{2,50}?)\\s*»|(${AGENCY})${END})`, 'u'),
    read: (m) => ({ place: m[1]!, agency: (m[2] ?? m[3] ?? m[4])! }),
  },
  // رويترز- بنغازي:
  {
    re: new RegExp(`^(${AGENCY})${DASH}(${PLACE})\\s*:`, 'u'),
    read: (m) => ({ place: m[2]!, agency: m[1]! }),
  },
  // القاهرة - (no agency): a short place, then a spaced dash
  {
    re: new RegExp(`^(${WORD}(?:\\s+${WORD}){0,2})\\s+[-–—]\\s+\\S`, 'u'),
    read: (m) => ({ place: m[1]!, agency: null }),
  },
];

export function parseDateline(body: string): Dateline | null {
  const head = body.trimStart().slice(0, DATELINE_SCAN_CHARS);
  for (const s of SHAPES) {
    const m = s.re.exec(head);
    if (m) {
      const d = s.read(m);
      return { place: d.place?.replace(/\s+/g, ' ').trim() || null, agency: d.agency?.replace(/\s+/g, ' ').trim() || null };
    }
  }
  return null;
}
