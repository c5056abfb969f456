/** Test helper: renders a figure as one compact line, so tables compare strings. */
import { assertNever } from '../../src/assert-never.js';
import { formatDecimal } from '../../src/money/decimal.js';
import type { Amount, Figure } from '../../src/types.js';

/** `money USD just-below 87000000000 "nearly $87 billion"`, `percent range 40..45 "40-45%"`. */
export function renderFigure(figure: Figure): string {
  const what = figure.kind === 'money' ? `money ${figure.currency}` : figure.kind === 'quantity' ? `quantity ${figure.unit}` : 'percent';
  return `${what} ${renderAmount(figure.amount)} ${JSON.stringify(figure.text)}`;
}

function renderAmount(amount: Amount): string {
  switch (amount.kind) {
    case 'exact':
    case 'approximate':
    case 'just-below':
      return `${amount.kind} ${formatDecimal(amount.value)}`;
    case 'lower-bound':
      return `lower-bound ${amount.inclusive ? '>=' : '>'}${formatDecimal(amount.value)}`;
    case 'upper-bound':
      return `upper-bound ${amount.inclusive ? '<=' : '<'}${formatDecimal(amount.value)}`;
    case 'range':
      return `range ${formatDecimal(amount.low)}..${formatDecimal(amount.high)}`;
    default:
      return assertNever(amount);
  }
}
