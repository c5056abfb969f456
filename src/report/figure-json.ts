import { assertNever } from '../assert-never.js';
import { decimalToNumber } from '../money/decimal.js';
import type { Amount, Figure } from '../types.js';

/** A figure as `capcheck extract` writes it: 0-based UTF-16 offsets, base-unit bounds. */
export interface FigureJson {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: Figure['kind'];
  readonly low: number;
  readonly high: number;
  readonly currency?: string;
  readonly unit?: string;
  readonly qualifier: Amount['kind'];
}

/** The JSON shape of one figure (also the `value` of a claim, without the span). */
export function figureToJson(figure: Figure): FigureJson {
  const span = { text: figure.text, start: figure.start, end: figure.end, kind: figure.kind };
  return { ...span, ...amountBounds(figure.amount), ...measureOf(figure), qualifier: figure.amount.kind };
}

/** Base-unit bounds as stated: a bound or an approximate figure has low = high = its number. */
export function amountBounds(amount: Amount): { low: number; high: number } {
  switch (amount.kind) {
    case 'range':
      return { low: decimalToNumber(amount.low), high: decimalToNumber(amount.high) };
    case 'exact':
    case 'approximate':
    case 'just-below':
    case 'lower-bound':
    case 'upper-bound':
      return { low: decimalToNumber(amount.value), high: decimalToNumber(amount.value) };
    default:
      return assertNever(amount);
  }
}

/** `{currency}` for money, `{unit}` for quantities, `{unit: '%'}` for percentages. */
export function measureOf(figure: Figure): { currency: string } | { unit: string } {
  switch (figure.kind) {
    case 'money':
      return { currency: figure.currency };
    case 'quantity':
      return { unit: figure.unit };
    case 'percent':
      return { unit: '%' };
    default:
      return assertNever(figure);
  }
}
