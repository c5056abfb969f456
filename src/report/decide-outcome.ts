/**
 * Whether a run passes, and why it fails: one pure decision that both the exit code and every
 * report's words are drawn from, so what capcheck says and what it returns cannot disagree.
 */
import type { Severity } from '../types.js';
import type { Summary } from './summarize.js';

/** Severities from the most to the least serious: --fail-on warning also fails on errors. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** The thresholds a run is judged by (--fail-on, --max-warnings, or the configuration's). */
export interface Thresholds {
  readonly failOn: Severity;
  /** Fail when there are more warnings than this; null for no limit. */
  readonly maxWarnings: number | null;
}

/** How many findings of one severity there were. */
export interface SeverityCount {
  readonly severity: Severity;
  readonly count: number;
}

/** One threshold a run crossed. */
export type FailReason =
  /** Findings at or above --fail-on: only the severities that reached it, most serious first, none zero. */
  | { readonly kind: 'fail-on'; readonly failOn: Severity; readonly counts: readonly [SeverityCount, ...SeverityCount[]] }
  /** More warnings than --max-warnings allows. */
  | { readonly kind: 'max-warnings'; readonly warnings: number; readonly maxWarnings: number };

/** A run's result: it passed, or it failed for at least one reason. */
export type RunOutcome =
  | { readonly passed: true; readonly thresholds: Thresholds }
  | { readonly passed: false; readonly thresholds: Thresholds; readonly reasons: readonly [FailReason, ...FailReason[]] };

/** Judges a run's counts against its thresholds. */
export function decideOutcome(summary: Summary, thresholds: Thresholds): RunOutcome {
  const counts: Record<Severity, number> = { error: summary.errors, warning: summary.warnings, info: summary.infos };
  const reasons: FailReason[] = [];
  const reached = SEVERITIES.slice(0, SEVERITIES.indexOf(thresholds.failOn) + 1)
    .map((severity) => ({ severity, count: counts[severity] }))
    .filter((each) => each.count > 0);
  const [first, ...rest] = reached;
  if (first !== undefined) reasons.push({ kind: 'fail-on', failOn: thresholds.failOn, counts: [first, ...rest] });
  if (thresholds.maxWarnings !== null && summary.warnings > thresholds.maxWarnings) {
    reasons.push({ kind: 'max-warnings', warnings: summary.warnings, maxWarnings: thresholds.maxWarnings });
  }
  const [reason, ...others] = reasons;
  return reason === undefined ? { passed: true, thresholds } : { passed: false, thresholds, reasons: [reason, ...others] };
}

/** The thresholds a run crossed, none when it passed. */
export function failReasons(outcome: RunOutcome): readonly FailReason[] {
  return outcome.passed ? [] : outcome.reasons;
}
