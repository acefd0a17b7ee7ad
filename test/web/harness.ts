// What the dashboard's browser test and benchmark share: the built dashboard, a real
// `marsad serve` on a free port against a given database, and Debian's chromium driven
// through playwright-core. A missing browser is an error that says how to install it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';

/** The repository root (this file runs from dist/test/web/). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const CLI = join(ROOT, 'dist/src/cli/main.js');
export const WEB_DIST = join(ROOT, 'web/dist');
export const SCREENSHOTS = join(ROOT, 'test-output/screenshots');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync',
];

export const chromiumPath = (): string => process.env.MARSAD_CHROMIUM ?? '/usr/bin/chromium';

/**
 * A developer's fresh machine may have no browser: the dashboard tests then skip with the
 * reason printed. CI sets MARSAD_REQUIRE_BROWSER=1, where a missing browser is a failure.
 */
export function skipBrowser(): string | false {
  if (existsSync(chromiumPath()) || process.env.MARSAD_REQUIRE_BROWSER === '1') return false;
  return `no browser at ${chromiumPath()}: apt-get install -y chromium fonts-noto-core to run the dashboard tests`;
}

export async function launchBrowser(): Promise<Browser> {
  const path = chromiumPath();
  if (!existsSync(path)) {
    throw new Error(`no browser at ${path}: install Debian's chromium (apt-get install -y chromium fonts-noto-core), `
      + 'or point MARSAD_CHROMIUM at one (MARSAD_REQUIRE_BROWSER=1 makes its absence a failure)');
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: path, args: CHROMIUM_ARGS });
}

function newestIn(dir: string): number {
  let t = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    t = Math.max(t, s.isDirectory() ? newestIn(p) : s.mtimeMs);
  }
  return t;
}

/** Builds web/ into web/dist with Vite when the build is missing or older than the sources. */
export async function ensureWebBuild(): Promise<void> {
  const index = join(WEB_DIST, 'index.html');
  const sources = Math.max(newestIn(join(ROOT, 'web/src')), statSync(join(ROOT, 'web/index.html')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const { build } = await import('vite');
  await build({ root: join(ROOT, 'web'), logLevel: 'warn', configFile: join(ROOT, 'web/vite.config.ts') });
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

/** `marsad ingest <sources> --db <db>`; throws with the command's output when it fails. */
export function ingest(db: string, sources: string[]): void {
  const r = spawnSync(process.execPath, [CLI, 'ingest', ...sources, '--db', db, '--quiet'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`marsad ingest failed (${r.status}): ${r.stderr || r.stdout}`);
}

export interface Served {
  url: string;
  stop(): Promise<void>;
}

/** Starts `marsad serve` on a free port and waits until the API answers. */
export async function serve(db: string): Promise<Served> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--db', db, '--port', String(port), '--static', WEB_DIST], {
    cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => { stderr += b.toString(); });
  const url = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null) return;
    const done = new Promise((ok) => child.once('exit', ok));
    child.kill('SIGTERM');
    await Promise.race([done, new Promise((ok) => setTimeout(ok, 3000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  };
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`marsad serve exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`${url}/api/events?limit=1`);
      if (res.ok) return { url, stop };
    } catch { /* not listening yet */ }
    await new Promise((ok) => setTimeout(ok, 100));
  }
  await stop();
  throw new Error(`marsad serve did not answer on ${url} within 20 s: ${stderr}`);
}
