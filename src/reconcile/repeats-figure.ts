import type { ReferenceValue } from '../data/reference-schema.js';
import { compareDecimals, decimalFromInteger, type Decimal } from '../money/decimal.js';
import type { Amount } from '../types.js';

/**
 * Whether a written figure repeats an official one exactly: the same range ends, or the official
 * number itself ("$75 billion" for ~$75 billion). Agreeing within a tolerance or a rounding is not
 * repeating: only the very digits say which figure the writer took.
 */
export function repeatsFigure(amount: Amount, value: ReferenceValue): boolean {
  const equal = (written: Decimal, official: number): boolean => compareDecimals(written, decimalFromInteger(official)) === 0;
  if (amount.kind === 'range') return value.kind === 'range' && equal(amount.low, value.low) && equal(amount.high, value.high);
  if (value.kind === 'range') return false;
  // A bound repeats only the same kind of bound; a plain or approximate figure, a plain or approximate one.
  const bound = (kind: string): boolean => kind === 'lower-bound' || kind === 'upper-bound';
  const sameKind = bound(amount.kind) || bound(value.kind) ? amount.kind === value.kind : true;
  return sameKind && equal(amount.value, value.value);
}

/**
 * Whether a bound repeats the matching end of an official range: "최대 650억 원" (up to ₩65 billion)
 * takes the top of "$60–65 billion", "more than 60 billion" its bottom. Only a relabelled currency
 * asks this: there the very digits, not the closeness of a value, say which figure was taken.
 */
export function repeatsRangeEnd(amount: Amount, value: ReferenceValue): boolean {
  if (value.kind !== 'range') return false;
  const equal = (written: Decimal, official: number): boolean => compareDecimals(written, decimalFromInteger(official)) === 0;
  if (amount.kind === 'upper-bound') return equal(amount.value, value.high);
  if (amount.kind === 'lower-bound') return equal(amount.value, value.low);
  return false;
}
