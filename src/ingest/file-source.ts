// Local sources: a file, a folder walked recursively (filtered by globs), and JSONL files
// streamed line by line so that a large file is never held in memory whole.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { ContentKind, RawArticle } from './article.js';
import { asIngestError, IngestError } from './errors.js';
import type { GlobFilter } from './glob.js';
import type { SourceEvent } from './source-events.js';

/** File kinds taken from a folder walk. */
export const FOLDER_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.jsonl']);

export interface FileSourceOptions {
  maxBytes: number;
  filter: GlobFilter;
}

const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1) + ' MB';
const HTML_START = /^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>]|<div)/i;

function kindOf(path: string, bytes: Uint8Array): ContentKind {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.txt') return 'text';
  return HTML_START.test(Buffer.from(bytes.subarray(0, 512)).toString('latin1')) ? 'html' : 'text';
}

async function* walk(dir: string, root: string, filter: GlobFilter): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p, root, filter);
    else if (e.isFile() && FOLDER_EXTENSIONS.has(extname(e.name).toLowerCase())) {
      if (filter.accepts(relative(root, p).split(sep).join('/'))) yield p;
    }
  }
}

export async function* readPath(path: string, opts: FileSourceOptions): AsyncGenerator<SourceEvent> {
  let info;
  try {
    info = await stat(path);
  } catch (err) {
    yield { type: 'source', source: path };
    yield { type: 'error', source: path, error: asIngestError(err) };
    return;
  }
  if (!info.isDirectory()) {
    yield* readFileSource(path, opts);
    return;
  }
  try {
    for await (const file of walk(path, path, opts.filter)) yield* readFileSource(file, opts);
  } catch (err) {
    yield { type: 'error', source: path, error: asIngestError(err) };
  }
}

export async function* readFileSource(path: string, opts: FileSourceOptions): AsyncGenerator<SourceEvent> {
  yield { type: 'source', source: path };
  if (extname(path).toLowerCase() === '.jsonl') {
    yield* readJsonl(path, opts);
    return;
  }
  try {
    const info = await stat(path);
    if (info.size > opts.maxBytes) {
      throw new IngestError('too-large', `${mb(info.size)} is over the ${mb(opts.maxBytes)} limit`);
    }
    const bytes = await readFile(path);
    yield { type: 'article', raw: { source: path, kind: kindOf(path, bytes), bytes }, bytes: bytes.byteLength };
  } catch (err) {
    yield { type: 'error', source: path, error: asIngestError(err) };
  }
}

/** Lines of a UTF-8 file, read chunk by chunk: the next chunk is read only when asked for. */
async function* lines(path: string): AsyncGenerator<string> {
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  let rest = '';
  for await (const chunk of stream as AsyncIterable<string>) {
    rest += chunk;
    let start = 0;
    for (let nl = rest.indexOf('\n'); nl !== -1; nl = rest.indexOf('\n', start)) {
      yield rest.slice(start, nl);
      start = nl + 1;
    }
    rest = rest.slice(start);
  }
  if (rest) yield rest;
}

function countReplacement(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\uFFFD'); i !== -1; i = s.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** One JSONL record to a raw article; throws `bad-jsonl-line` with the reason. */
export function jsonlRecord(line: string, source: string, maxBytes: number): RawArticle {
  if (line.length > maxBytes) throw new IngestError('too-large', `record of ${mb(line.length)} is over the ${mb(maxBytes)} limit`);
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch (err) {
    throw new IngestError('bad-jsonl-line', `invalid JSON: ${(err as Error).message}`);
  }
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) throw new IngestError('bad-jsonl-line', 'not a JSON object');
  const r = rec as Record<string, unknown>;
  const html = str(r.html);
  const text = str(r.text);
  if (!html && !text) throw new IngestError('bad-jsonl-line', 'no "text" or "html" field');
  const content = (text ?? html)!;
  const raw: RawArticle = { source, kind: text ? 'text' : 'html', content, encoding: 'utf-8' };
  const invalid = countReplacement(content);
  if (invalid) raw.invalidBytes = invalid;
  if (r.id !== undefined && r.id !== null && String(r.id).trim()) raw.id = String(r.id).trim();
  const url = str(r.url);
  if (url) raw.url = url.trim();
  const title = str(r.title);
  if (title) raw.title = title;
  const published = str(r.published);
  if (published) raw.published = published;
  return raw;
}

export async function* readJsonl(path: string, opts: FileSourceOptions): AsyncGenerator<SourceEvent> {
  let n = 0;
  try {
    for await (let line of lines(path)) {
      n++;
      if (n === 1) line = line.replace(/^\uFEFF/, '');
      if (!line.trim()) continue;
      const source = `${path}#L${n}`;
      try {
        yield { type: 'article', raw: jsonlRecord(line, source, opts.maxBytes), bytes: Buffer.byteLength(line) };
      } catch (err) {
        yield { type: 'error', source, error: asIngestError(err, 'bad-jsonl-line') };
      }
    }
  } catch (err) {
    yield { type: 'error', source: path, error: asIngestError(err) };
  }
}
