import { describe, expect, it } from 'vitest';
import { convertColumn, lineTextAt, toCodePointColumn, toUtf8Column } from '../../src/report/columns.js';
import { SOURCE } from './make-report.js';

const LINE = 'Meta — “the €-zone’s 😀 darling” — will spend $70 billion on capex in 2025.';

describe('column units: a 1-based UTF-16 column in other units', () => {
  it.each([
    // [line, utf16, utf8, code point]
    ['abc', 1, 1, 1],
    ['abc', 4, 4, 4],
    ['€x', 2, 4, 2],
    ['—’x', 3, 7, 3],
    ['😀x', 3, 5, 2],
    ['a𐐀b', 4, 6, 3],
    [LINE, 47, 61, 46],
    [LINE, 58, 72, 57],
  ])('%j column %i → UTF-8 %i, code point %i', (line, utf16, utf8, codePoint) => {
    expect(toUtf8Column(line, utf16)).toBe(utf8);
    expect(toCodePointColumn(line, utf16)).toBe(codePoint);
    expect(convertColumn(line, utf16, 'utf8')).toBe(utf8);
    expect(convertColumn(line, utf16, 'code-point')).toBe(codePoint);
    expect(convertColumn(line, utf16, 'utf16')).toBe(utf16);
  });

  it('agrees with a UTF-8 encoder on every column of the sample line', () => {
    for (let column = 1; column <= LINE.length + 1; column++) {
      // A column between the halves of a surrogate pair is not a position in the text.
      if (/[\uD800-\uDBFF]$/.test(LINE.slice(0, column - 1))) continue;
      expect(toUtf8Column(LINE, column)).toBe(Buffer.byteLength(LINE.slice(0, column - 1)) + 1);
    }
  });

  it.each([0, -1, 1.5, LINE.length + 2])('rejects column %d', (column) => {
    expect(() => toUtf8Column(LINE, column)).toThrow(RangeError);
  });

  it.each([
    ['ab\ncd\r\nef\rgh', 0, 'ab'],
    ['ab\ncd\r\nef\rgh', 2, 'ab'],
    ['ab\ncd\r\nef\rgh', 3, 'cd'],
    ['ab\ncd\r\nef\rgh', 7, 'ef'],
    ['ab\ncd\r\nef\rgh', 10, 'gh'],
    ['', 0, ''],
  ])('line of %j at offset %i is %j', (source, offset, line) => {
    expect(lineTextAt(source, offset)).toBe(line);
  });

  it('finds the sample line by a figure offset', () => {
    expect(lineTextAt(SOURCE, SOURCE.indexOf('$70'))).toBe(LINE);
  });
});
