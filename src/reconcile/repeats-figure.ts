import type { ReferenceValue } from '../data/reference-schema.js';
import { compareDecimals, decimalFromInteger, multiplyDecimals, subtractDecimals, type Decimal } from '../money/decimal.js';
import type { Amount } from '../types.js';

const HALF: Decimal = { coefficient: 5n, exponent: -1 };

/**
 * Whether a written figure repeats an official one exactly, at the precision it is written: the
 * same range ends, or the official number itself ("$72.2 billion" for $72.22 billion). Agreeing
 * within a tolerance is not repeating: only a repeat says which figure the writer took.
 */
export function repeatsFigure(amount: Amount, precision: Decimal, value: ReferenceValue): boolean {
  const half = multiplyDecimals(precision, HALF);
  const equal = (written: Decimal, official: number): boolean => {
    const difference = subtractDecimals(written, decimalFromInteger(official));
    const magnitude = difference.coefficient < 0n ? { ...difference, coefficient: -difference.coefficient } : difference;
    return compareDecimals(magnitude, half) <= 0;
  };
  if (amount.kind === 'range') return value.kind === 'range' && equal(amount.low, value.low) && equal(amount.high, value.high);
  if (value.kind === 'range') return false;
  // A bound repeats only the same kind of bound; a plain or approximate figure, a plain or approximate one.
  const bound = (kind: string): boolean => kind === 'lower-bound' || kind === 'upper-bound';
  const sameKind = bound(amount.kind) || bound(value.kind) ? amount.kind === value.kind : true;
  return sameKind && equal(amount.value, value.value);
}
