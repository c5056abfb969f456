import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decimalFromInteger, formatDecimal, parseDecimal } from '../../src/money/decimal.js';
import type { Decimal } from '../../src/money/decimal.js';
import { divideDecimals } from '../../src/money/divide.js';
import { convert, explainImpliedRate, rateOn, yearlyAverage } from '../../src/money/fx.js';
import type { FxTable } from '../../src/money/fx.js';
import { FX_QUOTED_CURRENCIES } from '../../src/money/fx-schema.js';
import { parseFxTable } from '../../src/money/derive-fx-table.js';
import { FX_FILE_LABEL, loadFxTable } from '../../src/money/load-fx.js';
import type { CurrencyCode } from '../../src/types.js';

const RATES_PATH = fileURLToPath(new URL('../../data/fx/ecb-rates.json', import.meta.url));

const d = (digits: string): Decimal => {
  const value = parseDecimal(digits);
  if (value === null) throw new Error(digits);
  return value;
};

function loadOrThrow(): FxTable {
  const result = loadFxTable();
  if (!result.ok) throw new Error(result.error);
  return result.table;
}

const table = loadOrThrow();

describe('bundled ECB table', () => {
  it('loads, validates and caches', () => {
    const again = loadFxTable();
    expect(again.ok && again.table).toBe(table);
    expect(table.source).toMatchObject({ firstDate: '1999-01-04', lastDate: '2026-04-13' });
    expect(table.source.sha256).toBe('729e74c341288f4b07251fddcd8e5b604964e7b2d775920e442ba4dcf2e4ce4c');
    expect(table.dates).toHaveLength(6983);
  });

  it.each([
    ['USD', '2025-01-24', '1.0472'],
    ['GBP', '2025-01-24', '0.84413'],
    ['JPY', '2025-01-24', '163.9'],
    ['KRW', '2025-01-24', '1501.6'],
    ['USD', '2024-12-31', '1.0389'],
    ['USD', '2024-06-28', '1.0705'],
    ['USD', '2026-04-13', '1.1684'],
    ['USD', '1999-01-04', '1.1789'],
  ] as const)('%s on %s is %s (the shared SOURCE.md sanity checks)', (currency, date, expected) => {
    const rate = rateOn(table, currency, date);
    expect(rate && formatDecimal(rate.unitsPerEuro)).toBe(expected);
    expect(rate).toMatchObject({ date, requestedDate: date, fallback: 'exact' });
  });
});

describe('rateOn', () => {
  it.each([
    ['2025-01-24', '2025-01-24', 'exact', '1.0472'],
    ['2025-01-25', '2025-01-24', 'previous-business-day', '1.0472'], // Saturday
    ['2025-01-26', '2025-01-24', 'previous-business-day', '1.0472'], // Sunday
    ['2025-12-25', '2025-12-24', 'previous-business-day', null], // Christmas
    ['2025-04-18', '2025-04-17', 'previous-business-day', null], // Good Friday
    ['2026-04-14', '2026-04-13', 'after-last-date', '1.1684'],
    ['2027-01-01', '2026-04-13', 'after-last-date', '1.1684'],
  ] as const)('USD on %s uses %s (%s)', (date, used, fallback, value) => {
    const rate = rateOn(table, 'USD', date);
    expect(rate).toMatchObject({ currency: 'USD', date: used, requestedDate: date, fallback, source: table.source });
    if (value !== null) expect(rate && formatDecimal(rate.unitsPerEuro)).toBe(value);
  });

  it.each([
    ['USD', '1998-12-31'],
    ['CNY', '2005-03-31'],
    ['INR', '2008-12-31'],
  ] as const)('%s has no rate by %s', (currency, date) => {
    expect(rateOn(table, currency, date)).toBeNull();
  });

  it.each([
    ['CNY', '2005-04-01'],
    ['INR', '2009-01-02'],
  ] as const)('%s is quoted from %s', (currency, date) => {
    expect(rateOn(table, currency, date)?.fallback).toBe('exact');
  });

  it('throws on a malformed date (a bug, not bad input)', () => {
    expect(() => rateOn(table, 'USD', '25 Jan 2025')).toThrow(RangeError);
  });

  it('has a rate for every quoted currency on the last date', () => {
    for (const currency of FX_QUOTED_CURRENCIES) expect(rateOn(table, currency, '2026-04-13')?.fallback, currency).toBe('exact');
  });
});

