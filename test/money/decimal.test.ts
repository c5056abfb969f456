import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDecimals,
  compareDecimals,
  decimalFromInteger,
  formatDecimal,
  multiplyDecimals,
  parseDecimal,
  powerOfTen,
  shiftDecimal,
  subtractDecimals,
} from '../../src/money/decimal.js';

const d = (digits: string) => {
  const value = parseDecimal(digits);
  if (value === null) throw new Error(digits);
  return value;
};

describe('exact decimals', () => {
  it.each([
    ['39.23', 9, '39230000000'],
    ['1.3', 6, '1300000'],
    ['0.5', 12, '500000000000'],
    ['60', 9, '60000000000'],
    ['1.0472', 0, '1.0472'],
    ['633.08', 9, '633080000000'],
  ])('%s × 10^%i = %s', (digits, power, expected) => {
    expect(formatDecimal(shiftDecimal(d(digits), power))).toBe(expected);
  });

  it.each(['', '.5', '1,000', '1.', '-3', 'abc', '1e9'])('rejects %j', (digits) => {
    expect(parseDecimal(digits)).toBeNull();
  });

  it.each([
    ['62', '1.0472', '64.9264'],
    ['0.97', '80', '77.6'],
  ])('%s × %s = %s', (a, b, product) => {
    expect(formatDecimal(multiplyDecimals(d(a), d(b)))).toBe(product);
  });

  it('adds and subtracts without float error', () => {
    expect(formatDecimal(addDecimals(d('0.1'), d('0.2')))).toBe('0.3');
    expect(formatDecimal(subtractDecimals(d('67'), d('65')))).toBe('2');
    expect(formatDecimal(subtractDecimals(d('1'), d('1.5')))).toBe('-0.5');
  });

  it('orders like the numbers they stand for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 6 }), (a, b, places) => {
        const x = shiftDecimal(decimalFromInteger(a), -places);
        const y = decimalFromInteger(b);
        expect(Math.sign(compareDecimals(x, y))).toBe(Math.sign(a / 10 ** places - b));
      }),
    );
  });

  it('orders signed values, at any two exponents, like the numbers they stand for', () => {
    const signed = fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: -8, max: 8 }));
    fc.assert(
      fc.property(signed, signed, ([a, placesA], [b, placesB]) => {
        // a·10^-placesA against b·10^-placesB, both scaled to 10^-8 by hand.
        const [x, y] = [a * 10n ** BigInt(8 - placesA), b * 10n ** BigInt(8 - placesB)];
        const expected = x < y ? -1 : x > y ? 1 : 0;
        expect(compareDecimals(shiftDecimal(decimalFromInteger(a), -placesA), shiftDecimal(decimalFromInteger(b), -placesB))).toBe(expected);
      }),
    );
  });

  it.each([0, 1, 9, 20, 64, 65, 120])('powerOfTen(%i) is 10^%i, tabulated or not', (power) => {
    expect(powerOfTen(power)).toBe(10n ** BigInt(power));
  });

  it('round-trips through formatting', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,8}(\.\d{1,6})?$/), (digits) => {
        expect(compareDecimals(d(formatDecimal(d(digits))), d(digits))).toBe(0);
      }),
    );
  });
});
