import { divideDecimals, relativeDifference } from '../money/divide.js';
import { compareDecimals, decimalFromInteger, shiftDecimal, type Decimal } from '../money/decimal.js';
import type { Amount, CurrencyCode, IsoDate } from '../types.js';
import type { OfficialConversion, CurrencyConverter, RateExplanation } from './currency-converter.js';
import { TOLERANCE } from './tolerance.js';

/** How a stated conversion compares with the official rate of the day. */
export type ConversionCheck =
  | { readonly kind: 'right'; readonly implied: Decimal; readonly official: OfficialConversion }
  /** The implied rate is the official one times 10^power: a slipped scale word or separator. */
  | { readonly kind: 'scale'; readonly implied: Decimal; readonly official: OfficialConversion; readonly power: number }
  | { readonly kind: 'wrong-rate'; readonly implied: Decimal; readonly official: OfficialConversion; readonly difference: Decimal; readonly probable: RateExplanation | null };

/** Powers of ten a slipped scale produces: a separator off by one to three places, or million ↔ billion. */
const SCALE_POWERS = [1, -1, 2, -2, 3, -3];

/**
 * Checks the rate implied by one amount stated in two currencies (`from` first) against the
 * official rate of `date`. Null when there is no official rate or no number to compare.
 */
export function checkConversion(
  from: { readonly amount: Amount; readonly currency: CurrencyCode },
  to: { readonly amount: Amount; readonly currency: CurrencyCode },
  date: IsoDate,
  fx: CurrencyConverter,
): ConversionCheck | null {
  const official = fx.convert(decimalFromInteger(1), from.currency, to.currency, date);
  if (official === null) return null;
  const implied = impliedRate(from.amount, to.amount, official.rate);
  if (implied === null) return null;
  const difference = relativeDifference(implied, official.rate);
  if (compareDecimals(difference, TOLERANCE.CONVERSION_RATE) <= 0) return { kind: 'right', implied, official };
  for (const power of SCALE_POWERS) {
    const rescaled = shiftDecimal(implied, -power);
    if (compareDecimals(relativeDifference(rescaled, official.rate), TOLERANCE.CONVERSION_RATE) <= 0) {
      return { kind: 'scale', implied, official, power };
    }
  }
  return { kind: 'wrong-rate', implied, official, difference, probable: explain(implied, from.currency, to.currency, date, fx) };
}

/**
 * Rates are explained against ECB quotes, which are per euro: invert when the euro is the target.
 * Between two other currencies, the rate is explained the way writers quote it, above one ("152 JPY per USD").
 */
function explain(implied: Decimal, from: CurrencyCode, to: CurrencyCode, date: IsoDate, fx: CurrencyConverter): RateExplanation | null {
  const inverse = divideDecimals(decimalFromInteger(1), implied);
  if (from === 'EUR') return fx.explainRate(implied, from, to, date);
  if (to === 'EUR') return fx.explainRate(inverse, to, from, date);
  return compareDecimals(implied, decimalFromInteger(1)) >= 0 ? fx.explainRate(implied, from, to, date) : fx.explainRate(inverse, to, from, date);
}

/**
 * The rate `to / from` implied by the two statements. Ranges and bounds are paired end to end
 * ("up to €69 billion" restates the top of "$64–72 billion"); otherwise the pairing nearest the
 * official rate is taken, so a range is not blamed for the end the writer did not convert.
 */
function impliedRate(from: Amount, to: Amount, officialRate: Decimal): Decimal | null {
  const fromNumbers = from.kind === 'range' ? [from.low, from.high] : [from.value];
  const toNumbers = to.kind === 'range' ? [to.low, to.high] : [to.value];
  if (from.kind === 'range' && to.kind === 'range') return ratio(from.high, to.high);
  if (from.kind === 'range' && to.kind === 'upper-bound') return ratio(from.high, to.value);
  if (from.kind === 'range' && to.kind === 'lower-bound') return ratio(from.low, to.value);
  let best: { rate: Decimal; difference: Decimal } | null = null;
  for (const a of fromNumbers) {
    for (const b of toNumbers) {
      const rate = ratio(a, b);
      if (rate === null) continue;
      const difference = relativeDifference(rate, officialRate);
      if (best === null || compareDecimals(difference, best.difference) < 0) best = { rate, difference };
    }
  }
  return best?.rate ?? null;
}

/** to / from; null when either is zero (no rate can be read from a zero). */
function ratio(from: Decimal, to: Decimal): Decimal | null {
  return from.coefficient === 0n || to.coefficient === 0n ? null : divideDecimals(to, from);
}
