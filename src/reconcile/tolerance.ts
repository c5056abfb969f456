import { parseDecimal, type Decimal } from '../money/decimal.js';

/**
 * The tolerances of every comparison capcheck makes, in one place.
 *
 * APPROXIMATE: "about $80 billion" (in an article or in official guidance) is read as 80 ± 3%,
 * and "nearly $87 billion" as 87 − 3% up to 87. Three per cent keeps a rounded figure
 * ("about $100 billion" for an implied $105.2 billion) consistent, while a writer's
 * "nearly $87 billion" for an official "approximately $80 billion" (8.75% more) is not.
 *
 * CONVERSION_RATE: a conversion in an article (a bracketed "(€62 billion)", or the same figure in
 * two currencies) is accepted when its implied rate is within 1.5% of the ECB rate of the day:
 * about what the euro moves in a week, so a rate a few days old passes and a yearly average
 * (3% off in January 2025) does not.
 *
 * PROBABLE_RATE: how close a known rate (an earlier day's, a yearly average) must be to an implied
 * rate to be named as the rate the writer probably used.
 *
 * DERIVED: an official value the company never stated but that follows from what it said (Amazon's
 * "$26.3 billion … representative of" its 2025 annualized rate, × 4 = $105.2 billion) is read as ± 10%:
 * the press rounds such a value freely ("$100 billion"), and capcheck must not call that an error.
 *
 * BOUND_HEADROOM: an official bound is read as a figure close to it: "more than 1.3 million
 * GPUs" as 1.3 to 1.43 million, "up to $500 billion" as $450–500 billion. Without it, any
 * larger number would agree with "more than", and any smaller one with "up to".
 *
 * GDP_LIKENESS: "at the level of Morocco's GDP" holds when the amount is within a fifth of the
 * GDP: the latest World Bank year lags an article by two years or more, in which an economy's
 * dollar GDP can grow by a tenth or more, and such comparisons are rough by intent.
 */
export const TOLERANCE = {
  /** Relative half-width of an approximate figure. */
  APPROXIMATE: exactDecimal('0.03'),
  /** Relative half-width of an official value that is derived, not stated. */
  DERIVED: exactDecimal('0.10'),
  /** Relative distance from the ECB rate of the day within which a conversion is right. */
  CONVERSION_RATE: exactDecimal('0.015'),
  /** Relative distance within which a known rate explains an implied one. */
  PROBABLE_RATE: exactDecimal('0.002'),
  /** How far past an official bound a figure may go and still agree with it. */
  BOUND_HEADROOM: exactDecimal('0.10'),
  /** Relative distance from a country's GDP within which an amount is "about" that GDP. */
  GDP_LIKENESS: exactDecimal('0.20'),
} as const;

function exactDecimal(digits: string): Decimal {
  const value = parseDecimal(digits);
  if (value === null) throw new Error(`bad tolerance ${digits}`);
  return value;
}
