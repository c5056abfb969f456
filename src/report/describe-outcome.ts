import { assertNever } from '../assert-never.js';
import type { FailReason, RunOutcome, SeverityCount } from './decide-outcome.js';
import type { Summary } from './summarize.js';

/** "3 warnings exceed --max-warnings 0", "1 error and 2 warnings reach --fail-on warning". */
export function describeFailReason(reason: FailReason): string {
  switch (reason.kind) {
    case 'fail-on': {
      const total = reason.counts.reduce((sum, each) => sum + each.count, 0);
      return `${joinAnd(reason.counts.map(countOf))} ${total === 1 ? 'reaches' : 'reach'} --fail-on ${reason.failOn}`;
    }
    case 'max-warnings':
      return `${countOf({ severity: 'warning', count: reason.warnings })} ${reason.warnings === 1 ? 'exceeds' : 'exceed'} --max-warnings ${reason.maxWarnings}`;
    default:
      return assertNever(reason);
  }
}

/**
 * The outcome in words: "failed: 3 warnings exceed --max-warnings 0"; a run that passes with
 * warnings says why they did not fail it ("passed: no finding reaches --fail-on error"); a run
 * with nothing above info says nothing (null).
 */
export function describeOutcome(outcome: RunOutcome, summary: Summary): string | null {
  if (!outcome.passed) return `failed: ${outcome.reasons.map(describeFailReason).join('; ')}`;
  if (summary.errors === 0 && summary.warnings === 0) return null;
  const { failOn, maxWarnings } = outcome.thresholds;
  const limit = maxWarnings === null ? '' : `, ${countOf({ severity: 'warning', count: summary.warnings })} within --max-warnings ${maxWarnings}`;
  return `passed: no finding reaches --fail-on ${failOn}${limit}`;
}

/** "1 error", "3 warnings", "2 info" (info is a mass noun, as in the summary line). */
export function countOf({ severity, count }: SeverityCount): string {
  return `${count} ${count === 1 || severity === 'info' ? severity : `${severity}s`}`;
}

function joinAnd(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}
