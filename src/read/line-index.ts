/** A 1-based line and column; columns count UTF-16 code units. */
export interface LinePosition {
  readonly line: number;
  readonly column: number;
}

/** Converts 0-based offsets to 1-based line/column; `\n`, `\r\n` and lone `\r` all end a line. */
export interface LineIndex {
  toPosition(offset: number): LinePosition;
}

/** Builds the line-start table once so each lookup is a binary search. */
export function createLineIndex(text: string): LineIndex {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) lineStarts.push(i + 1);
  }
  return {
    toPosition(offset: number): LinePosition {
      let low = 0;
      let high = lineStarts.length - 1;
      while (low < high) {
        const middle = (low + high + 1) >> 1;
        if ((lineStarts[middle] ?? 0) <= offset) low = middle;
        else high = middle - 1;
      }
      return { line: low + 1, column: offset - (lineStarts[low] ?? 0) + 1 };
    },
  };
}