describe('convert', () => {
  it.each<[string, CurrencyCode, CurrencyCode, string, string, string, number]>([
    ['62000000000', 'EUR', 'USD', '2025-01-24', '64926400000', '1.0472', 1],
    ['62000000000', 'EUR', 'USD', '2025-01-25', '64926400000', '1.0472', 1],
    ['64926400000', 'USD', 'EUR', '2025-01-24', '62000000000', '0.95492742551566080978', 1],
    ['1', 'USD', 'EUR', '2025-01-24', '0.95492742551566080978', '0.95492742551566080978', 1],
    ['100', 'GBP', 'USD', '2025-01-24', '124.05672112115432457', '1.2405672112115432457', 2],
    ['844130000', 'GBP', 'USD', '2025-01-24', '1047200000', '1.2405672112115432457', 2],
    ['5', 'USD', 'USD', '2025-01-24', '5', '1', 0],
    ['1000', 'EUR', 'JPY', '2025-01-24', '163900', '163.9', 1],
    ['1000', 'EUR', 'KRW', '2025-01-24', '1501600', '1501.6', 1],
  ])('%s %s → %s on %s = %s at %s', (amount, from, to, date, value, rate, rates) => {
    const result = convert(table, d(amount), from, to, date);
    expect(result && formatDecimal(result.value)).toBe(value);
    expect(result && formatDecimal(result.rate)).toBe(rate);
    expect(result?.via).toHaveLength(rates);
  });

  it('names the ECB rates of a cross conversion with their dates', () => {
    const result = convert(table, d('100'), 'GBP', 'USD', '2025-01-25');
    expect(result?.via.map((rate) => [rate.currency, formatDecimal(rate.unitsPerEuro), rate.date, rate.fallback])).toEqual([
      ['GBP', '0.84413', '2025-01-24', 'previous-business-day'],
      ['USD', '1.0472', '2025-01-24', 'previous-business-day'],
    ]);
  });

  it('is null when a currency has no rate yet', () => {
    expect(convert(table, d('1'), 'INR', 'USD', '2005-01-03')).toBeNull();
  });
});

describe('yearlyAverage', () => {
  it.each([
    ['USD', 2022, '1.0530', 257],
    ['USD', 2023, '1.0813', 255],
    ['USD', 2024, '1.0824', 256],
    ['USD', 2025, '1.1300', 255],
    ['JPY', 2024, '163.85', 256],
    ['GBP', 2024, '0.84662', 256],
  ] as const)('%s %i averages %s over %i days', (currency, year, display, days) => {
    expect(yearlyAverage(table, currency, year)).toMatchObject({ display, days, complete: true });
  });

  it('keeps the exact sum and a 20-digit mean', () => {
    const average = yearlyAverage(table, 'USD', 2024);
    expect(average && formatDecimal(average.mean)).toBe('1.08238046875'); // 277.0894 / 256 terminates
    expect(average && formatDecimal(average.sum)).toBe('277.0894');
  });

  it.each([
    [2026, undefined, false, '2026-04-13'],
    [2025, '2025-01-24', false, '2025-01-24'],
    [2025, '2026-01-01', true, '2025-12-31'],
  ] as const)('%i through %s is complete: %s, ending %s', (year, through, complete, lastDate) => {
    expect(yearlyAverage(table, 'USD', year, through)).toMatchObject({ complete, lastDate });
  });

  it.each([
    ['USD', 1998],
    ['INR', 2008],
    ['USD', 2027],
  ] as const)('%s %i has no data', (currency, year) => {
    expect(yearlyAverage(table, currency, year)).toBeNull();
  });
});

