/**
 * How many terminal cells text takes: East Asian wide and full-width characters and emoji take two,
 * combining marks and zero-width characters none, everything else one. An approximation of Unicode's
 * East Asian Width (UAX #11) over the blocks capcheck prints, so CJK figures keep a table aligned.
 */

/** Inclusive code-point ranges drawn two cells wide. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xa960, 0xa97f], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

/** Inclusive code-point ranges that take no cell: combining marks, zero-width spaces and joiners, variation selectors. */
const ZERO: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f], [0x200b, 0x200f], [0x20d0, 0x20ff], [0xfe00, 0xfe0f],
];

/** The number of terminal cells `text` takes (no escape sequences: measure before colouring). */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += cellsOf(character.codePointAt(0) ?? 0);
  return width;
}

/** The cells one code point takes. */
export function cellsOf(codePoint: number): number {
  if (codePoint < 0x300) return codePoint < 0x20 ? 0 : 1;
  if (inRanges(codePoint, ZERO)) return 0;
  return inRanges(codePoint, WIDE) ? 2 : 1;
}

function inRanges(codePoint: number, ranges: readonly (readonly [number, number])[]): boolean {
  return ranges.some(([low, high]) => codePoint >= low && codePoint <= high);
}
