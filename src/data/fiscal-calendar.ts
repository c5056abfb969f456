/**
 * Month arithmetic for periods: months are counted from January of year 0 (0-based), so a fiscal
 * year or quarter is a run of months whatever year it starts in. One place for the records' periods,
 * the periods read from articles and the quarters they name.
 */
import { companyById } from './companies.js';
import type { EntityId } from './reference-schema.js';

/** First and last day, `YYYY-MM-DD`, inclusive. */
export interface DaySpan {
  readonly start: string;
  readonly end: string;
}

/** The last day of a month (1–12). */
export function lastDayOfMonth(year: number, month: number): string {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** `count` months from the month `index` (months since January of year 0, 0-based). */
export function monthSpan(index: number, count: number): DaySpan {
  const last = index + count - 1;
  return { start: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`, end: lastDayOfMonth(Math.floor(last / 12), (last % 12) + 1) };
}

/** A company's fiscal year, named by the year it ends in (Microsoft's FY2025: 2024-07-01 to 2025-06-30). */
export function fiscalYearSpan(entity: EntityId, year: number): DaySpan {
  return monthSpan((year - 1) * 12 + companyById(entity).fiscalYearEndMonth, 12);
}
