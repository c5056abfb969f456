import { assertNever } from '../assert-never.js';
import { amountNumbers } from '../money/amount-numbers.js';
import { multiplyDecimals, type Decimal } from '../money/decimal.js';
import type { Amount, CurrencyCode, IsoDate } from '../types.js';
import type { OfficialConversion, CurrencyConverter } from './currency-converter.js';

/**
 * An amount converted at the official rate of `date`, with the conversion of its first number.
 * An exact figure becomes approximate: it is only as exact as the rate the writer chose.
 */
export function convertAmount(
  amount: Amount,
  from: CurrencyCode,
  to: CurrencyCode,
  date: IsoDate,
  fx: CurrencyConverter,
): { amount: Amount; conversion: OfficialConversion } | null {
  const numbers = amountNumbers(amount);
  const conversions = numbers.map((value) => fx.convert(value, from, to, date));
  const [first, second] = conversions;
  if (first === undefined || first === null || second === null) return null;
  const converted = (index: number): Decimal => conversions[index]?.value ?? first.value;
  switch (amount.kind) {
    case 'range':
      return { amount: { kind: 'range', low: converted(0), high: converted(1) }, conversion: first };
    case 'exact':
      return { amount: { kind: 'approximate', value: first.value }, conversion: first };
    case 'approximate':
    case 'just-below':
      return { amount: { kind: amount.kind, value: first.value }, conversion: first };
    case 'lower-bound':
    case 'upper-bound':
      return { amount: { kind: amount.kind, value: first.value, inclusive: amount.inclusive }, conversion: first };
    default:
      return assertNever(amount);
  }
}

/** Every number of an amount multiplied by `factor`, qualifiers kept. */
export function multiplyAmount(amount: Amount, factor: Decimal): Amount {
  switch (amount.kind) {
    case 'range':
      return { kind: 'range', low: multiplyDecimals(amount.low, factor), high: multiplyDecimals(amount.high, factor) };
    case 'exact':
    case 'approximate':
    case 'just-below':
      return { kind: amount.kind, value: multiplyDecimals(amount.value, factor) };
    case 'lower-bound':
    case 'upper-bound':
      return { kind: amount.kind, value: multiplyDecimals(amount.value, factor), inclusive: amount.inclusive };
    default:
      return assertNever(amount);
  }
}
