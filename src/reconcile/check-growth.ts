import { companyById } from '../data/companies.js';
import type { ReferenceRecord } from '../data/reference-schema.js';
import { describeAnnounced } from '../describe/describe-origin.js';
import { describeNumber, describeReferenceValue } from '../describe/describe-value.js';
import { METRIC_NAMES } from '../describe/metric-names.js';
import { divideDecimals } from '../money/divide.js';
import { decimalToNumber, type Decimal } from '../money/decimal.js';
import type { Finding, GrowthClaim, IsoDate } from '../types.js';
import { centralRatio, type CentralRatio } from './central-ratio.js';
import { isAnnouncedBy, isInForce } from './in-force.js';
import { newestRecord } from './newest-record.js';
import { describePeriod, periodDates, type DateRange } from './period-dates.js';
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
  if ((later === null || earlier === null) && (subject.period?.kind === 'quarter' || growth.basePeriod.kind === 'quarter')) {
    // Quarterly records are few: a missing one says nothing about the quarter, so the change is not checked.
    const missing = later === null ? describePeriodOf(subject.period) : describePeriod(growth.basePeriod);
    return notChecked(growth, `"${growth.span.text}" is not checked: capcheck has no official ${company} ${metric} for ${missing}, the quarter it is measured ${later === null ? 'for' : 'from'}.`);
  }
  if (later === null || earlier === null) {
    const missing = later === null ? describePeriodOf(subject.period) : describePeriod(growth.basePeriod);
    return finding(growth, 'unverifiable', null, `No official ${company} ${metric} for ${missing} had been published by the article's date to check "${growth.span.text}" against.`);
  }
  const laterInterval = referenceInterval(later.value);
  const earlierInterval = referenceInterval(earlier.value);
  const ratio = ratioInterval(laterInterval, earlierInterval);
  const relation = relateToInterval(growth.factor, ratio, growth.precision);
  const facts = `${company}'s ${metric} for ${later.period?.label ?? ''} (${describeReferenceValue(later)}, ${describeAnnounced(later)}) is ${describeRatio(ratio)} its ${earlier.period?.label ?? ''} ${metric} (${describeReferenceValue(earlier)}${earlier.basis === 'actual' ? ' reported' : ''}, ${describeAnnounced(earlier)})`;
  if (relation !== 'consistent') {
    const verdict = relation === 'above' ? 'overstated' : 'understated';
    return finding(growth, verdict, later, `"${growth.span.text}" ${verdict === 'overstated' ? 'overstates' : 'understates'} the change: ${facts}.`);
  }
  // Within the ranges, yet perhaps only at their corner: read it against the central ratio too.
  const central = centralRatio(subject.figure, laterInterval, earlierInterval);
  const atCentre = relateToInterval(growth.factor, { low: central.ratio, high: central.ratio }, growth.precision);
  if (atCentre === 'consistent') return finding(growth, 'supported', later, `"${growth.span.text}" agrees with the official figures: ${facts}.`);
  const verdict = atCentre === 'above' ? 'overstated' : 'understated';
  const lead = `"${growth.span.text}" probably ${verdict === 'overstated' ? 'overstates' : 'understates'} the change; it holds only at the ${verdict === 'overstated' ? 'top' : 'bottom'} corner of the official figures`;
  return finding(growth, verdict, later, `${lead}: ${facts}; ${describeCentral(central)}.`, 'warning');
}

/** "at the middle of the guidance, $180 billion ÷ $91.4 billion = 1.97 times (up 97%)". */
function describeCentral(central: CentralRatio): string {
  const dollars = (value: Decimal) => describeNumber(value, { kind: 'money', currency: 'USD' });
  const where = central.laterFrom === 'article' ? `with the article's own ${dollars(central.later)}` : 'at the middle of the official figures';
  const times = decimalToNumber(central.ratio);
  const change = (times - 1) * 100;
  return `${where}, ${dollars(central.later)} ÷ ${dollars(central.earlier)} = ${times.toFixed(2)} times (${change >= 0 ? 'up' : 'down'} ${Math.abs(change).toFixed(0)}%)`;
}

function inForceFor(records: readonly ReferenceRecord[], entity: string, metric: string | null, period: DateRange, date: IsoDate): ReferenceRecord | null {
  // The period itself, not a quarter inside the year: a quarter's actual is no year's figure.
  const matching = records.filter((record) => record.entity === entity && record.metric === metric && samePeriod(record, period) && isAnnouncedBy(record, date));
  // An actual, once reported, settles the period; otherwise the guidance in force.
  return newestRecord(matching.filter((record) => record.basis === 'actual')) ?? newestRecord(matching.filter((record) => isInForce(record, date)));
}

function samePeriod(record: ReferenceRecord, period: DateRange): boolean {
  return record.period !== null && record.period.start === period.start && record.period.end === period.end;
}

function notChecked(growth: GrowthClaim, message: string): Finding {
  const cue = growth.subject.cues.period ?? { text: growth.span.text, start: growth.span.start, end: growth.span.end };
  return { ruleId: 'not-checked', verdict: 'not-checked', severity: RULES['not-checked'].severity, span: growth.span, claim: null, reference: null, message, related: [], reason: { kind: 'quarter', cue, why: 'no-quarterly-records' } };
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

function finding(
  growth: GrowthClaim,
  verdict: 'supported' | 'overstated' | 'understated' | 'unverifiable',
  reference: ReferenceRecord | null,
  message: string,
  // A claim that fails only at the middle of the ranges is a probable slip, never an error.
  probable: 'warning' | null = null,
): Finding {
  const severity = verdict === 'supported' ? 'info' : verdict === 'unverifiable' ? 'warning' : (probable ?? RULES.growth.severity);
  const related = [{ start: growth.subject.figure.start, end: growth.subject.figure.end, message: 'the figure whose growth is claimed' }];
  return { ruleId: 'growth', verdict, severity, span: growth.span, claim: growth.subject, reference, message, related };
}
