import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../../src/read/decode-text.js';

const TEXT = 'Meta: $65 billion — 2025 €';

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let index = 0; index < text.length; index++) view.setUint16(2 + index * 2, text.charCodeAt(index), littleEndian);
  return bytes;
}

function utf32(text: string, littleEndian: boolean): Uint8Array {
  const codePoints = [0xfeff, ...Array.from(text, (character) => character.codePointAt(0) ?? 0)];
  const bytes = new Uint8Array(codePoints.length * 4);
  const view = new DataView(bytes.buffer);
  codePoints.forEach((codePoint, index) => view.setUint32(index * 4, codePoint, littleEndian));
  return bytes;
}

describe('decodeText', () => {
  it.each([
    ['UTF-8', new TextEncoder().encode(TEXT)],
    ['UTF-8 with its BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)])],
    ['UTF-16LE with its BOM', utf16(TEXT, true)],
    ['UTF-16BE with its BOM', utf16(TEXT, false)],
    ['UTF-32LE with its BOM', utf32(TEXT, true)],
    ['UTF-32BE with its BOM', utf32(TEXT, false)],
  ])('reads %s, without the mark', (_name, bytes) => {
    expect(decodeText(bytes)).toEqual({ ok: true, text: TEXT });
  });

  it.each([
    ['a NUL byte', [0x41, 0x42, 0x00], 'looks like a binary file (it contains NUL bytes, the first at byte 2)'],
    ['Latin-1 é', [0x4d, 0x65, 0xe9, 0x74], 'is not valid UTF-8 text (the first bad byte is at offset 2)'],
    ['UTF-16 without a BOM', [0x4d, 0x00, 0x65, 0x00], 'looks like a binary file (it contains NUL bytes, the first at byte 1)'],
    ['UTF-16LE cut mid-character', [0xff, 0xfe, 0x4d, 0x00, 0x65], 'is not valid UTF-16LE text (an odd number of bytes)'],
    ['UTF-32BE past U+10FFFF', [0x00, 0x00, 0xfe, 0xff, 0x00, 0x11, 0x00, 0x00], 'is not valid UTF-32BE text (the first bad character is at byte 4)'],
  ])('refuses %s, saying where', (_name, bytes, problem) => {
    expect(decodeText(new Uint8Array(bytes))).toEqual({ ok: false, problem });
  });
});

describe('firstInvalidUtf8 (RFC 3629)', () => {
  it.each([
    ['ASCII', [0x41, 0x42], -1],
    ['a 2-, 3- and 4-byte character', [0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80], -1],
    ['an overlong 2-byte form', [0x41, 0xc0, 0x80], 1],
    ['an overlong 3-byte form', [0xe0, 0x80, 0x80], 0],
    ['an encoded surrogate', [0x41, 0xed, 0xa0, 0x80], 1],
    ['a code point past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a lead byte F5', [0xf5, 0x80], 0],
    ['a lone continuation byte', [0x41, 0x41, 0x80], 2],
    ['a sequence cut by the end', [0x41, 0xe2, 0x82], 1],
  ])('%s', (_name, bytes, offset) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(offset);
  });
});
