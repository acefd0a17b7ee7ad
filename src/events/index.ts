// The event coder: trigger words give an ACLED-style type in each sentence; arguments come
// from the same sentence, then the article (main country, the lead's date); mentions of one
// incident merge; status keeps denied, foiled and planned incidents apart from the events.
import { type Normalized, toOriginal } from '../text/normalize.js';
import type { Segment } from '../text/sentences.js';
import type { DateMention, Entity, EventRecord, FigureMention, Quote } from '../types.js';
import { type EntityMention, argumentsOf, isArmed, isCountry, placeRank } from './arguments.js';
import { habitualContext, nonEventContext, relatedLinkSegments, statusOf } from './context.js';
import { type EventMention, mergeMentions } from './merge.js';
import { gazetteer } from '../gazetteer/index.js';
import { type TriggerHit, findTriggers } from './triggers.js';
import { tollsIn, total } from './casualties.js';

export interface EventInput {
  n: Normalized;
  segments: Segment[];
  dates: DateMention[];
  figures: FigureMention[];
  entities: Entity[];
  quotes: Quote[];
  published: string | null;
}

export interface CodedEvents {
  events: EventRecord[];
  other: EventRecord[];
  relevant: boolean;
}

/** Below this priority a trigger is generic ("هجوم", "تدمير") and needs support in its sentence. */
export const GENERIC_PRIORITY = 60;
/** A second incident in one sentence must come from a specific trigger of another family. */
const SECOND_TRIGGER_PRIORITY = 70;
/** A toll over a period ("خلال الأسابيع السبعة الأخيرة", "منذ بداية العام") is a statistic, not one incident's. */
const PERIOD_TOTAL = /(?:(?:خلال|منذ|طوال|علي مدي|علي مدار)\s+(?:\S+\s+)?(?:ال)?(?:اسابيع|اشهر|عام|اعوام|سنه|سنوات|فتره|بدايه|بدء|اندلاع|مطلع)|(?:في|خلال)\s+(?:ال)?فتره\s+(?:ذاتها|نفسها))/u;
/**
 * "منذ 15 أبريل 2023" in a sentence with no trigger of its own: a war's running total. (Not
 * applied to trigger sentences, where "منذ 2010" is usually a relative clause about the place.)
 */
const SINCE_YEAR = /منذ\s+(?:\S+\s+){0,3}?[12][0-9]{3}(?![0-9])/u;
/** How many segments after an incident a trigger-less toll may still belong to it. */
const TOLL_CARRY_SEGMENTS = 1;
/** Sentences of the lead whose date carries to the incidents they report. */
const LEAD_SEGMENTS = 3;

const VIOLENT_TYPES = new Set(['battles', 'explosions_remote_violence', 'violence_against_civilians']);
const HAPPENED = new Set(['reported', 'claimed', 'background']);

