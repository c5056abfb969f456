import type { Claim, Figure } from '../types.js';
import { lowerBound } from './lower-bound.js';
import { spanAt, type TextSpan } from './segment-text.js';

/** The money figures a change may describe, indexed once per document so that each change looks only near itself. */
export interface MoneyIndex {
  /** The money claims whose figure lies inside the sentence, in claim order. */
  claimsIn(sentence: TextSpan): readonly Claim[];
  /** Whether a money figure of the sentence that is no claim stands nearer `offset` than each of its claims (a claim wins a tie). */
  uncheckedNearest(sentence: TextSpan, offset: number): boolean;
  /** The last claim, in claim order, whose figure ends by `offset` and starts at or after `from`. */
  lastClaimBetween(from: number, offset: number): Claim | undefined;
}

interface SentenceFigures {
  readonly claims: Claim[];
  readonly claimStarts: number[];
  readonly uncheckedStarts: number[];
}

/** Buckets the claims and the unchecked money figures by sentence, in one pass over each. */
export function indexMoneyFigures(sentences: readonly TextSpan[], money: readonly Claim[], unchecked: readonly Figure[]): MoneyIndex {
  const buckets = new Map<number, SentenceFigures>();
  const bucketOf = (figure: TextSpan): SentenceFigures | null => {
    const sentence = spanAt(sentences, figure.start);
    if (sentence === null || figure.end > sentence.end) return null;
    let bucket = buckets.get(sentence.start);
    if (bucket === undefined) {
      bucket = { claims: [], claimStarts: [], uncheckedStarts: [] };
      buckets.set(sentence.start, bucket);
    }
    return bucket;
  };
  for (const claim of money) {
    const bucket = bucketOf(claim.figure);
    bucket?.claims.push(claim);
    bucket?.claimStarts.push(claim.figure.start);
  }
  for (const figure of unchecked) bucketOf(figure)?.uncheckedStarts.push(figure.start);
  for (const bucket of buckets.values()) {
    bucket.claimStarts.sort((a, b) => a - b);
    bucket.uncheckedStarts.sort((a, b) => a - b);
  }
  const ends = money.map((claim) => claim.figure.end);
  const starts = money.map((claim) => claim.figure.start);
  // In document order (as the spotter yields them) the claims ending by an offset are a prefix: search it.
  const ordered = ends.every((end, index) => index === 0 || (end >= (ends[index - 1] ?? 0) && (starts[index] ?? 0) >= (starts[index - 1] ?? 0)));
  return {
    claimsIn: (sentence) => buckets.get(sentence.start)?.claims ?? [],
    uncheckedNearest: (sentence, offset) => {
      const bucket = buckets.get(sentence.start);
      if (bucket === undefined) return false;
      return nearestDistance(bucket.uncheckedStarts, offset) < nearestDistance(bucket.claimStarts, offset);
    },
    lastClaimBetween: (from, offset) => {
      if (!ordered) return money.filter((claim) => claim.figure.end <= offset && claim.figure.start >= from).at(-1);
      const last = money[upperBound(ends, offset) - 1];
      return last !== undefined && last.figure.start >= from ? last : undefined;
    },
  };
}

/** The distance from `offset` to the nearest of `starts` (ascending); Infinity when there are none. */
function nearestDistance(starts: readonly number[], offset: number): number {
  const index = lowerBound(starts, offset);
  const after = starts[index];
  const before = starts[index - 1];
  return Math.min(after === undefined ? Infinity : after - offset, before === undefined ? Infinity : offset - before);
}

/** The first index whose value exceeds `value` (values ascending). */
function upperBound(values: readonly number[], value: number): number {
  return lowerBound(values, value + 1);
}
