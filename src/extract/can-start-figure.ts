/**
 * A cheap gate before the figure grammar: a figure begins with a number, a symbol, or a word
 * that can open one (a qualifier, "between"/"from", a number word, a currency code or prefix).
 * The word list is built from the grammar's own tables, so the gate cannot drift from them.
 */
import { CODES, DOLLAR_PREFIXES, LOWER_CODES } from './currency-words.js';
import { NUMBER_WORD_HEADS } from './number-words.js';
import { BETWEEN, FROM } from './parse-figure.js';
import { QUALIFIER_HEADS } from './qualifiers.js';
import type { Token } from './tokenize.js';

const STARTS: ReadonlySet<string> = new Set([
  ...QUALIFIER_HEADS, ...BETWEEN, ...FROM, ...NUMBER_WORD_HEADS, ...LOWER_CODES.keys(), ...DOLLAR_PREFIXES.keys(),
  ...[...CODES.keys()].map((code) => code.toLowerCase()),
  ...['musd', 'meur', 'mgbp', 'maud', 'mchf', 'mcad', 'mjpy', 'cn', 'fr', 'sfr'],
]);

// One bit per (first two ASCII characters, length) of the start words: most words are ruled out without hashing the string.
const MAX_SHAPE_LENGTH = 15;
const SHAPES = new Uint8Array(128 * 128 * (MAX_SHAPE_LENGTH + 1));
for (const word of STARTS) {
  const shape = shapeOf(word);
  if (shape >= 0) SHAPES[shape] = 1;
}

/** Index of a word's (first two characters, length) in SHAPES, or -1 when it has none (non-ASCII, long). */
function shapeOf(word: string): number {
  const first = word.charCodeAt(0);
  const second = word.length > 1 ? word.charCodeAt(1) : 0;
  if (first >= 128 || second >= 128 || word.length > MAX_SHAPE_LENGTH) return -1;
  return ((first << 7) | second) * (MAX_SHAPE_LENGTH + 1) + word.length;
}

/** True when a figure could begin at `token`; false means the grammar need not be tried there. */
export function canStartFigure(token: Token): boolean {
  switch (token.kind) {
    case 'number':
    case 'symbol':
      return true;
    case 'word': {
      const shape = shapeOf(token.lower);
      return shape >= 0 ? SHAPES[shape] === 1 && STARTS.has(token.lower) : STARTS.has(token.lower);
    }
    default:
      return false;
  }
}
