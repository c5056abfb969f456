import type { Decimal } from '../money/decimal.js';
import type { CurrencyCode, IsoDate } from '../types.js';

/** A conversion at an official rate, with what it rests on so a finding can show its arithmetic. */
export interface OfficialConversion {
  readonly value: Decimal;
  readonly from: CurrencyCode;
  readonly to: CurrencyCode;
  /** Units of the target currency per one unit of the source currency. */
  readonly rate: Decimal;
  /** The business day whose rate was used. */
  readonly rateDate: IsoDate;
  /** Set when the rate is not the article date's own: an earlier business day, or the last in the data. */
  readonly fallback: 'exact' | 'previous-business-day' | 'after-last-date';
  /** Where the rate comes from ("ECB reference rate"). */
  readonly source: string;
  /** The published file or page the rates were taken from. */
  readonly sourceUrl: string;
}

/** A known rate that explains an odd conversion: "the ECB 2024 average, 1.0824". */
export interface RateExplanation {
  readonly label: string;
  readonly rate: Decimal;
}

/**
 * What reconciliation needs of FX: official conversion on a date, and a guess at which rate
 * a writer used. Kept as an interface so reconciliation stays pure and testable.
 */
export interface CurrencyConverter {
  convert(amount: Decimal, from: CurrencyCode, to: CurrencyCode, date: IsoDate): OfficialConversion | null;
  /** The official rate closest to `implied` (units of `to` per `from`), if one is close. */
  explainRate(implied: Decimal, from: CurrencyCode, to: CurrencyCode, date: IsoDate): RateExplanation | null;
}
