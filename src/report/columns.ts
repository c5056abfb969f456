import { assertNever } from '../assert-never.js';

/** How a consumer counts columns: JS/LSP/SARIF-default UTF-16 code units, UTF-8 bytes (reviewdog), or code points (Vale, SARIF `unicodeCodePoints`). */
export type ColumnUnit = 'utf16' | 'utf8' | 'code-point';

/** Converts a 1-based UTF-16 column on `line` (the line's text) to a 1-based column in `unit`. */
export function convertColumn(line: string, utf16Column: number, unit: ColumnUnit): number {
  switch (unit) {
    case 'utf16':
      return utf16Column;
    case 'utf8':
      return toUtf8Column(line, utf16Column);
    case 'code-point':
      return toCodePointColumn(line, utf16Column);
    default:
      return assertNever(unit);
  }
}

/** A 1-based UTF-16 column as a 1-based UTF-8 byte column: "€" counts 3, an emoji 4. */
export function toUtf8Column(line: string, utf16Column: number): number {
  let bytes = 0;
  for (const character of prefix(line, utf16Column)) bytes += utf8Length(character.codePointAt(0) ?? 0);
  return bytes + 1;
}

/** A 1-based UTF-16 column as a 1-based code-point column: an emoji counts 1, not 2. */
export function toCodePointColumn(line: string, utf16Column: number): number {
  return Array.from(prefix(line, utf16Column)).length + 1;
}

/** The text of the line that holds 0-based UTF-16 `offset`; `\n`, `\r\n` and lone `\r` end lines, as in the line index. */
export function lineTextAt(source: string, offset: number): string {
  let start = offset;
  while (start > 0 && !isLineBreak(source.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < source.length && !isLineBreak(source.charCodeAt(end))) end++;
  return source.slice(start, end);
}

function prefix(line: string, utf16Column: number): string {
  // A column past the end of the line would be a bug in whoever computed it.
  if (!Number.isInteger(utf16Column) || utf16Column < 1 || utf16Column > line.length + 1) {
    throw new RangeError(`column ${utf16Column} is outside a line of ${line.length} UTF-16 code units`);
  }
  return line.slice(0, utf16Column - 1);
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  // Lone surrogates are written as U+FFFD by UTF-8 encoders: three bytes, like the rest of the BMP.
  if (codePoint < 0x10000) return 3;
  return 4;
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}
