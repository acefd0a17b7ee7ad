// POST /api/analyze: the dashboard's Analyse page. Pasted text is analysed as it is; a URL is
// fetched, decoded and cleaned exactly as `marsad ingest` would, and the cleaned text is
// returned with the analysis so that every span can be shown in it. Nothing is stored.
import type { FastifyInstance } from 'fastify';
import { analyze, DEFAULT_MAX_CHARS } from '../analyze.js';
import { buildArticle } from '../ingest/article.js';
import { HttpClient } from '../ingest/http-client.js';
import { IngestError } from '../ingest/errors.js';
import { BadRequest } from './params.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A pasted page should load quickly or not at all: the user is waiting. */
export const ANALYZE_URL_TIMEOUT_MS = 15_000;

interface AnalyzeBody { text?: unknown; url?: unknown; published?: unknown }

export function registerAnalyzeRoute(app: FastifyInstance): void {
  const http = new HttpClient({ timeoutMs: ANALYZE_URL_TIMEOUT_MS, retries: 1 });
  app.post('/api/analyze', { bodyLimit: DEFAULT_MAX_CHARS * 4 }, async (req) => {
    const body = (req.body ?? {}) as AnalyzeBody;
    if (typeof body !== 'object' || Array.isArray(body)) throw new BadRequest('the body must be a JSON object {"text"} or {"url"}');
    const published = body.published;
    if (published !== undefined && published !== null && (typeof published !== 'string' || !ISO_DAY.test(published) || Number.isNaN(Date.parse(published)))) {
      throw new BadRequest('published must be YYYY-MM-DD');
    }
    if (typeof body.text === 'string' && body.url === undefined) {
      if (!body.text.trim()) throw new BadRequest('text is empty');
      if (body.text.length > DEFAULT_MAX_CHARS) throw new BadRequest(`text is longer than ${DEFAULT_MAX_CHARS} characters`);
      return { text: body.text, analysis: analyze(body.text, { published: (published as string | undefined) ?? null, id: 'pasted' }) };
    }
    if (typeof body.url === 'string' && body.text === undefined) {
      if (!/^https?:\/\//i.test(body.url)) throw new BadRequest('url must start with http:// or https://');
      try {
        const res = await http.get(body.url);
        const { doc } = buildArticle({ source: body.url, url: body.url, kind: /^text\/plain/i.test(res.contentType) ? 'text' : 'html', bytes: res.bytes, contentType: res.contentType });
        const pub = (published as string | undefined) ?? doc.published?.slice(0, 10) ?? null;
        return { text: doc.text, title: doc.title, analysis: analyze(doc.text, { published: pub, id: body.url }) };
      } catch (err) {
        // The page's failure is the user's answer, not a server error.
        if (err instanceof IngestError) throw new BadRequest(`could not read ${body.url}: ${err.message}`);
        throw err;
      }
    }
    throw new BadRequest('give either "text" or "url" (a string), not both');
  });
}
