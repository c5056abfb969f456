import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimals, formatDecimal, multiplyDecimals, parseDecimal, shiftDecimal } from '../../src/money/decimal.js';
import type { Decimal } from '../../src/money/decimal.js';
import { divideDecimals, relativeDifference, roundDecimal } from '../../src/money/divide.js';

const d = (digits: string): Decimal => {
  const value = parseDecimal(digits.replace(/^-/, ''));
  if (value === null) throw new Error(digits);
  return digits.startsWith('-') ? { coefficient: -value.coefficient, exponent: value.exponent } : value;
};

describe('divideDecimals (20 significant digits, half to even)', () => {
  it.each([
    ['64926400000', '1.0472', undefined, '62000000000'],
    ['1', '1.0472', undefined, '0.95492742551566080978'],
    ['67', '62', undefined, '1.0806451612903225806'],
    ['277.0894', '256', undefined, '1.08238046875'],
    ['1', '3', undefined, '0.33333333333333333333'],
    ['2', '3', undefined, '0.66666666666666666667'],
    ['-2', '3', undefined, '-0.66666666666666666667'],
    ['0', '7', undefined, '0'],
    ['1', '8', 2, '0.12'], // 0.125: tie to even
    ['3', '8', 2, '0.38'], // 0.375: tie to even
    ['1', '16', 3, '0.0625'],
    ['999', '1', 2, '1000'],
    ['123456', '0.001', 3, '123000000'],
  ] as const)('%s / %s (%s digits) = %s', (a, b, digits, expected) => {
    expect(formatDecimal(divideDecimals(d(a), d(b), digits))).toBe(expected);
  });

  it('throws on division by zero', () => {
    expect(() => divideDecimals(d('1'), d('0'))).toThrow(RangeError);
  });

  it('is exact whenever the quotient fits: (a × b) / b = a', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: 1n, max: 10n ** 9n }), fc.integer({ min: -6, max: 6 }))
      .map(([coefficient, exponent]) => ({ coefficient, exponent }));
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        expect(compareDecimals(divideDecimals(multiplyDecimals(a, b), b), a)).toBe(0);
      }),
    );
  });
});

/** divideDecimals as first written, counting digits by printing them: the reference for the faster count. */
function divideByPrintedDigits(a: Decimal, b: Decimal, significantDigits: number): Decimal {
  const abs = (value: bigint) => (value < 0n ? -value : value);
  const digits = (value: bigint) => value.toString().length;
  const [numerator, denominator] = [abs(a.coefficient), abs(b.coefficient)];
  const divide = (scale: number) => {
    const n = scale >= 0 ? numerator * 10n ** BigInt(scale) : numerator;
    const d = scale >= 0 ? denominator : denominator * 10n ** BigInt(-scale);
    return [n / d, n % d, d] as const;
  };
  let scale = significantDigits - (digits(numerator) - digits(denominator));
  let [quotient, remainder, divisor] = divide(scale);
  if (digits(quotient) > significantDigits) [quotient, remainder, divisor] = divide((scale -= 1));
  if (2n * remainder > divisor || (2n * remainder === divisor && quotient % 2n === 1n)) quotient += 1n;
  const negative = a.coefficient < 0n !== b.coefficient < 0n;
  return shiftDecimal({ coefficient: negative ? -quotient : quotient, exponent: 0 }, a.exponent - b.exponent - scale);
}

describe('divideDecimals against the quotient with printed digit counts', () => {
  it('agrees for coefficients of 1 to 70 digits, either sign, at 1 to 30 significant digits', () => {
    const magnitude = fc.integer({ min: 0, max: 70 }).chain((digits) => fc.bigInt({ min: 1n, max: 10n ** BigInt(digits) }));
    const decimal = fc.tuple(magnitude, fc.boolean(), fc.integer({ min: -12, max: 12 })).map(([coefficient, negative, exponent]) => ({ coefficient: negative ? -coefficient : coefficient, exponent }));
    fc.assert(
      fc.property(decimal, decimal, fc.integer({ min: 1, max: 30 }), (a, b, significantDigits) => {
        expect(divideDecimals(a, b, significantDigits)).toEqual(divideByPrintedDigits(a, b, significantDigits));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('roundDecimal (half to even, display only)', () => {
  it.each([
    ['1.08238046875', 4, '1.0824'],
    ['1.08245', 4, '1.0824'],
    ['1.08255', 4, '1.0826'],
    ['-1.08255', 4, '-1.0826'],
    ['163.849', 2, '163.85'],
    ['2.5', 0, '2'],
    ['1.2', 4, '1.2'],
  ] as const)('%s to %i places = %s', (value, places, expected) => {
    expect(formatDecimal(roundDecimal(d(value), places))).toBe(expected);
  });
});

describe('relativeDifference', () => {
  it.each([
    ['1.1', '1', '0.1'],
    ['0.9', '1', '0.1'],
    ['1.0472', '1.0472', '0'],
  ] as const)('|%s − %s| / %s = %s', (a, b, expected) => {
    expect(formatDecimal(relativeDifference(d(a), d(b)))).toBe(expected);
  });
});
