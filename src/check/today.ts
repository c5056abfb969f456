import type { IsoDate } from '../types.js';

/**
 * Today's UTC date, or the day of `SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds
 * convention) when it is set to a whole number: the same input then gives the same bytes, even in
 * formats dated with the day of the run (ClaimReview).
 */
export function todayOf(env: NodeJS.ProcessEnv, now: () => Date): IsoDate {
  const epoch = env['SOURCE_DATE_EPOCH']?.trim();
  const instant = epoch !== undefined && /^\d{1,12}$/.test(epoch) ? new Date(Number(epoch) * 1000) : now();
  return instant.toISOString().slice(0, 10);
}