describe('explainImpliedRate', () => {
  // €62B written as $67B on Saturday 2025-01-25: 67/62 = 1.0806…, 3.2% off the ECB's 1.0472.
  const implied = divideDecimals(d('67'), d('62'));

  it.each([
    // "$67 billion" is good to ±0.75%: the on-date rate is out; 2024's average (0.16% off) is the most recent
    // average within tolerance, although 2023's (1.0813, 0.06% off) is closer: recency beats closeness.
    ['0.0075', 'yearly-average', 'ECB 2024 average 1.0824'],
    ['0.002', 'yearly-average', 'ECB 2024 average 1.0824'],
    ['0.001', 'yearly-average', 'ECB 2023 average 1.0813'],
    // Tighter than any average: the most recent earlier day within tolerance.
    ['0.0005', 'earlier-date', 'ECB rate of 2024-03-28 1.0811'],
    ['0.0001', null, null],
    // Loose enough for the rate on the date: nothing needs explaining.
    ['0.05', 'on-date', 'ECB rate of 2025-01-24 1.0472'],
  ] as const)('within %s picks %s: %s', (tolerance, kind, label) => {
    const candidate = explainImpliedRate(table, 'USD', implied, '2025-01-25', d(tolerance));
    expect(candidate?.kind ?? null).toBe(kind);
    expect(candidate?.label ?? null).toBe(label);
    if (candidate !== null) expect(candidate.relativeDifference.coefficient >= 0n).toBe(true);
  });

  it('labels the year in progress as an average to date', () => {
    const average = yearlyAverage(table, 'USD', 2025, '2025-06-30');
    if (average === null) throw new Error('no 2025 average');
    const candidate = explainImpliedRate(table, 'USD', average.mean, '2025-06-30', d('0.0001'));
    expect(candidate?.label).toBe(`ECB 2025 average to 2025-06-30 ${average.display}`);
  });

  it('is null before the currency has a rate', () => {
    expect(explainImpliedRate(table, 'INR', decimalFromInteger(60), '2008-06-30', d('0.5'))).toBeNull();
  });
});

describe('FX table validation', () => {
  const raw = () => JSON.parse(readFileSync(RATES_PATH, 'utf8')) as Record<string, unknown> & {
    dates: string[];
    rates: Record<string, (string | null)[]>;
    source: Record<string, unknown>;
  };

  it.each<[string, (file: ReturnType<typeof raw>) => void, string]>([
    ['swapped dates', (file) => ([file.dates[5], file.dates[6]] = [file.dates[6] ?? '', file.dates[5] ?? '']), 'dates.6: dates must be strictly ascending'],
    ['a duplicate date', (file) => (file.dates[6] = file.dates[5] ?? ''), 'dates.6: dates must be strictly ascending'],
    ['a comma decimal', (file) => ((file.rates['USD'] ?? [])[3] = '1,1789'), 'rates.USD.3: expected a positive decimal string'],
    ['a float', (file) => ((file.rates['USD'] as unknown[])[3] = 1.1789), 'rates.USD.3:'],
    ['a zero rate', (file) => ((file.rates['GBP'] ?? [])[0] = '0.0'), 'rates.GBP.0:'],
    ['a missing rate', (file) => (file.rates['JPY'] ?? []).pop(), 'rates.JPY: expected one rate per date (6983), found 6982'],
    ['a missing currency', (file) => delete file.rates['HKD'], 'rates.HKD:'],
    ['a wrong last date', (file) => (file.source['lastDate'] = '2026-04-14'), 'source.lastDate: must equal the last of dates'],
    ['a bad checksum', (file) => (file.source['sha256'] = 'abc'), 'source.sha256:'],
  ])('rejects %s in one line naming the file and the path', (_, corrupt, message) => {
    const file = raw();
    corrupt(file);
    const result = parseFxTable(file, FX_FILE_LABEL);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(`data/fx/ecb-rates.json: ${message}`);
    expect(result.error).not.toContain('\n');
  });
});
