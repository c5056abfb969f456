import { assertNever } from '../assert-never.js';
import { addDecimals, compareDecimals, decimalFromInteger, decimalToNumber, multiplyDecimals, subtractDecimals, type Decimal } from '../money/decimal.js';
import type { ReferenceValue } from '../data/reference-schema.js';
import type { Amount } from '../types.js';
import { TOLERANCE } from './tolerance.js';

/** The set of values a figure allows: [low, high], high null when unbounded. */
export interface ValueInterval {
  readonly low: Decimal;
  readonly high: Decimal | null;
}

/** Which side of a reference a claim falls on. */
export type Relation = 'consistent' | 'above' | 'below';

const ZERO = decimalFromInteger(0);
const ONE = decimalFromInteger(1);

/** The values a written figure allows, qualifiers read through the tolerances. */
export function claimInterval(amount: Amount): ValueInterval {
  switch (amount.kind) {
    case 'exact':
      return { low: amount.value, high: amount.value };
    case 'approximate':
      return { low: scale(amount.value, -1, TOLERANCE.APPROXIMATE), high: scale(amount.value, 1, TOLERANCE.APPROXIMATE) };
    case 'just-below':
      return { low: scale(amount.value, -1, TOLERANCE.APPROXIMATE), high: amount.value };
    case 'lower-bound':
      return { low: amount.value, high: null };
    case 'upper-bound':
      return { low: ZERO, high: amount.value };
    case 'range':
      return { low: amount.low, high: amount.high };
    default:
      return assertNever(amount);
  }
}

/** An official figure's own numbers, with no tolerance: what a writer converting it starts from. */
function nominalInterval(value: ReferenceValue): ValueInterval {
  return value.kind === 'range' ? { low: decimalFromInteger(value.low), high: decimalFromInteger(value.high) } : referenceInterval(value.kind === 'approximate' ? { kind: 'point', value: value.value } : value);
}

/** The values an official figure allows, bounds read with headroom. */
export function referenceInterval(value: ReferenceValue): ValueInterval {
  switch (value.kind) {
    case 'point':
      return { low: decimalFromInteger(value.value), high: decimalFromInteger(value.value) };
    case 'approximate': {
      const nominal = decimalFromInteger(value.value);
      const tolerance = value.derived === true ? TOLERANCE.DERIVED : TOLERANCE.APPROXIMATE;
      return { low: scale(nominal, -1, tolerance), high: scale(nominal, 1, tolerance) };
    }
    case 'lower-bound': {
      const bound = decimalFromInteger(value.value);
      return { low: bound, high: scale(bound, 1, TOLERANCE.BOUND_HEADROOM) };
    }
    case 'upper-bound': {
      const bound = decimalFromInteger(value.value);
      return { low: scale(bound, -1, TOLERANCE.BOUND_HEADROOM), high: bound };
    }
    case 'range':
      return { low: decimalFromInteger(value.low), high: decimalFromInteger(value.high) };
    default:
      return assertNever(value);
  }
}

/**
 * Whether a written figure agrees with an official value. A figure stands for every value that
 * rounds to it at its written precision ("$39.2 billion" for $39.23 billion). A stated range must
 * lie inside the official one (a stale "$60–65B" does not agree with a newer "$64–72B"). "Up to X"
 * claims X as the ceiling and "at least X" or "more than X" as the floor: each is compared with
 * the official ceiling or floor, with the bound headroom. Any other figure must overlap.
 */
export function relateToReference(amount: Amount, value: ReferenceValue, precision: Decimal, official: 'tolerant' | 'nominal' = 'tolerant'): Relation {
  const reference = official === 'nominal' ? nominalInterval(value) : referenceInterval(value);
  const half = roundingHalfWidth(amount, precision);
  switch (amount.kind) {
    case 'upper-bound':
      // "under $100 billion", "less than …": true whenever the official top is below it.
      if (!amount.inclusive) return relateToInterval(amount, reference);
      return reference.high === null ? 'consistent' : relateToWindow(amount.value, amount.value, { low: scale(reference.high, -1, TOLERANCE.BOUND_HEADROOM), high: reference.high }, half);
    case 'lower-bound':
      if (!amount.inclusive && reference.high !== null && compareDecimals(amount.value, reference.high) >= 0) return 'above';
      return relateToWindow(amount.value, amount.value, { low: scale(reference.low, -1, TOLERANCE.BOUND_HEADROOM), high: reference.high }, half);
    case 'range': {
      const aboveTop = reference.high !== null && compareDecimals(amount.high, addDecimals(reference.high, half)) > 0;
      const belowBottom = compareDecimals(amount.low, subtractDecimals(reference.low, half)) < 0;
      if (!aboveTop && !belowBottom) return 'consistent';
      return aboveTop ? 'above' : 'below';
    }
    case 'exact':
    case 'approximate':
    case 'just-below': {
      const claim = claimInterval(amount);
      return relateToWindow(claim.low, claim.high, reference, half);
    }
    default:
      return assertNever(amount);
  }
}

const HALF: Decimal = { coefficient: 5n, exponent: -1 };
/** A figure written with one significant digit ("$1 billion", "2 GW") is read as precise to 5%, not to a whole unit. */
const MAX_ROUNDING = { coefficient: 5n, exponent: -2 };

/** Half the written precision, at most 5% of the figure's smallest number. */
function roundingHalfWidth(amount: Amount, precision: Decimal): Decimal {
  const half = multiplyDecimals(precision, HALF);
  const smallest = amount.kind === 'range' ? amount.low : amount.value;
  const cap = multiplyDecimals(smallest, MAX_ROUNDING);
  return compareDecimals(half, cap) <= 0 ? half : cap;
}

