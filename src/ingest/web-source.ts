// URL sources: an article page, or a feed whose items are fetched as articles. Feeds and pages
// are fetched with the conditional values remembered from the last run, and the new values
// are saved only after every item has been handed on, so a killed run loses nothing.
import type { Store } from '../store/store.js';
import type { ContentKind, RawArticle } from './article.js';
import { decodeBytes } from './decode.js';
import { asIngestError, IngestError } from './errors.js';
import { looksLikeFeed, parseFeed } from './feed.js';
import type { HttpClient, HttpResponse } from './http-client.js';
import type { SourceEvent } from './source-events.js';

export interface WebSourceContext {
  http: HttpClient;
  store: Store;
}

const BINARY_TYPE = /^(?:image|audio|video|font)\/|application\/(?:pdf|octet-stream|zip|gzip|x-|vnd\.|msword)/i;
const TEXT_TYPE = /^text\/plain/i;

export const isHttpUrl = (s: string): boolean => /^https?:\/\//i.test(s);

function checkType(res: HttpResponse): void {
  if (BINARY_TYPE.test(res.contentType)) {
    throw new IngestError('binary', `binary content (${res.contentType.split(';')[0]})`);
  }
}

function pageArticle(url: string, res: HttpResponse, kind: ContentKind, defaultPublished?: string): SourceEvent {
  const raw: RawArticle = { source: url, url, kind, bytes: res.bytes, contentType: res.contentType };
  if (defaultPublished) raw.defaultPublished = defaultPublished;
  return { type: 'article', raw, bytes: res.bytes.byteLength };
}

async function* feedItems(feedUrl: string, text: string, finalUrl: string, ctx: WebSourceContext): AsyncGenerator<SourceEvent> {
  let items;
  try {
    items = parseFeed(text, finalUrl);
  } catch (err) {
    yield { type: 'error', source: feedUrl, error: asIngestError(err, 'feed-xml') };
    return;
  }
  for (const item of items) {
    if (await ctx.store.hasUrl(item.url)) {
      yield { type: 'known', source: item.url };
      continue;
    }
    try {
      const res = await ctx.http.get(item.url);
      checkType(res);
      yield pageArticle(item.url, res, TEXT_TYPE.test(res.contentType) ? 'text' : 'html', item.published);
    } catch (err) {
      yield { type: 'error', source: item.url, error: asIngestError(err, 'network') };
    }
  }
}

export async function* readUrl(url: string, ctx: WebSourceContext): AsyncGenerator<SourceEvent> {
  yield { type: 'source', source: url };
  // A stored URL is a page already read (feeds themselves are never stored).
  if (await ctx.store.hasUrl(url)) {
    yield { type: 'known', source: url };
    return;
  }
  const state = await ctx.store.getFeedState(url);
  let res: HttpResponse;
  try {
    res = await ctx.http.get(url, { etag: state?.etag, lastModified: state?.lastModified });
    if (!res.notModified) checkType(res);
  } catch (err) {
    yield { type: 'error', source: url, error: asIngestError(err, 'network') };
    return;
  }
  if (res.notModified) {
    yield { type: 'unchanged', source: url };
  } else {
    const decoded = decodeBytes(res.bytes, { contentType: res.contentType, html: true });
    if (looksLikeFeed(res.contentType, decoded.text)) {
      yield* feedItems(url, decoded.text, res.url, ctx);
    } else {
      yield pageArticle(url, res, TEXT_TYPE.test(res.contentType) ? 'text' : 'html');
    }
  }
  const saved: Parameters<Store['putFeedState']>[0] = { url, checkedAt: new Date().toISOString(), status: res.status };
  const etag = res.etag ?? state?.etag;
  const lastModified = res.lastModified ?? state?.lastModified;
  if (etag) saved.etag = etag;
  if (lastModified) saved.lastModified = lastModified;
  await ctx.store.putFeedState(saved);
}