export function codeEvents(input: EventInput): CodedEvents {
  const { n, segments, dates, figures, entities } = input;
  const mentions: EntityMention[] = entities
    .flatMap((ent) => ent.mentions.map((m) => ({ ent, start: m.start, end: m.end, text: m.text })))
    .sort((a, b) => a.start - b.start);
  const mainCountry = dominantCountry(mentions);
  const leadDate = leadDateOf(segments, dates);
  const raw: EventMention[] = [];
  const related = relatedLinkSegments(segments);
  let lastIdx = -1;
  const usesTaMarbuta = n.original.includes('\u0629');
  const speakerSpans = input.quotes.map((q) => ({ start: q.start, end: q.end }));
  segments.forEach((seg, idx) => {
    if (related.has(idx)) return;
    const hits = findTriggers(n.text, seg.nstart, seg.nend)
      .filter((h) => !lostTaMarbuta(n, h, usesTaMarbuta))
      .sort((a, b) => b.trigger.priority - a.trigger.priority);
    if (hits.length === 0) {
      // "وأشارت تقارير إلى أن سبعة أشخاص قتلوا": a toll with no trigger of its own belongs to
      // the incident reported just before it.
      // "وأشارت تقارير إلى أن سبعة أشخاص قتلوا": a toll with no trigger of its own belongs to
      // the incident reported just before it, or else to the incident the lead reports.
      const tolls = tollsIn(n.original, seg.start, seg.end, figures);
      const segNorm = n.text.slice(seg.nstart, seg.nend);
      const aggregate = PERIOD_TOTAL.test(segNorm) || SINCE_YEAR.test(segNorm);
      const target = idx - lastIdx <= TOLL_CARRY_SEGMENTS ? raw[raw.length - 1] : raw.find((m) => m.lead && VIOLENT_TYPES.has(m.type));
      if (target && !aggregate && !related.has(idx) && (total(tolls.killed) !== null || total(tolls.injured) !== null)) {
        raw.push({ ...target, place: null, date: null, actor1: null, actor2: null, tolls, killed: total(tolls.killed), injured: total(tolls.injured), evidence: [seg.text], spans: [{ start: seg.start, end: seg.end, text: seg.text }], heading: false, lead: false, placeRank: 0, placeId: null, placeAdmin1: null });
      }
      return;
    }
    const chosen = [hits[0]!];
    const top = hits[0]!;
    const second = hits.find((h) => family(h.trigger) !== family(top.trigger) && h.trigger.priority >= SECOND_TRIGGER_PRIORITY)
      // A foiled attack is also a disrupted-weapons event (ACLED), whatever the trigger's weight.
      ?? hits.find((h) => h.trigger.sub_type === 'disrupted_weapons_use' && top.trigger.sub_type !== 'disrupted_weapons_use'
        && statusOf(n.text.slice(seg.nstart, seg.nend), top.start - seg.nstart, top.end - seg.nstart) === 'attempted');
    if (second) chosen.push(second);
    const sentNorm = n.text.slice(seg.nstart, seg.nend);
    const casualty = figures.some((f) => f.start >= seg.start && f.end <= seg.end && (f.kind === 'killed' || f.kind === 'injured'));
    const armed = mentions.some((m) => m.start >= seg.start && m.end <= seg.end && isArmed(m.ent));
    if (!casualty && habitualContext(sentNorm)) return;
    const chosenSpans = chosen.map((h) => toOriginal(n, h.start, h.end));
    chosen.forEach((h, k) => {
      const t = h.trigger;
      if (!casualty && nonEventContext(sentNorm, t.type)) return;
      if (t.priority < GENERIC_PRIORITY && !casualty && !armed) return;
      // Taking or retaking ground needs ground: a place or a word for territory right after
      // the trigger ("استعادة الخدمات" is not "استعادة مدينة").
      if (TERRITORIAL.has(t.sub_type) && !territoryAfter(n, h.end, seg.nend, mentions)) return;
      const trig = chosenSpans[k]!;
      // With two incidents in one sentence, each figure goes to the nearer trigger.
      const mine = chosen.length === 1 ? figures : figures.filter((f) => nearest(f, chosenSpans) === k);
      // A sentence that totals a period gives the incident no toll of its own.
      const args = argumentsOf(t.type, n.original, seg, trig, mentions, dates, PERIOD_TOTAL.test(sentNorm) ? [] : mine, speakerSpans);
      const inLead = seg.heading || idx < LEAD_SEGMENTS;
      raw.push({
        type: t.type,
        sub_type: t.sub_type,
        date: args.date?.value ?? (inLead ? leadDate : null),
        country: args.country ?? mainCountry,
        place: args.place && !isCountry(args.place) ? args.place.text : null,
        actor1: args.actor1,
        actor2: args.actor2,
        killed: total(args.tolls.killed),
        injured: total(args.tolls.injured),
        tolls: args.tolls,
        status: statusOf(sentNorm, h.start - seg.nstart, h.end - seg.nstart),
        evidence: [seg.text],
        spans: [{ start: seg.start, end: seg.end, text: seg.text }],
        trigger: n.original.slice(trig.start, trig.end),
        confidence: Math.min(1, t.priority / 100 + (casualty ? 0.1 : 0) + (armed ? 0.05 : 0)),
        lat: args.place?.lat,
        lon: args.place?.lon,
        priority: t.priority,
        heading: seg.heading,
        lead: inLead,
        placeRank: args.place ? placeRank(args.place) : 0,
        placeId: args.place?.id ?? null,
        placeAdmin1: args.place?.attributes?.admin1 ?? null,
        admin1: admin1Name(args.place),
      });
      lastIdx = idx;
    });
  });
  const merged = mergeMentions(raw).map(strip);
  const events = merged.filter((e) => HAPPENED.has(e.status));
  const other = merged.filter((e) => !HAPPENED.has(e.status));
  // An article reports conflict when one of its incidents comes from a specific trigger with
  // support (an armed actor or a toll), not from a lone word such as "احتجاجاً" or "تأسيس".
  const relevant = events.some((e) => (e.confidence ?? 0) >= 0.75 || e.killed !== null || e.injured !== null);
  return { events, other, relevant };
}

