import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IngestError } from '../../src/ingest/errors.js';
import { HttpClient } from '../../src/ingest/http-client.js';
import { startServer } from './fixtures.js';

test('http: requests to one host keep the minimum interval; the User-Agent is sent', async () => {
  const times: number[] = [];
  const srv = await startServer({ '/x': { handle: (_q, res) => (times.push(Date.now()), res.writeHead(200).end('نص')) } });
  try {
    // Warm fetch up first (its first call is slow), so the timing below is the limiter's.
    await new HttpClient({ minIntervalMs: 0 }).get(`${srv.base}/x`);
    times.length = 0;
    const http = new HttpClient({ minIntervalMs: 150, retries: 0 });
    const t0 = Date.now();
    await Promise.all([http.get(`${srv.base}/x`), http.get(`${srv.base}/x`), http.get(`${srv.base}/x`)]);
    // The third request may not start before two intervals have passed.
    assert.ok(Date.now() - t0 >= 295, `3 requests in ${Date.now() - t0} ms`);
    assert.equal(times.length, 3);
    assert.equal(srv.hits.get('/x')![0]!['user-agent'], 'Marsad/0.1 (+https://github.com/marsad)');
  } finally {
    await srv.close();
  }
});

test('http: retries back off exponentially on 5xx and stop at the retry limit', async () => {
  const times: number[] = [];
  const srv = await startServer({ '/down': { handle: (_q, res) => (times.push(Date.now()), res.writeHead(502).end()) } });
  try {
    const http = new HttpClient({ minIntervalMs: 0, retries: 2, retryBaseMs: 60 });
    await assert.rejects(http.get(`${srv.base}/down`), (e: unknown) => e instanceof IngestError && e.reason === 'http-error' && /502.*after 3 attempts/.test(e.message));
    assert.equal(times.length, 3);
    assert.ok(times[1]! - times[0]! >= 55, 'first wait ≈ base');
    assert.ok(times[2]! - times[1]! >= 115, 'second wait ≈ 2 × base');
  } finally {
    await srv.close();
  }
});

test('http: a declared Content-Length over the limit is refused before the body is read', async () => {
  const srv = await startServer({ '/big': { headers: { 'content-type': 'text/html', 'content-length': '5000' }, body: 'x'.repeat(5000) } });
  try {
    const http = new HttpClient({ minIntervalMs: 0, maxBytes: 1000 });
    await assert.rejects(http.get(`${srv.base}/big`), (e: unknown) => e instanceof IngestError && e.reason === 'too-large');
  } finally {
    await srv.close();
  }
});

test('http: a TLS failure (self-signed certificate) is reported as tls and not retried', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'marsad-tls-'));
  try {
    const gen = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    if (gen.status !== 0) return t.skip('openssl is not available to make a certificate');
    let hits = 0;
    const server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_q, res) => {
      hits++;
      res.end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const http = new HttpClient({ minIntervalMs: 0, retries: 2, retryBaseMs: 10 });
      const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      await assert.rejects(http.get(url), (e: unknown) => e instanceof IngestError && e.reason === 'tls' && /TLS error/.test(e.message));
      assert.equal(hits, 0);
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
