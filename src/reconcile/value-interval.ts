import { assertNever } from '../assert-never.js';
import { addDecimals, compareDecimals, decimalFromInteger, multiplyDecimals, subtractDecimals, type Decimal } from '../money/decimal.js';
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

/** The values an official figure allows, bounds read with headroom. */
export function referenceInterval(value: ReferenceValue): ValueInterval {
  switch (value.kind) {
    case 'point':
      return { low: decimalFromInteger(value.value), high: decimalFromInteger(value.value) };
    case 'approximate': {
      const nominal = decimalFromInteger(value.value);
      return { low: scale(nominal, -1, TOLERANCE.APPROXIMATE), high: scale(nominal, 1, TOLERANCE.APPROXIMATE) };
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
 * Whether a claim agrees with a reference. A stated range must lie inside the official one
 * (a stale "$60–65B" does not agree with a newer "$64–72B"); any other figure must overlap it.
 */
export function relateToReference(amount: Amount, value: ReferenceValue): Relation {
  return relateToInterval(amount, referenceInterval(value));
}

/** How a claim relates to an interval of right values (a reference, or a share computed from references). */
export function relateToInterval(amount: Amount, reference: ValueInterval): Relation {
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

const ONE = decimalFromInteger(1);

/** value × (1 ± fraction), exact. */
function scale(value: Decimal, sign: 1 | -1, fraction: Decimal): Decimal {
  const factor = sign === 1 ? addDecimals(ONE, fraction) : subtractDecimals(ONE, fraction);
  return multiplyDecimals(value, factor);
}

/** Whether two written figures can both be true (their intervals share a value). */
export function amountsOverlap(a: Amount, b: Amount): boolean {
  const first = claimInterval(a);
  const second = claimInterval(b);
  const firstBelow = first.high !== null && compareDecimals(first.high, second.low) < 0;
  const secondBelow = second.high !== null && compareDecimals(second.high, first.low) < 0;
  return !firstBelow && !secondBelow;
}
