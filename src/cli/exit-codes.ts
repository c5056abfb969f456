/** Exit codes, stable for CI: findings are data, bad input is a usage error. */
export const EXIT = {
  /** No finding of error severity. */
  OK: 0,
  /** At least one finding of error severity. */
  FINDINGS: 1,
  /** Usage, input or data error: nothing was checked. */
  USAGE: 2,
} as const;
