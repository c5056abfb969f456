/**
 * Operation counters for linearity tests: work measured by counting, never by the clock, so a test can
 * say "doubling the input at most doubles the work" and fail the same way on every machine.
 */

/** An array whose element reads are counted in `counter.reads`. */
export function countedArray<T>(items: readonly T[], counter: { reads: number }): readonly T[] {
  return new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) counter.reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/**
 * Runs `run` while counting the characters `String.prototype.indexOf` passes over (from where it starts
 * to where it stops): the scanning work of code that searches text by hand.
 */
export function countIndexOfScans(run: () => void): number {
  const original = String.prototype.indexOf;
  let scanned = 0;
  String.prototype.indexOf = function (this: string, search: string, from?: number): number {
    const start = Math.max(0, Math.trunc(from ?? 0));
    const found = original.call(this, search, from);
    scanned += (found < 0 ? this.length : found + search.length) - Math.min(start, this.length) + 1;
    return found;
  };
  try {
    run();
  } finally {
    String.prototype.indexOf = original;
  }
  return scanned;
}

/** Work at size 2n over work at size n: at most a little over 2 when the work is linear. */
export function growth(work: (size: number) => number, size: number): number {
  return work(2 * size) / work(size);
}
