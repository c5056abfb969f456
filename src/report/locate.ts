import type { LineIndex } from '../read/line-index.js';

/** A span as 1-based lines and columns (UTF-16 code units), end exclusive. */
export interface SpanPosition {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Converts a 0-based [start, end) span to line/column positions. */
export function locateSpan(lines: LineIndex, span: { readonly start: number; readonly end: number }): SpanPosition {
  const start = lines.toPosition(span.start);
  const end = lines.toPosition(span.end);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
