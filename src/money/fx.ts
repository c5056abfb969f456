/**
 * Dated, exact currency conversion with the ECB euro reference rates. Every result names the
 * ECB rates it used, their dates and their source. A date without a rate (weekend, TARGET
 * holiday) falls back to the previous business day; a date after the table's last day uses the
 * last rate and says so with `fallback: 'after-last-date'`.
 */
import type { CurrencyCode, IsoDate } from '../types.js';
import type { Decimal } from './decimal.js';
import { addDecimals, compareDecimals, decimalFromInteger, decimalToNumber, formatDecimal, multiplyDecimals } from './decimal.js';
import { divideDecimals, relativeDifference, roundDecimal } from './divide.js';
import type { FxSource } from './fx-schema.js';
import { mayBeWithin } from './may-be-within.js';
import { isQuotedCurrency, type QuotedCurrency } from './quoted-currencies.js';

/** The loaded FX table: rates parsed once, dates ascending for binary search. */
export interface FxTable {
  readonly source: FxSource;
  /** ECB business days, ascending and unique. */
  readonly dates: readonly IsoDate[];
  /** Per currency, units per 1 EUR on each of `dates`; null when not quoted that day. */
  readonly rates: Readonly<Record<QuotedCurrency, readonly (Decimal | null)[]>>;
}

/** How the day of a rate relates to the day asked for. */
export type RateFallback = 'exact' | 'previous-business-day' | 'after-last-date';

/** One ECB reference rate, with the day it is from and the day it was asked for. */
export interface EcbRate {
  readonly currency: QuotedCurrency;
  /** Units of `currency` per 1 EUR, exactly as published. */
  readonly unitsPerEuro: Decimal;
  /** The business day whose rate this is. */
  readonly date: IsoDate;
  readonly requestedDate: IsoDate;
  readonly fallback: RateFallback;
  readonly source: FxSource;
}

/** An amount converted, with the rate applied and the ECB rates it came from. */
export interface Conversion {
  readonly value: Decimal;
  readonly from: CurrencyCode;
  readonly to: CurrencyCode;
  /** Units of `to` per 1 `from`: exact from EUR, else a quotient rounded as `divideDecimals` rounds. */
  readonly rate: Decimal;
  /** The ECB rates used: none for one currency, one through EUR, two (from, to) for a cross rate. */
  readonly via: readonly EcbRate[];
}

/** The mean of a year's daily rates (up to a day, for the year in progress). */
export interface YearlyAverage {
  readonly currency: QuotedCurrency;
  readonly year: number;
  /** sum / days, rounded as `divideDecimals` rounds (20 significant digits, half to even). */
  readonly mean: Decimal;
  /** The exact sum of the daily rates. */
  readonly sum: Decimal;
  readonly days: number;
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
  /** False when the days end before the year does (the year in progress, or the table's end). */
  readonly complete: boolean;
  /** The mean rounded half to even to the decimal places the ECB quotes ("1.0824"); display only. */
  readonly display: string;
  readonly source: FxSource;
}

/** A known rate that may explain an implied one (see `explainImpliedRate`). */
export type RateCandidate =
  | (CandidateCommon & { readonly kind: 'on-date' | 'earlier-date'; readonly rate: EcbRate })
  | (CandidateCommon & { readonly kind: 'yearly-average'; readonly average: YearlyAverage });

interface CandidateCommon {
  readonly unitsPerEuro: Decimal;
  /** "ECB rate of 2024-12-31 1.0389", "ECB 2024 average 1.0824", "ECB 2025 average to 2025-01-24 1.0430". */
  readonly label: string;
  /** |implied − candidate| / candidate. */
  readonly relativeDifference: Decimal;
}

/** How far back `explainImpliedRate` looks for an earlier day's rate. */
export const EARLIER_RATE_WINDOW_DAYS = 400;
/** How many complete years before the article's year `explainImpliedRate` tries averages of. */
export const AVERAGE_YEARS_BACK = 3;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ONE = decimalFromInteger(1);

/** The ECB rate for `date`, or the latest before it; null when the currency had no rate by then. */
export function rateOn(table: FxTable, currency: QuotedCurrency, date: IsoDate): EcbRate | null {
  assertIsoDate(date);
  const column = table.rates[currency];
  for (let i = lastIndexOnOrBefore(table.dates, date); i >= 0; i -= 1) {
    const unitsPerEuro = column[i];
    const day = table.dates[i];
    if (unitsPerEuro === null || unitsPerEuro === undefined || day === undefined) continue;
    const fallback: RateFallback = date > table.source.lastDate ? 'after-last-date' : day === date ? 'exact' : 'previous-business-day';
    return { currency, unitsPerEuro, date: day, requestedDate: date, fallback, source: table.source };
  }
  return null;
}

