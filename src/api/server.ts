// The HTTP API: thin handlers that validate parameters (params.ts), call one store or export
// function and map errors to JSON {status, reason}. Bad input is a 400, never a 500.
import { existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { exportEvents } from '../export/export-events.js';
import { registerAnalyzeRoute } from './analyze-route.js';
import { CONTENT_TYPES } from '../export/formats.js';
import { BadCursor } from '../store/event-query.js';
import type { Store } from '../store/store.js';
import { OPENAPI } from './openapi.js';
import {
  BadRequest, countBy, eventFilter, exportFormat, FILTER_PARAMS, idParam, intParam, one, onlyParams, pageSize,
  type Query,
} from './params.js';
import { DEFAULT_STATIC_DIR, staticFile } from './static-files.js';

export const DEFAULT_PORT = 8080;
export const DEFAULT_HOST = '127.0.0.1';

export interface ServerOptions {
  store: Store;
  /** Folder served at `/`; skipped when it does not exist. */
  staticDir?: string;
  logger?: boolean;
}

const NAME_PARAMS = ['q', 'limit'];

export function buildServer(opts: ServerOptions): FastifyInstance {
  const { store } = opts;
  const app = Fastify({ logger: opts.logger ?? false, routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 } });

  app.setErrorHandler((err: FastifyError, req, reply) => {
    const client = err instanceof BadRequest || err instanceof BadCursor;
    const code = client ? 400 : err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    if (code >= 500) req.log.error(err);
    void reply.status(code).send({ status: code, reason: code >= 500 ? 'internal error' : err.message });
  });

  app.get('/openapi.json', async () => OPENAPI);
  registerAnalyzeRoute(app);

  app.get('/api/events', async (req) => {
    const q = req.query as Query;
    onlyParams(q, [...FILTER_PARAMS, 'limit', 'cursor']);
    const filter = eventFilter(q);
    return store.listEvents(filter, { limit: pageSize(q), cursor: one(q, 'cursor') ?? null });
  });

  app.get('/api/events/:id', async (req, reply) => {
    onlyParams(req.query as Query, []);
    const e = await store.getEvent(idParam((req.params as { id: string }).id));
    return e ?? reply.status(404).send({ status: 404, reason: 'no such event' });
  });

  app.post('/api/merges/:id/undo', async (req, reply) => {
    const undone = await store.undoMerge(idParam((req.params as { id: string }).id));
    return undone ? { undone: true } : reply.status(404).send({ status: 404, reason: 'no such merge, or already undone' });
  });

  app.get('/api/documents', async (req) => {
    const q = req.query as Query;
    onlyParams(q, ['q', 'limit', 'offset']);
    const limit = pageSize(q);
    const offset = intParam(q, 'offset', 0, 1_000_000_000) ?? 0;
    const text = one(q, 'q');
    if (text !== undefined) return { items: await store.searchDocuments(text, { limit, offset }) };
    const docs = await store.listDocuments({ limit, offset });
    return { items: docs.map((d) => ({ id: d.id, title: d.title, url: d.url ?? null, published: d.published ?? null })) };
  });

  app.get('/api/documents/:id', async (req, reply) => {
    onlyParams(req.query as Query, []);
    const id = (req.params as { id: string }).id;
    const document = await store.getDocument(id);
    if (!document) return reply.status(404).send({ status: 404, reason: 'no such document' });
    return { document, annotations: await store.getAnalysis(id) };
  });

  app.get('/api/actors', async (req) => {
    const q = req.query as Query;
    onlyParams(q, NAME_PARAMS);
    return { items: await store.listActors({ q: one(q, 'q'), limit: pageSize(q) }) };
  });

  app.get('/api/places', async (req) => {
    const q = req.query as Query;
    onlyParams(q, NAME_PARAMS);
    return { items: await store.listPlaces({ q: one(q, 'q'), limit: pageSize(q) }) };
  });

  app.get('/api/counts', async (req) => {
    const q = req.query as Query;
    onlyParams(q, [...FILTER_PARAMS, 'by']);
    const by = countBy(q);
    return { by, items: await store.countEvents(by, eventFilter(q)) };
  });

  app.get('/api/export', async (req, reply) => {
    const q = req.query as Query;
    onlyParams(q, [...FILTER_PARAMS, 'format', 'bom']);
    const format = exportFormat(q);
    const bom = one(q, 'bom');
    if (bom !== undefined && bom !== '0' && bom !== '1') throw new BadRequest('bom must be 0 or 1');
    const filter = eventFilter(q);
    const ext = format === 'geojson' ? 'geojson' : format;
    return reply
      .type(CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="marsad-events.${ext}"`)
      .send(Readable.from(exportEvents(store, { format, filter, bom: bom === '1' })));
  });

  const root = opts.staticDir ?? DEFAULT_STATIC_DIR;
  const serveStatic = existsSync(root);
  app.setNotFoundHandler(async (req, reply) => {
    if (serveStatic && req.method === 'GET' && !req.url.startsWith('/api/')) {
      const f = await staticFile(root, req.url);
      if (f) return reply.type(f.type).send(f.body);
    }
    return reply.status(404).send({ status: 404, reason: `nothing at ${req.method} ${req.url.split('?')[0]}` });
  });

  return app;
}
