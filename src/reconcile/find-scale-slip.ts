import { assertNever } from '../assert-never.js';
import type { ReferenceRecord, ReferenceValue } from '../data/reference-schema.js';
import { decimalFromInteger, shiftDecimal, type Decimal } from '../money/decimal.js';
import type { Amount } from '../types.js';
import { multiplyAmount } from './convert-amount.js';
import { relateToReference } from './value-interval.js';

/** A record whose digits the figure repeats, and the power of ten that separates them. */
export interface ScaleSlip {
  readonly record: ReferenceRecord;
  /** Official = written × 10^power ("$60–65 million" for $60–65 billion: power 3). */
  readonly power: number;
}

/** Scale words a writer can swap: thousand, million, billion, trillion. */
const SCALE_POWERS = [3, -3, 6, -6, 9, -9];

/**
 * Finds an official figure with exactly the written digits at another magnitude: million for
 * billion, or a decimal separator in the wrong place (both ends of a range must match); or a bound
 * ("more than $50 million") that agrees with it once its scale word is swapped.
 */
export function findScaleSlip(amount: Amount, precision: Decimal, records: readonly ReferenceRecord[]): ScaleSlip | null {
  const written = writtenNumbers(amount);
  for (const record of records) {
    const official = officialNumbers(record.value);
    const power = sharedPower(written, official);
    if (power !== null) return { record, power };
    if (amount.kind !== 'lower-bound' && amount.kind !== 'upper-bound') continue;
    const swapped = SCALE_POWERS.find((shift) => {
      const factor = shiftDecimal(decimalFromInteger(1), shift);
      return relateToReference(multiplyAmount(amount, factor), record.value, shiftDecimal(precision, shift)) === 'consistent';
    });
    if (swapped !== undefined) return { record, power: swapped };
  }
  return null;
}

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

function writtenNumbers(amount: Amount): Decimal[] {
  return amount.kind === 'range' ? [amount.low, amount.high] : [amount.value];
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
