// Bytes to text. The encoding is taken from the strongest evidence available: a byte-order
// mark, then the HTTP Content-Type charset, then an HTML <meta> declaration, then the bytes
// themselves (valid UTF-8, else whichever Arabic single-byte code page reads as Arabic).
// Node 20's TextDecoder (full ICU) decodes windows-1256, iso-8859-6 and UTF-16 natively.

export type EncodingEvidence = 'bom' | 'http' | 'meta' | 'heuristic';

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding used (utf-8, windows-1256, iso-8859-6, utf-16le…). */
  encoding: string;
  evidence: EncodingEvidence;
  /** Bytes that could not be decoded and became U+FFFD. */
  invalidBytes: number;
}

const META_SCAN_BYTES = 4096;
const BINARY_SCAN_BYTES = 8192;
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i;
const HTTP_CHARSET = /charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i;
const MAGIC: readonly number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** True for files that are not text at all: known binary signatures, NUL bytes, control noise. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bomOf(bytes)?.encoding.startsWith('utf-16')) return false;
  if (MAGIC.some((m) => startsWith(bytes, m))) return true;
  const n = Math.min(bytes.length, BINARY_SCAN_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** The WHATWG name for a charset label, or null when TextDecoder does not know it. */
export function canonicalEncoding(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

export function charsetFromContentType(contentType: string | undefined | null): string | null {
  const m = contentType ? HTTP_CHARSET.exec(contentType) : null;
  return m ? canonicalEncoding(m[1]!) : null;
}

function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_SCAN_BYTES)).toString('latin1');
  const m = META_CHARSET.exec(head);
  return m ? canonicalEncoding(m[1]!) : null;
}

function countReplacement(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\uFFFD'); i !== -1; i = s.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** U+FFFD already present in the bytes (EF BF BD) is text, not a decoding failure. */
function countEncodedReplacement(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

function decodeWith(bytes: Uint8Array, encoding: string, evidence: EncodingEvidence): Decoded {
  const text = new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
  const already = encoding === 'utf-8' ? countEncodedReplacement(bytes) : 0;
  return { text, encoding, evidence, invalidBytes: Math.max(0, countReplacement(text) - already) };
}

/**
 * How well a decoding reads as Arabic: Arabic letters count for it; replacement characters,
 * C1 controls, stray Latin accented letters and runs of harakat (what the other Arabic
 * code page's letters turn into) count against it.
 */
function arabicScore(text: string): number {
  let score = 0;
  let prevMark = false;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    const mark = c >= 0x064b && c <= 0x0652;
    if (c >= 0x0621 && c <= 0x064a) score += 1;
    else if (c === 0xfffd || (c >= 0x80 && c <= 0x9f)) score -= 4;
    else if (c >= 0xc0 && c <= 0xff) score -= 2;
    else if (mark && prevMark) score -= 2;
    prevMark = mark;
  }
  return score;
}

/** Mostly valid UTF-8 with a few broken bytes: many well-formed multi-byte sequences. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) continue;
    const len = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += len - 1;
    } else bad++;
  }
  return good >= 8 && good > bad * 10;
}

export interface DecodeHints {
  /** The HTTP Content-Type header, when the bytes came over HTTP. */
  contentType?: string | null;
  /** Look for an HTML <meta charset>. */
  html?: boolean;
}

export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): Decoded {
  const bom = bomOf(bytes);
  if (bom) return decodeWith(bytes.subarray(bom.length), bom.encoding, 'bom');
  const http = charsetFromContentType(hints.contentType);
  if (http) return decodeWith(bytes, http, 'http');
  const meta = hints.html ? charsetFromMeta(bytes) : null;
  if (meta) return decodeWith(bytes, meta, 'meta');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', evidence: 'heuristic', invalidBytes: 0 };
  } catch {
    // not valid UTF-8: fall through to the single-byte code pages
  }
  if (mostlyUtf8(bytes)) return decodeWith(bytes, 'utf-8', 'heuristic');
  const cp1256 = decodeWith(bytes, 'windows-1256', 'heuristic');
  const iso = decodeWith(bytes, 'iso-8859-6', 'heuristic');
  return arabicScore(iso.text) > arabicScore(cp1256.text) ? iso : cp1256;
}
