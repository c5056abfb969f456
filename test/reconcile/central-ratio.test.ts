/** The central ratio a growth claim is read against when the official figures are ranges. */
import { describe, expect, it } from 'vitest';
import { parseDecimal, shiftDecimal, decimalToNumber, type Decimal } from '../../src/money/decimal.js';
import { centralRatio } from '../../src/reconcile/central-ratio.js';
import type { Amount, Figure } from '../../src/types.js';

const billions = (digits: string): Decimal => shiftDecimal(parseDecimal(digits)!, 9);
const money = (amount: Amount, currency: 'USD' | 'EUR' = 'USD'): Figure => ({ kind: 'money', currency, text: '', start: 0, end: 0, amount, precision: billions('1') });
const interval = (low: string, high: string) => ({ low: billions(low), high: billions(high) });

describe('centralRatio', () => {
  it.each([
    ['the middle of an article range', money({ kind: 'range', low: billions('175'), high: billions('185') }), interval('175', '185'), interval('91.4', '91.4'), 1.969, 'article'],
    ['the article’s own "up to" amount', money({ kind: 'upper-bound', value: billions('65'), inclusive: true }), interval('60', '65'), interval('38', '40'), 1.667, 'article'],
    ['the official middle when the article’s amount is outside', money({ kind: 'exact', value: billions('70') }), interval('60', '65'), interval('38', '40'), 1.603, 'official'],
    ['the official middle for an amount in euros', money({ kind: 'exact', value: billions('62') }, 'EUR'), interval('60', '65'), interval('38', '40'), 1.603, 'official'],
  ])('%s', (_, subject, later, earlier, ratio, from) => {
    const central = centralRatio(subject, later, earlier);
    expect(decimalToNumber(central.ratio)).toBeCloseTo(ratio, 3);
    expect(central.laterFrom).toBe(from);
  });
});
