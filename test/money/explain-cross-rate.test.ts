import { describe, expect, it } from 'vitest';
import { formatDecimal, parseDecimal, type Decimal } from '../../src/money/decimal.js';
import { explainCrossRate } from '../../src/money/explain-cross-rate.js';
import { loadFxTable, type FxLoadResult } from '../../src/money/load-fx.js';

const d = (digits: string): Decimal => {
  const value = parseDecimal(digits);
  if (value === null) throw new Error(digits);
  return value;
};
const loaded: FxLoadResult = loadFxTable();
if (!loaded.ok) throw new Error(loaded.error);
const table = loaded.table;
const TOLERANCE = d('0.002');

describe('explainCrossRate: yen, yuan and won per dollar, crossed through the ECB quotes of one day', () => {
  it.each([
    // On 2025-02-10 the ECB quoted 1.0320 USD and 156.92 JPY per EUR: 152.05 JPY per USD.
    ['USD', 'JPY', '152.05', 'ECB cross rate of 2025-02-10 152.05'],
    // A yearly average beats any single earlier day, as for euro rates.
    ['USD', 'JPY', '151.4', 'ECB 2024 average cross rate 151.43'],
    ['USD', 'CNY', '7.19', 'ECB 2024 average cross rate 7.1956'],
    ['USD', 'JPY', '157', 'ECB cross rate of 2025-01-15 157.04'],
    ['USD', 'KRW', '1350', 'ECB cross rate of 2024-10-11 1350.92'],
    // Nothing in the window comes near.
    ['USD', 'JPY', '120', null],
  ] as const)('%s → %s at %s: %s', (from, to, implied, label) => {
    expect(explainCrossRate(table, from, to, d(implied), '2025-02-10', TOLERANCE)?.label ?? null).toBe(label);
  });

  it('gives the rate it names, units of the target per source', () => {
    const candidate = explainCrossRate(table, 'USD', 'KRW', d('1450'), '2025-02-10', TOLERANCE);
    expect(candidate && formatDecimal(candidate.rate).slice(0, 7)).toBe('1450.39');
  });
});
