import { describe, expect, it } from 'vitest';
import { isNumeral, parseNumeral } from '../../src/extract/parse-numeral.js';

describe('isNumeral agrees with parseNumeral without building the value', () => {
  it.each([
    '5', '1,234', '1,234.5', '1.234,5', '66.000', '0.250', '3,5', '12,34,567.89', '1.000.000,50', '1 234,5',
    '3.3.1', '24.01.2025', '1,2,3', '1.234.5', '1,23,4.5', '12.345,678.9', '1,234,56',
  ])('%s', (text) => {
    const parses = parseNumeral(text, false) !== null && parseNumeral(text, true) !== null;
    expect(isNumeral(text)).toBe(parses);
  });
});
