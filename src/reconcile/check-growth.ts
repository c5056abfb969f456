import { companyById } from '../data/companies.js';
import type { ReferenceRecord } from '../data/reference-schema.js';
import { describeAnnounced } from '../describe/describe-origin.js';
import { describeReferenceValue } from '../describe/describe-value.js';
import { METRIC_NAMES } from '../describe/metric-names.js';
import { divideDecimals } from '../money/divide.js';
import { decimalToNumber, type Decimal } from '../money/decimal.js';
import type { Finding, GrowthClaim, IsoDate } from '../types.js';
import { isAnnouncedBy, isInForce } from './in-force.js';
import { newestRecord } from './newest-record.js';
import { describePeriod, periodDates, recordCoversPeriod } from './period-dates.js';
import { RULES } from './rules.js';
import { referenceInterval, relateToInterval, type ValueInterval } from './value-interval.js';

/**
 * Checks a claimed change ("up 65% from 2024", "more than double") against the official figures:
 * the later period's figure in force on the article date over the earlier period's (its actual
 * once reported, else the guidance in force).
 */
export function checkGrowth(growth: GrowthClaim, records: readonly ReferenceRecord[], date: IsoDate): Finding {
  const { subject } = growth;
  const laterDates = subject.period === null ? null : periodDates(subject.entity, subject.period);
  const earlierDates = periodDates(subject.entity, growth.basePeriod);
  const later = laterDates === null ? null : inForceFor(records, subject.entity, subject.metric, laterDates, date);
  const earlier = earlierDates === null ? null : inForceFor(records, subject.entity, subject.metric, earlierDates, date);
  const company = companyById(subject.entity).displayName;
  const metric = subject.metric === null ? 'figure' : METRIC_NAMES[subject.metric];
  if (later === null || earlier === null) {
    const missing = later === null ? describePeriodOf(subject.period) : describePeriod(growth.basePeriod);
    return finding(growth, 'unverifiable', null, `No official ${company} ${metric} for ${missing} had been published by the article's date to check "${growth.span.text}" against.`);
  }
  const ratio = ratioInterval(referenceInterval(later.value), referenceInterval(earlier.value));
  const relation = relateToInterval(growth.factor, ratio, growth.precision);
  const verdict = relation === 'consistent' ? 'supported' : relation === 'above' ? 'overstated' : 'understated';
  const lead = verdict === 'supported' ? 'agrees with the official figures' : `${verdict === 'overstated' ? 'overstates' : 'understates'} the change`;
  const message = `"${growth.span.text}" ${lead}: ${company}'s ${metric} for ${later.period?.label ?? ''} (${describeReferenceValue(later)}, ${describeAnnounced(later)}) is ${describeRatio(ratio)} its ${earlier.period?.label ?? ''} ${metric} (${describeReferenceValue(earlier)}${earlier.basis === 'actual' ? ' reported' : ''}, ${describeAnnounced(earlier)}).`;
  return finding(growth, verdict, later, message);
}

function inForceFor(records: readonly ReferenceRecord[], entity: string, metric: string | null, period: { start: string; end: string }, date: IsoDate): ReferenceRecord | null {
  const matching = records.filter((record) => record.entity === entity && record.metric === metric && recordCoversPeriod(record, period) && isAnnouncedBy(record, date));
  // An actual, once reported, settles the period; otherwise the guidance in force.
  return newestRecord(matching.filter((record) => record.basis === 'actual')) ?? newestRecord(matching.filter((record) => isInForce(record, date)));
}

/** later ÷ earlier, from the smallest to the largest quotient the two intervals allow. */
function ratioInterval(later: ValueInterval, earlier: ValueInterval): ValueInterval {
  const earlierHigh = earlier.high ?? earlier.low;
  return { low: divideDecimals(later.low, earlierHigh), high: later.high === null ? null : divideDecimals(later.high, earlier.low) };
}

/** "1.53–1.66 times (up 53–66% on)", "0.92–1.08 times (a change of −8% to +8% on)". */
function describeRatio(ratio: ValueInterval): string {
  const times = (value: Decimal) => decimalToNumber(value).toFixed(2);
  const change = (value: Decimal) => (decimalToNumber(value) - 1) * 100;
  const signed = (value: Decimal) => `${change(value) >= 0 ? '+' : '−'}${Math.abs(change(value)).toFixed(0)}%`;
  if (ratio.high === null) return `more than ${times(ratio.low)} times (a change of more than ${signed(ratio.low)} on)`;
  if (change(ratio.low) >= 0) {
    const span = times(ratio.low) === times(ratio.high) ? times(ratio.low) : `${times(ratio.low)}–${times(ratio.high)}`;
    const up = times(ratio.low) === times(ratio.high) ? change(ratio.low).toFixed(0) : `${change(ratio.low).toFixed(0)}–${change(ratio.high).toFixed(0)}`;
    return `${span} times (up ${up}% on)`;
  }
  return `${times(ratio.low)}–${times(ratio.high)} times (a change of ${signed(ratio.low)} to ${signed(ratio.high)} on)`;
}

function describePeriodOf(period: GrowthClaim['subject']['period']): string {
  return period === null ? 'that period' : describePeriod(period);
}

function finding(growth: GrowthClaim, verdict: 'supported' | 'overstated' | 'understated' | 'unverifiable', reference: ReferenceRecord | null, message: string): Finding {
  const severity = verdict === 'supported' ? 'info' : verdict === 'unverifiable' ? 'warning' : RULES.growth.severity;
  const related = [{ start: growth.subject.figure.start, end: growth.subject.figure.end, message: 'the figure whose growth is claimed' }];
  return { ruleId: 'growth', verdict, severity, span: growth.span, claim: growth.subject, reference, message, related };
}