/** Values from `low` to `high` (null: unbounded) against a window of right values, widened by half the written precision. */
function relateToWindow(low: Decimal, high: Decimal | null, window: ValueInterval, half: Decimal): Relation {
  if (window.high !== null && compareDecimals(low, addDecimals(window.high, half)) > 0) return 'above';
  if (high !== null && compareDecimals(high, subtractDecimals(window.low, half)) < 0) return 'below';
  return 'consistent';
}

/** How a claim relates to an interval of right values (a reference, or a share computed from references). */
export function relateToInterval(amount: Amount, exact: ValueInterval, precision: Decimal | null = null): Relation {
  // A figure agrees with every value that rounds to it: widen the right values by half its precision.
  const half = precision === null ? ZERO : multiplyDecimals(precision, HALF);
  const reference = { low: subtractDecimals(exact.low, half), high: exact.high === null ? null : addDecimals(exact.high, half) };
  // A strict bound excludes its own value: "more than $65 billion" is above $60–65 billion.
  if (amount.kind === 'lower-bound' && !amount.inclusive && reference.high !== null && compareDecimals(amount.value, reference.high) >= 0) return 'above';
  if (amount.kind === 'upper-bound' && !amount.inclusive && compareDecimals(amount.value, reference.low) <= 0) return 'below';
  const claim = claimInterval(amount);
  const aboveTop = reference.high !== null && (claim.high === null || compareDecimals(claim.high, reference.high) > 0);
  const belowBottom = compareDecimals(claim.low, reference.low) < 0;
  if (amount.kind === 'range') {
    if (!aboveTop && !belowBottom) return 'consistent';
    return aboveTop ? 'above' : 'below';
  }
  if (reference.high !== null && compareDecimals(claim.low, reference.high) > 0) return 'above';
  if (claim.high !== null && compareDecimals(claim.high, reference.low) < 0) return 'below';
  return 'consistent';
}

/** value × (1 ± fraction), exact; 1 ± fraction is read from WIDENING, computed once per tolerance. */
function scale(value: Decimal, sign: 1 | -1, fraction: Decimal): Decimal {
  const factors = WIDENING.get(fraction) ?? widening(fraction);
  return multiplyDecimals(value, sign === 1 ? factors.above : factors.below);
}

interface Widening {
  readonly above: Decimal;
  readonly below: Decimal;
}

function widening(fraction: Decimal): Widening {
  return { above: addDecimals(ONE, fraction), below: subtractDecimals(ONE, fraction) };
}

/** 1 + t and 1 − t for each tolerance t an interval is widened by: every comparison of an article uses the same few. */
const WIDENING: ReadonlyMap<Decimal, Widening> = new Map([TOLERANCE.APPROXIMATE, TOLERANCE.DERIVED, TOLERANCE.BOUND_HEADROOM].map((fraction) => [fraction, widening(fraction)]));

/** Whether two written figures can both be true: their intervals, each widened by half its written precision, share a value ("$72 billion" and "$72.2 billion" can). */
export function amountsOverlap(a: WrittenAmount, b: WrittenAmount): boolean {
  if (intervalsMeet(claimInterval(a.amount), claimInterval(b.amount), 'touching')) return true;
  // Rounded, "65" stands for [64.5, 65.5) and "66" for [65.5, 66.5): meeting at an edge is not agreeing.
  return intervalsMeet(writtenInterval(a), writtenInterval(b), 'overlapping');
}

function intervalsMeet(first: ValueInterval, second: ValueInterval, how: 'touching' | 'overlapping'): boolean {
  const apart = (high: Decimal | null, low: Decimal): boolean => high !== null && (how === 'touching' ? compareDecimals(high, low) < 0 : compareDecimals(high, low) <= 0);
  return !apart(first.high, second.low) && !apart(second.high, first.low);
}

/** A figure as written: its amount and the precision its digits give. */
interface WrittenAmount {
  readonly amount: Amount;
  readonly precision: Decimal;
}

function writtenInterval({ amount, precision }: WrittenAmount): ValueInterval {
  const interval = claimInterval(amount);
  const half = roundingHalfWidth(amount, precision);
  return { low: subtractDecimals(interval.low, half), high: interval.high === null ? null : addDecimals(interval.high, half) };
}

/**
 * An amount's numbers as floats, lowest and highest, when it has both and they are positive; null
 * for a bound (its interval is open on one side), a range written high to low, and anything a float does not hold.
 */
export function floatSpan(amount: Amount): readonly [number, number] | null {
  if (amount.kind === 'lower-bound' || amount.kind === 'upper-bound') return null;
  const [low, high] = amount.kind === 'range' ? [decimalToNumber(amount.low), decimalToNumber(amount.high)] : [decimalToNumber(amount.value), decimalToNumber(amount.value)];
  return low > 1e-280 && high < 1e280 && low <= high ? [low, high] : null;
}

/**
 * Whether two figures, the second × `factor`, surely cannot overlap (`amountsOverlap` false), decided in floats before
 * building any interval: a figure's written interval (its tolerance, at most 3%, and half its
 * precision, at most 5% of its smallest number) lies within [0.92 × low, 1.08 × high], so spans that
 * stay apart even when stretched to [low / 2, 2 × high] never meet, float error and all.
 */
export function spansApart([firstLow, firstHigh]: readonly [number, number], [secondLow, secondHigh]: readonly [number, number], factor: number): boolean {
  return 2 * secondHigh * factor < firstLow / 2 || (secondLow * factor) / 2 > 2 * firstHigh;
}
