// HTML to an article: metadata read from the page head (before Readability rewrites the DOM),
// then Readability over linkedom's DOM for the body, flattened to one line per paragraph.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  title: string;
  byline?: string;
  published?: string;
  /** Body text, one paragraph per line. */
  text: string;
}

/** Defaults for Readability: Arabic news bodies are often short, so accept less text. */
export const DEFAULT_CHAR_THRESHOLD = 200;

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);
const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[property="og:article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
];

type El = Element;

/** Flattens a DOM subtree to lines: each block element starts a new line. */
export function blockLines(root: Node): string[] {
  const lines: string[] = [];
  let buf = '';
  const flush = (): void => {
    const line = buf.replace(/\s+/g, ' ').trim();
    if (line) lines.push(line);
    buf = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      buf += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as El).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}

function jsonLdDate(document: Document): string | undefined {
  for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(s.textContent ?? '');
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o.datePublished === 'string' && o.datePublished.trim()) return o.datePublished.trim();
        if (o['@graph']) stack.push(o['@graph']);
      }
    }
  }
  return undefined;
}

/** The publication date the page states: meta tags, JSON-LD, then the first <time datetime>. */
export function publishedDate(document: Document): string | undefined {
  for (const sel of PUBLISHED_META) {
    const v = document.querySelector(sel)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return jsonLdDate(document) ?? document.querySelector('time[datetime]')?.getAttribute('datetime')?.trim() ?? undefined;
}

function metaContent(document: Document, selector: string): string | undefined {
  return document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
}

const TITLE_SEPARATOR = /\s+[-–—|:»«]\s+/;

/** Page titles carry the outlet's name ("الخبر - الموقع"); the <h1> part of it is the headline. */
function headline(title: string, h1: string | undefined): string {
  if (!h1) return title;
  if (!title) return h1;
  const parts = title.split(TITLE_SEPARATOR).map((p) => p.trim());
  return parts.includes(h1) || title.includes(h1) ? h1 : title;
}

const FULL_DOCUMENT = /<html[\s>]|<body[\s>]/i;

export function extractArticle(html: string, charThreshold = DEFAULT_CHAR_THRESHOLD): HtmlArticle {
  const source = FULL_DOCUMENT.test(html) ? html : `<!DOCTYPE html><html><body>${html}</body></html>`;
  const { document } = parseHTML(source) as unknown as { document: Document };
  const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  const published = publishedDate(document);
  const headTitle =
    metaContent(document, 'meta[property="og:title"]') ?? document.querySelector('title')?.textContent?.trim() ?? '';
  const author = metaContent(document, 'meta[name="author"]');
  // Readability rewrites the DOM; fall back to the whole body on pages it rejects as too short.
  const fallback = document.body ? blockLines(document.body) : [];
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    parsed = new Readability<Node>(document, { charThreshold, serializer: (n) => n }).parse();
  } catch {
    parsed = null;
  }
  const lines = parsed?.content ? blockLines(parsed.content) : fallback;
  const title = headline((parsed?.title ?? '').trim() || headTitle, h1);
  // The headline is usually repeated as the body's first line.
  if (lines.length && lines[0] === title) lines.shift();
  const article: HtmlArticle = { title, text: lines.join('\n') };
  const byline = parsed?.byline?.trim() || author;
  if (byline) article.byline = byline;
  const date = published ?? (parsed?.publishedTime?.trim() || undefined);
  if (date) article.published = date;
  return article;
}
