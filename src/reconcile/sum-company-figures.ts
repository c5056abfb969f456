import { assertNever } from '../assert-never.js';
import { companyById } from '../data/companies.js';
import type { ReferenceRecord } from '../data/reference-schema.js';
import { userDataClause } from '../describe/describe-origin.js';
import { describeReferenceValue, describeValue } from '../describe/describe-value.js';
import { addDecimals, decimalFromInteger } from '../money/decimal.js';
import type { EntityId, IsoDate, Period, YearPeriod } from '../types.js';
import { isAnnouncedBy, isInForce } from './in-force.js';
import { newestRecord } from './newest-record.js';
import { describePeriod, periodDates, recordCoversPeriod } from './period-dates.js';
import { referenceInterval, type ValueInterval } from './value-interval.js';

const DOLLARS = { kind: 'money', currency: 'USD' } as const;
const ZERO = decimalFromInteger(0);

/**
 * What is known of one company's capex for one year on a date: its figure in force (the actual
 * once reported); else the quarters of the year already reported, a floor; else nothing (capex is
 * never negative, so the floor is zero).
 */
export type CompanyYear =
  | { readonly kind: 'record'; readonly entity: EntityId; readonly record: ReferenceRecord }
  | { readonly kind: 'quarters'; readonly entity: EntityId; readonly records: readonly ReferenceRecord[] }
  | { readonly kind: 'unknown'; readonly entity: EntityId };

/** The sum over a set of companies for one year: each company's part, and the interval they allow together. */
export interface YearSum {
  readonly period: YearPeriod;
  readonly parts: readonly CompanyYear[];
  /** High null when a part is only a floor. */
  readonly interval: ValueInterval;
}

/** The capex of `companies` for `period`, summed part by part as known on `date`; ranges are summed as ranges. */
export function sumCompanyFigures(companies: readonly EntityId[], period: YearPeriod, records: readonly ReferenceRecord[], quarterly: readonly ReferenceRecord[], date: IsoDate): YearSum {
  const parts = companies.map((entity) => companyYear(entity, period, records, quarterly, date));
  return { period, parts, interval: parts.map(partInterval).reduce(addIntervals, { low: ZERO, high: ZERO }) };
}

/**
 * The sums for consecutive years. A company's year may stand for a fiscal year (Microsoft's FY2026
 * starts in July 2025): a part that would overlap the company's part of the year before counts as unknown, never twice.
 */
export function sumCompanyYears(companies: readonly EntityId[], periods: readonly YearPeriod[], records: readonly ReferenceRecord[], quarterly: readonly ReferenceRecord[], date: IsoDate): YearSum[] {
  const lastEnd = new Map<EntityId, IsoDate>();
  return periods.map((period) => {
    const parts = companies.map((entity): CompanyYear => {
      const part = companyYear(entity, period, records, quarterly, date);
      const dates = partDates(part);
      const previous = lastEnd.get(entity);
      if (dates === null) return part;
      if (previous !== undefined && dates.start <= previous) return { kind: 'unknown', entity };
      lastEnd.set(entity, dates.end);
      return part;
    });
    return { period, parts, interval: parts.map(partInterval).reduce(addIntervals, { low: ZERO, high: ZERO }) };
  });
}

function partDates(part: CompanyYear): { start: IsoDate; end: IsoDate } | null {
  const periods = (part.kind === 'record' ? [part.record] : part.kind === 'quarters' ? part.records : []).flatMap((record) => (record.period === null ? [] : [record.period]));
  if (periods.length === 0) return null;
  return { start: periods.map((each) => each.start).sort()[0] ?? '', end: periods.map((each) => each.end).sort().at(-1) ?? '' };
}

/** Whether every part is a figure for the whole year (the sum is then bounded on both sides). */
export function isComplete(sum: YearSum): boolean {
  return sum.parts.every((part) => part.kind === 'record');
}