/** Converts at the ECB rates of `date`, crossing through EUR (amount / rate_from × rate_to); null without a rate. */
export function convert(table: FxTable, amount: Decimal, from: CurrencyCode, to: CurrencyCode, date: IsoDate): Conversion | null {
  assertIsoDate(date);
  if (from === to) return { value: amount, from, to, rate: ONE, via: [] };
  // Currencies without bundled rates (SEK, former currencies) cannot be converted.
  if ((from !== 'EUR' && !isQuotedCurrency(from)) || (to !== 'EUR' && !isQuotedCurrency(to))) return null;
  const fromRate = from === 'EUR' ? null : rateOn(table, from, date);
  const toRate = to === 'EUR' ? null : rateOn(table, to, date);
  if ((from !== 'EUR' && fromRate === null) || (to !== 'EUR' && toRate === null)) return null;
  const via = [fromRate, toRate].filter((rate): rate is EcbRate => rate !== null);
  const perEuroTo = toRate?.unitsPerEuro ?? ONE;
  // From EUR is a product, exact; otherwise multiply first so the value is rounded once, in the division.
  if (fromRate === null) return { value: multiplyDecimals(amount, perEuroTo), from, to, rate: perEuroTo, via };
  const value = divideDecimals(multiplyDecimals(amount, perEuroTo), fromRate.unitsPerEuro);
  return { value, from, to, rate: divideDecimals(perEuroTo, fromRate.unitsPerEuro), via };
}

/** The mean of `year`'s daily rates, through `through` when given; null when there are none. */
export function yearlyAverage(table: FxTable, currency: QuotedCurrency, year: number, through?: IsoDate): YearlyAverage | null {
  if (through !== undefined) assertIsoDate(through);
  const yearEnd = `${year}-12-31`;
  const end = through !== undefined && through < yearEnd ? through : yearEnd;
  const column = table.rates[currency];
  let sum = decimalFromInteger(0);
  let days = 0;
  let places = 0;
  let firstDate: IsoDate | undefined;
  let lastDate: IsoDate | undefined;
  for (let i = firstIndexOnOrAfter(table.dates, `${year}-01-01`); i < table.dates.length; i += 1) {
    const day = table.dates[i];
    if (day === undefined || day > end) break;
    const rate = column[i];
    if (rate === null || rate === undefined) continue;
    sum = addDecimals(sum, rate);
    days += 1;
    places = Math.max(places, -rate.exponent);
    firstDate ??= day;
    lastDate = day;
  }
  if (firstDate === undefined || lastDate === undefined) return null;
  const mean = divideDecimals(sum, decimalFromInteger(days));
  const complete = end === yearEnd && table.source.lastDate >= yearEnd;
  const display = padPlaces(formatDecimal(roundDecimal(mean, places)), places);
  return { currency, year, mean, sum, days, firstDate, lastDate, complete, display, source: table.source };
}

/**
 * The known rate that most plausibly explains a rate implied by an article (units of `currency`
 * per EUR): the first within `tolerance` (relative; set it to how precisely the article's rounded
 * figures pin the rate) of, in order: the ECB rate on the date; yearly averages, newest first
 * (the year to date, then the AVERAGE_YEARS_BACK years before); earlier days' rates, newest first,
 * back EARLIER_RATE_WINDOW_DAYS. Plausibility beats closeness: among hundreds of daily rates some
 * day is always nearer than the rate actually used. Null when none is within tolerance.
 */
export function explainImpliedRate(
  table: FxTable,
  currency: QuotedCurrency,
  impliedUnitsPerEuro: Decimal,
  date: IsoDate,
  tolerance: Decimal,
): RateCandidate | null {
  const onDate = rateOn(table, currency, date);
  if (onDate === null) return null;
  // Each candidate is first screened in floats; only one that may be within is measured exactly.
  const [impliedNumber, toleranceNumber] = [decimalToNumber(impliedUnitsPerEuro), decimalToNumber(tolerance)];
  const mayBe = (rateNumber: number) => mayBeWithin(impliedNumber, rateNumber, toleranceNumber);
  const within = (candidate: RateCandidate) => compareDecimals(candidate.relativeDifference, tolerance) <= 0;
  const measure = (unitsPerEuro: Decimal) => relativeDifference(impliedUnitsPerEuro, unitsPerEuro);
  const column = table.rates[currency];
  const onDateIndex = lastIndexOnOrBefore(table.dates, onDate.date);

  if (mayBe(rateNumberAt(table, currency, onDateIndex))) {
    const onDateCandidate = dayCandidate('on-date', onDate, measure);
    if (within(onDateCandidate)) return onDateCandidate;
  }

  const year = Number(date.slice(0, 4));
  for (let y = year; y >= year - AVERAGE_YEARS_BACK; y -= 1) {
    const average = cachedYearlyAverage(table, currency, y, date);
    if (average === null || !mayBe(average.meanNumber)) continue;
    const { mean, complete, display, lastDate } = average.average;
    const label = complete ? `ECB ${y} average ${display}` : `ECB ${y} average to ${lastDate} ${display}`;
    const candidate: RateCandidate = { kind: 'yearly-average', average: average.average, unitsPerEuro: mean, label, relativeDifference: measure(mean) };
    if (within(candidate)) return candidate;
  }

  const earliest = addDays(date, -EARLIER_RATE_WINDOW_DAYS);
  for (let i = onDateIndex - 1; i >= 0; i -= 1) {
    const day = table.dates[i];
    const unitsPerEuro = column[i];
    if (day === undefined || day < earliest) break;
    if (unitsPerEuro === null || unitsPerEuro === undefined || !mayBe(rateNumberAt(table, currency, i))) continue;
    const rate: EcbRate = { currency, unitsPerEuro, date: day, requestedDate: date, fallback: 'previous-business-day', source: table.source };
    const candidate = dayCandidate('earlier-date', rate, measure);
    if (within(candidate)) return candidate;
  }
  return null;
}

