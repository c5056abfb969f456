import { describe, expect, it } from 'vitest';
import { createLineIndex } from '../../src/read/line-index.js';

describe('line index: 0-based offsets to 1-based line and UTF-16 column', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['ab\ncd', 3, 2, 1],
    ['ab\r\ncd', 4, 2, 1],
    ['ab\rcd', 3, 2, 1],
    ['€—’ $5', 4, 1, 5],
    ['😀 $5', 3, 1, 4],
    ['a\n\nb', 3, 3, 1],
    ['end\n', 4, 2, 1],
  ])('%j at %i → %i:%i', (text, offset, line, column) => {
    expect(createLineIndex(text).toPosition(offset)).toEqual({ line, column });
  });
});
