// The arguments of one trigger, taken from its sentence: place (most precise), country,
// date, actors (initiator and target) and the casualty figures. Everything works on original
// offsets, the coordinates every recogniser reports in.
import type { DateMention, Entity, FigureMention } from '../types.js';

export interface EntityMention { ent: Entity; start: number; end: number; text: string }

export interface Arguments {
  place: Entity | null;
  country: string | null;
  date: DateMention | null;
  actor1: string | null;
  actor2: string | null;
  killed: number | null;
  injured: number | null;
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

/** Words right before an organisation that make it the target, not the initiator. */
const TARGET_BEFORE = /(?:ضد|على|علي|استهدف\p{L}*|تستهدف|يستهدف|مع|بين|صفوف|مواقع|معاقل|دوري[هة]|لقوات|عناصر|مقرات|ضباط|جنود|أفراد|افراد|افراد من|عن)\s*(?:ال)?$/u;
/** "أعلن … مسؤوليته" and "تبنى": the organisation is the initiator. */
const INITIATOR_AFTER = /^\s*(?:مسؤوليته|مسؤوليتها|المسؤولية)/u;

/** Organisations that report incidents rather than take part in them. */
const REPORTERS = new Set(['media', 'monitor']);
/** Organisation types that fight; an organisation of unknown type may too (generic "قوات …"). */
const ARMED = new Set(['jihadist', 'rebel', 'militia', 'state_force', 'coalition']);

const VIOLENT = new Set(['battles', 'explosions_remote_violence', 'violence_against_civilians']);

export function isArmed(e: Entity): boolean {
  if (e.type !== 'ORG') return false;
  const t = e.attributes?.type;
  return t === undefined || ARMED.has(t);
}

export function argumentsOf(
  type: string,
  text: string,
  sent: { start: number; end: number },
  trigger: { start: number; end: number },
  mentions: EntityMention[],
  dates: DateMention[],
  figures: FigureMention[],
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
  // actors: organisations (and people) in the sentence, sorted into initiator and target
  let actor1: string | null = null;
  let actor2: string | null = null;
  for (const m of inSent) {
    if (m.ent.type === 'LOC' || REPORTERS.has(m.ent.attributes?.type ?? '')) continue;
    // Violence is done by armed organisations; a ministry or a UN mission in the sentence is
    // usually the one speaking about it.
    if (VIOLENT.has(type) && m.ent.type === 'ORG' && !isArmed(m.ent)) continue;
    const before = text.slice(Math.max(sent.start, m.start - 24), m.start);
    const after = text.slice(m.end, Math.min(sent.end, m.end + 16));
    const target = TARGET_BEFORE.test(before) && !INITIATOR_AFTER.test(after);
    if (target) { if (!actor2 && m.ent.text !== actor1) actor2 = m.ent.text; }
    else if (!actor1 && m.ent.type === 'ORG') actor1 = m.ent.text;
    else if (!actor2 && m.ent.text !== actor1 && m.ent.type === 'ORG' && m.start > trigger.start) actor2 = m.ent.text;
  }
  if (actor2 === actor1) actor2 = null;
  // casualties: the highest killed and injured figures stated in the sentence
  let killed: number | null = null;
  let injured: number | null = null;
  for (const f of figures) {
    if (f.start < sent.start || f.end > sent.end) continue;
    if (f.kind === 'killed') killed = Math.max(killed ?? 0, f.value);
    if (f.kind === 'injured') injured = Math.max(injured ?? 0, f.value);
  }
  return { place, country, date, actor1, actor2, killed, injured };
}
