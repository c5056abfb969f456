/**
 * A floating-point pre-screen for the exact test "|implied − rate| / rate ≤ tolerance".
 *
 * Explaining an implied rate walks up to EARLIER_RATE_WINDOW_DAYS of ECB rates, and the exact test
 * divides BigInts for each day; nearly every day is far off. In floats the test costs a few
 * operations: a day it finds clearly outside the tolerance is skipped, and only the days that may be
 * within run the exact test, so which day is chosen, and every digit shown, stay exactly as before.
 *
 * Why the margin is safe: each float given is the nearest (or within a few units in the last place,
 * about 1e-15 relative) of its exact decimal. The float relative difference then errs by at most a
 * few 1e-16 × (|implied| + |rate|) / |rate| ≤ a few 1e-16 × (2 + difference); the exact test's own
 * rounding to 20 significant digits moves it by 1e-20 relative. SCREEN_MARGIN is a million times that.
 */

/** Relative slack, per unit of (2 + difference), within which the float screen leaves the decision to the exact test. */
const SCREEN_MARGIN = 1e-9;

/** Magnitudes within which every float is normal and the error bound above holds; anything else goes to the exact test. */
const SMALLEST_SCREENED = 1e-280;
const LARGEST_SCREENED = 1e280;

/**
 * False only when `implied` is surely farther than `tolerance` (relative to `rate`) from `rate`;
 * true when the exact test must decide. All three are floats of exact decimals (see above).
 */
export function mayBeWithin(implied: number, rate: number, tolerance: number): boolean {
  if (!isScreenable(implied) || !isScreenable(rate)) return true;
  const difference = Math.abs(implied - rate) / Math.abs(rate);
  return !(difference > tolerance + SCREEN_MARGIN * (2 + difference));
}

function isScreenable(value: number): boolean {
  const magnitude = Math.abs(value);
  return magnitude >= SMALLEST_SCREENED && magnitude <= LARGEST_SCREENED;
}
