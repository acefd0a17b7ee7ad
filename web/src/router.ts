// Hash routes (#/events?country=IQ): the server only has to serve index.html at `/`, and
// every view can be bookmarked or shared with its filters.

export interface Route {
  /** Path segments, decoded: "#/actor/داعش" → ["actor", "داعش"]. */
  parts: string[];
  query: URLSearchParams;
}

export function currentRoute(): Route {
  const raw = location.hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  const parts = path.split('/').filter((p) => p !== '').map((p) => decodeURIComponent(p));
  return { parts, query };
}

/** The href of a route: link('event', 12) → "#/event/12". */
export function link(...parts: (string | number)[]): string {
  return '#/' + parts.map((p) => encodeURIComponent(String(p))).join('/');
}

export function linkWith(path: string, query: URLSearchParams): string {
  return query.size ? `${path}?${query}` : path;
}

export function go(href: string): void {
  if (location.hash === href) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = href;
}
