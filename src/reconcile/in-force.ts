import type { ReferenceRecord } from '../data/reference-schema.js';
import { lastDayOfMonth } from '../data/fiscal-calendar.js';
import type { IsoDate } from '../types.js';

/**
 * Whether the record had been announced by `date`. A month-only announcement ("2025-09")
 * counts from the first of the month: on those days both it and its predecessor stand.
 */
export function isAnnouncedBy(record: ReferenceRecord, date: IsoDate): boolean {
  return firstDay(record.announced) <= date;
}

/**
 * Whether a newer record had replaced this one before `date`. On the day of the replacement,
 * an article may predate the announcement, so both stand; a month-only date counts from the
 * end of its month.
 */
export function isSupersededBy(record: ReferenceRecord, date: IsoDate): boolean {
  return record.supersededOn !== null && lastDay(record.supersededOn) < date;
}

/** Announced and not yet replaced on `date`. */
export function isInForce(record: ReferenceRecord, date: IsoDate): boolean {
  return isAnnouncedBy(record, date) && !isSupersededBy(record, date);
}

function firstDay(dateOrMonth: string): IsoDate {
  return dateOrMonth.length === 7 ? `${dateOrMonth}-01` : dateOrMonth;
}

/** The last day a date or month-only date ("2025-09") covers. */
export function lastDay(dateOrMonth: string): IsoDate {
  if (dateOrMonth.length !== 7) return dateOrMonth;
  const [year = 0, month = 1] = dateOrMonth.split('-').map(Number);
  return lastDayOfMonth(year, month);
}
