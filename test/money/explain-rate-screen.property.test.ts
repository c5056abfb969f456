/**
 * explainImpliedRate and explainCrossRate screen candidates in floats before the exact test
 * (may-be-within.ts). These properties hold them to the exhaustive algorithm they replaced, kept
 * below as it was: every candidate measured exactly, in the same order. Implied rates are drawn
 * mostly on the very edge of the tolerance (a known rate × (1 ± tolerance), nudged by 10^-25 or
 * less), where a float screen without a safe margin would skip a day the exact test accepts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDecimals, compareDecimals, decimalFromInteger, formatDecimal, multiplyDecimals, parseDecimal, subtractDecimals, type Decimal } from '../../src/money/decimal.js';
import { divideDecimals, relativeDifference, roundDecimal } from '../../src/money/divide.js';
import { explainCrossRate, type CrossRateCandidate } from '../../src/money/explain-cross-rate.js';
import { addDays, AVERAGE_YEARS_BACK, EARLIER_RATE_WINDOW_DAYS, explainImpliedRate, firstIndexOnOrAfter, lastIndexOnOrBefore, padPlaces, rateOn, yearlyAverage, type EcbRate, type RateCandidate } from '../../src/money/fx.js';
import { FX_QUOTED_CURRENCIES, type QuotedCurrency } from '../../src/money/fx-schema.js';
import { loadFxTable } from '../../src/money/load-fx.js';
import { mayBeWithin } from '../../src/money/may-be-within.js';
import type { IsoDate } from '../../src/types.js';

const d = (digits: string): Decimal => {
  const value = parseDecimal(digits);
  if (value === null) throw new Error(digits);
  return value;
};
const loaded = loadFxTable();
if (!loaded.ok) throw new Error(loaded.error);
const table = loaded.table;

/** The exhaustive explainImpliedRate: every candidate measured exactly, first within wins. */
function exhaustiveImpliedRate(currency: QuotedCurrency, implied: Decimal, date: IsoDate, tolerance: Decimal): RateCandidate | null {
  const onDate = rateOn(table, currency, date);
  if (onDate === null) return null;
  const within = (candidate: RateCandidate) => compareDecimals(candidate.relativeDifference, tolerance) <= 0;
  const measure = (unitsPerEuro: Decimal) => relativeDifference(implied, unitsPerEuro);
  const day = (kind: 'on-date' | 'earlier-date', rate: EcbRate): RateCandidate => ({ kind, rate, unitsPerEuro: rate.unitsPerEuro, label: `ECB rate of ${rate.date} ${formatDecimal(rate.unitsPerEuro)}`, relativeDifference: measure(rate.unitsPerEuro) });
  const onDateCandidate = day('on-date', onDate);
  if (within(onDateCandidate)) return onDateCandidate;
  const year = Number(date.slice(0, 4));
  const averages: RateCandidate[] = [];
  for (let y = year; y >= year - AVERAGE_YEARS_BACK; y -= 1) {
    const average = yearlyAverage(table, currency, y, date);
    if (average === null) continue;
    const label = average.complete ? `ECB ${y} average ${average.display}` : `ECB ${y} average to ${average.lastDate} ${average.display}`;
    averages.push({ kind: 'yearly-average', average, unitsPerEuro: average.mean, label, relativeDifference: measure(average.mean) });
  }
  const plausibleAverage = averages.find(within);
  if (plausibleAverage !== undefined) return plausibleAverage;
  const earliest = addDays(date, -EARLIER_RATE_WINDOW_DAYS);
  const column = table.rates[currency];
  for (let i = lastIndexOnOrBefore(table.dates, onDate.date) - 1; i >= 0; i -= 1) {
    const date_ = table.dates[i];
    const unitsPerEuro = column[i];
    if (date_ === undefined || date_ < earliest) break;
    if (unitsPerEuro === null || unitsPerEuro === undefined) continue;
    const candidate = day('earlier-date', { currency, unitsPerEuro, date: date_, requestedDate: date, fallback: 'previous-business-day', source: table.source });
    if (within(candidate)) return candidate;
  }
  return null;
}

