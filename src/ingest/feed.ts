// RSS 2.0, RSS 1.0 (RDF) and Atom to a list of items. Feeds are told from pages by their
// Content-Type and, since many servers send feeds as text/html or text/plain, by their root.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { IngestError } from './errors.js';

export interface FeedItem {
  url: string;
  title?: string;
  published?: string;
}

const FEED_TYPE = /\b(rss|atom)\b|\/(?:rss|atom)\+xml/i;
const XML_TYPE = /[/+]xml\b/i;
const FEED_ROOT = /^(?:\uFEFF)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<(rss|feed|rdf:RDF)[\s>]/i;

/** Whether a response is a feed: a feed Content-Type, or XML whose root is rss/feed/rdf:RDF. */
export function looksLikeFeed(contentType: string, text: string): boolean {
  if (FEED_TYPE.test(contentType)) return true;
  const head = text.slice(0, 2048);
  if (XML_TYPE.test(contentType) && /^\s*<\?xml/.test(head)) return FEED_ROOT.test(head) || !/<html[\s>]/i.test(head);
  return FEED_ROOT.test(head);
}

const ARRAYS = new Set(['item', 'entry', 'link']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  htmlEntities: true,
  isArray: (name) => ARRAYS.has(name),
});

type Node = Record<string, unknown>;

function text(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || typeof v === 'number') return String(v).trim() || undefined;
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === 'object') return text((v as Node)['#text']);
  return undefined;
}

function atomLink(links: unknown): string | undefined {
  const list = (Array.isArray(links) ? links : [links]) as unknown[];
  let fallback: string | undefined;
  for (const l of list) {
    if (typeof l === 'string') fallback ??= l.trim();
    else if (l && typeof l === 'object') {
      const o = l as Node;
      const href = typeof o['@_href'] === 'string' ? (o['@_href'] as string).trim() : undefined;
      const rel = (o['@_rel'] as string | undefined) ?? 'alternate';
      if (href && rel === 'alternate') return href;
      if (href) fallback ??= href;
    }
  }
  return fallback;
}

function rssItem(i: Node): FeedItem | null {
  const guid = i.guid as Node | string | undefined;
  const permalink = typeof guid === 'object' && guid['@_isPermaLink'] !== 'false' ? text(guid) : undefined;
  const url = text(i.link) ?? atomLink(i.link) ?? permalink ?? (typeof guid === 'string' && /^https?:/.test(guid) ? guid : undefined);
  if (!url) return null;
  const item: FeedItem = { url };
  const title = text(i.title);
  if (title) item.title = title;
  const published = text(i.pubDate) ?? text(i['dc:date']) ?? text(i.published);
  if (published) item.published = published;
  return item;
}

function atomEntry(e: Node): FeedItem | null {
  const id = text(e.id);
  const url = atomLink(e.link) ?? (id && /^https?:/.test(id) ? id : undefined);
  if (!url) return null;
  const item: FeedItem = { url };
  const title = text(e.title);
  if (title) item.title = title;
  const published = text(e.published) ?? text(e.updated);
  if (published) item.published = published;
  return item;
}

/** Items of a feed, resolved against the feed's URL. Throws `feed-xml` on broken XML. */
export function parseFeed(xml: string, baseUrl?: string): FeedItem[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new IngestError('feed-xml', `broken feed XML at line ${valid.err.line}: ${valid.err.msg}`);
  }
  const doc = parser.parse(xml) as Node;
  const rss = doc.rss as Node | undefined;
  const rdf = doc['rdf:RDF'] as Node | undefined;
  const atom = doc.feed as Node | undefined;
  let items: FeedItem[];
  if (rss) items = (((rss.channel as Node | undefined)?.item ?? []) as Node[]).map(rssItem).filter((x) => x !== null);
  else if (rdf) items = ((rdf.item ?? []) as Node[]).map(rssItem).filter((x) => x !== null);
  else if (atom) items = ((atom.entry ?? []) as Node[]).map(atomEntry).filter((x) => x !== null);
  else throw new IngestError('feed-xml', 'XML is neither RSS nor Atom');
  if (baseUrl) {
    for (const it of items) {
      try {
        it.url = new URL(it.url, baseUrl).href;
      } catch {
        // keep as written: the fetch will report it
      }
    }
  }
  return items;
}
