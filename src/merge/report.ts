// One article's account of one incident, as the merge step sees it: the event record of an
// analysis with its date turned into a day interval and its article and speaker attached.

export type DatePrecision = 'day' | 'month' | 'year' | 'published';

/** Where and between whom: the fields every view of an incident carries, report or merged event. */
export interface IncidentFields {
  country: string | null;
  admin1: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  actor1: string | null;
  actor2: string | null;
}

export interface Report extends IncidentFields {
  docId: string;
  /** Position of the event in its analysis's `events` list. */
  index: number;
  type: string;
  subType: string;
  /** Date as the article gave it (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
  date: string | null;
  precision: DatePrecision;
  /** First and last day (YYYY-MM-DD) the report's date allows. */
  dateStart: string;
  dateEnd: string;
  killed: number | null;
  injured: number | null;
  /** Who gave the account, when the article attributes it. */
  speaker: string | null;
  /** Publication day of the article, when known. */
  published: string | null;
  confidence: number | null;
}

/** A report already stored, with the ids the store gave it. */
export interface StoredReport extends Report {
  id: number;
  eventId: number;
}