/** The day's exact cross rate (units of `to` per `from`), or null. */
function crossOn(from: QuotedCurrency, to: QuotedCurrency, i: number): Decimal | null {
  const [perEuroFrom, perEuroTo] = [table.rates[from][i], table.rates[to][i]];
  return perEuroFrom == null || perEuroTo == null ? null : divideDecimals(perEuroTo, perEuroFrom);
}

/** The exhaustive explainCrossRate: every day's cross divided and measured exactly. */
function exhaustiveCrossRate(from: QuotedCurrency, to: QuotedCurrency, implied: Decimal, date: IsoDate, tolerance: Decimal): CrossRateCandidate | null {
  const cross = (i: number) => crossOn(from, to, i);
  const within = (rate: Decimal) => compareDecimals(relativeDifference(implied, rate), tolerance) <= 0;
  const display = (rate: Decimal) => {
    const places = compareDecimals(rate, decimalFromInteger(10)) < 0 ? 4 : 2;
    return padPlaces(formatDecimal(roundDecimal(rate, places)), places);
  };
  let onDate = lastIndexOnOrBefore(table.dates, date);
  while (onDate >= 0 && cross(onDate) === null) onDate -= 1;
  const dayRate = onDate < 0 ? null : cross(onDate);
  if (dayRate === null) return null;
  if (within(dayRate)) return { rate: dayRate, label: `ECB cross rate of ${table.dates[onDate] ?? date} ${display(dayRate)}` };
  const year = Number(date.slice(0, 4));
  for (let y = year; y >= year - AVERAGE_YEARS_BACK; y -= 1) {
    const yearEnd = `${y}-12-31`;
    const end = date < yearEnd ? date : yearEnd;
    let sum = decimalFromInteger(0);
    let days = 0;
    let lastDate: IsoDate | undefined;
    for (let i = firstIndexOnOrAfter(table.dates, `${y}-01-01`); i < table.dates.length; i += 1) {
      const day = table.dates[i];
      if (day === undefined || day > end) break;
      const rate = cross(i);
      if (rate === null) continue;
      sum = addDecimals(sum, rate);
      days += 1;
      lastDate = day;
    }
    if (lastDate === undefined) continue;
    const mean = divideDecimals(sum, decimalFromInteger(days));
    if (within(mean)) {
      const toDate = end !== yearEnd || table.source.lastDate < yearEnd;
      return { rate: mean, label: toDate ? `ECB ${y} average cross rate to ${lastDate} ${display(mean)}` : `ECB ${y} average cross rate ${display(mean)}` };
    }
  }
  const earliest = addDays(date, -EARLIER_RATE_WINDOW_DAYS);
  for (let i = onDate - 1; i >= 0; i -= 1) {
    const day = table.dates[i];
    if (day === undefined || day < earliest) break;
    const rate = cross(i);
    if (rate !== null && within(rate)) return { rate, label: `ECB cross rate of ${day} ${display(rate)}` };
  }
  return null;
}

const FIRST_DAY = '2018-01-01';
const DAYS = Math.round((Date.parse(table.source.lastDate) - Date.parse(FIRST_DAY)) / 86_400_000) + 30;
/** Any calendar day from 2018 to a month past the table's end (weekends, holidays and the after-last-date fallback included). */
const date = fc.integer({ min: 0, max: DAYS }).map((offset) => addDays(FIRST_DAY, offset));
const currency = fc.constantFrom(...FX_QUOTED_CURRENCIES);
const tolerance = fc.oneof(fc.constantFrom('0.002', '0.015', '0', '0.0001', '0.05'), fc.integer({ min: 1, max: 99_999 }).map((n) => `0.${String(n).padStart(6, '0')}`)).map(d);
/** How far past the tolerance's edge an implied rate is pushed: not at all, or by a few units of 10^-25 to 10^-12, either way. */
const nudge = fc.oneof(fc.constant(decimalFromInteger(0)), fc.tuple(fc.integer({ min: -9, max: 9 }), fc.integer({ min: 12, max: 25 })).map(([units, places]) => ({ coefficient: BigInt(units), exponent: -places })));

