import type { TextSpan } from '../types.js';

/**
 * True when any of `spans` overlaps [start, end). `spans` must be sorted by start and disjoint (as
 * figures are), so their ends are sorted too and one binary search finds the only candidate.
 */
export function overlapsAny(spans: readonly TextSpan[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.end ?? Infinity) <= start) low = middle + 1;
    else high = middle;
  }
  const first = spans[low];
  return first !== undefined && first.start < end;
}
