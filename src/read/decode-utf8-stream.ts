import { firstInvalidUtf8 } from './decode-text.js';

/** Thrown when a stream is not UTF-8: `offset` is the stream's first bad byte. */
export class InvalidUtf8Error extends Error {
  constructor(readonly offset: number) {
    super(`is not valid UTF-8 text (the first bad byte is at offset ${offset})`);
  }
}

/**
 * A byte stream as UTF-8 text, chunk by chunk, refusing what is not UTF-8 (a streaming decoder would
 * otherwise turn bad bytes into U+FFFD and the figures would silently differ from the input).
 */
export async function* decodeUtf8Stream(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let consumed = 0;
  let held: Uint8Array = new Uint8Array(0);
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    try {
      yield decoder.decode(bytes, { stream: true });
    } catch {
      // The decoder holds an unfinished character from the last chunk: the bad byte may be in it.
      const joined = Buffer.concat([held, bytes]);
      throw new InvalidUtf8Error(consumed - held.length + Math.max(0, firstInvalidUtf8(joined)));
    }
    consumed += bytes.length;
    held = unfinishedCharacter(Buffer.concat([held, bytes]));
  }
  try {
    yield decoder.decode();
  } catch {
    throw new InvalidUtf8Error(consumed - held.length);
  }
}

/** The bytes of a character the chunk ends in the middle of (at most 3), else none. */
function unfinishedCharacter(bytes: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if (byte < 0x80) return new Uint8Array(0);
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return length > back ? bytes.subarray(bytes.length - back) : new Uint8Array(0);
    }
  }
  return new Uint8Array(0);
}
