// Both back ends keep their event-side queries in a separate object (PgEventSide,
// SqliteEventSide); this base forwards the EventStore methods to it once, for both.
import type {
  CountBy, CountRow, DocumentHit, EventDetail, EventFilter, EventPage, EventReport, EventStore, NameCount, NameQuery, PageRequest,
} from './events.js';

export abstract class EventStoreDelegate implements EventStore {
  protected abstract readonly events: EventStore;

  listEvents(filter: EventFilter, page: PageRequest): Promise<EventPage> { return this.events.listEvents(filter, page); }
  getEvent(id: number): Promise<EventDetail | null> { return this.events.getEvent(id); }
  reportsOf(ids: readonly number[]): Promise<Map<number, EventReport[]>> { return this.events.reportsOf(ids); }
  countEvents(by: CountBy, filter: EventFilter): Promise<CountRow[]> { return this.events.countEvents(by, filter); }
  listActors(q: NameQuery): Promise<NameCount[]> { return this.events.listActors(q); }
  listPlaces(q: NameQuery): Promise<NameCount[]> { return this.events.listPlaces(q); }
  searchDocuments(text: string, opts: { limit: number; offset?: number }): Promise<DocumentHit[]> { return this.events.searchDocuments(text, opts); }
  undoMerge(mergeId: number): Promise<boolean> { return this.events.undoMerge(mergeId); }
}
