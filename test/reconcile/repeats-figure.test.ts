import { describe, expect, it } from 'vitest';
import type { ReferenceValue } from '../../src/data/reference-schema.js';
import { decimalFromInteger, parseDecimal } from '../../src/money/decimal.js';
import { describeRate } from '../../src/reconcile/compose-message.js';
import { repeatsFigure, repeatsRangeEnd } from '../../src/reconcile/repeats-figure.js';
import type { Amount } from '../../src/types.js';

const B = 1_000_000_000;
const value = (billions: number) => decimalFromInteger(BigInt(billions) * BigInt(B));
const RANGE: ReferenceValue = { kind: 'range', low: 60 * B, high: 65 * B };
const POINT: ReferenceValue = { kind: 'point', value: 65 * B };

describe('repeatsRangeEnd: a bound that takes one end of an official range', () => {
  it.each([
    ['up to the top', { kind: 'upper-bound', value: value(65), inclusive: true }, RANGE, true],
    ['more than the bottom', { kind: 'lower-bound', value: value(60), inclusive: false }, RANGE, true],
    ['up to the bottom', { kind: 'upper-bound', value: value(60), inclusive: true }, RANGE, false],
    ['a point at the top', { kind: 'exact', value: value(65) }, RANGE, false],
    ['up to a point figure', { kind: 'upper-bound', value: value(65), inclusive: true }, POINT, false],
  ] as const)('%s', (_, amount, official, expected) => {
    expect(repeatsRangeEnd(amount as Amount, official)).toBe(expected);
    // The strict test, used everywhere else, still says no.
    expect(repeatsFigure(amount as Amount, official)).toBe(false);
  });
});

describe('describeRate: rates below one half read the other way round', () => {
  it.each([
    ['1.0472', 'EUR', 'USD', '1.0472 USD per EUR'],
    ['0.9549', 'USD', 'EUR', '0.9549 EUR per USD'],
    ['0.0065766', 'JPY', 'USD', '152.05 JPY per USD'],
    ['7.3057', 'USD', 'CNY', '7.3057 CNY per USD'],
    ['1450.3973', 'USD', 'KRW', '1450.40 KRW per USD'],
  ] as const)('%s %s→%s', (rate, from, to, expected) => {
    const parsed = parseDecimal(rate);
    expect(parsed && describeRate(parsed, from, to)).toBe(expected);
  });
});
