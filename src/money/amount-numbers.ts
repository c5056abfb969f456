import type { Amount } from '../types.js';
import type { Decimal } from './decimal.js';

/** The numbers an amount writes: both ends of a range, else its one value. */
export function amountNumbers(amount: Amount): Decimal[] {
  return amount.kind === 'range' ? [amount.low, amount.high] : [amount.value];
}