/** Characters after a territorial trigger in which the ground it took must be named (VSO puts the subject first). */
const TERRITORY_WINDOW = 60;
const TERRITORIAL = new Set(['government_regains_territory', 'non_state_actor_overtakes_territory']);
const TERRITORY = '(?:سيطره|مناطق|منطقه|مدينه|مدن|بلده|بلدات|قريه|قري|اراض|اراضي|مواقع|موقع|معسكر|قاعده|مطار|حي|احياء|محافظه|ولايه|اقليم|جزيره|جبل|تله|مرتفعات|معبر|ميناء|مركز|مبني|مقر|مقار|ثكنه|طريق)';
/** The ground right after the trigger (a subject may stand between), after على, or after a quantifier ("بعض الأراضي"). */
const TERRITORY_WORDS = new RegExp(`^\\s*(?:\\S+\\s+){0,2}[وفبل]?(?:ال)?${TERRITORY}|(?:^|\\s)علي\\s+(?:\\S+\\s+){0,2}[وفبل]?(?:ال)?${TERRITORY}|(?:^|\\s)(?:بعض|معظم|كامل|جميع|كل|عدد من)\\s+(?:ال)?${TERRITORY}`, 'u');

/** A place or a territory word within a few words after the trigger. */
function territoryAfter(n: Normalized, from: number, to: number, mentions: EntityMention[]): boolean {
  const window = n.text.slice(from, Math.min(to, from + TERRITORY_WINDOW));
  if (TERRITORY_WORDS.test(window)) return true;
  const o = toOriginal(n, from, Math.min(to, from + TERRITORY_WINDOW));
  return mentions.some((m) => m.ent.type === 'LOC' && m.start >= o.start && m.start < o.end);
}

/** Incidents that cannot share a sentence as two events: a riot is a protest turned violent. */
function family(t: { type: string; sub_type: string }): string {
  if (t.type === 'riots' || t.type === 'protests') return 'protest';
  return t.type === 'strategic_developments' ? t.sub_type : t.type;
}

/**
 * Matching folds ة into ه, which makes "مظاهرة" (a demonstration) and "مظاهره" (its
 * manifestations) one word. A writer who uses ة elsewhere meant the pronoun when writing ه,
 * so a trigger whose pattern ends in ة does not fit a word the text ends in ه.
 */
function lostTaMarbuta(n: Normalized, h: TriggerHit, usesTaMarbuta: boolean): boolean {
  if (!usesTaMarbuta || !h.trigger.pattern.endsWith('\u0629')) return false;
  const o = toOriginal(n, h.end - 1, h.end);
  return n.original[o.start] === '\u0647';
}

/** The first-level division a place lies in (or is), by its Arabic name, as ACLED's admin1. */
function admin1Name(place: Entity | null): string | null {
  if (!place) return null;
  if (place.attributes?.kind === 'admin1') return place.text;
  const id = place.attributes?.admin1;
  return id ? gazetteer().placesById.get(id)?.name_ar ?? null : null;
}

function strip(m: EventMention): EventRecord {
  const { priority: _p, heading: _h, lead: _l, placeRank: _r, tolls: _t, placeId: _i, placeAdmin1: _a, ...e } = m;
  return e;
}

function nearest(f: { start: number; end: number }, spans: Array<{ start: number; end: number }>): number {
  let best = 0;
  let bestD = Infinity;
  spans.forEach((s, i) => {
    const d = f.end <= s.start ? s.start - f.end : f.start >= s.end ? f.start - s.end : 0;
    if (d < bestD) { bestD = d; best = i; }
  });
  return best;
}

/** The country the article is mostly about: the one its places name most often. */
function dominantCountry(mentions: EntityMention[]): string | null {
  const count = new Map<string, number>();
  for (const m of mentions) if (m.ent.type === 'LOC' && m.ent.country) count.set(m.ent.country, (count.get(m.ent.country) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [c, k] of count) if (k > n) { best = c; n = k; }
  return best;
}

/** The first day-precise date of the lead, which dates the incidents the lead reports. */
function leadDateOf(segments: Segment[], dates: DateMention[]): string | null {
  const lead = segments.filter((s) => !s.heading).slice(0, 2);
  for (const s of lead) {
    const d = dates.find((x) => x.start >= s.start && x.end <= s.end && x.precision === 'day');
    if (d) return d.value;
  }
  return null;
}