/** Units of some rate per unit `rate`: on the edge of the tolerance (1 ± tolerance + nudge), inside it, or anywhere from 0.5 to 2. */
function factor(tolerance: Decimal): fc.Arbitrary<Decimal> {
  const edge = fc.tuple(fc.boolean(), nudge).map(([above, push]) => addDecimals(above ? addDecimals(decimalFromInteger(1), tolerance) : subtractDecimals(decimalFromInteger(1), tolerance), push));
  const anywhere = fc.integer({ min: 50_000, max: 200_000 }).map((n) => d(`${n / 100_000}`));
  return fc.oneof({ arbitrary: edge, weight: 3 }, { arbitrary: anywhere, weight: 1 });
}

/** A day's index within the look-back window of `date` (the day itself, a yearly average's day, or an earlier one). */
function dayBefore(on: IsoDate): fc.Arbitrary<number> {
  const last = lastIndexOnOrBefore(table.dates, on);
  const first = Math.max(0, firstIndexOnOrAfter(table.dates, addDays(on, -EARLIER_RATE_WINDOW_DAYS - 10)));
  return fc.integer({ min: Math.min(first, Math.max(last, 0)), max: Math.max(last, 0) });
}

describe('the float pre-screen changes no explanation', () => {
  it('explainImpliedRate: the same candidate as measuring every rate exactly', () => {
    const input = fc.record({ currency, date, tolerance }).chain((base) => fc.record({ day: dayBefore(base.date), factor: factor(base.tolerance) }).map((more) => ({ ...base, ...more })));
    fc.assert(
      fc.property(input, ({ currency, date, tolerance, day, factor }) => {
        // An implied rate near the rate of a day in the window, or of a yearly average when that day has no rate.
        const base = table.rates[currency][day] ?? yearlyAverage(table, currency, Number(date.slice(0, 4)), date)?.mean ?? decimalFromInteger(1);
        const implied = multiplyDecimals(base, factor);
        expect(explainImpliedRate(table, currency, implied, date, tolerance)).toEqual(exhaustiveImpliedRate(currency, implied, date, tolerance));
      }),
      { numRuns: 400 },
    );
  });

  it('explainCrossRate: the same cross rate and label as dividing every day exactly', () => {
    const pair = fc.tuple(currency, currency).filter(([from, to]) => from !== to);
    const input = fc.record({ pair, date, tolerance }).chain((base) => fc.record({ day: dayBefore(base.date), factor: factor(base.tolerance) }).map((more) => ({ ...base, ...more })));
    fc.assert(
      fc.property(input, ({ pair: [from, to], date, tolerance, day, factor }) => {
        const implied = multiplyDecimals(crossOn(from, to, day) ?? decimalFromInteger(1), factor);
        expect(explainCrossRate(table, from, to, implied, date, tolerance)).toEqual(exhaustiveCrossRate(from, to, implied, date, tolerance));
      }),
      { numRuns: 150 },
    );
  });

  it('finds edge cases: some drawn implied rates are exactly on the tolerance', () => {
    // The edge generator is real: a rate × (1 + tolerance) measures exactly the tolerance, and is within it.
    const rate = d('1.0389');
    const implied = multiplyDecimals(rate, addDecimals(decimalFromInteger(1), d('0.002')));
    expect(compareDecimals(relativeDifference(implied, rate), d('0.002'))).toBe(0);
    expect(explainImpliedRate(table, 'USD', implied, '2025-01-02', d('0.002'))?.label).toBe(exhaustiveImpliedRate('USD', implied, '2025-01-02', d('0.002'))?.label);
  });
});

describe('mayBeWithin', () => {
  it.each([
    // implied, rate, tolerance, may be within
    [1.0389, 1.0389, 0.002, true],
    [1.0389 * 1.002, 1.0389, 0.002, true],
    [1.0389 * 1.0021, 1.0389, 0.002, false],
    [1.0389 * 0.9979, 1.0389, 0.002, false],
    [152.05, 1.0389, 0.002, false],
    // Nothing a float cannot hold faithfully is screened out: the exact test decides.
    [0, 1.0389, 0.002, true],
    [Number.NaN, 1.0389, 0.002, true],
    [Number.POSITIVE_INFINITY, 1.0389, 0.002, true],
    [1.0389, 0, 0.002, true],
    [1e-300, 1.0389, 0.002, true],
  ])('%d against %d within %d: %s', (implied, rate, tolerance, expected) => {
    expect(mayBeWithin(implied, rate, tolerance)).toBe(expected);
  });
});
