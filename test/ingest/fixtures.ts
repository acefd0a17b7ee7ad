// Shared by the ingest tests: fixture files, Arabic single-byte encoders built from hand-made
// byte tables (so decoding is checked against an independent source), and a local HTTP server
// on 127.0.0.1 with a port chosen by the system. No test touches the outside network.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/paths.js';

export const FIXTURES = join(ROOT, 'test', 'fixtures', 'ingest');

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** windows-1256 bytes of the Arabic letters, marks and punctuation (from the code page chart). */
export const CP1256: Readonly<Record<string, number>> = {
  '،': 0xa1, '؛': 0xba, '؟': 0xbf, '«': 0xab, '»': 0xbb, 'ء': 0xc1, 'آ': 0xc2, 'أ': 0xc3, 'ؤ': 0xc4,
  'إ': 0xc5, 'ئ': 0xc6, 'ا': 0xc7, 'ب': 0xc8, 'ة': 0xc9, 'ت': 0xca, 'ث': 0xcb, 'ج': 0xcc, 'ح': 0xcd,
  'خ': 0xce, 'د': 0xcf, 'ذ': 0xd0, 'ر': 0xd1, 'ز': 0xd2, 'س': 0xd3, 'ش': 0xd4, 'ص': 0xd5, 'ض': 0xd6,
  'ط': 0xd8, 'ظ': 0xd9, 'ع': 0xda, 'غ': 0xdb, 'ـ': 0xdc, 'ف': 0xdd, 'ق': 0xde, 'ك': 0xdf, 'ل': 0xe1,
  'م': 0xe3, 'ن': 0xe4, 'ه': 0xe5, 'و': 0xe6, 'ى': 0xec, 'ي': 0xed, 'ً': 0xf0, 'ٌ': 0xf1, 'ٍ': 0xf2,
  'َ': 0xf3, 'ُ': 0xf5, 'ِ': 0xf6, 'ّ': 0xf8, 'ْ': 0xfa,
};

/** ISO-8859-6: ، ؛ ؟ and the letters and marks in Unicode order from 0xC1 (ء) and 0xE0 (ـ). */
export const ISO_8859_6: Readonly<Record<string, number>> = (() => {
  const t: Record<string, number> = { '،': 0xac, '؛': 0xbb, '؟': 0xbf };
  for (let c = 0x0621; c <= 0x063a; c++) t[String.fromCharCode(c)] = c - 0x0621 + 0xc1;
  for (let c = 0x0640; c <= 0x0652; c++) t[String.fromCharCode(c)] = c - 0x0640 + 0xe0;
  return t;
})();

/** Encodes text with a byte table; ASCII passes through, anything else becomes '?'. */
export function encodeWith(table: Readonly<Record<string, number>>, text: string): Buffer {
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out.push(c < 0x80 ? c : table[ch] ?? 0x3f);
  }
  return Buffer.from(out);
}

export function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const body = endian === 'le' ? le : Buffer.from(le).swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]);
}

export interface Route {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Full control (slow answers, conditional requests). */
  handle?: (req: IncomingMessage, res: ServerResponse) => void;
}

export interface TestServer {
  base: string;
  /** Requests seen per path, with their headers. */
  hits: Map<string, IncomingMessage['headers'][]>;
  close(): Promise<void>;
}

export async function startServer(routes: Record<string, Route | ((base: string) => Route)>): Promise<TestServer> {
  const hits = new Map<string, IncomingMessage['headers'][]>();
  let base = '';
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, [...(hits.get(path) ?? []), req.headers]);
    const r = routes[path];
    const route = typeof r === 'function' ? r(base) : r;
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>غير موجود</h1>');
      return;
    }
    if (route.handle) return route.handle(req, res);
    res.writeHead(route.status ?? 200, route.headers ?? { 'content-type': 'text/html; charset=utf-8' });
    res.end(route.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
