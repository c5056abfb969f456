import { addDecimals, compareDecimals, multiplyDecimals, type Decimal } from '../money/decimal.js';
import { divideDecimals } from '../money/divide.js';
import type { Amount, Figure } from '../types.js';
import { assertNever } from '../assert-never.js';
import type { ValueInterval } from './value-interval.js';

const HALF: Decimal = { coefficient: 5n, exponent: -1 };

/** later ÷ earlier at the values a reader takes as the figures, and where the later one comes from. */
export interface CentralRatio {
  readonly later: Decimal;
  readonly earlier: Decimal;
  readonly ratio: Decimal;
  /** `article`: the amount the article states beside the claim; `official`: the middle of the official value. */
  readonly laterFrom: 'article' | 'official';
}

/**
 * The ratio a growth claim is read against when the official figures are ranges: the article's own
 * amount when it is a dollar amount the official later value allows (a writer's "up to $135 billion, an
 * 87% jump" computes from the top they wrote), else the middle of the official later value; over the
 * middle of the earlier one. A claim that holds only at a corner of the two ranges fails here.
 */
export function centralRatio(subject: Figure, later: ValueInterval, earlier: ValueInterval): CentralRatio {
  const stated = subject.kind === 'money' && subject.currency === 'USD' ? centreOfAmount(subject.amount) : null;
  const fromArticle = stated !== null && inside(stated, later);
  const laterValue = fromArticle ? stated : middle(later);
  const earlierValue = middle(earlier);
  return { later: laterValue, earlier: earlierValue, ratio: divideDecimals(laterValue, earlierValue), laterFrom: fromArticle ? 'article' : 'official' };
}

/** The one value a written amount names: its number, or the middle of its range. */
function centreOfAmount(amount: Amount): Decimal {
  switch (amount.kind) {
    case 'exact':
    case 'approximate':
    case 'just-below':
    case 'lower-bound':
    case 'upper-bound':
      return amount.value;
    case 'range':
      return multiplyDecimals(addDecimals(amount.low, amount.high), HALF);
    default:
      return assertNever(amount);
  }
}

function middle(interval: ValueInterval): Decimal {
  return interval.high === null ? interval.low : multiplyDecimals(addDecimals(interval.low, interval.high), HALF);
}

function inside(value: Decimal, interval: ValueInterval): boolean {
  return compareDecimals(value, interval.low) >= 0 && (interval.high === null || compareDecimals(value, interval.high) <= 0);
}
