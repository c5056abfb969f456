import type { ReferenceValue } from '../data/reference-schema.js';
import { compareDecimals, decimalFromInteger } from '../money/decimal.js';
import type { Amount } from '../types.js';

/** Whether a written range states exactly an official range (same ends). */
export function repeatsRange(amount: Amount, value: ReferenceValue): boolean {
  return (
    amount.kind === 'range' &&
    value.kind === 'range' &&
    compareDecimals(amount.low, decimalFromInteger(value.low)) === 0 &&
    compareDecimals(amount.high, decimalFromInteger(value.high)) === 0
  );
}
