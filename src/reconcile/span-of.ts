import type { FindingSpan } from '../types.js';

/** The span of anything with text and offsets (a figure, a mention), as a finding points at it. */
export function spanOf(source: FindingSpan): FindingSpan {
  return { text: source.text, start: source.start, end: source.end };
}
