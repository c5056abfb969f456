import type { TextSpan } from '../types.js';

/** The union of two lists of spans, each sorted by start: sorted and disjoint, overlapping or touching spans joined; linear time. */
export function unionSpans(a: readonly TextSpan[], b: readonly TextSpan[]): TextSpan[] {
  const union: TextSpan[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const fromA = j >= b.length || (i < a.length && (a[i]?.start ?? 0) <= (b[j]?.start ?? 0));
    const next = fromA ? a[i++] : b[j++];
    if (next === undefined || next.end <= next.start) continue;
    const last = union.at(-1);
    if (last !== undefined && next.start <= last.end) union[union.length - 1] = { start: last.start, end: Math.max(last.end, next.end) };
    else union.push({ start: next.start, end: next.end });
  }
  return union;
}
