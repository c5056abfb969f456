/**
 * Input-derived text (figures, quoted article words, file names, directive reasons) made safe to print
 * on a terminal or in a CI log: control characters and bidirectional formatting characters could move
 * the cursor, retitle the window, ring the bell, overwrite a line or reorder what the reader sees, so
 * each is shown as a visible escape instead. Capcheck's own colour escapes are added after this.
 *
 * Convention: a code point below U+0100 (C0 controls, DEL, C1 controls) is written `\xHH` (two
 * lowercase hex digits: `\x1b`, `\x07`, `\x9b`); any other (bidi controls, line and paragraph
 * separators, lone surrogates) `\u{HHHH}` (upper-case hex: `\u{202E}`). Backslashes are not doubled,
 * so the result is readable rather than reversible, and escaping twice changes nothing.
 */

/**
 * C0 controls, DEL, C1 controls, the bidi controls (LRM, RLM, ALM, LRE…RLO, LRI…PDI), the line and
 * paragraph separators, and lone surrogates (which no terminal can draw and UTF-8 cannot carry).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The same, but for line feeds and tabs: for text whose lines are kept (an article shown whole). */
const UNSAFE_INSIDE_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Line breaks (CRLF, LF) and tabs with the spaces around them: white space inside a line of prose. */
const BREAKS = /(?:[ \t]*(?:\r\n|\n|\t))+[ \t]*/g;

/** Every control and bidi character in `text` as a visible escape (`\x1b`, `\u{202E}`); line breaks and tabs too. */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** As `escapeControls`, but line feeds and tabs are kept: for text shown with its own lines. */
export function escapeControlsInsideLines(text: string): string {
  return text.replace(UNSAFE_INSIDE_LINES, escapeOne);
}

/**
 * Prose (a message, a figure as written) for one line of output: line breaks and tabs become one
 * space, as a reader sees them, and every other control or bidi character (a carriage return inside
 * a line included) is escaped visibly.
 */
export function safeLine(text: string): string {
  return escapeControls(text.replace(BREAKS, ' '));
}

function escapeOne(character: string): string {
  const code = character.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16).toUpperCase()}}`;
}

/**
 * A file name for the start of a line: its control characters escaped, and `./` put before one that a CI
 * runner would read as a workflow command (`::error::x.md`, `##[error]x.md`; the runner trims leading
 * spaces first), which names the same file.
 */
export function safePath(path: string): string {
  const shown = escapeControls(path);
  return /^\s*(?:::|##\[)/.test(shown) ? `./${shown}` : shown;
}
