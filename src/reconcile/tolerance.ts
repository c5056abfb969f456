import { parseDecimal, type Decimal } from '../money/decimal.js';

/**
 * The tolerances of every comparison capcheck makes, in one place.
 *
 * APPROXIMATE: "about $80 billion" (in an article or in official guidance) is read as 80 ± 3%,
 * and "nearly $87 billion" as 87 − 3% up to 87. Three per cent keeps a rounded figure
 * ("about $100 billion" for an implied $105.2 billion) consistent, while a writer's
 * "nearly $87 billion" for an official "approximately $80 billion" (8.75% more) is not.
 *
 * BOUND_HEADROOM: an official bound is read as a figure close to it: "more than 1.3 million
 * GPUs" as 1.3 to 1.43 million, "up to $500 billion" as $450–500 billion. Without it, any
 * larger number would agree with "more than", and any smaller one with "up to".
 */
export const TOLERANCE = {
  /** Relative half-width of an approximate figure. */
  APPROXIMATE: exactDecimal('0.03'),
  /** How far past an official bound a figure may go and still agree with it. */
  BOUND_HEADROOM: exactDecimal('0.10'),
} as const;

function exactDecimal(digits: string): Decimal {
  const value = parseDecimal(digits);
  if (value === null) throw new Error(`bad tolerance ${digits}`);
  return value;
}
