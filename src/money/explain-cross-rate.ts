/**
 * Which known rate a writer probably used between two currencies neither of which is the euro
 * ("650億ドル（約9兆円）": yen per dollar). The ECB quotes each against the euro, so each day's cross
 * rate is the quotient of the two quotes of that day; the candidates and their order are those of
 * `explainImpliedRate`: the day's cross rate, yearly averages of the daily crosses (the year to
 * date, then the AVERAGE_YEARS_BACK years before), earlier days' crosses back EARLIER_RATE_WINDOW_DAYS.
 */
import type { IsoDate } from '../types.js';
import { addDecimals, compareDecimals, decimalFromInteger, decimalToNumber, formatDecimal, type Decimal } from './decimal.js';
import { divideDecimals, relativeDifference, roundDecimal } from './divide.js';
import type { QuotedCurrency } from './fx-schema.js';
import { addDays, AVERAGE_YEARS_BACK, EARLIER_RATE_WINDOW_DAYS, firstIndexOnOrAfter, lastIndexOnOrBefore, padPlaces, rateNumberAt, type FxTable } from './fx.js';
import { mayBeWithin } from './may-be-within.js';

/** A known cross rate close to an implied one: units of `to` per `from`, and how it is named. */
export interface CrossRateCandidate {
  readonly rate: Decimal;
  /** "ECB cross rate of 2025-01-24 156.51", "ECB 2024 average cross rate 163.85". */
  readonly label: string;
}

/** The first known cross rate within `tolerance` (relative) of `implied` (units of `to` per `from`), or null. */
export function explainCrossRate(table: FxTable, from: QuotedCurrency, to: QuotedCurrency, implied: Decimal, date: IsoDate, tolerance: Decimal): CrossRateCandidate | null {
  const cross = crossRates(table, from, to);
  // Each candidate is first screened in floats (a day's cross as the quotient of its two quotes' floats,
  // within a few units in the last place of the exact one); only one that may be within is divided exactly.
  const [impliedNumber, toleranceNumber] = [decimalToNumber(implied), decimalToNumber(tolerance)];
  const mayBe = (rateNumber: number) => mayBeWithin(impliedNumber, rateNumber, toleranceNumber);
  const within = (rate: Decimal): boolean => compareDecimals(relativeDifference(implied, rate), tolerance) <= 0;
  const last = lastIndexOnOrBefore(table.dates, date);
  let onDate = last;
  while (onDate >= 0 && cross(onDate) === null) onDate -= 1;
  const dayRate = onDate < 0 ? null : cross(onDate);
  if (dayRate === null) return null;
  if (within(dayRate)) return { rate: dayRate, label: `ECB cross rate of ${table.dates[onDate] ?? date} ${display(dayRate)}` };

  const year = Number(date.slice(0, 4));
  for (let y = year; y >= year - AVERAGE_YEARS_BACK; y -= 1) {
    const average = cachedAverage(table, from, to, cross, y, date);
    if (average !== null && mayBe(average.meanNumber) && within(average.mean)) {
      const label = average.toDate ? `ECB ${y} average cross rate to ${average.lastDate} ${display(average.mean)}` : `ECB ${y} average cross rate ${display(average.mean)}`;
      return { rate: average.mean, label };
    }
  }

  const earliest = addDays(date, -EARLIER_RATE_WINDOW_DAYS);
  for (let i = onDate - 1; i >= 0; i -= 1) {
    const day = table.dates[i];
    if (day === undefined || day < earliest) break;
    if (!mayBe(rateNumberAt(table, to, i) / rateNumberAt(table, from, i))) continue;
    const rate = cross(i);
    if (rate !== null && within(rate)) return { rate, label: `ECB cross rate of ${day} ${display(rate)}` };
  }
  return null;
}

/** Each table's daily cross rates and their yearly means, per currency pair, computed once: every conversion of an article asks for the same days. */
const CROSS_CACHE = new WeakMap<FxTable, Map<string, { readonly days: Map<number, Decimal | null>; readonly averages: Map<string, CrossAverage | null> }>>();

function pairCache(table: FxTable, from: QuotedCurrency, to: QuotedCurrency): { readonly days: Map<number, Decimal | null>; readonly averages: Map<string, CrossAverage | null> } {
  let pairs = CROSS_CACHE.get(table);
  if (pairs === undefined) {
    pairs = new Map();
    CROSS_CACHE.set(table, pairs);
  }
  const key = `${from}/${to}`;
  let cache = pairs.get(key);
  if (cache === undefined) {
    cache = { days: new Map(), averages: new Map() };
    pairs.set(key, cache);
  }
  return cache;
}

/** The day's cross rate (units of `to` per `from`), by index into the table's dates; null when either is not quoted. */
function crossRates(table: FxTable, from: QuotedCurrency, to: QuotedCurrency): (i: number) => Decimal | null {
  const { days } = pairCache(table, from, to);
  return (i) => {
    const known = days.get(i);
    if (known !== undefined) return known;
    const [perEuroFrom, perEuroTo] = [table.rates[from][i], table.rates[to][i]];
    const rate = perEuroFrom == null || perEuroTo == null ? null : divideDecimals(perEuroTo, perEuroFrom);
    days.set(i, rate);
    return rate;
  };
}

/** `meanNumber`: the mean as a float, for the pre-screen. */
type CrossAverage = { mean: Decimal; meanNumber: number; lastDate: IsoDate; toDate: boolean };

function cachedAverage(table: FxTable, from: QuotedCurrency, to: QuotedCurrency, cross: (i: number) => Decimal | null, year: number, through: IsoDate): CrossAverage | null {
  const { averages } = pairCache(table, from, to);
  const key = `${year} ${through}`;
  if (averages.has(key)) return averages.get(key) ?? null;
  const average = averageCross(table, cross, year, through);
  averages.set(key, average);
  return average;
}

/** The mean of `year`'s daily cross rates through `through`; `toDate` when the year was not over by then. */
function averageCross(table: FxTable, cross: (i: number) => Decimal | null, year: number, through: IsoDate): CrossAverage | null {
  const yearEnd = `${year}-12-31`;
  const end = through < yearEnd ? through : yearEnd;
  let sum = decimalFromInteger(0);
  let days = 0;
  let lastDate: IsoDate | undefined;
  for (let i = firstIndexOnOrAfter(table.dates, `${year}-01-01`); i < table.dates.length; i += 1) {
    const day = table.dates[i];
    if (day === undefined || day > end) break;
    const rate = cross(i);
    if (rate === null) continue;
    sum = addDecimals(sum, rate);
    days += 1;
    lastDate = day;
  }
  if (lastDate === undefined) return null;
  const mean = divideDecimals(sum, decimalFromInteger(days));
  return { mean, meanNumber: decimalToNumber(mean), lastDate, toDate: end !== yearEnd || table.source.lastDate < yearEnd };
}

/** Four decimals below 10 (7.3057 yuan per dollar), two above (152.05 yen per dollar). */
function display(rate: Decimal): string {
  const places = compareDecimals(rate, decimalFromInteger(10)) < 0 ? 4 : 2;
  return padPlaces(formatDecimal(roundDecimal(rate, places)), places);
}
