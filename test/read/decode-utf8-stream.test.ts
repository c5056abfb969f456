import { describe, expect, it } from 'vitest';
import { decodeUtf8Stream, InvalidUtf8Error } from '../../src/read/decode-utf8-stream.js';

async function decodeChunks(chunks: readonly number[][]): Promise<string | number> {
  async function* source(): AsyncGenerator<Buffer> {
    for (const chunk of chunks) yield Buffer.from(chunk);
  }
  try {
    let text = '';
    for await (const part of decodeUtf8Stream(source())) text += part;
    return text;
  } catch (error) {
    if (error instanceof InvalidUtf8Error) return error.offset;
    throw error;
  }
}

const EURO = [0xe2, 0x82, 0xac];

describe('decodeUtf8Stream', () => {
  it.each<[string, number[][], string | number]>([
    ['one chunk', [[0x41, ...EURO]], 'A€'],
    ['a character split over chunks', [[0x41, 0xe2], [0x82], [0xac, 0x42]], 'A€B'],
    ['a bad byte in a later chunk', [[0x41, 0x42], [0x43, 0xe9, 0x44]], 3],
    ['a character broken across chunks', [[0x41, ...EURO, 0xe2, 0x82], [0x41]], 4],
    ['a stream that ends mid-character', [[0x41, 0x42, 0xe2, 0x82]], 2],
  ])('%s', async (_name, chunks, expected) => {
    expect(await decodeChunks(chunks)).toBe(expected);
  });
});
