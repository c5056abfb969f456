import type { TextSpan } from '../types.js';

/** The runs of set positions in a per-unit mask (1 = read from the source), sorted and disjoint. */
export function runsOf(read: Uint8Array): TextSpan[] {
  const runs: TextSpan[] = [];
  let start = -1;
  for (let index = 0; index <= read.length; index++) {
    const inside = index < read.length && read[index] === 1;
    if (inside && start < 0) start = index;
    if (!inside && start >= 0) {
      runs.push({ start, end: index });
      start = -1;
    }
  }
  return runs;
}
