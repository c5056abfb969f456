import { assertNever } from '../assert-never.js';
import { decimalFromInteger, decimalToNumber, type Decimal } from '../money/decimal.js';
import type { ReferenceRecord, ReferenceValue } from '../data/reference-schema.js';
import type { Amount, CurrencyCode, Figure, QuantityUnit } from '../types.js';

/** What a value is counted in: a currency, a quantity unit, or percentage points. */
export type ValueMeasure =
  | { readonly kind: 'money'; readonly currency: CurrencyCode }
  | { readonly kind: 'quantity'; readonly unit: QuantityUnit }
  | { readonly kind: 'percent' };

/** Symbols for display; other currencies are written with their code ("SEK 5 billion"). */
const CURRENCY_SYMBOL: Partial<Record<CurrencyCode, string>> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  CNY: 'CN¥',
  INR: '₹',
  CHF: 'CHF ',
  CAD: 'C$',
  AUD: 'A$',
  HKD: 'HK$',
};
const WORD_SCALES = [
  { power: 12, word: 'trillion' },
  { power: 9, word: 'billion' },
  { power: 6, word: 'million' },
] as const;
const POWER_SCALES = [
  { power: 9, word: 'GW' },
  { power: 6, word: 'MW' },
  { power: 3, word: 'kW' },
] as const;
/** Display rounding happens here and only here: two decimals, half away from zero. */
let display: Intl.NumberFormat | undefined;

/** Made on first use: building a number format costs ICU start-up that a run describing no value skips. */
function displayFormat(): Intl.NumberFormat {
  display ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  return display;
}

/** The measure a figure is counted in. */
export function figureMeasure(figure: Figure): ValueMeasure {
  switch (figure.kind) {
    case 'money':
      return { kind: 'money', currency: figure.currency };
    case 'quantity':
      return { kind: 'quantity', unit: figure.unit };
    case 'percent':
      return { kind: 'percent' };
    default:
      return assertNever(figure);
  }
}

/** An official value for people: "$60–65 billion", "~$80 billion", "more than 1.3 million GPUs". */
export function describeReferenceValue(record: ReferenceRecord): string {
  const measure: ValueMeasure = record.measure;
  return describeValue(referenceAsAmount(record.value), measure);
}

/** A figure's value for people, qualifier included. */
export function describeValue(amount: Amount, measure: ValueMeasure): string {
  switch (amount.kind) {
    case 'exact':
      return describeNumber(amount.value, measure);
    case 'approximate':
      return `~${describeNumber(amount.value, measure)}`;
    case 'just-below':
      return `nearly ${describeNumber(amount.value, measure)}`;
    case 'lower-bound':
      return `${amount.inclusive ? 'at least' : 'more than'} ${describeNumber(amount.value, measure)}`;
    case 'upper-bound':
      return `${amount.inclusive ? 'up to' : 'under'} ${describeNumber(amount.value, measure)}`;
    case 'range':
      return describeRange(amount.low, amount.high, measure);
    default:
      return assertNever(amount);
  }
}

/** A plain number in the measure's words: "$2 billion", "1.3 million GPUs", "1 GW", "3.1%". */
export function describeNumber(value: Decimal, measure: ValueMeasure): string {
  const [number, scaleWord] = splitScale(value, measure);
  switch (measure.kind) {
    case 'money':
      return `${currencySymbol(measure.currency)}${number}${scaleWord ? ` ${scaleWord}` : ''}`;
    case 'percent':
      return `${number}%`;
    case 'quantity':
      if (measure.unit === 'W') return `${number} ${scaleWord ?? 'W'}`;
      return `${number}${scaleWord ? ` ${scaleWord}` : ''} ${measure.unit === 'GPU' ? 'GPUs' : 'users'}`;
    default:
      return assertNever(measure);
  }
}

function describeRange(low: Decimal, high: Decimal, measure: ValueMeasure): string {
  const [lowNumber, lowScale] = splitScale(low, measure);
  const [, highScale] = splitScale(high, measure);
  if (lowScale !== highScale) return `${describeNumber(low, measure)}–${describeNumber(high, measure)}`;
  // One scale word for both ends: "$60–65 billion", "40–45%".
  const highText = describeNumber(high, measure);
  const symbol = measure.kind === 'money' ? currencySymbol(measure.currency) : '';
  return `${symbol}${lowNumber}–${highText.slice(symbol.length)}`;
}

function currencySymbol(currency: CurrencyCode): string {
  return CURRENCY_SYMBOL[currency] ?? `${currency} `;
}

function splitScale(value: Decimal, measure: ValueMeasure): [string, string | null] {
  const number = decimalToNumber(value);
  if (measure.kind === 'percent') return [displayFormat().format(number), null];
  const scales = measure.kind === 'quantity' && measure.unit === 'W' ? POWER_SCALES : WORD_SCALES;
  for (const { power, word } of scales) {
    if (Math.abs(number) >= 10 ** power) return [displayFormat().format(number / 10 ** power), word];
  }
  return [displayFormat().format(number), null];
}

function referenceAsAmount(value: ReferenceValue): Amount {
  switch (value.kind) {
    case 'point':
      return { kind: 'exact', value: decimalFromInteger(value.value) };
    case 'approximate':
      return { kind: 'approximate', value: decimalFromInteger(value.value) };
    case 'lower-bound':
      return { kind: 'lower-bound', value: decimalFromInteger(value.value), inclusive: false };
    case 'upper-bound':
      return { kind: 'upper-bound', value: decimalFromInteger(value.value), inclusive: true };
    case 'range':
      return { kind: 'range', low: decimalFromInteger(value.low), high: decimalFromInteger(value.high) };
    default:
      return assertNever(value);
  }
}
