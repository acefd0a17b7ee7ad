// A possible entity mention found by one rule, before overlaps are settled and mentions are
// grouped into entities. Token ranges drive selection; character ranges (normalised text)
// give the span shown to the user.
import type { EntityType } from '../../types.js';
import type { Actor, KnownPerson, Place } from '../../gazetteer/index.js';
import { toOriginal } from '../../text/normalize.js';
import type { TokenView } from './view.js';

export interface Candidate {
  type: EntityType;
  /** Token range [from, to). */
  from: number;
  to: number;
  /** Normalised character range of the name itself (clitics peeled). */
  nstart: number;
  nend: number;
  /** Display text: the original characters, with an elided article written back. */
  text: string;
  rule: string;
  /** Breaks ties between candidates of equal length: lexicon facts beat patterns. */
  priority: number;
  places?: Place[];
  actor?: Actor;
  /** Every actor the name may stand for, when several do. */
  actors?: Actor[];
  person?: KnownPerson;
  country?: string | null;
  attributes?: Record<string, string>;
  /** Mention kind for the span: name | alias | abbreviation | surname | description. */
  how?: string;
}

export const PRIORITY = { lexicon: 3, site: 2, pattern: 1, weak: 0 } as const;

/** Builds the span fields for tokens [from, to) with `skip` characters peeled off the first. */
export function spanOf(v: TokenView, from: number, to: number, skip = 0, restoredArticle = false) {
  const nstart = v.tokens[from]!.start + skip;
  const nend = v.tokens[to - 1]!.end;
  const o = toOriginal(v.n, nstart, nend);
  const raw = v.n.original.slice(o.start, o.end);
  return { nstart, nend, text: restoredArticle ? 'ال' + raw : raw };
}
