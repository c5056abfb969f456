import { amountNumbers } from '../money/amount-numbers.js';
import { compareDecimals } from '../money/decimal.js';
import type { Figure, TotalClaim } from '../types.js';
import { spanAt, type TextSegments } from './segment-text.js';

/** The longest line read as a heading. */
const MAX_HEADING = 100;

/**
 * Headings that repeat the total of the sentence right below them ("$280 Billion in Two Years" over
 * "… committed approximately $280 billion in combined capex for 2025-2026"): a line of its own, with
 * no sentence end, whose only money figure has the same number and currency as a total in the next
 * sentence. The heading is that claim again; any other heading figure is left alone.
 */
export function findHeadingTotals(text: string, segments: TextSegments, figures: readonly Figure[], totals: readonly TotalClaim[]): TotalClaim[] {
  return figures.flatMap((figure) => {
    if (figure.kind !== 'money') return [];
    const line = spanAt(segments.sentences, figure.start);
    if (line === null || line.end - line.start > MAX_HEADING) return [];
    const written = text.slice(line.start, line.end);
    const startsLine = line.start === 0 || text[line.start - 1] === '\n';
    const endsLine = /^[ \t]*\r?\n/u.test(text.slice(line.end, line.end + 3)) || line.end === text.length;
    if (!startsLine || !endsLine || /[.!?。！？:;]\s*$/u.test(written)) return [];
    if (figures.some((other) => other !== figure && other.start >= line.start && other.end <= line.end)) return [];
    const next = spanAt(segments.sentences, line.end + 1) ?? spanAt(segments.sentences, line.end + 2);
    if (next === null || next.start <= line.start) return [];
    const repeated = totals.find((total) => total.figure.start >= next.start && total.figure.end <= next.end && sameNumber(figure, total.figure));
    return repeated === undefined ? [] : [{ ...repeated, figure }];
  });
}

function sameNumber(a: Figure, b: Figure): boolean {
  if (a.kind !== 'money' || b.kind !== 'money' || a.currency !== b.currency) return false;
  const [first, second] = [amountNumbers(a.amount), amountNumbers(b.amount)];
  return first.length === second.length && first.every((value, index) => second[index] !== undefined && compareDecimals(value, second[index]) === 0);
}
