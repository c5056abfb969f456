import { assertNever } from '../assert-never.js';
import type { ReferenceRecord, ReferenceValue } from '../data/reference-schema.js';
import { amountNumbers } from '../money/amount-numbers.js';
import { compareDecimals, decimalFromInteger, scaleFactors, shiftDecimal, type Decimal } from '../money/decimal.js';
import type { Amount } from '../types.js';
import { multiplyAmount } from './convert-amount.js';
import { relateToReference } from './value-interval.js';

/** A record whose digits the figure repeats, and the power of ten that separates them. */
export interface ScaleSlip {
  readonly record: ReferenceRecord;
  /** Official = written × 10^power ("$60–65 million" for $60–65 billion: power 3). */
  readonly power: number;
}

/** Scale words a writer can swap (thousand, million, billion, trillion), a decimal mark, and 万 for 億. */
const SCALE_FACTORS = scaleFactors([3, -3, 6, -6, 9, -9, 1, -1, 4, -4]);

/**
 * Finds an official figure with exactly the written digits at another magnitude: million for
 * billion, or a decimal separator in the wrong place (both ends of a range must match); or a bound
 * ("more than $50 million"), or a figure of two digits or more, that agrees with it (about, ±3%)
 * once its magnitude is corrected.
 */
export function findScaleSlip(amount: Amount, precision: Decimal, records: readonly ReferenceRecord[]): ScaleSlip | null {
  const written = amountNumbers(amount);
  for (const record of records) {
    const official = officialNumbers(record.value);
    const power = sharedPower(written, official);
    if (power !== null) return { record, power };
    // A bound, or a figure of two digits or more, that agrees once its magnitude is corrected ("132亿" for $131.8 billion).
    const specific = amount.kind === 'range' || compareDecimals(amountNumbers(amount)[0] ?? ZERO, shiftDecimal(precision, 1)) >= 0;
    if (!specific && amount.kind !== 'lower-bound' && amount.kind !== 'upper-bound') continue;
    const swapped = SCALE_FACTORS.find(({ power, factor }) => {
      const shifted = multiplyAmount(amount, factor);
      const loosened: Amount = shifted.kind === 'exact' ? { kind: 'approximate', value: shifted.value } : shifted;
      return relateToReference(loosened, record.value, shiftDecimal(precision, power)) === 'consistent';
    });
    if (swapped !== undefined) return { record, power: swapped.power };
  }
  return null;
}

const ZERO: Decimal = { coefficient: 0n, exponent: 0 };

/** The power p with official[i] = written[i] × 10^p for every i, when p is not 0. */
function sharedPower(written: readonly Decimal[], official: readonly Decimal[]): number | null {
  if (written.length !== official.length) {
    // A single number may repeat either end of a range.
    if (written.length !== 1 || official.length !== 2) return null;
    return sharedPower(written, official.slice(0, 1)) ?? sharedPower(written, official.slice(1));
  }
  let power: number | null = null;
  for (const [index, value] of written.entries()) {
    const target = official[index];
    if (target === undefined || value.coefficient !== target.coefficient) return null;
    const shift = target.exponent - value.exponent;
    if (shift === 0 || (power !== null && power !== shift)) return null;
    power = shift;
  }
  return power;
}

function officialNumbers(value: ReferenceValue): Decimal[] {
  switch (value.kind) {
    case 'range':
      return [decimalFromInteger(value.low), decimalFromInteger(value.high)];
    case 'point':
    case 'approximate':
    case 'lower-bound':
    case 'upper-bound':
      return [decimalFromInteger(value.value)];
    default:
      return assertNever(value);
  }
}
