// Casualty tolls of one incident. ACLED counts every death on all sides, attackers
// included, so figures for different parties add up ("21 عنصراً من قوات النظام … و8 من
// مسلحي التنظيم" = 29), a figure that only picks out some of them does not ("بينهم 3
// أطفال"), and when the same party's toll is stated again the highest (latest) value wins
// ("ارتفعت الحصيلة إلى 18").
import type { FigureMention } from '../types.js';
import { fold } from '../text/normalize.js';

/** Which side a counted noun belongs to: the armed attackers, or everyone else. */
const MILITANT_UNIT = /(?:مسلح|ارهابي|متشدد|مقاتل|انتحاري|تنظيم|داعش|متمرد|جهادي|عناصر التنظيم)/u;
/** A figure right after these words is a subset of the toll before it. */
const SUBSET_BEFORE = /(?:بينهم|منهم|من بينهم|بينها|بينهن|ومنهم|بينهما|معظمهم|اغلبهم)\s*$/u;

export type Side = 'militant' | 'other';
export type Toll = Partial<Record<Side, number>>;

export interface Tolls { killed: Toll; injured: Toll }

export function sideOf(f: FigureMention): Side {
  return f.unit && MILITANT_UNIT.test(fold(f.unit)) ? 'militant' : 'other';
}

/** The tolls stated in one range of text: parties add up, subsets do not. */
export function tollsIn(text: string, from: number, to: number, figures: FigureMention[]): Tolls {
  const out: Tolls = { killed: {}, injured: {} };
  for (const f of figures) {
    if (f.start < from || f.end > to || (f.kind !== 'killed' && f.kind !== 'injured')) continue;
    if (SUBSET_BEFORE.test(fold(text.slice(Math.max(from, f.start - 14), f.start)))) continue;
    const side = sideOf(f);
    const t = out[f.kind];
    t[side] = (t[side] ?? 0) + f.value;
  }
  return out;
}

/** Two statements of one incident's toll: per side the higher, then the sides add up. */
export function mergeToll(a: Toll, b: Toll): Toll {
  const out: Toll = { ...a };
  for (const side of ['militant', 'other'] as const) {
    if (b[side] !== undefined) out[side] = Math.max(out[side] ?? 0, b[side]!);
  }
  return out;
}

export function total(t: Toll): number | null {
  const sides = Object.values(t);
  return sides.length ? sides.reduce((s, v) => s + v, 0) : null;
}
