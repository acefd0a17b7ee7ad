import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/api/server.js';
import type { Store } from '../../src/store/store.js';
import { openStore } from '../../src/store/open.js';
import { incidentArticles } from '../store/fixtures.js';

const INJECTION = "'; DROP TABLE events; --";

describe('HTTP API', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marsad-api-'));
    mkdirSync(join(dir, 'web'));
    writeFileSync(join(dir, 'web', 'index.html'), '<!doctype html><title>مرصد</title>');
    writeFileSync(join(dir, 'secret.txt'), 'outside the static folder');
    store = await openStore({ db: join(dir, 'marsad.db') });
    for (const { doc, analysis } of incidentArticles()) await store.putDocument(doc, { analysis });
    app = buildServer({ store, staticDir: join(dir, 'web') });
  });
  after(async () => {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string) => app.inject({ method: 'GET', url });

  test('events list, filters and one event with its reports', async () => {
    const all = await get('/api/events');
    assert.equal(all.statusCode, 200);
    assert.equal(all.json().items.length, 2);
    assert.equal(all.json().next, null);
    const iq = await get('/api/events?country=iq&type=explosions_remote_violence&min_killed=5&bbox=44,35,45,36&from=2024-03-01&to=2024-03-31');
    assert.equal(iq.json().items.length, 1);
    const ev = iq.json().items[0];
    assert.deepEqual(ev.killed, { low: 5, best: 7, high: 12 });
    const one = await get(`/api/events/${ev.id}`);
    assert.equal(one.statusCode, 200);
    assert.equal(one.json().reportList.length, 3);
    assert.ok(one.json().reportList.every((r: { evidence: unknown[] }) => r.evidence.length > 0));
    assert.equal((await get('/api/events/987654')).statusCode, 404);
    const q = await get(`/api/events?q=${encodeURIComponent('حصيلة')}&actor=`);
    assert.equal(q.statusCode, 400, 'an empty parameter is refused');
    const paged = await get('/api/events?limit=1');
    assert.ok(paged.json().next);
    const next = await get(`/api/events?limit=1&cursor=${paged.json().next}`);
    assert.equal(next.json().items.length, 1);
    assert.notEqual(next.json().items[0].id, paged.json().items[0].id);
  });

  test('malformed parameters give 400 with a reason, never 500', async () => {
    const bad = [
      'from=2024-13-01', 'from=yesterday', 'to=2024-02-30', 'from=2024-03-10&to=2024-03-01',
      'bbox=1,2,3', 'bbox=a,b,c,d', 'bbox=10,10,5,20', 'bbox=-200,0,0,10', 'bbox=1,,2,3',
      'min_killed=-1', 'min_killed=1e3', 'min_killed=2.5', 'limit=0', 'limit=-5', 'limit=100000',
      'limit=99999999999999999999999', 'limit=abc', 'country=IRQ', 'country=1Q', 'type=bogus',
      'type=battles&sub_type=suicide_bomb', 'sub_type=nope', 'country=IQ&country=SY', 'contry=IQ',
      'cursor=garbage', `cursor=${Buffer.from('["x", "y"]').toString('base64url')}`, `q=${'ب'.repeat(500)}`,
      `type=${encodeURIComponent(INJECTION)}`, `from=${encodeURIComponent(INJECTION)}`,
    ];
    for (const qs of bad) {
      const r = await get(`/api/events?${qs}`);
      assert.equal(r.statusCode, 400, qs);
      const body = r.json();
      assert.equal(body.status, 400, qs);
      assert.equal(typeof body.reason, 'string', qs);
    }
    for (const url of ['/api/events/abc', '/api/events/99999999999999999', '/api/events/1?x=1', '/api/counts?by=year',
      '/api/export?format=xlsx', '/api/export?bom=2', '/api/documents?offset=-1', '/api/actors?limit=1000000']) {
      const r = await get(url);
      assert.equal(r.statusCode, 400, url);
      assert.equal(r.json().status, 400, url);
    }
  });

  test('SQL-looking input is only ever data', async () => {
    for (const p of ['q', 'actor', 'admin1']) {
      const r = await get(`/api/events?${p}=${encodeURIComponent(INJECTION)}`);
      assert.equal(r.statusCode, 200, p);
      assert.deepEqual(r.json().items, [], p);
    }
    for (const url of [`/api/documents?q=${encodeURIComponent(INJECTION)}`, `/api/actors?q=${encodeURIComponent(INJECTION)}`,
      `/api/places?q=${encodeURIComponent(INJECTION)}`, `/api/documents/${encodeURIComponent(INJECTION)}`]) {
      const r = await get(url);
      assert.ok(r.statusCode === 200 || r.statusCode === 404, url);
    }
    assert.equal((await get('/api/events')).json().items.length, 2, 'events table intact');
  });

  test('documents with annotations, actors, places, counts', async () => {
    const docs = await get(`/api/documents?q=${encodeURIComponent('انفجار')}`);
    assert.equal(docs.json().items.length, 4);
    const d = await get('/api/documents/k1');
    assert.equal(d.json().document.id, 'k1');
    assert.equal(d.json().annotations.events.length, 1);
    assert.equal((await get('/api/documents/none')).statusCode, 404);
    assert.equal((await get('/api/documents?limit=2')).json().items.length, 2);
    assert.equal((await get('/api/actors')).json().items.length, 2);
    assert.equal((await get(`/api/places?q=${encodeURIComponent('البصره')}`)).json().items[0].name, 'البصرة');
    assert.deepEqual((await get('/api/counts?by=week')).json(), { by: 'week', items: [{ key: '2024-03-04', events: 2, killed: 9 }] });
    assert.deepEqual((await get('/api/counts?by=country&type=battles')).json().items, [{ key: 'IQ', events: 1, killed: 2 }]);
  });

  test('undoing a merge through the API', async () => {
    const ev = (await get('/api/events?type=explosions_remote_violence')).json().items[0];
    const merge = (await get(`/api/events/${ev.id}`)).json().merges[0];
    assert.equal((await app.inject({ method: 'POST', url: `/api/merges/${merge.id}/undo` })).statusCode, 200);
    assert.equal((await app.inject({ method: 'POST', url: `/api/merges/${merge.id}/undo` })).statusCode, 404);
    assert.equal((await get('/api/events?type=explosions_remote_violence')).json().items.length, 2);
  });

  test('exports, OpenAPI, static files and unknown routes', async () => {
    const csv = await get('/api/export?format=csv&country=IQ');
    assert.equal(csv.statusCode, 200);
    assert.match(String(csv.headers['content-type']), /^text\/csv/);
    assert.ok(csv.body.startsWith('event_id,event_date,event_type,sub_event_type,actor1,actor2,country,admin1,location,'));
    const geo = JSON.parse((await get('/api/export?format=geojson')).body);
    assert.equal(geo.type, 'FeatureCollection');
    assert.ok(geo.features.length >= 2);
    const lines = (await get('/api/export?format=jsonl')).body.trim().split('\n');
    assert.ok(lines.every((l) => typeof JSON.parse(l).event_id === 'number'));
    const oa = (await get('/openapi.json')).json();
    assert.equal(oa.openapi, '3.1.0');
    assert.ok(oa.paths['/api/events'].get.parameters.some((p: { name: string }) => p.name === 'bbox'));
    const refs = [...JSON.stringify(oa).matchAll(/"\$ref":"#\/components\/schemas\/(\w+)"/g)].map((m) => m[1]!);
    assert.ok(refs.length > 5);
    for (const r of refs) assert.ok(oa.components.schemas[r], `$ref ${r} resolves`);
    const home = await get('/');
    assert.equal(home.statusCode, 200);
    assert.match(String(home.headers['content-type']), /^text\/html/);
    for (const url of ['/../secret.txt', '/%2e%2e/secret.txt', '/nothing.js', '/api/nothing']) {
      const r = await get(url);
      assert.equal(r.statusCode, 404, url);
      assert.equal(r.json().status, 404, url);
    }
  });
});
