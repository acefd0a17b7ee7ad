// The OpenAPI 3.1 description served at /openapi.json, built from the same parameter lists
// the validators use.
import { ACLED_TYPES, SUB_TYPES } from '../export/acled-taxonomy.js';
import { EXPORT_FORMATS } from '../export/formats.js';
import { DEFAULT_PAGE, MAX_PAGE, MAX_TEXT } from './params.js';

type Schema = Record<string, unknown>;

const str: Schema = { type: 'string', maxLength: MAX_TEXT };
const param = (name: string, description: string, schema: Schema = str, where = 'query') =>
  ({ name, in: where, required: where === 'path', description, schema });

const FILTERS = [
  param('from', 'first day included', { type: 'string', format: 'date' }),
  param('to', 'last day included', { type: 'string', format: 'date' }),
  param('country', 'ISO 3166-1 alpha-2 code', { type: 'string', pattern: '^[A-Za-z]{2}$' }),
  param('admin1', 'first-level division as stored'),
  param('type', 'ACLED event type', { type: 'string', enum: Object.keys(ACLED_TYPES) }),
  param('sub_type', 'ACLED sub-event type', { type: 'string', enum: [...SUB_TYPES] }),
  param('actor', 'actor1 or actor2 (Arabic-normalised match)'),
  param('q', 'words that must all occur in the evidence, places or actors (Arabic-normalised)'),
  param('bbox', 'west,south,east,north in degrees', { type: 'string', example: '35.5,32.0,42.5,37.5' }),
  param('min_killed', 'smallest best estimate of the killed', { type: 'integer', minimum: 0 }),
];
const LIMIT = param('limit', `page size (default ${DEFAULT_PAGE})`, { type: 'integer', minimum: 1, maximum: MAX_PAGE });
const ERROR = { description: 'bad parameter', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const ok = (description: string, type = 'application/json') => ({ description, content: { [type]: {} } });

const Estimate = { type: ['object', 'null'], properties: { low: { type: 'number' }, best: { type: 'number' }, high: { type: 'number' } } };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const nullable = (type: string) => ({ type: [type, 'null'] });
const Span = { type: 'object', properties: { start: { type: 'integer' }, end: { type: 'integer' }, text: { type: 'string' } } };
const EventSummary = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, date: { type: 'string', description: 'first day, YYYY-MM-DD; empty when unknown' },
    dateEnd: { type: 'string' }, precision: { type: 'string', enum: ['day', 'published', 'month', 'year'] },
    type: { type: 'string' }, subType: { type: 'string' }, country: nullable('string'), admin1: nullable('string'),
    place: nullable('string'), lat: nullable('number'), lon: nullable('number'), actor1: nullable('string'),
    actor2: nullable('string'), killed: ref('Estimate'), injured: ref('Estimate'),
    reports: { type: 'integer', description: 'article reports merged into the event' },
  },
};
const Reported = { type: 'object', properties: { value: { type: 'number' }, docId: { type: 'string' }, speaker: nullable('string') } };
const EventDetail = {
  allOf: [ref('EventSummary'), {
    type: 'object',
    properties: {
      reportList: { type: 'array', items: { type: 'object', description: 'one article\'s account, with its evidence spans', properties: { docId: { type: 'string' }, docTitle: { type: 'string' }, evidence: { type: 'array', items: ref('Span') } } } },
      figures: { type: 'object', properties: { killed: { type: 'array', items: ref('Reported') }, injured: { type: 'array', items: ref('Reported') } } },
      merges: { type: 'array', items: { type: 'object', description: 'why a report joined the event; undo with POST /api/merges/{id}/undo', properties: { id: { type: 'integer' }, reportId: { type: 'integer' }, rules: { type: 'array', items: { type: 'string' } }, score: { type: 'number' }, at: { type: 'string' }, undoneAt: nullable('string') } } },
    },
  }],
};
const json = (description: string, schema: Schema) => ({ description, content: { 'application/json': { schema } } });

export const OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'Marsad API', version: '0.1.0', description: 'Conflict and security events read from Arabic news, with their evidence.' },
  paths: {
    '/api/events': { get: { summary: 'merged events, newest first', parameters: [...FILTERS, LIMIT, param('cursor', 'next from the previous page')], responses: { 200: json('a page of events', { type: 'object', properties: { items: { type: 'array', items: ref('EventSummary') }, next: nullable('string') } }), 400: ERROR } } },
    '/api/events/{id}': { get: { summary: 'one event with its reports, evidence, figures and merges', parameters: [param('id', 'event id', { type: 'integer' }, 'path')], responses: { 200: json('the event', ref('EventDetail')), 400: ERROR, 404: ERROR } } },
    '/api/merges/{id}/undo': { post: { summary: 'detach a merged report into an event of its own', parameters: [param('id', 'merge id', { type: 'integer' }, 'path')], responses: { 200: ok('{undone}'), 400: ERROR, 404: ERROR } } },
    '/api/documents': { get: { summary: 'articles; with q, a full-text search (Arabic-normalised)', parameters: [param('q', 'words'), LIMIT, param('offset', 'rows to skip', { type: 'integer', minimum: 0 })], responses: { 200: ok('{items}'), 400: ERROR } } },
    '/api/documents/{id}': { get: { summary: 'one article with its annotations (the stored analysis)', parameters: [param('id', 'document id', str, 'path')], responses: { 200: ok('{document, annotations}'), 404: ERROR } } },
    '/api/actors': { get: { summary: 'actors by number of events', parameters: [param('q', 'name contains'), LIMIT], responses: { 200: ok('{items}'), 400: ERROR } } },
    '/api/places': { get: { summary: 'places by number of events', parameters: [param('q', 'name contains'), LIMIT], responses: { 200: ok('{items}'), 400: ERROR } } },
    '/api/counts': { get: { summary: 'events and killed per week, month, country or type', parameters: [param('by', 'grouping', { type: 'string', enum: ['week', 'month', 'country', 'type'] }), ...FILTERS], responses: { 200: ok('{by, items}'), 400: ERROR } } },
    '/api/analyze': { post: { summary: 'analyse pasted Arabic text, or the article at a URL (fetched and cleaned as ingest does); nothing is stored', requestBody: json('{"text", "published"?} or {"url", "published"?}', { type: 'object', properties: { text: str, url: str, published: { type: 'string', format: 'date' } } }), responses: { 200: ok('{text, title?, analysis}'), 400: ERROR } } },
    '/api/export': { get: { summary: 'events as CSV (ACLED columns plus extras), GeoJSON or JSON lines', parameters: [param('format', 'file format', { type: 'string', enum: EXPORT_FORMATS }), param('bom', 'CSV: start with a UTF-8 byte-order mark', { type: 'string', enum: ['0', '1'] }), ...FILTERS], responses: { 200: ok('the file', 'text/csv'), 400: ERROR } } },
  },
  components: {
    schemas: {
      Error: { type: 'object', required: ['status', 'reason'], properties: { status: { type: 'integer' }, reason: { type: 'string' } } },
      Estimate, Span, EventSummary, EventDetail, Reported,
    },
  },
};
