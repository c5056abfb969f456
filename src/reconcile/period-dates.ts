import { assertNever } from '../assert-never.js';
import { fiscalYearSpan } from '../data/fiscal-calendar.js';
import type { ReferenceRecord } from '../data/reference-schema.js';
import { describeQuarter } from '../attribute/resolve-period.js';
import type { EntityId, IsoDate, Period } from '../types.js';

/** A period as calendar dates, inclusive. */
export interface DateRange {
  readonly start: IsoDate;
  readonly end: IsoDate;
}

/** The dates a company's period covers (Microsoft's FY2025 is 2024-07-01 to 2025-06-30); null for a quarter not pinned to its dates. */
export function periodDates(entity: EntityId, period: Period): DateRange | null {
  switch (period.kind) {
    case 'calendar-year':
      return { start: `${period.year}-01-01`, end: `${period.year}-12-31` };
    case 'fiscal-year':
      return fiscalYearSpan(entity, period.year);
    case 'quarter':
      return period.quarter === null ? null : { start: period.quarter.start, end: period.quarter.end };
    default:
      return assertNever(period);
  }
}

/** How a period reads in a message: "2025", "FY2025", "Q2 FY2026 (Oct–Dec 2025)", or a quarter not pinned down as written. */
export function describePeriod(period: Period): string {
  switch (period.kind) {
    case 'fiscal-year':
      return `FY${period.year}`;
    case 'calendar-year':
      return String(period.year);
    case 'quarter':
      return period.quarter === null ? period.label : describeQuarter(period.quarter);
    default:
      return assertNever(period);
  }
}

/** Whether a record is about the claimed period: its own period lies inside it (or it has none). */
export function recordCoversPeriod(record: ReferenceRecord, claimed: DateRange | null): boolean {
  if (claimed === null || record.period === null) return true;
  return record.period.start >= claimed.start && record.period.end <= claimed.end;
}

/**
 * Whether another company's record is about the "same" period as a claim: the year its own
 * period ends in. Microsoft's FY2025 and Meta's 2025 are both "2025" to a careless writer.
 */
export function recordInSameNamedYear(record: ReferenceRecord, period: Period | null): boolean {
  if (period?.kind === 'quarter') return false;
  if (period === null || record.period === null) return true;
  return Number(record.period.end.slice(0, 4)) === period.year;
}
