// The shapes every stage shares. Field names follow ../shared/docs/gold-format.md so that an
// analysis can be scored against a gold file without renaming; everything extra (offsets,
// rule names, ids) is additive.

/** A `[start, end)` range into the text the user sees (JavaScript string indexes). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Precision = 'year' | 'month' | 'day';

export interface DateMention extends Span {
  /** ISO value at its own precision: YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  precision: Precision;
  /** Which rule produced it, so a user can see why. */
  rule: string;
  /** True when part of the value was not written (a weekday, "أمس", a month without year). */
  implied: boolean;
  calendar: 'gregorian' | 'hijri';
}

export type FigureKind =
  | 'killed' | 'injured' | 'kidnapped' | 'arrested' | 'displaced' | 'people' | 'fighters'
  | 'countries' | 'percent' | 'money' | 'other';
export type Bound = 'exact' | 'at_least' | 'at_most' | 'about';

export interface NumberMention extends Span {
  value: number;
  /** Upper value of a range ("بين 10 و15"). */
  high?: number;
  bound: Bound;
  /** digits | words | mixed | dual | fraction */
  form: string;
  percent?: boolean;
  rule: string;
}

export interface FigureMention extends Span {
  value: number;
  kind: FigureKind;
  bound: Bound;
  high?: number;
  /** The word that gave the kind (قتيلا، جرحى، دولة…), when one did. */
  unit?: string;
  currency?: string;
  /** Who stated the figure, when the text says so. */
  source?: string | null;
  rule: string;
}

export type EntityType = 'PER' | 'ORG' | 'LOC';

export interface EntityMentionSpan extends Span {
  /** name | alias | abbreviation | surname | description | nationality */
  how: string;
}

export interface Entity {
  type: EntityType;
  /** Fullest form in the article. */
  text: string;
  aliases: string[];
  id?: string;
  country?: string | null;
  lat?: number;
  lon?: number;
  /** English label where known. */
  label_en?: string;
  attributes?: Record<string, string>;
  mentions: EntityMentionSpan[];
}

export type EventStatus = 'reported' | 'claimed' | 'denied' | 'attempted' | 'planned' | 'background';

export interface EventRecord {
  type: string;
  sub_type: string;
  date: string | null;
  country: string | null;
  place: string | null;
  actor1: string | null;
  actor2: string | null;
  killed: number | null;
  injured: number | null;
  status: EventStatus;
  evidence: string[];
  spans: Span[];
  trigger?: string;
  confidence?: number;
  /** Who reported it, when the text attributes it. */
  source?: string | null;
  lat?: number;
  lon?: number;
  admin1?: string | null;
}

export interface Quote {
  speaker: string;
  cue: string;
  evidence: string;
  start: number;
  end: number;
  /** Unnamed sources keep their description ("مصدر أمني"). */
  anonymous?: boolean;
  /** The statement itself when it can be delimited. */
  content?: Span;
}

export interface Analysis {
  doc: string;
  published: string | null;
  language: 'ar';
  relevant: boolean;
  title?: string;
  entities: Entity[];
  dates: DateMention[];
  figures: FigureMention[];
  events: EventRecord[];
  /** Incidents that did not (yet) happen as reported: denied, foiled, planned, background. */
  other_events: EventRecord[];
  quotes: Quote[];
  /** Every number the recogniser saw, figure or not (years and dates excluded). */
  numbers: NumberMention[];
  warnings: string[];
}

export interface AnalyzeOptions {
  /** Reference date (ISO YYYY-MM-DD) for relative expressions; defaults to none. */
  published?: string | null;
  /** Document id echoed in the analysis. */
  id?: string;
}
