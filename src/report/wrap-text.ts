import { cellsOf, displayWidth } from './display-width.js';
import { escapeControls } from './safe-text.js';

/** A URL: never broken, so a terminal can still follow it; it may run past the width. */
const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;

/**
 * A word a CI runner would read as a workflow command (`::error::…`, `##[error]…`) were it to start a
 * line: the runner trims leading spaces, so indentation does not protect it. Such a word never starts a
 * wrapped line; it stays on the line before, past the width if need be.
 */
const COMMAND_START = /^(?:::|##\[)/;

/** True when `word` is a URL, which wrapping leaves whole. */
export function isUrl(word: string): boolean {
  return URL_PATTERN.test(word);
}

/**
 * Splits plain text into lines of at most `width` cells, breaking at spaces; a word longer than the
 * width is cut at the width (CJK text has no spaces), except a URL, which stands whole on a line of its
 * own. Line breaks in `text` are kept; runs of spaces fold into one; any other control or bidi character
 * is escaped visibly (a last guard: callers pass article text through `safeLine` first).
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) lines.push(...wrapParagraph(escapeControls(paragraph), Math.max(1, width)));
  return lines;
}

function wrapParagraph(paragraph: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const flush = (): void => {
    lines.push(line);
    line = '';
    lineWidth = 0;
  };
  for (const word of paragraph.split(/ +/).filter((each) => each !== '')) {
    const wordWidth = displayWidth(word);
    if (lineWidth > 0 && (lineWidth + 1 + wordWidth <= width || COMMAND_START.test(word))) {
      line += ` ${word}`;
      lineWidth += 1 + wordWidth;
      continue;
    }
    if (lineWidth > 0) flush();
    if (wordWidth <= width || isUrl(word)) {
      line = word;
      lineWidth = wordWidth;
      continue;
    }
    const pieces = cutWord(word, width);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1) ?? '';
    lineWidth = displayWidth(line);
  }
  if (lineWidth > 0 || lines.length === 0) flush();
  return lines;
}

/** Cuts a word into pieces of at most `width` cells, never inside a character, nor so a piece starts a workflow command. */
function cutWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  const characters = Array.from(word);
  characters.forEach((character, index) => {
    const cells = cellsOf(character.codePointAt(0) ?? 0);
    if (pieceWidth + cells > width && piece !== '') {
      // Cut one character earlier rather than let the next piece open with `::` or `##[`.
      const carried = COMMAND_START.test(characters.slice(index, index + 3).join('')) && piece.length > 1 ? Array.from(piece).at(-1) ?? '' : '';
      pieces.push(piece.slice(0, piece.length - carried.length));
      piece = carried;
      pieceWidth = displayWidth(carried);
    }
    piece += character;
    pieceWidth += cells;
  });
  pieces.push(piece);
  return pieces;
}

/** Pads plain text with spaces to `width` cells. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
