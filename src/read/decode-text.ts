/**
 * Bytes to text: UTF-8 (with or without its BOM), or UTF-16/UTF-32 when a byte-order mark says so
 * (Windows editors save "Unicode" that way). Anything else that is not UTF-8 is refused with the
 * offset of the first bad byte, so the user can find it.
 */
export type DecodeResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly problem: string };

const BOMS: readonly { readonly bytes: readonly number[]; readonly encoding: 'utf-32le' | 'utf-32be' | 'utf-16le' | 'utf-16be' | 'utf-8' }[] = [
  // UTF-32LE's mark starts with UTF-16LE's: it is tested first.
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: 'utf-32le' },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: 'utf-32be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
];

export function decodeText(bytes: Uint8Array): DecodeResult {
  const bom = BOMS.find((mark) => mark.bytes.every((byte, index) => bytes[index] === byte));
  const body = bytes.subarray(bom?.bytes.length ?? 0);
  switch (bom?.encoding) {
    case 'utf-32le':
    case 'utf-32be':
      return decodeUtf32(body, bom.encoding === 'utf-32le');
    case 'utf-16le':
    case 'utf-16be':
      if (body.length % 2 !== 0) return { ok: false, problem: `is not valid ${bom.encoding.toUpperCase()} text (an odd number of bytes)` };
      return { ok: true, text: new TextDecoder(bom.encoding).decode(body) };
    default: {
      // NUL is not text in any article; in UTF-16/32 it is part of every ASCII character, hence the BOM test first.
      const nul = body.indexOf(0);
      if (nul >= 0) return { ok: false, problem: `looks like a binary file (it contains NUL bytes, the first at byte ${nul + (bom?.bytes.length ?? 0)})` };
      const bad = firstInvalidUtf8(body);
      if (bad >= 0) return { ok: false, problem: `is not valid UTF-8 text (the first bad byte is at offset ${bad + (bom?.bytes.length ?? 0)})` };
      return { ok: true, text: new TextDecoder('utf-8').decode(body) };
    }
  }
}

function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): DecodeResult {
  const name = littleEndian ? 'UTF-32LE' : 'UTF-32BE';
  if (bytes.length % 4 !== 0) return { ok: false, problem: `is not valid ${name} text (its length is not a multiple of 4 bytes)` };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  for (let offset = 0; offset < bytes.length; offset += 4) {
    const codePoint = view.getUint32(offset, littleEndian);
    if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) {
      return { ok: false, problem: `is not valid ${name} text (the first bad character is at byte ${offset + 4})` };
    }
    parts.push(String.fromCodePoint(codePoint));
  }
  return { ok: true, text: parts.join('') };
}

/** The offset of the first byte that does not start or continue a well-formed UTF-8 sequence; -1 when all do. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index++;
      continue;
    }
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return index;
    // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF (RFC 3629 table).
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += length;
  }
  return -1;
}
