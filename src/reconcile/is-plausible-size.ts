import type { ReferenceRecord } from '../data/reference-schema.js';
import { compareDecimals, decimalFromInteger, multiplyDecimals, type Decimal } from '../money/decimal.js';
import type { Amount } from '../types.js';

/**
 * How far a figure may be from the company's official figure for the same metric and still be a
 * statement of it. Farther off, a "$641.44" share price or a "$1 billion" site is another measure
 * the words did not name, not a slip: money within a factor of four; counts of GPUs, watts and
 * users within ten (a count of one cluster, a site's power, a product's audience differ that much).
 * Scale slips (the official digits at another magnitude) are found before this check.
 */
const MONEY_FACTOR = 4n;
const COUNT_FACTOR = 10n;

/** Whether the figure's size is within the plausible factor of the record's. */
export function isPlausibleSize(amount: Amount, record: ReferenceRecord): boolean {
  const factor = record.measure.kind === 'money' ? MONEY_FACTOR : COUNT_FACTOR;
  const written = amount.kind === 'range' ? amount.high : amount.value;
  const official = record.value.kind === 'range' ? decimalFromInteger(record.value.high) : decimalFromInteger(record.value.value);
  const times = (value: Decimal, by: bigint): Decimal => multiplyDecimals(value, decimalFromInteger(by));
  return compareDecimals(times(written, factor), official) >= 0 && compareDecimals(written, times(official, factor)) <= 0;
}
