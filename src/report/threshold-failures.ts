import { assertNever } from '../assert-never.js';
import type { Severity } from '../types.js';
import type { Summary } from './summarize.js';

/** Severities from the most to the least serious: --fail-on warning also fails on errors. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The limits a run is judged by: --fail-on and --max-warnings (null: no limit). */
export interface Thresholds {
  readonly failOn: Severity;
  readonly maxWarnings: number | null;
}

/** One limit the findings broke, with the numbers that broke it. */
export type ThresholdFailure =
  /** `count` findings are `failOn` or more serious. */
  | { readonly kind: 'fail-on'; readonly failOn: Severity; readonly count: number }
  /** More warnings than --max-warnings allows. */
  | { readonly kind: 'max-warnings'; readonly maxWarnings: number; readonly warnings: number };

/** Every limit the run broke, --fail-on first; empty when the run passes. */
export function thresholdFailures(summary: Summary, thresholds: Thresholds): ThresholdFailure[] {
  const counts: Record<Severity, number> = { error: summary.errors, warning: summary.warnings, info: summary.infos };
  const reaching = SEVERITIES.slice(0, SEVERITIES.indexOf(thresholds.failOn) + 1).reduce((total, severity) => total + counts[severity], 0);
  const failures: ThresholdFailure[] = [];
  if (reaching > 0) failures.push({ kind: 'fail-on', failOn: thresholds.failOn, count: reaching });
  if (thresholds.maxWarnings !== null && summary.warnings > thresholds.maxWarnings) {
    failures.push({ kind: 'max-warnings', maxWarnings: thresholds.maxWarnings, warnings: summary.warnings });
  }
  return failures;
}

/** One phrase naming the limit and the numbers: "3 warnings, more than --max-warnings 2 allows". */
export function describeThresholdFailure(failure: ThresholdFailure): string {
  switch (failure.kind) {
    case 'fail-on': {
      // --fail-on error counts errors; a lower threshold counts findings of several severities.
      const noun = failure.failOn === 'error' ? 'error' : 'finding';
      return `${failure.count} ${noun}${failure.count === 1 ? ' reaches' : 's reach'} --fail-on ${failure.failOn}`;
    }
    case 'max-warnings':
      return `${failure.warnings} ${failure.warnings === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${failure.maxWarnings} allows`;
    default:
      return assertNever(failure);
  }
}
