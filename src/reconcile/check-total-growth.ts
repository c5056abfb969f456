import type { ReferenceRecord } from '../data/reference-schema.js';
import { decimalToNumber } from '../money/decimal.js';
import { divideDecimals } from '../money/divide.js';
import type { Finding, IsoDate, Severity, TotalGrowthClaim, Verdict } from '../types.js';
import { describePeriod } from './period-dates.js';
import { RULES } from './rules.js';
import { describeParts, describeSum, isComplete, sumCompanyFigures } from './sum-company-figures.js';
import { relateToInterval, type ValueInterval } from './value-interval.js';

/**
 * Checks a rise claimed for a total ("a 36% increase over 2025") against the sums of the companies'
 * own figures for both years, each as known on the article's date. The earlier sum must be
 * complete; the later may be a floor (parts not yet published count as their reported quarters,
 * else nothing), and a rise below the floor's is understated whatever the rest turns out to be.
 */
export function checkTotalGrowth(growth: TotalGrowthClaim, records: readonly ReferenceRecord[], quarterly: readonly ReferenceRecord[], date: IsoDate): Finding {
  const { subject } = growth;
  const [period] = subject.periods;
  const later = sumCompanyFigures(subject.companies, period, records, quarterly, date);
  const earlier = sumCompanyFigures(subject.companies, growth.basePeriod, records, quarterly, date);
  const written = `"${growth.span.text}"`;
  const describe = (label: string, sum: typeof later): string => `their ${label} capex (${describeParts(sum)} = ${describeSum(sum.interval)})`;
  const laterText = describe(describePeriod(period), later);
  const earlierText = describe(describePeriod(growth.basePeriod), earlier);
  if (!isComplete(earlier) || subject.untracked.length > 0) {
    return finding(growth, 'unverifiable', 'warning', `${written}: the ${describePeriod(growth.basePeriod)} sum is not complete on the article's date, so the rise cannot be checked: ${earlierText}.`);
  }
  const ratio = ratioInterval(later.interval, earlier.interval);
  const relation = relateToInterval(growth.factor, ratio, growth.precision);
  const arithmetic = `${laterText} is ${describeRatio(ratio)} ${earlierText}`;
  if (relation === 'below') return finding(growth, 'understated', RULES.growth.severity, `${written} understates the rise: ${arithmetic}.`);
  if (!isComplete(later)) return finding(growth, 'unverifiable', 'warning', `${written}: not every ${describePeriod(period)} figure had been published by the article's date, so the rise cannot be checked: ${arithmetic}.`);
  if (relation === 'above') return finding(growth, 'overstated', RULES.growth.severity, `${written} overstates the rise: ${arithmetic}.`);
  return finding(growth, 'supported', 'info', `${written} agrees with the official figures: ${arithmetic}.`);
}

/** later ÷ earlier, from the smallest to the largest quotient the two intervals allow. */
function ratioInterval(later: ValueInterval, earlier: ValueInterval): ValueInterval {
  const earlierHigh = earlier.high ?? earlier.low;
  return { low: divideDecimals(later.low, earlierHigh), high: later.high === null ? null : divideDecimals(later.high, earlier.low) };
}

/** "1.43–1.61 times", "at least 1.48 times". */
function describeRatio(ratio: ValueInterval): string {
  const times = (value: ValueInterval['low']) => decimalToNumber(value).toFixed(2);
  if (ratio.high === null) return `at least ${times(ratio.low)} times`;
  return times(ratio.low) === times(ratio.high) ? `${times(ratio.low)} times` : `${times(ratio.low)}–${times(ratio.high)} times`;
}

function finding(growth: TotalGrowthClaim, verdict: Exclude<Verdict, 'unused' | 'not-checked' | 'stale-data'>, severity: Severity, message: string): Finding {
  // A set that was assumed is never more than information.
  const level = growth.subject.set === 'assumed' ? 'info' : severity;
  const related = [{ start: growth.subject.figure.start, end: growth.subject.figure.end, message: 'the total whose rise is claimed' }];
  return { ruleId: 'growth', verdict, severity: level, span: growth.span, claim: null, reference: null, message, related };
}
