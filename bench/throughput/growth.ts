/**
 * How time grows with size: the exponent between two measurements, and the time a larger size is
 * predicted to take, which the benchmark's time budget compares before running it.
 */

/** One measurement of a series: input size in bytes and seconds taken. */
export interface Timed {
  readonly bytes: number;
  readonly seconds: number;
}

/** The growth exponent k of t ∝ sᵏ between two measurements: log(t2/t1) / log(s2/s1). */
export function growthExponent(smaller: Timed, larger: Timed): number {
  return Math.log(larger.seconds / smaller.seconds) / Math.log(larger.bytes / smaller.bytes);
}

/**
 * Seconds `bytes` is predicted to take after `measured` (sizes ascending), never less than linear; null
 * before two measurements. The smallest size's time is taken as a fixed cost (start-up) when the later
 * sizes exceed it: the rest grows by the exponent of its last two points (when the first of them is
 * clear of noise), so a quadratic stage hidden behind start-up at small sizes is still predicted quadratic. Otherwise the last time is scaled by the
 * last exponent of the raw times.
 */
export function predictSeconds(measured: readonly Timed[], bytes: number): number | null {
  const last = measured.at(-1);
  const before = measured.at(-2);
  // One size is all start-up: it says nothing of growth, so the size after it always runs.
  if (last === undefined || before === undefined) return null;
  const fixed = measured[0];
  if (fixed !== undefined && before !== undefined && before !== fixed && last.seconds > before.seconds && before.seconds > fixed.seconds) {
    const variable = (point: Timed): Timed => ({ bytes: point.bytes, seconds: point.seconds - fixed.seconds });
    // A variable part under a fifth of start-up is mostly noise: its exponent is not trusted, growth taken as linear.
    const trusted = variable(before).seconds >= fixed.seconds / 5;
    const exponent = trusted ? Math.max(1, growthExponent(variable(before), variable(last))) : 1;
    return fixed.seconds + variable(last).seconds * (bytes / last.bytes) ** exponent;
  }
  const exponent = Math.max(1, growthExponent(before, last));
  return last.seconds * (bytes / last.bytes) ** exponent;
}

/** Why a size is skipped under `budgetSeconds`, or null when it fits. */
export function budgetSkipReason(measured: readonly Timed[], bytes: number, budgetSeconds: number): string | null {
  const predicted = predictSeconds(measured, bytes);
  const last = measured.at(-1);
  if (predicted === null || last === undefined || predicted <= budgetSeconds) return null;
  return `skipped: previous size took ${last.seconds.toFixed(1)} s, this one would take about ${formatSeconds(predicted)} (budget ${budgetSeconds} s)`;
}

/** "95 s", "13 min", "2.1 h": a predicted time, rounded for reading. */
export function formatSeconds(seconds: number): string {
  if (seconds < 10) return `${seconds.toFixed(1)} s`;
  if (seconds < 120) return `${seconds.toFixed(0)} s`;
  if (seconds < 7200) return `${(seconds / 60).toFixed(0)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}
