// Runs every compiled test file with node's own runner. Node 20's `--test DIR` does not
// find .ts files and exits 0 with nothing run, so the list is built here and an empty
// list is an error rather than a silent green.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = 'dist/test';
const filter = process.argv.slice(2);
function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}
let files = walk(root).sort();
if (filter.length) files = files.filter((f) => filter.some((x) => f.includes(x)));
if (files.length === 0) {
  console.error('run-tests: no test files found under ' + root);
  process.exit(1);
}
// Browser tests drive a real chromium against a real server: they run after the rest, alone,
// so that a loaded machine (two test files at once, each with its own servers) does not
// starve the browser into timeouts.
const browser = files.filter((f) => f.includes(`${join('dist', 'test', 'web')}`));
const rest = files.filter((f) => !browser.includes(f));
let status = 0;
for (const [group, concurrency] of [[rest, 2], [browser, 1]]) {
  if (group.length === 0) continue;
  const r = spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...group], { stdio: 'inherit' });
  if (r.status !== 0) status = r.status ?? 1;
}
process.exit(status);
