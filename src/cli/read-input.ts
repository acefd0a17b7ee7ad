// Reads one article for `marsad analyze`: a file or standard input, strictly UTF-8. Every way
// the bytes can be wrong gets its own one-line reason; `marsad ingest` is the path that
// detects other encodings and cleans HTML.
import { readFileSync, statSync } from 'node:fs';
import { UsageError } from './errors.js';

/** One article, not a collection: larger inputs are refused with a pointer to ingest. */
export const DEFAULT_MAX_BYTES = 4 * 1024 * 1024;

export class InputError extends Error {}

export function readInputBytes(path: string, maxBytes = DEFAULT_MAX_BYTES): Buffer {
  if (path === '-') return readFileSync(0);
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UsageError(`${path} is a folder: analyze takes one file (use marsad ingest for folders)`);
    size = st.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (size > maxBytes) {
    throw new InputError(`${path} is ${(size / 1048576).toFixed(1)} MB; analyze takes one article of at most ${(maxBytes / 1048576).toFixed(0)} MB (use marsad ingest for collections)`);
  }
  return readFileSync(path);
}

export function decodeUtf8(bytes: Buffer, name: string): string {
  if (bytes.length > DEFAULT_MAX_BYTES) {
    throw new InputError(`${name} is ${(bytes.length / 1048576).toFixed(1)} MB; analyze takes one article of at most ${DEFAULT_MAX_BYTES / 1048576} MB`);
  }
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 9 && b !== 0)) control++;
  if (sample.includes(0) && !(sample[0] === 0xff || sample[0] === 0xfe)) {
    throw new InputError(`${name} looks binary (it has NUL bytes), not an article text`);
  }
  if (control > sample.length / 20) throw new InputError(`${name} looks binary (${control} control bytes in the first ${sample.length})`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const bad = firstBadUtf8(bytes);
    throw new InputError(`${name} is not valid UTF-8 (first bad byte at offset ${bad}); if it is windows-1256 or ISO-8859-6, use marsad ingest, which detects the encoding`);
  }
}

/** Offset of the first byte that breaks UTF-8 (a plain scan: the decoder does not say where). */
export function firstBadUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c < 0xe0 ? 1 : c >= 0xe0 && c < 0xf0 ? 2 : c >= 0xf0 && c < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}
