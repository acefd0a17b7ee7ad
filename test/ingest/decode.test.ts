import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalEncoding, decodeBytes, looksBinary } from '../../src/ingest/decode.js';
import { CP1256, encodeWith, ISO_8859_6, utf16 } from './fixtures.js';

const TEXT = 'قالت مصادر أمنية إن انفجاراً وقع صباح اليوم في سوق شعبي، وأدى إلى إصابة سبعة أشخاص؟ «خبر عاجل» غضب وقلق.';
const HTML = (charsetTag: string, body: string): string =>
  `<html><head>${charsetTag}<title>خبر</title></head><body><p>${body}</p></body></html>`;

test('the hand-made byte tables agree with the platform decoders', () => {
  for (const [ch, b] of Object.entries(CP1256)) assert.equal(new TextDecoder('windows-1256').decode(Uint8Array.of(b)), ch);
  for (const [ch, b] of Object.entries(ISO_8859_6)) assert.equal(new TextDecoder('iso-8859-6').decode(Uint8Array.of(b)), ch);
});

test('UTF-8 with and without a byte-order mark', () => {
  const plain = decodeBytes(Buffer.from(TEXT, 'utf8'));
  assert.deepEqual([plain.text, plain.encoding, plain.evidence, plain.invalidBytes], [TEXT, 'utf-8', 'heuristic', 0]);
  const bom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]));
  assert.deepEqual([bom.text, bom.encoding, bom.evidence], [TEXT, 'utf-8', 'bom']);
});

test('UTF-16 little and big endian from the byte-order mark', () => {
  for (const e of ['le', 'be'] as const) {
    const d = decodeBytes(utf16(TEXT, e));
    assert.equal(d.text, TEXT);
    assert.equal(d.encoding, `utf-16${e}`);
    assert.equal(d.evidence, 'bom');
  }
});

test('windows-1256 and ISO-8859-6 are told apart by their bytes alone', () => {
  const noQuotes = TEXT.replace(/[«»]/g, '"');
  const cp = decodeBytes(encodeWith(CP1256, TEXT));
  assert.equal(cp.encoding, 'windows-1256');
  assert.equal(cp.text, TEXT);
  const iso = decodeBytes(encodeWith(ISO_8859_6, noQuotes));
  assert.equal(iso.encoding, 'iso-8859-6');
  assert.equal(iso.text, noQuotes);
});

test('a short cp1256 text without the distinctive letters still reads as Arabic', () => {
  const t = 'الجيش يعلن مقتل مسلحين';
  assert.equal(decodeBytes(encodeWith(CP1256, t)).text, t);
  assert.equal(decodeBytes(encodeWith(ISO_8859_6, t)).text, t);
});

test('the HTTP charset wins over the content, the <meta> charset over guessing', () => {
  const bytes = encodeWith(CP1256, TEXT);
  const http = decodeBytes(bytes, { contentType: 'text/html; charset=windows-1256' });
  assert.deepEqual([http.encoding, http.evidence, http.text], ['windows-1256', 'http', TEXT]);
  const metaPage = encodeWith(CP1256, HTML('<meta charset="windows-1256">', TEXT));
  const meta = decodeBytes(metaPage, { html: true, contentType: 'text/html' });
  assert.deepEqual([meta.encoding, meta.evidence], ['windows-1256', 'meta']);
  assert.ok(meta.text.includes(TEXT));
  const equiv = encodeWith(ISO_8859_6, HTML('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">', 'خبر عاجل'));
  const e = decodeBytes(equiv, { html: true });
  assert.deepEqual([e.encoding, e.evidence], ['iso-8859-6', 'meta']);
  assert.ok(e.text.includes('خبر عاجل'));
});

test('an unknown charset label is ignored, not fatal', () => {
  assert.equal(canonicalEncoding('x-no-such-charset'), null);
  const d = decodeBytes(Buffer.from(TEXT), { contentType: 'text/html; charset=x-no-such-charset' });
  assert.equal(d.encoding, 'utf-8');
  assert.equal(d.text, TEXT);
});

test('invalid bytes in a claimed UTF-8 text are replaced and counted', () => {
  const bad = Buffer.concat([Buffer.from(TEXT.slice(0, 40)), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from(TEXT.slice(40))]);
  const d = decodeBytes(bad, { contentType: 'text/plain; charset=utf-8' });
  assert.equal(d.encoding, 'utf-8');
  assert.equal(d.invalidBytes, 3);
  assert.ok(d.text.includes('\uFFFD'));
  // Unclaimed, a mostly-UTF-8 text with a stray byte is still read as UTF-8.
  const guessed = decodeBytes(Buffer.concat([Buffer.from(TEXT), Buffer.from([0xff]), Buffer.from(TEXT)]));
  assert.equal(guessed.encoding, 'utf-8');
  assert.equal(guessed.invalidBytes, 1);
  // A U+FFFD written in the text is not a decoding failure.
  assert.equal(decodeBytes(Buffer.from('نص \uFFFD نص')).invalidBytes, 0);
});

test('binary content is recognised; Arabic text in any supported encoding is not', () => {
  assert.ok(looksBinary(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])));
  assert.ok(looksBinary(Buffer.from('%PDF-1.7\n')));
  assert.ok(looksBinary(Buffer.from([0x41, 0x00, 0x42, 0x00])));
  assert.ok(!looksBinary(Buffer.from(TEXT)));
  assert.ok(!looksBinary(utf16(TEXT, 'le')));
  assert.ok(!looksBinary(encodeWith(CP1256, TEXT)));
});