/** A yearly average with its mean as a float, for the pre-screen. */
interface ScreenedAverage {
  readonly average: YearlyAverage;
  readonly meanNumber: number;
}

/** Each table's yearly averages, computed once per currency, year and end: every conversion of an article asks for the same ones. */
const AVERAGE_CACHE = new WeakMap<FxTable, Map<string, ScreenedAverage | null>>();

function cachedYearlyAverage(table: FxTable, currency: QuotedCurrency, year: number, through: IsoDate): ScreenedAverage | null {
  let averages = AVERAGE_CACHE.get(table);
  if (averages === undefined) {
    averages = new Map();
    AVERAGE_CACHE.set(table, averages);
  }
  const key = `${currency} ${year} ${through}`;
  const known = averages.get(key);
  if (known !== undefined) return known;
  const average = yearlyAverage(table, currency, year, through);
  const screened = average === null ? null : { average, meanNumber: decimalToNumber(average.mean) };
  averages.set(key, screened);
  return screened;
}

/** Each table's rates as floats, per currency, filled in as days are first screened (NaN: not yet). */
const RATE_NUMBERS = new WeakMap<FxTable, Map<QuotedCurrency, Float64Array>>();

/**
 * The float nearest the ECB rate of the day at index `i` (NaN when not quoted), for `mayBeWithin`:
 * every explanation of an article walks the same days, so each is converted once.
 */
export function rateNumberAt(table: FxTable, currency: QuotedCurrency, i: number): number {
  let columns = RATE_NUMBERS.get(table);
  if (columns === undefined) {
    columns = new Map();
    RATE_NUMBERS.set(table, columns);
  }
  let numbers = columns.get(currency);
  if (numbers === undefined) {
    numbers = new Float64Array(table.dates.length).fill(Number.NaN);
    columns.set(currency, numbers);
  }
  const known = numbers[i];
  if (known !== undefined && !Number.isNaN(known)) return known;
  const rate = table.rates[currency][i];
  const number = rate === null || rate === undefined ? Number.NaN : decimalToNumber(rate);
  numbers[i] = number;
  return number;
}

function dayCandidate(kind: 'on-date' | 'earlier-date', rate: EcbRate, measure: (value: Decimal) => Decimal): RateCandidate {
  const label = `ECB rate of ${rate.date} ${formatDecimal(rate.unitsPerEuro)}`;
  return { kind, rate, unitsPerEuro: rate.unitsPerEuro, label, relativeDifference: measure(rate.unitsPerEuro) };
}

/** Index of the last date <= `date`, or -1. */
export function lastIndexOnOrBefore(dates: readonly IsoDate[], date: IsoDate): number {
  return firstIndexAfter(dates, date) - 1;
}

/** Index of the first date >= `date` (dates.length when none). */
export function firstIndexOnOrAfter(dates: readonly IsoDate[], date: IsoDate): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((dates[middle] ?? '') < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first date > `date` (dates.length when none). */
function firstIndexAfter(dates: readonly IsoDate[], date: IsoDate): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((dates[middle] ?? '') <= date) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** `date` moved by `days` calendar days. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const time = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return new Date(time + days * 86_400_000).toISOString().slice(0, 10);
}

/** Keeps trailing zeros a rounded mean lost ("1.08" shown as "1.0800" when the ECB quotes 4 places). */
export function padPlaces(text: string, places: number): string {
  if (places === 0) return text;
  const [whole, fraction = ''] = text.split('.');
  return `${whole}.${fraction.padEnd(places, '0')}`;
}

function assertIsoDate(date: string): void {
  if (!ISO_DATE.test(date)) throw new RangeError(`not an ISO date: ${date}`);
}
