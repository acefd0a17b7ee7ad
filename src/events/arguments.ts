// The arguments of one trigger, taken from its sentence: place (most precise), country,
// date, actors (initiator and target) and the casualty figures. Everything works on original
// offsets, the coordinates every recogniser reports in.
import type { DateMention, Entity, FigureMention } from '../types.js';
import { actorsOf } from './actors.js';
import { type Tolls, tollsIn } from './casualties.js';

export { isArmed } from './actors.js';

export interface EntityMention { ent: Entity; start: number; end: number; text: string }

export interface Arguments {
  place: Entity | null;
  country: string | null;
  date: DateMention | null;
  actor1: string | null;
  actor2: string | null;
  tolls: Tolls;
}

/** Higher is more precise; countries and regions are places of last resort. */
const PLACE_RANK: Record<string, number> = {
  neighbourhood: 7, village: 6, camp: 6, site: 6, crossing: 6, base: 6, city: 5, town: 5,
  district: 4, admin1: 3, mountain: 3, river: 2, region: 2, country: 1,
};

export function placeRank(e: Entity): number {
  const kind = e.attributes?.kind ?? (e.id && /^[A-Z]{2}$/.test(e.id) ? 'country' : 'city');
  return PLACE_RANK[kind] ?? 4;
}

export function isCountry(e: Entity): boolean {
  return placeRank(e) === 1;
}


export function argumentsOf(
  type: string,
  text: string,
  sent: { start: number; end: number },
  trigger: { start: number; end: number },
  mentions: EntityMention[],
  dates: DateMention[],
  figures: FigureMention[],
  speakerSpans: Array<{ start: number; end: number }> = [],
  /** The part of the sentence that belongs to this trigger (the whole sentence with one trigger). */
  region: { start: number; end: number } = sent,
): Arguments {
  const inSent = mentions.filter((m) => m.start >= sent.start && m.end <= sent.end);
  const dist = (m: { start: number }) => Math.abs(m.start - trigger.start);
  // place: the most precise place in the sentence, nearest the trigger on ties
  let place: Entity | null = null;
  let best = -1;
  let bestDist = Infinity;
  for (const m of inSent) {
    if (m.ent.type !== 'LOC') continue;
    const r = placeRank(m.ent);
    if (r > best || (r === best && dist(m) < bestDist)) { place = m.ent; best = r; bestDist = dist(m); }
  }
  const country = place?.country ?? null;
  // date: the most precise date in the sentence, nearest the trigger on ties
  let date: DateMention | null = null;
  const prec = { year: 1, month: 2, day: 3 } as const;
  for (const d of dates) {
    if (d.start < sent.start || d.end > sent.end) continue;
    if (!date || prec[d.precision] > prec[date.precision] || (prec[d.precision] === prec[date.precision] && dist(d) < dist(date))) date = d;
  }
  const { actor1, actor2 } = actorsOf(type, text, sent, trigger, inSent, speakerSpans);
  const tolls = tollsIn(text, region.start, region.end, figures);
  return { place, country, date, actor1, actor2, tolls };
}
