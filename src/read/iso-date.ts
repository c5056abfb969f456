import type { IsoDate } from '../types.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` for a real calendar day, or null (30 February is not one). */
export function toIsoDate(year: number, month: number, day: number): IsoDate | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 && year <= 2999 ? date.toISOString().slice(0, 10) : null;
}

/** Validates a user-given `YYYY-MM-DD`; null unless it is a real calendar day. */
export function parseIsoDate(value: string): IsoDate | null {
  const match = ISO_DATE.exec(value);
  return match ? toIsoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}
