/**
 * Division and display rounding for exact decimals, each rounding once in a named mode.
 * A quotient such as 1 / 1.0472 has no finite decimal form, so it is rounded to
 * DIVISION_SIGNIFICANT_DIGITS significant digits, half to even: far beyond the 5–6 significant
 * digits of an ECB rate, so the rounding never decides a comparison.
 */
import type { Decimal } from './decimal.js';
import { powerOfTen, shiftDecimal, subtractDecimals } from './decimal.js';

/** Significant digits kept by `divideDecimals`. */
export const DIVISION_SIGNIFICANT_DIGITS = 20;

/** a / b, rounded half to even to `significantDigits` significant digits (exact when the quotient fits). */
export function divideDecimals(a: Decimal, b: Decimal, significantDigits = DIVISION_SIGNIFICANT_DIGITS): Decimal {
  if (b.coefficient === 0n) throw new RangeError('division by zero');
  if (!Number.isInteger(significantDigits) || significantDigits < 1) throw new RangeError(`bad precision ${significantDigits}`);
  if (a.coefficient === 0n) return a;
  const negative = a.coefficient < 0n !== b.coefficient < 0n;
  const numerator = abs(a.coefficient);
  const denominator = abs(b.coefficient);
  // Scale so the integer quotient has `significantDigits` digits: 10^(p-1) <= q < 10^p.
  let scale = significantDigits - (digitCount(numerator) - digitCount(denominator));
  let [quotient, remainder, divisor] = divideScaled(numerator, denominator, scale);
  if (quotient >= powerOfTen(significantDigits)) {
    scale -= 1;
    [quotient, remainder, divisor] = divideScaled(numerator, denominator, scale);
  }
  quotient = roundHalfEven(quotient, remainder, divisor);
  const coefficient = negative ? -quotient : quotient;
  return shiftDecimal({ coefficient, exponent: 0 }, a.exponent - b.exponent - scale);
}

/** Rounds to `places` decimal places, half to even; for display only (1.08243… → 1.0824). */
export function roundDecimal(value: Decimal, places: number): Decimal {
  if (!Number.isInteger(places)) throw new RangeError(`bad places ${places}`);
  if (value.exponent >= -places) return value;
  const divisor = powerOfTen(-places - value.exponent);
  const magnitude = abs(value.coefficient);
  const rounded = roundHalfEven(magnitude / divisor, magnitude % divisor, divisor);
  return shiftDecimal({ coefficient: value.coefficient < 0n ? -rounded : rounded, exponent: 0 }, -places);
}

/** |a − b| / b: the relative difference of a from b, rounded as `divideDecimals` does. */
export function relativeDifference(a: Decimal, b: Decimal): Decimal {
  const difference = subtractDecimals(a, b);
  return divideDecimals(
    { coefficient: abs(difference.coefficient), exponent: difference.exponent },
    { coefficient: abs(b.coefficient), exponent: b.exponent },
  );
}

function divideScaled(numerator: bigint, denominator: bigint, scale: number): [bigint, bigint, bigint] {
  const n = scale >= 0 ? numerator * powerOfTen(scale) : numerator;
  const d = scale >= 0 ? denominator : denominator * powerOfTen(-scale);
  return [n / d, n % d, d];
}

function roundHalfEven(quotient: bigint, remainder: bigint, divisor: bigint): bigint {
  const twice = 2n * remainder;
  if (twice > divisor || (twice === divisor && quotient % 2n === 1n)) return quotient + 1n;
  return quotient;
}

function abs(value: bigint): bigint {
  return value < 0n ? -value : value;
}

/** Decimal digits of a non-negative value: found among the tabulated powers of ten by binary search, printed only past them. */
function digitCount(value: bigint): number {
  if (value >= powerOfTen(DIGIT_SEARCH_LIMIT)) return value.toString().length;
  // The smallest d in 1…DIGIT_SEARCH_LIMIT with value < 10^d.
  let low = 1;
  let high = DIGIT_SEARCH_LIMIT;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (value < powerOfTen(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** Past the digits of any rate, amount or 20-digit quotient. */
const DIGIT_SEARCH_LIMIT = 48;