function companyYear(entity: EntityId, period: YearPeriod, records: readonly ReferenceRecord[], quarterly: readonly ReferenceRecord[], date: IsoDate): CompanyYear {
  const covering = coveringPeriod(entity, period, records, date);
  const record = figureFor(entity, covering, records, date);
  if (record !== null) return { kind: 'record', entity, record };
  const dates = periodDates(entity, covering);
  // Reported quarters only: a quarter's guidance is no floor.
  const quarters = quarterly.filter((each) => each.entity === entity && each.metric === 'capex' && each.basis === 'actual' && isAnnouncedBy(each, date) && dates !== null && recordCoversPeriod(each, dates));
  const distinct = [...new Map(quarters.map((each) => [each.period?.start, newestRecord(quarters.filter((other) => other.period?.start === each.period?.start)) ?? each])).values()];
  return distinct.length > 0 ? { kind: 'quarters', entity, records: distinct } : { kind: 'unknown', entity };
}

/** The company's own calendar year; for a company with another fiscal calendar and no calendar-year record, the fiscal year named by the year. */
function coveringPeriod(entity: EntityId, period: YearPeriod, records: readonly ReferenceRecord[], date: IsoDate): Period {
  if (period.kind !== 'calendar-year' || companyById(entity).fiscalYearEndMonth === 12) return period;
  return figureFor(entity, period, records, date) === null ? { kind: 'fiscal-year', year: period.year } : period;
}

function figureFor(entity: EntityId, period: Period, records: readonly ReferenceRecord[], date: IsoDate): ReferenceRecord | null {
  const dates = periodDates(entity, period);
  const matching = records.filter((record) => record.entity === entity && record.metric === 'capex' && record.period !== null && isAnnouncedBy(record, date) && dates !== null && recordCoversPeriod(record, dates));
  return newestRecord(matching.filter((record) => record.basis === 'actual')) ?? newestRecord(matching.filter((record) => isInForce(record, date)));
}

function partInterval(part: CompanyYear): ValueInterval {
  switch (part.kind) {
    case 'record':
      return referenceInterval(part.record.value);
    case 'quarters':
      return { low: part.records.map((record) => referenceInterval(record.value).low).reduce(addDecimals, ZERO), high: null };
    case 'unknown':
      return { low: ZERO, high: null };
    default:
      return assertNever(part);
  }
}

export function addIntervals(a: ValueInterval, b: ValueInterval): ValueInterval {
  return { low: addDecimals(a.low, b.low), high: a.high === null || b.high === null ? null : addDecimals(a.high, b.high) };
}

/** "Meta $70–72 billion + Microsoft $88.2 billion (FY2025) + Amazon at least $34.9 billion (Q1 FY2026 reported) + Alphabet not yet published". */
export function describeParts(sum: YearSum): string {
  return sum.parts.map((part) => `${companyById(part.entity).displayName} ${describePart(part, sum.period)}`).join(' + ');
}

function describePart(part: CompanyYear, period: Period): string {
  switch (part.kind) {
    case 'record': {
      const label = part.record.period?.label;
      const note = label === undefined || label === describePeriod(period) ? '' : ` (${label})`;
      return `${describeReferenceValue(part.record)}${note}${userDataClause(part.record)}`;
    }
    case 'quarters': {
      const low = partInterval(part).low;
      const labels = part.records.map((record) => record.period?.label ?? '').join(', ');
      return `at least ${describeValue({ kind: 'exact', value: low }, DOLLARS)} (${labels} reported)`;
    }
    case 'unknown':
      return 'not yet published';
    default:
      return assertNever(part);
  }
}

/** "$370.45–381.95 billion", "at least $540 billion". */
export function describeSum(sum: ValueInterval): string {
  if (sum.high === null) return `at least ${describeValue({ kind: 'exact', value: sum.low }, DOLLARS)}`;
  return describeValue({ kind: 'range', low: sum.low, high: sum.high }, DOLLARS);
}
