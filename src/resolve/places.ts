// Which place a name means. A name may stand for several gazetteer rows (طرابلس in Lebanon
// and in Libya; عمان the Jordanian capital and Oman; الجزائر the country and its capital):
// the article's own context decides: places named in the same sentence, then the countries
// the whole article talks about most. Names that are also common words ("صور", "الباب")
// count as places only with a cue before them or a place of the same country nearby.
import type { Place } from '../gazetteer/index.js';

export interface PlaceContext {
  /** How strongly the article is about each country (mentions of its places, nationality, forces). */
  votes: Map<string, number>;
  /** Countries of unambiguous places in the same sentence. */
  nearby: Set<string>;
  /** A place cue (في، مدينة، محافظة…) stands right before the name. */
  cue: boolean;
  /** The cue word itself, when it tells the kind ("مدينة", "العاصمة"). */
  cueWord?: string;
}

/** The article's country votes' leader, for reporting and as a default. */
export function mainCountry(votes: Map<string, number>): string | null {
  let best: string | null = null;
  let bestV = 0;
  for (const [c, n] of votes) if (n > bestV) { best = c; bestV = n; }
  return best;
}

const CITY_CUES = new Set(['مدينه', 'العاصمه', 'بلده']);

function score(p: Place, ctx: PlaceContext): number {
  let s = 0;
  const cs = p.countries.length ? p.countries : p.country ? [p.country] : [];
  if (cs.some((c) => ctx.nearby.has(c))) s += 4;
  let v = 0;
  for (const c of cs) v = Math.max(v, ctx.votes.get(c) ?? 0);
  s += 3 * v;
  // Country names beat homonymous capitals unless a city cue says otherwise.
  if (p.kind === 'country') s += ctx.cueWord && CITY_CUES.has(ctx.cueWord) ? -1 : 0.5;
  else if (ctx.cueWord && CITY_CUES.has(ctx.cueWord)) s += 0.5;
  if (!p.ambiguous) s += 0.25;
  return s;
}

/** Places big enough to be named without context. */
const LARGE_KINDS = new Set(['country', 'region', 'admin1', 'city']);

/** The place a mention means, or null when it is more likely a word than a place here. */
export function choosePlace(places: readonly Place[], ctx: PlaceContext): Place | null {
  if (places.length === 0) return null;
  const near = (p: Place) => p.countries.some((c) => ctx.nearby.has(c));
  if (places.every((p) => p.ambiguous) && !ctx.cue && !places.some(near)) return null;
  let best = places[0]!;
  let bestS = score(best, ctx);
  for (const p of places.slice(1)) {
    const s = score(p, ctx);
    if (s > bestS) { best = p; bestS = s; }
  }
  return best;
}

/**
 * Whether a mention of this place needs support to count: a village, site or neighbourhood
 * name is often also a word ("دوما" always, "حديثة" recent), so at least one of its mentions
 * in the article must follow a place cue or share a sentence with a place of its country.
 */
export function needsSupport(p: Place): boolean {
  return !LARGE_KINDS.has(p.kind);
}

/** Whether this mention's context supports reading it as the place. */
export function supported(p: Place, ctx: PlaceContext): boolean {
  return ctx.cue || p.countries.some((c) => ctx.nearby.has(c));
}
