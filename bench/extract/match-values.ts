/**
 * CQE's matching rule, re-implemented (not copied): per sentence, each gold quantity takes the
 * first unused prediction whose value is close (|a−b| ≤ 1e-8 + 1e-5·|b|); a gold range needs a
 * predicted range with both ends close, and a point never matches a range. Optional extra keys
 * (unit, change) must also be equal.
 */
import type { Prediction } from './prediction.js';

/** A gold quantity in the shape predictions are compared with. */
export interface GoldValue {
  readonly low: number;
  readonly high: number;
  readonly isRange: boolean;
  /** Normalised like Prediction.unit (ISO code for money); null when the gold has none. */
  readonly unit: string | null;
  readonly change: string;
}

/** Which fields must agree beyond the value. */
export interface MatchKeys {
  readonly unit: boolean;
  readonly change: boolean;
}

/** Number of gold values matched one-to-one by predictions of one sentence. */
export function countMatches(gold: readonly GoldValue[], predictions: readonly Prediction[], keys: MatchKeys): number {
  const used = new Set<number>();
  let matched = 0;
  for (const g of gold) {
    const index = predictions.findIndex((p, i) => !used.has(i) && matches(g, p, keys));
    if (index >= 0) {
      used.add(index);
      matched += 1;
    }
  }
  return matched;
}

/** True when the prediction agrees with the gold value on value (both ends for ranges) and the keys asked. */
export function matches(g: GoldValue, p: Prediction, keys: MatchKeys): boolean {
  if (g.isRange !== p.isRange) return false;
  if (!close(p.low, g.low) || !close(p.high, g.high)) return false;
  if (keys.unit && (g.unit === null || g.unit !== p.unit)) return false;
  return !keys.change || g.change === p.change;
}

/** numpy.isclose with rtol 1e-5, atol 1e-8, as CQE's evaluation uses. */
export function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-8 + 1e-5 * Math.abs(b);
}
