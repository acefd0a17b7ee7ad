// Where the package's own files live, found from this module so that the compiled code
// (dist/src/...) and the sources resolve the same data/ and samples/ folders.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('marsad: cannot find the package root (package.json beside data/)');
}

export const ROOT = findRoot();
export const DATA_DIR = join(ROOT, 'data');
export const SAMPLES_DIR = join(ROOT, 'samples');
