import { companyById } from '../data/companies.js';
import type { ReferenceRecord } from '../data/reference-schema.js';
import { userDataClause } from '../describe/describe-origin.js';
import { describeReferenceValue, describeValue } from '../describe/describe-value.js';
import { addDecimals } from '../money/decimal.js';
import type { EntityId, Finding, IsoDate, Period, TotalClaim, YearPeriod } from '../types.js';
import { isAnnouncedBy, isInForce } from './in-force.js';
import { newestRecord } from './newest-record.js';
import { describePeriod, periodDates, recordCoversPeriod } from './period-dates.js';
import { RULES } from './rules.js';
import { spanOf } from './span-of.js';
import { referenceInterval, relateToInterval, type ValueInterval } from './value-interval.js';

const DOLLARS = { kind: 'money', currency: 'USD' } as const;

/**
 * Checks a total over several companies against the sum of their own figures for the year, each
 * the one in force on the article's date (the actual once reported): "$650 billion" against
 * Amazon ~$200B + Alphabet $175–185B + Meta $115–135B + Microsoft …. Ranges are summed as ranges.
 * A company with no figure for the year leaves the total unverifiable; a set that was assumed
 * ("Big Tech" read as the usual four) makes every verdict information, never an error.
 */
export function checkTotal(total: TotalClaim, records: readonly ReferenceRecord[], date: IsoDate): Finding {
  const names = total.companies.map((entity) => companyById(entity).displayName);
  const setNote = total.set === 'assumed' ? ` ("${total.cues.companies.text}" read as ${listed(names)})` : '';
  const written = `"${total.figure.text}"`;
  if (total.untracked.length > 0) {
    const others = total.untracked.map((cue) => `"${cue.text}"`);
    return finding(total, 'unverifiable', null, `${written} sums companies capcheck has no official figures for (${listed(others)}).`);
  }
  const parts = total.companies.map((entity) => ({ entity, record: recordFor(entity, total.period, records, date) }));
  const missing = parts.filter((part) => part.record === null).map((part) => companyById(part.entity).displayName);
  if (missing.length > 0) {
    return finding(total, 'unverifiable', null, `${written}${setNote}: no official ${describePeriod(total.period)} capex for ${listed(missing)} had been published by the article's date, so the sum cannot be checked.`);
  }
  const found = parts.flatMap((part) => (part.record === null ? [] : [{ entity: part.entity, record: part.record }]));
  const sum = found.map((part) => referenceInterval(part.record.value)).reduce(addIntervals);
  const relation = relateToInterval(total.figure.amount, sum, total.figure.precision);
  const verdict = relation === 'consistent' ? 'supported' : relation === 'above' ? 'overstated' : 'understated';
  const breakdown = found.map((part) => `${companyById(part.entity).displayName} ${describeReferenceValue(part.record)}${labelNote(part.record, total.period)}${userDataClause(part.record)}`);
  const lead = verdict === 'supported' ? 'agrees with' : verdict === 'overstated' ? 'is above' : 'is below';
  const message = `${written}${setNote} ${lead} the sum of their ${describePeriod(total.period)} capex in force: ${breakdown.join(' + ')} = ${describeSum(sum)}.`;
  const sources = found.map((part) => part.record.source.url);
  const evidence = { figure: `${describeSum(sum)} (sum)`, source: `the ${found.length} companies' official figures`, date: describePeriod(total.period), url: sources[0] ?? '' };
  return { ...finding(total, verdict, null, message), evidence };
}

/** The company's figure for the year: its own calendar-year record, else the fiscal year named by the year; the actual once reported. */
function recordFor(entity: EntityId, period: YearPeriod, records: readonly ReferenceRecord[], date: IsoDate): ReferenceRecord | null {
  const capex = records.filter((record) => record.entity === entity && record.metric === 'capex' && record.period !== null && isAnnouncedBy(record, date));
  const pick = (covering: Period): ReferenceRecord | null => {
    const dates = periodDates(entity, covering);
    const matching = capex.filter((record) => dates !== null && recordCoversPeriod(record, dates));
    return newestRecord(matching.filter((record) => record.basis === 'actual')) ?? newestRecord(matching.filter((record) => isInForce(record, date)));
  };
  const own = pick(period);
  if (own !== null || period.kind !== 'calendar-year' || companyById(entity).fiscalYearEndMonth === 12) return own;
  return pick({ kind: 'fiscal-year', year: period.year });
}

/** " (FY2026)" when a fiscal year stands in for the calendar year. */
function labelNote(record: ReferenceRecord, period: Period): string {
  const label = record.period?.label;
  return label === undefined || label === describePeriod(period) ? '' : ` (${label})`;
}

function addIntervals(a: ValueInterval, b: ValueInterval): ValueInterval {
  return { low: addDecimals(a.low, b.low), high: a.high === null || b.high === null ? null : addDecimals(a.high, b.high) };
}

function describeSum(sum: ValueInterval): string {
  if (sum.high === null) return `more than ${describeValue({ kind: 'exact', value: sum.low }, DOLLARS)}`;
  return describeValue({ kind: 'range', low: sum.low, high: sum.high }, DOLLARS);
}

function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

function finding(total: TotalClaim, verdict: 'supported' | 'overstated' | 'understated' | 'unverifiable', reference: ReferenceRecord | null, message: string): Finding {
  const severity = verdict === 'supported' || total.set === 'assumed' ? 'info' : verdict === 'unverifiable' ? 'warning' : RULES.total.severity;
  return { ruleId: 'total', verdict, severity, span: spanOf(total.figure), claim: null, reference, message, related: [] };
}
